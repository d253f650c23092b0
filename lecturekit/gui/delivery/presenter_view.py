"""The presenter view: a lecture given point by point on the speaker's screen, with the clock.

All logic lives in `core.delivery_session`; this window shows the session
through a `PresenterPanel` and turns keys into the session's intents.  Times
come from the session's clock (injected, so tests drive it); the timer here
only repaints.  What the listeners see is a separate `AudienceWindow` on the
other screen (`screen_choice` decides which), showing only what
`core.audience` lets through; with one screen it is off until asked for.

Keys: Space, Right, Page Down next (the first press starts the clock); Left,
Page Up, Backspace back; Up/Down scroll the text; B (or .) blanks the audience
screen; A shows or hides it; S swaps the two screens; Q skips to the
questions; P pauses; Esc ends and offers to log the delivery.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...core.audience import AudienceSlide, audience_slide
from ...core.delivery_session import DeliverySession
from ...core.library import Library
from .audience_window import AudienceWindow
from .delivery_dialog import DeliveryDialog, save_delivery
from .presenter_panel import PresenterPanel
from .screen_choice import ScreenChoice, ScreenInfo, choose_screens, swapped

TICK_MS = 250
AUDIENCE_SCREEN_KEY = "presenter/audience_screen"  # per computer: the name of the projector's screen


def screen_infos(screens: list[QScreen]) -> list[ScreenInfo]:
    """What `choose_screens` needs to know of Qt's *screens*."""
    primary = QGuiApplication.primaryScreen()
    return [ScreenInfo(screen.name(), screen is primary) for screen in screens]


