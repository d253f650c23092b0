"""Plain text from Markdown, for search snippets and answers pasted into a comment box.

Both read text from a shared library, so every piece here is linear on hostile
input ("<!--" or "[" typed thousands of times): a pattern never scans past the
character that would open its next match.
"""

from __future__ import annotations

import re

# A link or an image: group 1 is "!" for an image, group 2 the text, group 3 the target
# (with a title, if any). Neither part may hold a bracket of its kind, so each scan ends at
# the next "[" or "(".
LINK = re.compile(r"(!?)\[([^\[\]]*)\]\(([^()]*)\)")


def without_comments(text: str, replacement: str = " ", *, keep_unclosed: bool = False) -> str:
    """*text* with each HTML comment replaced by *replacement*. An unclosed comment runs to the
    end, as in Markdown, unless *keep_unclosed*, which leaves it as text."""
    parts, start = [], 0
    while (opening := text.find("<!--", start)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            if keep_unclosed:
                break
            parts.append(text[start:opening])
            return "".join(parts)
        parts += [text[start:opening], replacement]
        start = closing + 3
    parts.append(text[start:])
    return "".join(parts)
