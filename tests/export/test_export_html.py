"""The HTML writer, parsed back: structure, print rules, nothing active or remote."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from lecturekit.export.exporter import lecture_document, render
from lecturekit.export.html_writer import HtmlWriter, page_label_css
from lecturekit.export.page import PageSetup
from lecturekit.export.tree import DocumentTree, Paragraph, Run


class Page(HTMLParser):
    """Collects tags, attributes and text of an HTML page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)

    def all_text(self) -> str:
        return "".join(self.text)

    def names(self) -> list[str]:
        return [tag for tag, _ in self.tags]


def parse(data: bytes) -> Page:
    return Page(data.decode("utf-8"))


def test_handout_html_is_standalone_with_print_rules(export_library):
    page = parse(render(lecture_document(export_library, "kk-market", "handout"), "html", PageSetup("A5")))
    names = page.names()
    assert names[:2] == ["html", "head"]
    assert ("html", {"lang": "kk"}) in page.tags
    assert "size: A5" in page.style and "@media print" in page.style
    assert 'counter(page) "-бет, барлығы " counter(pages)' in page.style
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "form"):
        assert tag not in names
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert value.startswith(("https://", "http://", "mailto:", "tel:")), value
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]
    assert "url(" not in page.style and "@import" not in page.style


def test_handout_html_structure_and_no_speaker_notes(export_library):
    page = parse(render(lecture_document(export_library, "kk-market", "handout"), "html"))
    names = page.names()
    assert names.count("h2") == 3 and names.count("h3") == 2
    assert {"ul", "ol", "blockquote", "table", "th", "strong", "em", "code", "footer"} <= set(names)
    text = page.all_text()
    assert "Арандатушылар адамды отбасынан оқшаулайды" in text
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE", "ЛЕКЦИЯ-ЕСКЕРТПЕ", "≈"):
        assert marker not in text
    assert "aside" not in names


def test_script_html_has_notes_timings_and_questions(export_library):
    page = parse(render(lecture_document(export_library, "kk-market", "script"), "html"))
    text = page.all_text()
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE-RU", "SPEAKER-NOTE-EN", "ЛЕКЦИЯ-ЕСКЕРТПЕ",
                   "Күтілетін сұрақтар", "≈ 2 мин"):
        assert marker in text
    assert page.names().count("aside") == 4


def test_untrusted_markdown_cannot_inject_anything(export_library):
    data = render(lecture_document(export_library, "en-unsafe", "handout"), "html")
    page = parse(data)
    assert "script" not in page.names() and "div" not in page.names() and "b" not in page.names()
    text = page.all_text()
    assert '<script>alert("x")</script>' in text and '<div onclick="steal()">block html</div>' in text
    assert b"javascript:" not in data and b"file:" not in data and b"evil.example" not in data


def test_text_is_escaped_everywhere():
    tree = DocumentTree(title='</title><script>x()</script>', language='en" onload="x',
                        subtitle="<i>s</i>", footer="<b>f</b>",
                        blocks=[Paragraph([Run('a "quoted" <tag>', link='https://x.kz/?a=1&b="2"')])])
    data = HtmlWriter().render(tree)
    page = parse(data)
    assert "script" not in page.names() and "i" not in page.names() and "b" not in page.names()
    assert ("a", {"href": 'https://x.kz/?a=1&b="2"'}) in page.tags
    assert ("html", {"lang": 'en" onload="x'}) in page.tags


@pytest.mark.parametrize("label, css", [
    ("Page {page} of {pages}", '"Page " counter(page) " of " counter(pages)'),
    ('{page}"\\', 'counter(page) "\\"\\\\"'),
])
def test_page_labels_become_css_counters(label, css):
    assert page_label_css(label) == css
