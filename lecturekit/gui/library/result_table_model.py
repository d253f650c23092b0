"""The search results shown in the library pane, fed by the search engine."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from ..common.table_model import ColumnTableModel
from ..common.vocabulary import kind_name

POINT_IDS_MIME = "application/x-lecturekit-point-ids"

PointIdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
LanguageRole = Qt.ItemDataRole.UserRole + 4


def point_ids_mime(point_ids: list[str]) -> QMimeData:
    """Drag-and-drop data naming talking points (read by the lecture composer)."""
    mime = QMimeData()
    mime.setData(POINT_IDS_MIME, "\n".join(point_ids).encode("utf-8"))
    mime.setText("\n".join(point_ids))
    return mime


class ResultTableModel(ColumnTableModel):
    """One row per hit: title (with its highlighted snippet), kind, language."""

    COLUMNS = ("title", "kind", "language")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list = []

    def set_hits(self, hits: list) -> None:
        """Show *hits* (objects with id, title, kind, language, score, snippet)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int):
        """The hit on *row*."""
        return self._hits[row]

    def point_id(self, row: int) -> str:
        """The id of the point on *row*."""
        return self._hits[row].id

    def rows(self) -> list:
        return self._hits

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Talking point"), self.tr("Kind"), self.tr("Language"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        hit = self._hits[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_name(hit.kind) if column == "kind" else getattr(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.id}"
        if role == PointIdRole:
            return hit.id
        if role == SnippetRole:
            return hit.snippet
        if role == KindRole:
            return hit.kind
        if role == LanguageRole:
            return hit.language
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [POINT_IDS_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return point_ids_mime([self._hits[row].id for row in rows])

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction
