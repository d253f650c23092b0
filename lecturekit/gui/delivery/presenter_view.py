"""The presenter view: a lecture given point by point, full screen, with the clock against the plan.

All logic lives in `core.delivery_session`; this window shows the session
through a `PresenterPanel` and turns keys into the session's intents.  Times
come from the session's clock (injected, so tests drive it); the timer here
only repaints.

Keys: Space, Right, Page Down next (the first press starts the clock); Left,
Page Up, Backspace back; Up/Down scroll the text; B (or .) blanks the screen;
Q skips to the questions; P pauses; Esc ends and offers to log the delivery.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QDialog, QStackedLayout, QWidget

from ...core.delivery_session import DeliverySession
from ...core.library import Library
from .delivery_dialog import DeliveryDialog, save_delivery
from .presenter_panel import PresenterPanel

TICK_MS = 250


class PresenterWindow(QWidget):
    """Full-screen view of a lecture being given: current and next point, notes, time."""

    sig_delivery_saved = Signal(str)
    # the delivery was logged in the lecture's file: the lecture id

    def __init__(self, library: Library, lecture_id: str, parent: QWidget | None = None,
                 clock: Callable[[], float] | None = None, *, changes=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self._publish = changes.publish if changes is not None else (lambda _changes: None)
        self.session = DeliverySession(library.lecture(lecture_id), library, clock or time.monotonic)
        self._closing = False
        self._last_values: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Presenting: {title}").format(title=self.session.lecture.title))
        self.setAccessibleName(self.tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = PresenterPanel(self.session, self)
        self.blank_page = QWidget(self)
        self.blank_page.setAccessibleName(self.tr("Blank screen"))
        self.blank_page.setAutoFillBackground(True)
        black = self.blank_page.palette()
        black.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.blank_page.setPalette(black)
        self.blank_page.setCursor(Qt.CursorShape.BlankCursor)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.blank_page)
        self._build_actions()
        self.panel.add_buttons([self.back_action, self.next_action, self.questions_action,
                                self.pause_action, self.blank_action, self.end_action])
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.panel.show_slide()

    def _action(self, text: str, tip: str, slot, shortcuts: list) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys, key = QKeySequence.StandardKey, Qt.Key
        self.next_action = self._action(
            self.tr("Next"), self.tr("Start the clock, then go to the next point (Space, →, Page Down)"),
            self._on_next_action_triggered,
            [key.Key_Space, key.Key_Right, key.Key_PageDown, *QKeySequence.keyBindings(keys.Forward)])
        self.back_action = self._action(
            self.tr("Back"), self.tr("Go back to the previous point (←, Page Up, Backspace)"),
            self._on_back_action_triggered,
            [key.Key_Left, key.Key_PageUp, key.Key_Backspace, *QKeySequence.keyBindings(keys.Back)])
        self.scroll_down_action = self._action(
            self.tr("Scroll down"), self.tr("Scroll the point's text down (↓)"),
            self._on_scroll_down_action_triggered, [key.Key_Down])
        self.scroll_up_action = self._action(
            self.tr("Scroll up"), self.tr("Scroll the point's text up (↑)"),
            self._on_scroll_up_action_triggered, [key.Key_Up])
        self.questions_action = self._action(
            self.tr("Questions"), self.tr("Skip to the questions (Q)"),
            self._on_questions_action_triggered, [key.Key_Q])
        self.pause_action = self._action(
            self.tr("Pause"), self.tr("Pause or resume the clock (P)"),
            self._on_pause_action_triggered, [key.Key_P])
        self.blank_action = self._action(
            self.tr("Blank"), self.tr("Black out the screen, or show it again (B)"),
            self._on_blank_action_triggered, [key.Key_B, key.Key_Period])
        self.blank_action.setCheckable(True)
        self.end_action = self._action(
            self.tr("End"), self.tr("End the talk and log the delivery (Esc)"),
            self._on_end_action_triggered, [key.Key_Escape, *QKeySequence.keyBindings(keys.Close)])

    # --- showing ---------------------------------------------------------------------

    def present(self, fullscreen: bool = True) -> None:
        """Show the view: full screen on a second screen if there is one, else the primary."""
        primary = QGuiApplication.primaryScreen()
        others = [screen for screen in QGuiApplication.screens() if screen is not primary]
        screen = others[0] if others else primary
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
        if fullscreen:
            self.showFullScreen()
            if screen is not None and self.windowHandle() is not None:
                self.windowHandle().setScreen(screen)
        else:
            self.show()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.panel.scale_fonts(self.height())

    @property
    def blanked(self) -> bool:
        """Whether the screen is blacked out."""
        return self.stack.currentWidget() is self.blank_page

    def set_blanked(self, blanked: bool) -> None:
        """Black out the screen (the clock keeps running) or show the talk again."""
        self.stack.setCurrentWidget(self.blank_page if blanked else self.panel)
        self.blank_action.setChecked(blanked)

    # --- ending ----------------------------------------------------------------------

    def end_presentation(self) -> bool:
        """Stop and offer to log the delivery, then close; False if the speaker went back to the talk."""
        if self._conclude():
            self.close()
            return True
        return False

    def _conclude(self) -> bool:
        """Ask for the delivery and save it; True once the window may close."""
        if self._closing or not self.session.started:
            self._finish_up()
            return True
        was_running = self.session.running
        self.session.pause()
        self.panel.refresh_time()
        dialog = DeliveryDialog(self.session, self, self._last_values)
        result = dialog.exec()
        result = int(getattr(result, "value", result))
        values = dialog.values()
        dialog.deleteLater()
        if result == DeliveryDialog.DISCARDED:
            self._finish_up()
            return True
        if result == QDialog.DialogCode.Accepted.value:
            self._last_values = values
            if save_delivery(self, self.library, self.session, values, self._publish):
                self.sig_delivery_saved.emit(self.session.lecture.id)
                self._finish_up()
                return True
        elif was_running:
            self.session.resume()
        self.panel.refresh_time()
        return False

    def _finish_up(self) -> None:
        self._closing = True
        self._timer.stop()
        self.session.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._conclude():
            event.accept()
        else:
            event.ignore()

    # --- slots -----------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.panel.refresh_time()

    def _on_next_action_triggered(self) -> None:
        if not self.session.started:
            self.session.start()
        elif not self.session.advance():
            return
        self.panel.show_slide()

    def _on_back_action_triggered(self) -> None:
        if self.session.back():
            self.panel.show_slide()

    def _on_scroll_down_action_triggered(self) -> None:
        self.panel.scroll_text(1)

    def _on_scroll_up_action_triggered(self) -> None:
        self.panel.scroll_text(-1)

    def _on_questions_action_triggered(self) -> None:
        self.session.start()
        if self.session.skip_to_questions():
            self.panel.show_slide()

    def _on_pause_action_triggered(self) -> None:
        if not self.session.started:
            self.session.start()
        elif self.session.running:
            self.session.pause()
        else:
            self.session.resume()
        self.panel.refresh_time()

    def _on_blank_action_triggered(self) -> None:
        self.set_blanked(self.stack.currentWidget() is not self.blank_page)

    def _on_end_action_triggered(self) -> None:
        self.end_presentation()
