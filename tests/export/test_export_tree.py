"""The document tree: Markdown structure, untrusted input made safe, variants."""

from __future__ import annotations

import pytest

from lecturekit.export.document_builder import LectureDocumentBuilder
from lecturekit.export.errors import ExportError, MissingPointError
from lecturekit.export.exporter import leaflet_document, lecture_document
from lecturekit.export.markdown_tree import MarkdownTreeBuilder
from lecturekit.export.sanitise import clean_text, safe_link
from lecturekit.export.tree import (
    Aside,
    CodeBlock,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    SourceList,
    Table,
    plain_text,
)


@pytest.fixture(scope="module")
def markdown():
    return MarkdownTreeBuilder()


def test_markdown_structure_becomes_blocks_and_runs(markdown):
    blocks = markdown.blocks(
        "# Head\n\nText **bold _both_** *it* `code` [link](https://adilet.zan.kz).\n\n"
        "- one\n- two\n    1. nested\n    2. list\n\n> quoted\n\n3. three\n4. four\n\n"
        "| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n---\n\n```\nnot fenced in plain markdown\n```\n\n"
        "    code block\n    line two\n")
    kinds = [type(b).__name__ for b in blocks]
    assert kinds[:6] == ["Heading", "Paragraph", "ListBlock", "Quote", "ListBlock", "Table"]
    assert isinstance(blocks[6], Rule)
    assert isinstance(blocks[-1], CodeBlock) and blocks[-1].text == "code block\nline two"
    heading, paragraph, bullets, quote, numbers, table = blocks[:6]
    assert heading.level == 3
    looks = {(r.text, r.bold, r.italic, r.code, r.link) for r in paragraph.runs}
    assert ("bold ", True, False, False, "") in looks
    assert ("both", True, True, False, "") in looks
    assert ("code", False, False, True, "") in looks
    assert ("link", False, False, False, "https://adilet.zan.kz") in looks
    assert not bullets.ordered and isinstance(bullets.items[1].blocks[1], ListBlock)
    assert bullets.items[1].blocks[1].ordered
    assert plain_text(quote.blocks[0].runs) == "quoted"
    assert numbers.ordered and numbers.start == 3
    assert [c.align for c in table.header] == ["center", "right"]
    assert plain_text(table.rows[0][1].runs) == "2"


def test_raw_html_is_text_and_dangerous_or_remote_urls_are_gone(markdown):
    blocks = markdown.blocks(
        'Raw <b>html</b> <script>alert("x")</script> [js](javascript:alert(1)) '
        "[js2](JaVa\tScRiPt:alert(1)) [f](file:///etc/passwd) [d](data:text/html,x) "
        "![pixel](https://evil.example/p.png) [ok](https://ok.kz) <https://auto.kz> "
        "<me@mail.kz>\n\n<div onclick=\"x()\">block</div>\n\n<!-- hidden comment -->")
    runs = [run for block in blocks for run in block.runs]
    text = "".join(run.text for run in runs)
    assert '<script>alert("x")</script>' in text and "<b>html</b>" in text
    assert '<div onclick="x()">block</div>' in text
    assert "hidden comment" not in text
    assert "evil.example" not in text and "[pixel]" in text
    links = sorted(run.link for run in runs if run.link)
    assert links == ["https://auto.kz", "https://ok.kz", "mailto:me@mail.kz"]


def test_safe_link_accepts_web_mail_and_phone_only():
    assert safe_link("https://adilet.zan.kz/x?a=1") == "https://adilet.zan.kz/x?a=1"
    assert safe_link("tel:+77000000000") == "tel:+77000000000"
    for bad in ("javascript:alert(1)", " javascript:x", "java\nscript:x", "file:///etc/passwd",
                "data:text/html,x", "/relative/path", "//host/x", "http:/nohost", "vbscript:x"):
        assert safe_link(bad) == "", bad


def test_control_characters_are_removed_and_kazakh_letters_kept():
    assert clean_text("a\x00b\x08c\x0bd\x0ce\x1ff\ufffeg\uffffh\tі\nә") == "abcdefgh\tі\nә"
    assert clean_text("қ") == "қ"  # NFC keeps the letter as one code point


