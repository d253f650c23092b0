"""The time budget of each part of a lecture being given, as a list for the presenter view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from ...core.delivery_session import DeliverySession, PartBudget
from ..common.table_model import ColumnTableModel

BudgetStateRole = Qt.ItemDataRole.UserRole + 1  # done | current | upcoming
BudgetOverRole = Qt.ItemDataRole.UserRole + 2  # True once the part ran over


def clock_text(seconds: float) -> str:
    """Seconds as `m:ss` (hours roll into minutes), with a minus sign when negative."""
    sign = "−" if seconds < 0 else ""
    whole = round(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def over_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Readable (warning, over) colours for text on *palette*'s window background."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    if dark:
        return QColor("#ffb74d"), QColor("#ff6e6e")
    return QColor("#a85400"), QColor("#c62828")


class SectionBudgetModel(ColumnTableModel):
    """One row per section, then one for the questions: spent time against the plan."""

    COLUMNS = ("part", "spent", "planned")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: DeliverySession | None = None
        self._budgets: list[PartBudget] = []
        self._palette = QPalette()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_session(self, session: DeliverySession | None) -> None:
        """Show the budgets of *session*."""
        self.beginResetModel()
        self._session = session
        self._budgets = session.section_budget_status() if session is not None else []
        self.endResetModel()

    def set_palette(self, palette: QPalette) -> None:
        """The palette the colours for running over are chosen against."""
        self._palette = QPalette(palette)
        self.refresh()

    def set_font(self, font: QFont) -> None:
        """The view's font: the current part is shown in its bold variant."""
        self._bold = QFont(font)
        self._bold.setBold(True)
        self.refresh()

    def refresh(self) -> None:
        """Read the times again (the rows stay the same; the clock moved)."""
        if self._session is None or not self._budgets:
            return
        self._budgets = self._session.section_budget_status()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._budgets) - 1, len(self.COLUMNS) - 1))

    def budget(self, row: int) -> PartBudget:
        """The budget shown in *row*."""
        return self._budgets[row]

    # --- the table's rows and headings -------------------------------------------------

    def rows(self) -> list[PartBudget]:
        return self._budgets

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Part"), self.tr("Spent"), self.tr("Plan"))

    # --- Qt model interface -------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        budget = self._budgets[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                name = self.tr("Questions") if budget.is_questions else (
                    budget.heading or self.tr("Section {number}").format(number=budget.part + 1))
                return f"✓ {name}" if budget.state == "done" else name
            if column == 1:
                return clock_text(budget.elapsed_seconds)
            return clock_text(budget.planned_seconds)
        if role == Qt.ItemDataRole.ToolTipRole:
            if budget.over:
                return self.tr("Over by {time}").format(time=clock_text(-budget.remaining_seconds))
            return self.tr("{time} left in this part").format(time=clock_text(budget.remaining_seconds))
        if role == Qt.ItemDataRole.ForegroundRole:
            if budget.over and column in (0, 1):
                return over_colours(self._palette)[1 if budget.state == "current" else 0]
            return None
        if role == Qt.ItemDataRole.FontRole and budget.state == "current":
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BudgetStateRole:
            return budget.state
        if role == BudgetOverRole:
            return budget.over
        return None
