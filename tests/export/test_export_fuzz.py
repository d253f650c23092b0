"""Fuzzing Markdown bodies through every export: no traceback, nothing unsafe out, bounded time.

Bodies are strings of Markdown's own syntax, hostile runs of one token (up to a
few thousand) and text in every script, so the cases reach nesting, brackets,
tags, entities and control characters.  Seeded, so a run is repeatable.
`LECTUREKIT_FUZZ_EXAMPLES` raises the number of cases for a longer run.
"""

from __future__ import annotations

import os
import re
import time
from html.parser import HTMLParser

import markdown
from hostile_library import C1, TARGET_CHARACTERS
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st

from lecturekit.export import exporter
from lecturekit.export.document_builder import LectureDocumentBuilder
from lecturekit.export.formats import FORMATS
from lecturekit.export.markdown_tree import MarkdownTreeBuilder
from lecturekit.export.sanitise import safe_link
from lecturekit.export.tree import DocumentTree, Heading, Paragraph, Run, SourceEntry, SourceList

TOKENS = ["- ", "* ", "+ ", "1. ", "> ", ">", "    ", "\t", "\n", "\n\n", "#", "# ", "[", "]", "(", ")",
          "![", "](", "<", ">", "<!--", "-->", "&", "&#", ";", "*", "**", "_", "`", "```", "\\", "|",
          "---", ":", "\"", "'", "http://", "https://a.kz/", "javascript:", "file:///dev/zero",
          "<script>", "<img src=x onerror=alert(1)>", "word", "сөз", "слово", "ә", "\u0085", "\x9f",
          "\x00", "\x0b", "\u200b", "\ufeff", "\r\n"]
WORDS = st.sampled_from(TOKENS)
RUNS = st.builds(lambda token, count: token * count, WORDS, st.integers(1, 3000))
BODIES = st.lists(st.one_of(WORDS, WORDS, WORDS, RUNS, st.text(max_size=20)), max_size=60).map("".join)
EXAMPLES = int(os.environ.get("LECTUREKIT_FUZZ_EXAMPLES", "40"))
SECONDS_PER_CASE = 20  # generous for a busy machine; cases take well under a second
TARGET = re.compile(f"{TARGET_CHARACTERS}*")
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
                "aside", "div", "span", "h1", "h2", "h3", "h4", "p", "em", "strong", "a", "ol", "ul",
                "li", "blockquote", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th",
                "td", "col", "colgroup"}


class TagNames(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.names: set[str] = set()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)


def tree_of(body: str, url: str) -> DocumentTree:
    builder = MarkdownTreeBuilder()
    blocks = [Heading(1, [Run("Fuzz")]), *builder.blocks(body)]
    link = safe_link(url)
    blocks.append(Paragraph([Run("source", link=link)]))
    blocks.append(SourceList([SourceEntry("Source", "Art. 1", link)]))
    return DocumentTree("Fuzz", "en", blocks, footer="footer")


@seed(18)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(body=BODIES, url=st.one_of(st.text(max_size=40), BODIES.map(lambda text: "https://a.kz/" + text[:200])))
@example(body="- " * 300 + "deep", url="http://adilet.example/doc)/S/JavaScript/JS(app.alert('x')")
@example(body="[" * 3000 + " text", url="https://a.kz/<x>\\y(z)")
@example(body=">" * 1000 + "\n\n" + "[x](" * 3000, url=f"https://a.kz/{C1}")
def test_every_export_of_any_body_is_quick_and_safe(body, url):
    for format in FORMATS:  # every row of the registry, so a new format is fuzzed too
        started = time.perf_counter()
        data = exporter.render(tree_of(body, url), format)
        elapsed = time.perf_counter() - started
        assert elapsed < SECONDS_PER_CASE, (format, elapsed)
        if format in ("html", "md"):
            text = data.decode("utf-8")
            assert not set(C1) & set(text)
            # The Markdown as a renderer that allows raw HTML shows it: no tag but formatting.
            page = markdown.markdown(text, extensions=["tables"]) if format == "md" else text
            assert TagNames(page).names <= ALLOWED_TAGS
        if format == "pdf":
            for target in re.findall(rb"/URI \((.*?)\)\s*>>", data, re.DOTALL):
                assert TARGET.fullmatch(target.decode("ascii")), target
            assert b"/JavaScript" not in re.sub(rb"/URI \(.*?\)\s*>>", b"", data, flags=re.DOTALL)


def test_a_lecture_builder_survives_what_the_fuzzer_found():
    # The tree builder is shared by lecture exports: one instance must survive a bad body.
    builder = LectureDocumentBuilder({})
    assert builder.markdown.blocks("- " * 2000 + "x") and builder.markdown.blocks("ok")
