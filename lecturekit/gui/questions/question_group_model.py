"""The rows of the Questions pane: unanswered questions, close ones grouped."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt

from ...core.model import AskedQuestion
from ..common.table_model import ColumnTableModel

Group = list[AskedQuestion]


class QuestionGroupModel(ColumnTableModel):
    """One row per group of close unanswered questions: the newest wording, how often, language, venues."""

    COLUMNS = ("question", "times", "language", "venue", "last")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[Group] = []

    def set_groups(self, groups: list[Group]) -> None:
        """Show *groups* (each newest first)."""
        self.beginResetModel()
        self._groups = [sorted(group, key=lambda q: q.asked, reverse=True) for group in groups]
        self.endResetModel()

    def group(self, row: int) -> Group:
        return self._groups[row]

    def rows(self) -> Sequence[Group]:
        return self._groups

    def column_titles(self) -> Sequence[str]:
        return [self.tr("Question"), self.tr("Asked"), self.tr("Language"), self.tr("Venue"), self.tr("Last asked")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        group = self._groups[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            newest = group[0]
            return {"question": newest.text, "times": self.tr("%n time(s)", "", len(group)),
                    "language": newest.language,
                    "venue": ", ".join(dict.fromkeys(q.venue for q in group if q.venue)),
                    "last": newest.asked.strftime("%Y-%m-%d %H:%M")}[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "question" and len(group) > 1:
            return "\n".join(dict.fromkeys(q.text for q in group))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "times":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
