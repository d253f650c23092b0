"""The fonts lecturekit ships, in Qt's font database: registered once per Qt application.

DejaVu has every Kazakh letter, so neither the interface nor a PDF depends on
the fonts of the machine.  The desktop app registers the fonts when it starts
(through `gui/common/fonts.py`) and its presenter and question look-up use
their families; the PDF writer asks the same registry, which registers them
first when nothing has yet (the command line, a test).  What was registered is
remembered on the Qt application object, whose font database it fills, not in
a global of this module.

It sits beside the PDF writer because `export/` may not import `gui/`, and in
`export/` only the PDF modules may use Qt; it imports QtGui, never QtWidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from ..core.bundled import resources_dir
from .errors import ExportError

# The files of each family, its regular face first.
FONT_FILES: dict[str, tuple[str, ...]] = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
             "DejaVuSans-BoldOblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
              "DejaVuSerif-BoldItalic.ttf"),
    "mono": ("DejaVuSansMono.ttf",),
}
# The dynamic property of the application object that holds the registered families.
REGISTERED_PROPERTY = "lecturekitBundledFontFamilies"


@dataclass(frozen=True)
class FontFamilies:
    """The family names of the bundled fonts, by role."""

    sans: str
    serif: str
    mono: str


def register_bundled_fonts(application: QCoreApplication | None = None) -> FontFamilies:
    """Add the bundled fonts to Qt's font database, unless this application already has them;
    return their families.  Needs a running QGuiApplication (*application*, or the current one)."""
    application = application or QCoreApplication.instance()
    if application is None:
        raise ExportError(None, "the bundled fonts need a running Qt application")
    known = application.property(REGISTERED_PROPERTY)
    if known and len(known) == len(FONT_FILES):
        return FontFamilies(**dict(zip(FONT_FILES, known, strict=True)))
    folder = resources_dir() / "fonts"
    families = []
    for names in FONT_FILES.values():
        family = ""
        for name in names:
            path = folder / name
            font_id = QFontDatabase.addApplicationFont(str(path))
            found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not found:
                raise ExportError(path, "the bundled font cannot be loaded")
            family = family or found[0]
        families.append(family)
    application.setProperty(REGISTERED_PROPERTY, families)
    return FontFamilies(**dict(zip(FONT_FILES, families, strict=True)))
