"""Drag and drop for the lecture outline: points from anywhere, and moves within the tree.

Points arrive as `application/x-lecturekit-point-ids` (UTF-8 ids joined by
newlines) or as plain text; rows dragged inside the tree carry their own
positions.  Moves are made with the model's move operations, which announce
them with beginMoveRows/endMoveRows, so a drop never needs the view to remove
the source rows afterwards (the model has no removeRows for it to call).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from ...core.model import Section

POINT_IDS_MIME = "application/x-lecturekit-point-ids"
OUTLINE_ITEMS_MIME = "application/x-lecturekit-outline-items"
TEXT_MIME = "text/plain"


def ids_from_text(text: str) -> list[str]:
    """Point ids from dragged text: one per line, or separated by commas or spaces."""
    return [word for word in text.replace(",", " ").split() if word]


class OutlineDragDrop:
    """The drag-and-drop half of `OutlineModel` (mixed into it, not used alone)."""


    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self):
        return [OUTLINE_ITEMS_MIME, POINT_IDS_MIME, TEXT_MIME]

    def mimeData(self, indexes):
        rows = sorted({self.position(index) for index in indexes if index.isValid()},
                      key=lambda item: (item[0], -1 if item[1] is None else item[1]))
        data = QMimeData()
        data.setData(OUTLINE_ITEMS_MIME, json.dumps(rows).encode("utf-8"))
        ids = [self._lecture.sections[s].points[p].id for s, p in rows if p is not None]
        if ids:
            data.setData(POINT_IDS_MIME, "\n".join(ids).encode("utf-8"))
            data.setText("\n".join(ids))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return any(data.hasFormat(kind) for kind in self.mimeTypes())

    def dropMimeData(self, data, action, row, column, parent):
        if action == Qt.DropAction.IgnoreAction:
            return True
        if data.hasFormat(OUTLINE_ITEMS_MIME) and action == Qt.DropAction.MoveAction:
            items = [tuple(item) for item in json.loads(bytes(data.data(OUTLINE_ITEMS_MIME)).decode("utf-8"))]
            moved = self._drop_own_items(items, row, parent)
            if moved:
                self.sig_outline_edited.emit(self.tr("Move in outline"))
            return moved
        if data.hasFormat(POINT_IDS_MIME):
            ids = bytes(data.data(POINT_IDS_MIME)).decode("utf-8").split("\n")
        elif data.hasText():
            ids = ids_from_text(data.text())
        else:
            return False
        ids = [point_id.strip() for point_id in ids if point_id.strip()]
        refused = [point_id for point_id in ids if point_id not in self._points]
        if refused:
            self.sig_points_refused.emit(refused)
        wanted = [point_id for point_id in ids if point_id in self._points]
        if not wanted:
            return False
        section, before = self._point_target(row, parent)
        for offset, point_id in enumerate(wanted):
            self.add_point(section, point_id, before + offset)
        self.sig_outline_edited.emit(self.tr("Add points"))
        return True

    def _point_target(self, row: int, parent: QModelIndex) -> tuple[int, int]:
        """Where dropped points go: (section, insert-before row); makes a section if none."""
        sections = self._lecture.sections
        if not sections:
            return self.add_section(self.tr("Section 1")), 0
        if not parent.isValid():
            if row <= 0:
                return (0, 0) if row == 0 else (len(sections) - 1, len(sections[-1].points))
            return row - 1, len(sections[row - 1].points)
        section_row, position = self.position(parent)
        if position is None:
            return section_row, len(sections[section_row].points) if row < 0 else row
        return section_row, position + 1

    def _row_of(self, section: Section) -> int:
        return self._section_row(id(section))

    def _drop_own_items(self, items: list[tuple], row: int, parent: QModelIndex) -> bool:
        sections = self._lecture.sections
        section_items = [s for s, p in items if p is None]
        if section_items:
            if parent.isValid():
                row = self.position(parent)[0]
            before = len(sections) if row < 0 else row
            moving = [sections[s] for s in section_items if 0 <= s < len(sections)]
            moved = False
            for section in moving:
                if self.move_section(self._row_of(section), before):
                    moved = True
                before = self._row_of(section) + 1
            return moved
        refs = [sections[s].points[p] for s, p in items
                if 0 <= s < len(sections) and 0 <= p < len(sections[s].points)]
        if not refs:
            return False
        target, before = self._point_target(row, parent)
        target_section = sections[target]
        moved = False
        for ref in refs:
            source = next(i for i, sec in enumerate(sections) if any(r is ref for r in sec.points))
            position = next(i for i, r in enumerate(sections[source].points) if r is ref)
            target = self._row_of(target_section)
            new_target, new_position = self.move_point(source, position, target, before)
            moved = moved or (new_target, new_position) != (source, position)
            before = new_position + 1
        return moved
