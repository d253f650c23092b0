"""The bar an editor shows when the file it has open with unsaved edits changed on disk."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

ICON_SIZE = 20
MESSAGE_MIN_WIDTH = 280  # pixels the message keeps before the buttons move below it


class ExternalChangeBanner(QFrame):
    """A slim warning bar: the open point or lecture changed outside lecturekit.

    It never offers a blind overwrite: the user keeps their version, takes the
    one on disk, or merges the two.  The editor calls `show_change()` and acts
    on the signals; the bar hides itself only when the editor hides it.
    """

    sig_keep_mine_requested = Signal()
    # the user keeps their edits as they are and sets the version on disk aside
    sig_take_theirs_requested = Signal()
    # the user drops their edits for the version on disk (for a deleted file: closes it)
    sig_merge_requested = Signal()
    # the user wants their edits merged with the version on disk, field by field

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._removed = False
        self.setObjectName("externalChangeBanner")
        self.setAccessibleName(self.tr("Changed outside lecturekit"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._apply_colours()
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning, None, self).pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.keep_mine_button = self._button(self.sig_keep_mine_requested)
        self.take_theirs_button = self._button(self.sig_take_theirs_requested)
        self.merge_button = self._button(self.sig_merge_requested)
        self.merge_button.setDefault(True)
        self._buttons = QWidget(self)
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        for button in (self.keep_mine_button, self.take_theirs_button, self.merge_button):
            buttons.addWidget(button)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 4, 6, 4)
        self._layout.setHorizontalSpacing(8)
        self._layout.setVerticalSpacing(4)
        self._layout.setColumnStretch(1, 1)
        self._layout.addWidget(self.icon_label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(self.message_label, 0, 1)
        self._narrow: bool | None = None
        self._set_texts()
        self.hide()

    def _arrange(self, width: int) -> None:
        """Buttons beside the message, or below it when that would squeeze the message."""
        narrow = width < self._buttons.sizeHint().width() + MESSAGE_MIN_WIDTH
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._layout.removeWidget(self._buttons)
        if narrow:
            self._layout.addWidget(self._buttons, 1, 1, Qt.AlignmentFlag.AlignRight)
        else:
            self._layout.addWidget(self._buttons, 0, 2, Qt.AlignmentFlag.AlignVCenter)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the buttons on their own row allow."""
        # As narrow as the buttons on their own row: the layout's own minimum would be
        # that of the current arrangement and keep a narrow pane from ever switching.
        hint = super().minimumSizeHint()
        margins = self._layout.contentsMargins()
        width = (self._buttons.sizeHint().width() + ICON_SIZE + self._layout.horizontalSpacing()
                 + margins.left() + margins.right() + 2 * self.frameWidth())
        return QSize(min(hint.width(), width), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._arrange(event.size().width())
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # A word-wrapped label inside stacked pages gets no height for its width from the
        # layouts above it: ask for it here, or the message is cut at the top and bottom.
        if self._layout.hasHeightForWidth() and self.width() > 0:
            self.setMinimumHeight(self._layout.heightForWidth(self.width()))

    def _button(self, signal) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    def _apply_colours(self) -> None:
        # Tooltip colours are the palette's note colours: pale yellow in light themes,
        # and they follow a dark theme instead of a fixed yellow on black.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)

    def _set_texts(self) -> None:
        # Mnemonics avoid the letters the menu bar and the editors' fields already use.
        self.keep_mine_button.setText(self.tr("Kee&p mine"))
        self.keep_mine_button.setAccessibleName(self.tr("Keep mine"))
        if self._removed:
            self.keep_mine_button.setToolTip(self.tr("Keep your edits: saving writes the file again"))
            self.take_theirs_button.setText(self.tr("Cl&ose it"))
            self.take_theirs_button.setAccessibleName(self.tr("Close it"))
            self.take_theirs_button.setToolTip(self.tr("Accept the deletion: close it and drop "
                                                       "your edits"))
        else:
            self.keep_mine_button.setToolTip(self.tr("Keep your edits and set the version on disk "
                                                     "aside; saving replaces it"))
            self.take_theirs_button.setText(self.tr("Take t&heirs"))
            self.take_theirs_button.setAccessibleName(self.tr("Take theirs"))
            self.take_theirs_button.setToolTip(self.tr("Drop your edits and show the version "
                                                       "on disk"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.merge_button.setToolTip(self.tr("Combine your edits with the version on disk; "
                                             "you choose only where both changed the same field"))
        self.merge_button.setVisible(not self._removed)
        # A row that lost or changed a button must shrink its cell in the bar's grid now.
        self._buttons.updateGeometry()
        self._layout.invalidate()
        self._arrange(self.width())

    def show_change(self, title: str, removed: bool = False, unreadable: str = "") -> None:
        """Show that *title* changed on disk, or was deleted (*removed*), while being edited.

        *unreadable*: the file is still there but no longer reads, for this reason;
        there is no version on disk to take or merge, as for a deleted file.
        """
        self._removed = removed or bool(unreadable)
        if unreadable:
            # The reason (file, line, parser's words) can be long: it goes in the tooltip and
            # the Problems pane, so the bar stays a few lines high beside the editor.
            text = self.tr("“{title}” was changed outside lecturekit and its file no longer reads. "
                           "Keep yours to write the file again, or close it and fix the file.")
        elif removed:
            text = self.tr("“{title}” was deleted outside lecturekit while you were editing it.")
        else:
            text = self.tr("“{title}” was changed outside lecturekit while you were editing it.")
        self.message_label.setText(text.format(title=title))
        self.message_label.setToolTip(unreadable)
        self._set_texts()
        self.show()
        self._fit_height()

    def is_removed(self) -> bool:
        """Whether the bar shows a deleted file (Take theirs then closes it)."""
        return self._removed
