"""What of a shared library's text and URLs may reach an export: the one place both are made safe.

`clean_text` is the text sanitiser every field goes through on its way into
the document tree: it removes the control characters no output should carry.

`safe_link` is the one place a URL becomes the target of a link.  A point's
links and its sources' URLs are typed by anyone who shares the library, so a
target is checked (web, mail and phone addresses only) and then
percent-encoded down to characters that no output format reads as syntax: no
`(`, `)` or `\\` to end a PDF string, no `<`, `>`, `"` or `'` to end an HTML
tag or attribute, no `[`, `]` or space to end a Markdown link, nothing outside
ASCII.  Every writer (DOCX, PDF, HTML, Markdown, the in-app preview) gets its
targets from here and only escapes them further as its format requires.
"""

from __future__ import annotations

import re
import string
import unicodedata
from urllib.parse import unquote, urlsplit

SAFE_LINK_SCHEMES = ("http", "https", "mailto", "tel")
# Characters no output should carry: those neither XML 1.0 nor Word can hold (tab, newline
# and carriage return stay), and the C1 controls U+0080-U+009F, which XML allows but which
# no text means (a wrongly decoded Windows-1251 byte, or an attempt to confuse a reader).
# Removed, not replaced, in every field and every format alike.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# RFC 3986's unreserved and reserved characters, less ( ) [ ] ' * ! which some format
# reads as syntax; "%" stays only as the start of a valid escape.
_KEPT = frozenset(string.ascii_letters + string.digits + "-._~:/?#@$&+,;=")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Browsers drop these before they read a URL's scheme (C0, C1 controls and spaces).
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\s*[\t\n\r]\s*")


def clean_text(text: str) -> str:
    """*text* without control characters, NFC-normalised (Kazakh letters as single code points)."""
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def encode_uri(url: str) -> str:
    """*url* percent-encoded (UTF-8) to the characters of `_KEPT` and valid `%XX` escapes.

    Tabs and line breaks are dropped and other whitespace becomes `%20`, as a browser does;
    an escape already in *url* is kept, so encoding twice changes nothing.
    """
    text = unicodedata.normalize("NFC", re.sub(r"[\t\n\r]", "", url).strip())
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in _KEPT:
            out.append(char)
        elif char == "%" and _ESCAPE.match(text, index):
            out.append(text[index:index + 3])
            index += 3
            continue
        else:
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8", "replace")))
        index += 1
    return "".join(out)


def safe_link(url: str) -> str:
    """*url* as a link target if it is a web, mail or phone address, percent-encoded as
    `encode_uri` does; "" for anything else (javascript:, file:, data:, relative paths)."""
    try:
        parts = urlsplit(_IGNORED_IN_SCHEME.sub("", url))
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme not in SAFE_LINK_SCHEMES:
        return ""
    if scheme in ("http", "https") and not parts.netloc:
        return ""
    return encode_uri(url)


def link_label(target: str) -> str:
    """A link target as a reader sees it: escapes decoded (Cyrillic addresses stay readable),
    cleaned as `clean_text` does, line breaks made spaces.  Text to show, never a target."""
    return _LINE_BREAKS.sub(" ", clean_text(unquote(target, errors="replace"))).strip()
