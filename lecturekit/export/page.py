"""Paper sizes and margins shared by the paged writers (DOCX, PDF, HTML print rules)."""

from __future__ import annotations

from dataclasses import dataclass

PAPERS = ("A4", "A5", "Letter")
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
}
_DEFAULT_MARGINS_MM = {"A4": 20.0, "A5": 14.0, "Letter": 19.05}


@dataclass(frozen=True)
class PageSetup:
    """A paper size and its margins, in millimetres (portrait)."""

    paper: str = "A4"
    margin_mm: float | None = None  # left, right and top; None: the paper's default
    footer_mm: float | None = None  # room below the text for the footer; None: default

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper {self.paper!r} is not one of {', '.join(PAPERS)}")

    @property
    def width_mm(self) -> float:
        """Paper width."""
        return PAPER_SIZES_MM[self.paper][0]

    @property
    def height_mm(self) -> float:
        """Paper height."""
        return PAPER_SIZES_MM[self.paper][1]

    @property
    def margin(self) -> float:
        """Left, right and top margin."""
        return self.margin_mm if self.margin_mm is not None else _DEFAULT_MARGINS_MM[self.paper]

    @property
    def bottom_margin(self) -> float:
        """Bottom margin, which holds the footer."""
        footer = self.footer_mm if self.footer_mm is not None else (14.0 if self.paper == "A5" else 18.0)
        return self.margin + footer * 0.5

    @property
    def body_font_pt(self) -> float:
        """Body text size: a little smaller on A5."""
        return 9.5 if self.paper == "A5" else 10.5


def paper_from_name(name: str) -> str:
    """The canonical paper name for *name* in any letter case (a4 -> A4, letter -> Letter)."""
    for paper in PAPERS:
        if paper.lower() == name.strip().lower():
            return paper
    raise ValueError(f"paper {name!r} is not one of {', '.join(PAPERS)}")