class PresenterWindow(QWidget):
    """The speaker's view of a lecture being given (current and next point, notes, time) and the
    audience window it drives."""

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.audience = AudienceWindow()
        self.audience.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.audience.installEventFilter(self)
        self._screens: ScreenChoice | None = None  # where the two windows went, once presented
        self._build_actions()
        self.audience.addActions(self.actions())  # a click on the projector's window keeps the keys working
        self.panel.add_buttons([self.back_action, self.next_action, self.questions_action,
                                self.pause_action, self.blank_action, self.audience_action,
                                self.swap_action, self.end_action])
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        application = QGuiApplication.instance()  # connections end with this window; unused once it closes
        application.screenAdded.connect(self._on_application_screens_changed)
        application.screenRemoved.connect(self._on_application_screens_changed)
        self.show_slide()

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
            self.tr("Blank"), self.tr("Black out the audience screen, or show it again (B)"),
            self._on_blank_action_triggered, [key.Key_B, key.Key_Period])
        self.blank_action.setCheckable(True)
        self.audience_action = self._action(
            self.tr("Audience screen"), self.tr("Show or hide the listeners' screen (A)"),
            self._on_audience_action_triggered, [key.Key_A])
        self.audience_action.setCheckable(True)
        self.swap_action = self._action(
            self.tr("Swap screens"), self.tr("Swap the speaker's and the listeners' screens (S)"),
            self._on_swap_action_triggered, [key.Key_S])
        self.end_action = self._action(
            self.tr("End"), self.tr("End the talk and log the delivery (Esc)"),
            self._on_end_action_triggered, [key.Key_Escape, *QKeySequence.keyBindings(keys.Close)])

    # --- showing ---------------------------------------------------------------------

    def present(self, fullscreen: bool = True) -> None:
        """Show the view on the speaker's screen and, when there is another screen, the audience
        window full screen there; with one screen the audience window waits for A."""
        screens = QGuiApplication.screens()
        remembered = str(QSettings().value(AUDIENCE_SCREEN_KEY, "", str) or "")
        self._screens = choose_screens(screen_infos(screens), remembered)
        self._place(self, self._screen(self._screens.presenter), fullscreen)
        if self._screens.audience is not None:
            self._place(self.audience, self._screen(self._screens.audience), fullscreen)
        self._audience_shown()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _screen(self, index: int | None) -> QScreen | None:
        screens = QGuiApplication.screens()
        return screens[index] if index is not None and 0 <= index < len(screens) else None

    def _place(self, window: QWidget, screen: QScreen | None, fullscreen: bool) -> None:
        """Show *window* on *screen*: full screen, or as a window in the middle of it."""
        if screen is not None:
            area = screen.availableGeometry()
            if fullscreen:
                window.setGeometry(area)
            else:
                size = window.sizeHint().boundedTo(area.size())
                window.setGeometry(area.x() + (area.width() - size.width()) // 2,
                                   area.y() + (area.height() - size.height()) // 2, size.width(), size.height())
            window.create()
            if window.windowHandle() is not None:
                window.windowHandle().setScreen(screen)
        if fullscreen:
            window.showFullScreen()
        else:
            window.showNormal()

    def show_audience(self, shown: bool) -> None:
        """Open the audience window (full screen on the other screen if there is one) or close it."""
        if not shown:
            self.audience.hide()
        elif not self.audience.isVisible():
            other = self._screens.audience if self._screens is not None else None
            if other is not None:
                self._place(self.audience, self._screen(other), True)
            else:  # one screen: a window the speaker can drag to wherever the listeners look
                self._place(self.audience, self.screen(), False)
            self.activateWindow()
        self._audience_shown()

    def swap_screens(self) -> None:
        """Exchange the two screens and remember, for this computer, which one the audience sees."""
        if self._screens is None or self._screens.audience is None:
            return
        fullscreen = self.isFullScreen()
        self._screens = swapped(screen_infos(QGuiApplication.screens()), self._screens)
        audience_screen = self._screen(self._screens.audience)
        if audience_screen is not None:
            QSettings().setValue(AUDIENCE_SCREEN_KEY, audience_screen.name())
        self._place(self, self._screen(self._screens.presenter), fullscreen)
        if self.audience.isVisible():
            self._place(self.audience, audience_screen, True)
        self.activateWindow()

    def _audience_shown(self) -> None:
        self.audience_action.setChecked(self.audience.isVisible())
        self.panel.show_audience_state(self.audience.isVisible(), self.audience.blanked)

    def audience_slide(self) -> AudienceSlide:
        """What the listeners see now: the current point, or the lecture's title before and after the talk."""
        session, slide = self.session, self.session.current
        settings = self.library.settings
        if not session.started or session.finished:
            return audience_slide(session.lecture, settings, None, "")
        heading = self.tr("Questions") if slide.is_question else slide.heading
        return audience_slide(session.lecture, settings, slide.point, heading)

    def show_slide(self) -> None:
        """Show the current point to the speaker and what the listeners may see of it to them."""
        self.panel.show_slide()
        self.audience.show_slide(self.audience_slide())

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.panel.scale_fonts(self.height())

    @property
    def blanked(self) -> bool:
        """Whether the audience screen is blacked out."""
        return self.audience.blanked

    def set_blanked(self, blanked: bool) -> None:
        """Black out the audience screen (the speaker's view and the clock go on) or show it again."""
        self.audience.set_blanked(blanked)
        self.blank_action.setChecked(blanked)
        self._audience_shown()

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
        self.audience.close()
        self.audience.deleteLater()

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
        self.show_slide()

    def _on_back_action_triggered(self) -> None:
        if self.session.back():
            self.show_slide()

    def _on_scroll_down_action_triggered(self) -> None:
        self.panel.scroll_text(1)

    def _on_scroll_up_action_triggered(self) -> None:
        self.panel.scroll_text(-1)

    def _on_questions_action_triggered(self) -> None:
        self.session.start()
        if self.session.skip_to_questions():
            self.show_slide()

    def _on_pause_action_triggered(self) -> None:
        if not self.session.started:
            self.session.start()
            self.show_slide()  # the listeners' title card gives way to the first point
        elif self.session.running:
            self.session.pause()
        else:
            self.session.resume()
        self.panel.refresh_time()

    def _on_blank_action_triggered(self) -> None:
        self.set_blanked(not self.audience.blanked)

    def _on_audience_action_triggered(self) -> None:
        self.show_audience(not self.audience.isVisible())

    def _on_swap_action_triggered(self) -> None:
        self.swap_screens()

    def _on_application_screens_changed(self, _screen: QScreen) -> None:
        # A projector plugged in or pulled out mid-talk: Qt would move a full-screen audience window
        # onto the laptop, over the speaker's notes. Choose again; the listeners' window goes to the new
        # projector, or off when there is none.
        if self._screens is None or self._closing:
            return
        fullscreen = self.isFullScreen()
        remembered = str(QSettings().value(AUDIENCE_SCREEN_KEY, "", str) or "")
        self._screens = choose_screens(screen_infos(QGuiApplication.screens()), remembered)
        self._place(self, self._screen(self._screens.presenter), fullscreen)
        if self._screens.audience is not None and self.audience.isVisible():
            self._place(self.audience, self._screen(self._screens.audience), True)
        elif self._screens.audience is None and self.audience.isFullScreen():
            self.audience.hide()
        self._audience_shown()
        self.activateWindow()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.audience and event.type() in (event.Type.Hide, event.Type.Show):
            self._audience_shown()  # closed from its title bar, or shown
        return super().eventFilter(watched, event)

    def _on_end_action_triggered(self) -> None:
        self.end_presentation()
