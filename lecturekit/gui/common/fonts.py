"""The bundled fonts in the interface: registered once when the app starts, asked for by widgets.

DejaVu has every Kazakh letter (ә ғ қ ң ө ұ ү һ і), whatever fonts the system
has, so the views that show a talk's text in large type (the presenter, the
question look-up) use it.  The registration itself is the one in
`export.pdf_fonts`, the registry the PDF writer asks too, so the interface
and a printed handout always use the same families.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

from ...export.pdf_fonts import FontFamilies, register_bundled_fonts


def register_application_fonts(application: QGuiApplication) -> FontFamilies:
    """Register the bundled fonts with *application*'s font database (at start); their families."""
    return register_bundled_fonts(application)


def bundled_fonts() -> FontFamilies:
    """The families of the bundled fonts, registered now if the application has not yet
    (a widget made without the app's start-up, as in a test)."""
    return register_bundled_fonts()



def large_type(family: QFont, pixels: float, bold: bool = False) -> QFont:
    """*family* at *pixels* pixels (rounded), bold if *bold*: the large type of the presenter,
    the audience screen and the question look-up, sized for the window rather than the system."""
    font = QFont(family)
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font