def test_handout_has_audience_text_and_sources_and_nothing_for_the_speaker(export_library):
    tree = lecture_document(export_library, "kk-market", "handout")
    blocks = tree.walk()
    assert not any(isinstance(b, Aside) for b in blocks)
    assert not any(isinstance(b, Paragraph) and b.role == "timing" for b in blocks)
    text = " ".join(plain_text(b.runs) for b in blocks if hasattr(b, "runs"))
    assert "СПИКЕР-ЕСКЕРТПЕ" not in text and "SPEAKER-NOTE-RU" not in text
    assert "ЛЕКЦИЯ-ЕСКЕРТПЕ" not in text
    assert "Can I be punished" not in text  # anticipated questions are for the speaker
    sources = [b for b in blocks if isinstance(b, SourceList)]
    assert len(sources) == 1 and len(sources[0].entries) == 2  # the shared law is listed once
    assert tree.footer.startswith("Сұрақтар") and tree.language == "kk"
    assert tree.page_label == "{page}-бет, барлығы {pages}"


def test_script_has_notes_timings_questions_and_deliveries(export_library):
    tree = lecture_document(export_library, "kk-market", "script")
    blocks = tree.walk()
    asides = [b for b in blocks if isinstance(b, Aside)]
    aside_text = " ".join(plain_text(c.runs) for a in asides for c in a.blocks)
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE-RU", "SPEAKER-NOTE-EN", "ЛЕКЦИЯ-ЕСКЕРТПЕ"):
        assert marker in aside_text
    timings = [plain_text(b.runs) for b in blocks if isinstance(b, Paragraph) and b.role == "timing"]
    assert "≈ 2 мин" in timings  # ru-law-liability says `minutes: 2`
    assert any("басталуы 0:00" in t for t in timings)
    roles = [b.role for b in blocks if isinstance(b, Heading) and b.role]
    assert roles == ["questions", "deliveries", "sources"]
    assert any(isinstance(b, Table) and plain_text(b.rows[0][1].runs) == "Алтын Орда базары"
               for b in blocks)
    assert "жоспар 10 мин" in tree.subtitle


def test_the_script_lists_deliveries_logged_in_files_of_their_own_too(export_library, tmp_path):
    import shutil

    from lecturekit.core.library import Library

    root = tmp_path / "library"
    shutil.copytree(export_library.root, root)
    logged = root / "deliveries" / "2026" / "09" / "kk-market-2026-09-02-dana.yaml"
    logged.parent.mkdir(parents=True)
    logged.write_text("lecture: kk-market\ndate: 2026-09-02\nvenue: Тараз базары\nattendance: 12\n",
                      encoding="utf-8")
    tree = lecture_document(Library.open(root), "kk-market", "script")
    table = [b for b in tree.walk() if isinstance(b, Table) and len(b.header) == 5][-1]
    assert [plain_text(row[1].runs) for row in table.rows] == ["Алтын Орда базары", "Тараз базары"]


def test_a_missing_point_is_an_error_not_a_gap(export_library):
    with pytest.raises(MissingPointError, match="no-such-point"):
        lecture_document(export_library, "ru-broken", "handout")
    with pytest.raises(MissingPointError):
        leaflet_document(export_library, ["ru-law-liability", "nope"])
    with pytest.raises(ExportError):
        lecture_document(export_library, "kk-market", "leaflet")


def test_leaflet_of_one_point_and_of_a_result_set(export_library):
    one = leaflet_document(export_library, ["ru-law-liability"])
    assert one.title == "Ответственность за распространение" and one.variant == "leaflet"
    assert not any(isinstance(b, Heading) and b.level == 1 and not b.role for b in one.blocks)
    several = leaflet_document(export_library, [export_library.points["kk-tactic-isolation"],
                                                "ru-law-liability", "en-faq-repost"], title="Іздеу")
    assert several.title == "Іздеу"
    headings = [plain_text(b.runs) for b in several.blocks if isinstance(b, Heading) and not b.role]
    assert headings == ["Арандатушылар адамды отбасынан оқшаулайды",
                        "Ответственность за распространение", "Can I be punished for a repost?"]
    text = " ".join(plain_text(b.runs) for b in several.walk() if hasattr(b, "runs"))
    assert "SPEAKER-NOTE" not in text
    with pytest.raises(ExportError):
        LectureDocumentBuilder({}).leaflet([])
    assert isinstance(several.blocks[-1], SourceList)
    assert any(isinstance(b, Quote) for b in several.walk())


def test_the_script_names_its_audience_in_the_lectures_language(export_library):
    tree = lecture_document(export_library, "kk-market", "script")
    assert "аудитория: саудагерлер, ата-аналар" in tree.subtitle  # [traders, parents]
    assert "traders" not in tree.subtitle


def test_an_audience_word_of_the_teams_own_is_printed_as_written():
    from lecturekit.export.labels import audience_names

    assert audience_names(["Youth", "market-guards"], "ru") == "молодёжь, market-guards"
    assert audience_names(["youth"], "xx") == "youth"
