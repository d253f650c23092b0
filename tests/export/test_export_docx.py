"""The DOCX writer, read back with python-docx: styles, lists, tables, footer, properties."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from lecturekit.export.docx_writer import DocxWriter
from lecturekit.export.errors import ReferenceDocxError
from lecturekit.export.exporter import lecture_document, render
from lecturekit.export.page import PageSetup
from lecturekit.export.tree import DocumentTree, Paragraph, Run


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def styled(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


@pytest.fixture(scope="module")
def script_docx(export_library_dir):
    from lecturekit.core.library import Library

    library = Library.open(export_library_dir)
    return read(render(lecture_document(library, "kk-market", "script"), "docx"))


def test_handout_uses_real_word_styles_and_keeps_speaker_notes_out(export_library):
    document = read(render(lecture_document(export_library, "kk-market", "handout"), "docx"))
    pairs = styled(document)
    assert pairs[0] == ("Title", "Базардағы әңгіме")
    assert ("Heading 1", "Арандатушылар қалай жұмыс істейді") in pairs
    assert ("Heading 2", "Арандатушылар адамды отбасынан оқшаулайды") in pairs
    assert ("List Bullet", "«Ата-анаң нағыз дінді түсінбейді».") in pairs
    assert ("List Number 2", "алдымен жексенбі") in pairs
    assert ("Quote", "Отбасымен байланысты үзуді талап ететін адам дін үйретпейді.") in pairs
    assert ("List Number", "Не пересылайте.") in pairs
    assert ("Heading 1", "Дереккөздер") in pairs
    body = "\n".join(text for _, text in pairs)
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE", "ЛЕКЦИЯ-ЕСКЕРТПЕ", "≈"):
        assert marker not in body
    assert "ә" in body and "ң" in body and "һ" in body
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "бірінші мақсаты" in bold


def test_script_has_notes_timings_and_questions(script_docx):
    pairs = styled(script_docx)
    styles = {style for style, _ in pairs}
    assert {"Timing", "Speaker Note", "Lecture Note"} <= styles
    notes = " ".join(text for style, text in pairs if style in ("Speaker Note", "Lecture Note"))
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE-RU", "SPEAKER-NOTE-EN", "ЛЕКЦИЯ-ЕСКЕРТПЕ"):
        assert marker in notes
    assert ("Heading 1", "Күтілетін сұрақтар") in pairs
    assert ("Heading 2", "Can I be punished for a repost?") in pairs


def test_tables_are_table_grid_with_a_repeating_bold_header(script_docx):
    law, log = script_docx.tables
    assert law.style.name == "Table Grid"
    assert [c.text for c in law.rows[0].cells] == ["Нарушение", "Наказание"]
    assert [c.text for c in law.rows[2].cells] == ["Повторно", "Арест"]
    assert law.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in law.rows)
    assert all(r.bold for r in law.rows[0].cells[0].paragraphs[0].runs)
    assert law.rows[1].cells[1].paragraphs[0].alignment == 2  # right-aligned column
    assert log.rows[1].cells[1].text == "Алтын Орда базары"


def test_each_numbered_list_starts_again_at_its_own_number(export_library):
    document = read(render(lecture_document(export_library, "kk-market", "handout"), "docx"))
    numbered = [p for p in document.paragraphs if p.style.name.startswith("List Number")]
    num_ids = {p.text: p._p.pPr.numPr.numId.val for p in numbered}
    assert num_ids["алдымен жексенбі"] == num_ids["содан кейін мейрам"]
    assert num_ids["Не пересылайте."] != num_ids["алдымен жексенбі"]
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(num_ids["Не пересылайте."])
    assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"


def test_links_are_hyperlinks_and_unsafe_ones_are_plain_text(export_library):
    document = read(render(lecture_document(export_library, "kk-market", "handout"), "docx"))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert "https://adilet.zan.kz" in targets
    assert not any(t.startswith(("javascript:", "file:")) for t in targets)
    xml = document.element.xml
    assert "javascript" not in xml


def test_footer_has_handout_footer_and_page_fields(export_library):
    document = read(render(lecture_document(export_library, "kk-market", "handout"), "docx"))
    footer = document.sections[0].footer
    texts = [p.text for p in footer.paragraphs]
    assert texts[0].startswith("Сұрақтар: +7 700")
    instructions = [f.get(qn("w:instr")).strip() for f in footer._element.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_properties_language_and_paper(export_library):
    data = render(lecture_document(export_library, "kk-market", "handout"), "docx", PageSetup("A5"))
    document = read(data)
    assert document.core_properties.title == "Базардағы әңгіме"
    assert document.core_properties.language == "kk-KZ"
    section = document.sections[0]
    assert round(section.page_width.mm) == 148 and round(section.page_height.mm) == 210
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "kk-KZ"


def test_control_characters_anywhere_do_not_break_the_export():
    tree = DocumentTree(title="Title\x00 with\x0b control\ufffe", language="en", subtitle="sub\x01",
                        footer="foot\x1f", blocks=[Paragraph([Run("body\x02 text\x0c")])])
    document = read(DocxWriter().render(tree))
    assert document.core_properties.title == "Title with control"
    assert document.paragraphs[2].text == "body text"


def test_reference_docx_supplies_the_styles(export_library, tmp_path):
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.size = docx.shared.Pt(30)
    reference.add_paragraph("This template text must not appear")
    path = tmp_path / "reference.docx"
    reference.save(path)
    tree = lecture_document(export_library, "kk-market", "handout")
    document = read(DocxWriter(reference_docx=path).render(tree))
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert document.styles["Heading 1"].font.size.pt == 30
    assert "This template text must not appear" not in [p.text for p in document.paragraphs]
    assert document.paragraphs[0].text == "Базардағы әңгіме"


def test_a_bad_reference_docx_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    tree = DocumentTree(title="T", language="en")
    with pytest.raises(ReferenceDocxError, match="bad.docx"):
        DocxWriter(reference_docx=bad).render(tree)
    with pytest.raises(ReferenceDocxError, match="does not exist"):
        DocxWriter(reference_docx=tmp_path / "missing.docx").render(tree)


def test_the_file_is_a_valid_zip_with_the_word_parts(export_library):
    data = render(lecture_document(export_library, "kk-market", "handout"), "docx")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert {"word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"} <= set(names)
