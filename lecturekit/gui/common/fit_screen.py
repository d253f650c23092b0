"""Keeping the window within a laptop's 1366x768 screen in every interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget


def let_combos_shrink(widget: QWidget) -> None:
    """Cap the width of every combo box in *widget*: by default one is as wide as its longest
    item (a lecture's title, "protection (12)"); capped, the window fits a laptop screen in every
    interface language and the open lists still show whole items."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


def first_layout(window: QMainWindow, left: QDockWidget, right: QDockWidget) -> None:
    """Size a window opened for the first time to the screen, giving the side docks room."""
    screen = window.screen().availableGeometry() if window.screen() else None
    width = min(1500, screen.width()) if screen else 1360
    height = min(900, screen.height()) if screen else 820
    window.resize(width, height)
    # Once the window has its size on the screen: before that, the docks' share is lost.
    QTimer.singleShot(0, window, lambda: window.resizeDocks(
        [left, right], [int(window.width() * 0.28), int(window.width() * 0.34)], Qt.Orientation.Horizontal))


def modest_height(window: QMainWindow, dock: QDockWidget) -> None:
    """Give a dock under the others a fifth of the window's height once it is shown: by
    default it takes half, and the panes above keep two rows of their lists."""
    QTimer.singleShot(0, window, lambda: dock.isVisible() and window.resizeDocks(
        [dock], [max(120, window.height() // 5)], Qt.Orientation.Vertical))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size *widget* to *width* x *height*, but never beyond nine tenths of the screen it opens on."""
    screen = (widget.parentWidget() or widget).screen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, int(available.width() * 0.9)), min(height, int(available.height() * 0.9))
    widget.resize(width, height)


class _VerticalScrollArea(QScrollArea):
    """A scroll area that scrolls up and down only: it is never narrower than what it holds,
    so no control is ever cut at its right edge behind a horizontal scroll bar."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().expandedTo(inner.minimumSize()).width()
        width += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds needs another width: so does the area
        return super().eventFilter(watched, event)


def scrolling(widget: QWidget) -> QScrollArea:
    """*widget* in a frameless scroll area that grows it to the space there is: a pane whose
    controls need more height than a small screen has scrolls, instead of making the window
    taller than the screen (which pushes its status bar off)."""
    area = _VerticalScrollArea(widget.parentWidget())
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    widget.installEventFilter(area)
    area.setFocusProxy(widget)
    return area
