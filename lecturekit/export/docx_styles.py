"""Word styles and list numbering for the DOCX writer (python-docx, like `docx_writer`).

Styles are looked up once per export: python-docx's lookup by name walks every
style and is far too slow to repeat for each of thousands of paragraphs.  A
style the template lacks is made here, with a sober look of lecturekit's own.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor


def _border(parent, edge: str, color: str, size: int = 12, space: int = 4) -> None:
    element = OxmlElement(f"w:{edge}")
    element.set(qn("w:val"), "single")
    element.set(qn("w:sz"), str(size))
    element.set(qn("w:space"), str(space))
    element.set(qn("w:color"), color)
    parent.append(element)


def _paragraph_decoration(style, *, fill: str = "", left: str = "", bottom: str = "") -> None:
    """Shading and borders in a paragraph style's own properties."""
    ppr = style.element.get_or_add_pPr()
    if left or bottom:
        borders = OxmlElement("w:pBdr")
        if left:
            _border(borders, "left", left, size=18, space=6)
        if bottom:
            _border(borders, "bottom", bottom, size=6, space=1)
        ppr.append(borders)
    if fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        ppr.append(shading)


class StyleBook:
    """The styles of one document, each looked up (or made) once."""

    def __init__(self, document):
        self.document = document
        self.styles = document.styles
        self._by_name: dict[str, object] = {}
        for style in self.styles:
            self._by_name.setdefault(style.name, style)

    def paragraph(self, name: str):
        """The paragraph style *name*, made if the template lacks it."""
        style = self._by_name.get(name)
        if style is None:
            style = self._make(name, WD_STYLE_TYPE.PARAGRAPH)
        return style

    def character(self, name: str):
        """The character style *name*, made if the template lacks it."""
        style = self._by_name.get(name)
        if style is None:
            style = self._make(name, WD_STYLE_TYPE.CHARACTER)
        return style

    def table(self, name: str):
        """The table style *name*, made (plain) if the template lacks it."""
        style = self._by_name.get(name)
        if style is None:
            style = self.styles.add_style(name, WD_STYLE_TYPE.TABLE)
            self._by_name[name] = style
        return style

    def _make(self, name: str, kind) -> object:
        style = self.styles.add_style(name, kind)
        self._by_name[name] = style
        normal = self._by_name.get("Normal")
        if kind == WD_STYLE_TYPE.PARAGRAPH and normal is not None:
            style.base_style = normal
        self._design(name, style)
        return style

    def _design(self, name: str, style) -> None:
        """How the styles lecturekit adds look when the template has none of its own."""
        font = style.font
        if name.startswith("Heading "):
            font.bold = True
            font.size = Pt({"1": 16, "2": 13, "3": 11.5}.get(name[-1], 11))
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
        elif name == "Title":
            font.size = Pt(24)
            font.bold = True
        elif name == "Subtitle":
            font.italic = True
            font.color.rgb = RGBColor(0x4A, 0x4A, 0x4A)
        elif name == "Quote":
            font.italic = True
            style.paragraph_format.left_indent = Mm(8)
        elif name == "Speaker Note":
            font.size = Pt(10)
            style.paragraph_format.left_indent = Mm(3)
            style.paragraph_format.space_after = Pt(4)
            _paragraph_decoration(style, fill="FDF6E3", left="C9A227")
        elif name == "Lecture Note":
            font.size = Pt(10)
            style.paragraph_format.left_indent = Mm(3)
            style.paragraph_format.space_after = Pt(4)
            _paragraph_decoration(style, fill="EEF4FB", left="4A78B5")
        elif name == "Timing":
            font.size = Pt(9)
            font.color.rgb = RGBColor(0x6B, 0x4E, 0x16)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_after = Pt(4)
        elif name == "Draft Mark":
            font.bold = True
            font.color.rgb = RGBColor(0xB7, 0x1C, 0x1C)
            style.paragraph_format.space_after = Pt(6)
            _paragraph_decoration(style, fill="FDECEA", left="B71C1C")
        elif name == "Source Code":
            font.name = "Consolas"
            font.size = Pt(9)
            style.paragraph_format.space_after = Pt(0)
            _paragraph_decoration(style, fill="F5F5F5")
        elif name == "Horizontal Line":
            font.size = Pt(4)
            _paragraph_decoration(style, bottom="B5B5B5")
        elif name == "Handout Footer":
            font.size = Pt(8.5)
            font.color.rgb = RGBColor(0x44, 0x44, 0x44)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            style.paragraph_format.space_after = Pt(2)
        elif name == "Verbatim Char":
            font.name = "Consolas"
        elif name == "Hyperlink":
            font.color.rgb = RGBColor(0x1D, 0x4E, 0x89)
            font.underline = True


class NumberingRestarts:
    """Fresh numbering instances, so every numbered list starts at its own first number."""

    def __init__(self, document):
        self.document = document
        self._numbering = None

    def restart(self, style, start: int) -> tuple[int, int] | None:
        """A (numId, ilvl) that numbers *style*'s list afresh from *start*; None if the style
        is not numbered."""
        ppr = style.element.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is None or num_pr.numId is None:
            return None
        if self._numbering is None:
            self._numbering = self.document.part.numbering_part.element
        try:
            num = self._numbering.num_having_numId(num_pr.numId.val)
        except KeyError:
            return None
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        fresh = self._numbering.add_num(num.abstractNumId.val)
        fresh.add_lvlOverride(ilvl=level).add_startOverride(start)
        return fresh.numId, level
