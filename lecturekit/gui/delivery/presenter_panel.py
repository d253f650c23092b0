"""What the presenter view shows of a delivery session: point, notes, next point, clocks, budgets.

The panel reads the session and draws it in type scaled to the window height;
the window around it (`presenter_view`) owns the keys and the clock ticks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.delivery_session import DeliverySession
from ..common.fonts import bundled_fonts, large_type
from ..points.markdown_preview import MarkdownPreview
from .section_budget_model import SectionBudgetModel, clock_text, over_colours


class PresenterPanel(QWidget):
    """The current point in large type with its notes, the next point and the time bar."""

    def __init__(self, session: DeliverySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._sans = bundled_fonts().sans  # DejaVu has every Kazakh letter, whatever the system fonts
        self.where = self._label(self.tr("Section"))
        self.position = self._label(self.tr("Position in the talk"), wrap=False)
        self.title = self._label(self.tr("Current point"))
        self.text = self._text_view(self.tr("Audience text"), self.tr("What to tell the audience"))
        self.notes_heading = self._label(self.tr("Speaker notes heading"), wrap=False)
        self.notes_heading.setText(self.tr("Speaker notes"))
        self.notes = self._text_view(self.tr("Speaker notes"),
                                     self.tr("For you only: never shown to the audience"))
        self.next_title = self._label(self.tr("Next point"))
        self.elapsed = self._label(self.tr("Elapsed time"), wrap=False)
        self.remaining = self._label(self.tr("Remaining time"), wrap=False)
        self.point_time = self._label(self.tr("Time on this point"), wrap=False)
        self.state = self._label(self.tr("Clock state"))
        self.audience_state = self._label(self.tr("Audience screen state"), wrap=False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Time used"))
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.budget_model = SectionBudgetModel(self)
        self.budget_model.set_session(session)
        self.budgets = self._budget_table()
        self._buttons = QHBoxLayout()
        self._button_widgets: list[QToolButton] = []
        self._height = 720
        self._status = QHBoxLayout()  # the clock's state and the listeners' screen's, above the buttons
        self._status.addWidget(self.state, 1)
        self._status.addWidget(self.audience_state)
        self._buttons.addStretch(1)
        self._build_layout()
        self.scale_fonts(720)

    def _label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _text_view(self, name: str, tip: str) -> MarkdownPreview:
        view = MarkdownPreview(self)
        view.setAccessibleName(name)
        view.setToolTip(tip)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setFrameShape(QFrame.Shape.NoFrame)
        return view

    def _budget_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.budget_model)
        table.setAccessibleName(self.tr("Time per section"))
        table.setToolTip(self.tr("Time spent in each part of the talk against its plan"))
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.position)
        side = QVBoxLayout()
        side.addWidget(self.notes_heading)
        side.addWidget(self.notes, 3)
        side.addWidget(self.budgets, 2)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.text, 3)
        middle.addLayout(side, 2)
        times = QGridLayout()
        times.addWidget(self.elapsed, 0, 0)
        times.addWidget(self.point_time, 0, 1, Qt.AlignmentFlag.AlignCenter)
        times.addWidget(self.remaining, 0, 2, Qt.AlignmentFlag.AlignRight)
        times.addWidget(self.progress, 1, 0, 1, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 12)
        column.addLayout(top)
        column.addWidget(self.title)
        column.addLayout(middle, 1)
        column.addWidget(self.next_title)
        column.addLayout(times)
        column.addLayout(self._status)
        column.addLayout(self._buttons)

    def add_buttons(self, actions: list[QAction]) -> None:
        """Buttons for *actions* along the bottom edge (they never take the keyboard focus)."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            self._buttons.addWidget(button)
            self._button_widgets.append(button)
        self.scale_fonts(self._height)

    def scale_fonts(self, height: int) -> None:
        """Type sizes in proportion to a window *height* pixels tall."""
        self._height = height
        unit = max(11.0, height / 42)

        def font(scale: float, bold: bool = False) -> QFont:
            return large_type(self._sans, unit * scale, bold)

        self.where.setFont(font(1.0))
        self.position.setFont(font(1.0))
        self.title.setFont(font(2.0, bold=True))
        for view, scale in ((self.text, 1.35), (self.notes, 1.0)):
            view.setFont(font(scale))
            view.document().setDefaultFont(font(scale))
        self.notes_heading.setFont(font(0.9, bold=True))
        self.next_title.setFont(font(1.1))
        self.elapsed.setFont(font(1.8, bold=True))
        self.remaining.setFont(font(1.8, bold=True))
        self.point_time.setFont(font(1.2))
        self.state.setFont(font(0.9))
        self.audience_state.setFont(font(0.9, bold=True))
        for button in self._button_widgets:
            button.setFont(font(0.9))
        self.budgets.setFont(font(0.9))
        self.budgets.horizontalHeader().setFont(font(0.8))
        self.budget_model.set_font(font(0.9))
        self.budgets.verticalHeader().setDefaultSectionSize(round(unit * 1.5))
        self.progress.setFixedHeight(max(6, round(unit * 0.5)))

    def scroll_text(self, direction: int) -> None:
        """Scroll the point's text half a page down (1) or up (-1)."""
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + direction * max(1, bar.pageStep() // 2))

    def show_slide(self) -> None:
        """Show the current point, its notes and the next point."""
        session, slide = self.session, self.session.current
        if slide.is_question:
            self.where.setText(self.tr("Questions"))
        else:
            self.where.setText(self.tr("Section {number} of {count}: {heading}").format(
                number=slide.part + 1, count=len(session.lecture.sections), heading=slide.heading))
        self.position.setText(self.tr("{number} / {count}").format(number=slide.index + 1,
                                                                   count=len(session.slides)))
        point = slide.point
        if point is not None:
            self.title.setText(point.title)
            self.text.show_markdown(point.body)
        elif slide.point_id:
            self.title.setText(self.tr("Missing point: {id}").format(id=slide.point_id))
            self.text.show_markdown("")
        else:
            self.title.setText(self.tr("Questions from the audience"))
            self.text.show_markdown(self.tr("Take the listeners' questions. "
                                            "Ctrl+Shift+Space looks up an answer."))
        notes = []
        if slide.note:
            notes.append(self.tr("**For this lecture:** {note}").format(note=slide.note))
        if point is not None and point.notes:
            notes.append(point.notes)
        self.notes.show_markdown("\n\n".join(notes) or self.tr("*No notes.*"))
        self.next_title.setText(self._next_text())
        self.refresh_time()

    def _next_text(self) -> str:
        following = self.session.next
        if following is None:
            return self.tr("Next: end of the talk")
        if following.point is not None:
            return self.tr("Next: {title}").format(title=following.point.title)
        if following.is_question and not following.point_id:
            return self.tr("Next: questions from the audience")
        return self.tr("Next: {id}").format(id=following.point_id)

    def refresh_time(self) -> None:
        """Repaint the clocks, their colours and the per-section budgets."""
        session = self.session
        warning, over = over_colours(self.palette())
        total = session.planned_total_minutes() * 60
        elapsed = session.elapsed_total()
        self.elapsed.setText(self.tr("{elapsed} of {planned}").format(
            elapsed=clock_text(elapsed), planned=clock_text(total)))
        remaining = session.remaining()
        self.remaining.setText(self.tr("{time} left").format(time=clock_text(remaining)) if remaining >= 0
                               else self.tr("{time} over").format(time=clock_text(-remaining)))
        slide = session.current
        spent, planned = session.elapsed_slide(slide.index), slide.planned_minutes * 60
        self.point_time.setText(self.tr("This point {spent} / {planned}").format(
            spent=clock_text(spent), planned=clock_text(planned)))
        talk_colour = over if session.is_over() else warning if session.section_is_over() else None
        self._colour(self.elapsed, talk_colour)
        self._colour(self.remaining, talk_colour)
        self._colour(self.point_time, warning if planned and spent > planned else None)
        bar = self.progress.palette()
        bar.setColor(QPalette.ColorRole.Highlight,
                     talk_colour or self.palette().color(QPalette.ColorRole.Highlight))
        self.progress.setPalette(bar)
        self.progress.setValue(min(1000, round(1000 * elapsed / total)) if total > 0 else 0)
        if session.finished:
            self.state.setText(self.tr("The talk has ended."))
        elif not session.started:
            self.state.setText(self.tr("Press Space to start the clock."))
        elif not session.running:
            self.state.setText(self.tr("Paused: press P to go on."))
        else:
            self.state.setText(self.tr("Space: next   ↓: scroll   B: blank   A: audience screen   S: swap screens   Q: questions   Esc: end"))
        self.budget_model.set_palette(self.palette())

    def show_audience_state(self, shown: bool, blanked: bool) -> None:
        """Say what the listeners' screen shows: the talk, black, or nothing (it is off)."""
        if not shown:
            self.audience_state.setText(self.tr("Audience screen off (A)"))
        elif blanked:
            self.audience_state.setText(self.tr("Audience screen blank (B)"))
        else:
            self.audience_state.setText(self.tr("Audience screen on"))
        warning, _over = over_colours(self.palette())
        self._colour(self.audience_state, warning if shown and blanked else None)

    def _colour(self, label: QLabel, colour) -> None:
        palette = self.palette()
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
