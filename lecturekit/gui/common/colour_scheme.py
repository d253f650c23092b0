"""Light or dark colours: as the system has them, or as chosen in Preferences for this computer.

Where the system tells Qt its colour scheme (Windows, macOS, GNOME and KDE do),
"as the system" follows it, dark included.  A choice of light or dark draws the
app with Qt's Fusion style and a palette of that scheme, on any system.  The
app's own colours (an over-target total, a changed field) are chosen from the
palette's lightness, so they stay readable in both.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SCHEME_KEY = "ui/colour_scheme"
SCHEMES = ("", "light", "dark")  # "": as the system

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e4e4e4",
    QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e4e4e4", QPalette.ColorRole.Button: "#33363a",
    QPalette.ColorRole.ButtonText: "#e4e4e4", QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#2f65ca", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb4ff", QPalette.ColorRole.LinkVisited: "#b48cff",
    QPalette.ColorRole.ToolTipBase: "#33363a", QPalette.ColorRole.ToolTipText: "#e4e4e4",
    QPalette.ColorRole.PlaceholderText: "#8c8f94", QPalette.ColorRole.Light: "#45484d",
    QPalette.ColorRole.Midlight: "#3b3e42", QPalette.ColorRole.Mid: "#2f3134",
    QPalette.ColorRole.Dark: "#1a1b1d", QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7c7f84", QPalette.ColorRole.Text: "#7c7f84",
    QPalette.ColorRole.ButtonText: "#7c7f84", QPalette.ColorRole.Highlight: "#3a3d41",
}


def chosen_scheme() -> str:
    """The scheme chosen for this computer: "", "light" or "dark"."""
    value = QSettings().value(SCHEME_KEY, "", str)
    return value if value in SCHEMES else ""


def set_chosen_scheme(scheme: str) -> None:
    """Remember *scheme* for this computer ("" for the system's)."""
    QSettings().setValue(SCHEME_KEY, scheme if scheme in SCHEMES else "")


def dark_palette() -> QPalette:
    """The dark palette: light text on dark grey, a blue that reads on both."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


class ColourScheme(QObject):
    """Applies a scheme to the application, and can give back what the system had.

    It is a child of the application, so Preferences finds it there (`of_application`).
    """

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._system_style = app.style().name()
        self._system_palette = QPalette(app.palette())

    def apply(self, scheme: str) -> None:
        """Draw the app in *scheme*: "" as the system, "light" or "dark"."""
        if scheme == "":
            self._app.setStyle(QStyleFactory.create(self._system_style))
            self._app.setPalette(self._system_palette)
            return
        fusion = QStyleFactory.create("Fusion")
        self._app.setStyle(fusion)
        self._app.setPalette(dark_palette() if scheme == "dark" else fusion.standardPalette())


def apply_chosen_scheme() -> None:
    """Apply the scheme chosen in Preferences, through the application's ColourScheme if it has one."""
    app = QApplication.instance()
    colours = app.findChild(ColourScheme) if app is not None else None
    if colours is not None:
        colours.apply(chosen_scheme())


def is_dark(palette: QPalette) -> bool:
    """Whether *palette* draws dark text on light (False) or light text on dark (True)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
