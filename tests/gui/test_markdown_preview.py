"""The point preview: Markdown through the export's document tree, nothing trusted or fetched."""

from __future__ import annotations

import time
from html.parser import HTMLParser

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from lecturekit.export.markdown_tree import MarkdownTreeBuilder
from lecturekit.gui.points.markdown_preview import MarkdownPreview, markdown_to_safe_html


class Tags(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text = ""
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data


def test_formatting_reaches_the_preview():
    page = Tags(markdown_to_safe_html(
        "# Заң\n\nАрандатушы **бірінші** *мақсаты*\n\n- бір\n- екі\n\n| a | b |\n|--|--|\n| 1 | 2 |"))
    assert [tag for tag, _ in page.tags] == ["h2", "p", "strong", "em", "ul", "li", "li", "table",
                                             "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]
    assert "Арандатушы бірінші мақсаты" in page.text


def test_raw_html_shows_as_typed_and_nothing_is_fetched():
    html = markdown_to_safe_html('Raw <b>bold</b> <img src="https://evil.example/x.png">\n\n'
                                 '<iframe src="https://evil.example"></iframe>\n\n'
                                 "![tracker](https://evil.example/pixel.png) <!-- hidden -->")
    page = Tags(html)
    assert {tag for tag, _ in page.tags} == {"p", "em"}
    assert '<b>bold</b> <img src="https://evil.example/x.png">' in page.text
    assert "[tracker]" in page.text and "hidden" not in page.text


def test_only_web_mail_and_phone_links_stay_links():
    page = Tags(markdown_to_safe_html("[law](https://adilet.zan.kz) [mail](mailto:a@b.kz) "
                                      "[js](javascript:alert(1)) [file](file:///etc/passwd)"))
    assert [attrs["href"] for tag, attrs in page.tags if tag == "a"] == [
        "https://adilet.zan.kz", "mailto:a@b.kz"]
    assert "js" in page.text and "file" in page.text


def test_the_same_tree_as_an_export():
    text = "Text with `code` and a [link](https://example.org).\n\n> quoted"
    assert markdown_to_safe_html(text) == markdown_to_safe_html(text, MarkdownTreeBuilder())


def test_the_widget_shows_the_text(qtbot):
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.show_markdown("**Қазақ** <script>x</script>")
    assert preview.toPlainText() == "Қазақ <script>x</script>"
    preview.schedule_markdown("second")
    preview.flush()
    assert preview.toPlainText() == "second"


PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
         "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_the_preview_loads_nothing_local_or_remote(qtbot, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("local file", encoding="utf-8")
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.show()
    started = time.perf_counter()
    preview.show_markdown(f"![zero](file:///dev/zero) ![pixel]({PIXEL}) ![web](http://127.0.0.1:9/x.png)")
    assert preview.toPlainText() == "[zero] [pixel] [web]"
    # Even HTML that names resources outright, past the Markdown path, fetches nothing.
    preview.setHtml(f'<img src="file:///dev/zero"><img src="{PIXEL}"><img src="{secret.as_uri()}">'
                    f'<img src="{secret}"><link rel="stylesheet" href="{secret.as_uri()}">text')
    qtbot.wait(50)
    assert time.perf_counter() - started < 10  # file:///dev/zero once grew the app to 2 GB
    document = preview.document()
    for url in ("file:///dev/zero", PIXEL, secret.as_uri(), str(secret), "http://127.0.0.1:9/x.png"):
        for kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.StyleSheetResource):
            assert document.resource(kind, QUrl(url)) is None, url


def test_brackets_by_the_thousand_preview_at_once(qtbot):
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    started = time.perf_counter()
    preview.show_markdown("[" * 3000 + " text " + "[word " * 3000)
    assert time.perf_counter() - started < 10  # took 30-90 s on the GUI thread
    assert preview.toPlainText().startswith("[[[") and preview.toPlainText().endswith("[word")
