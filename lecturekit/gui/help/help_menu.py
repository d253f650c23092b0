"""The Help menu: the user guide (the README's user sections, shown in the app), the
keyboard shortcuts of every action the window has, and About with the versions in use."""

from __future__ import annotations

import platform
import re
from importlib import metadata

import PySide6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMessageBox, QTableView, QVBoxLayout

from ... import __version__
from ...core.bundled import user_guide_path
from ..common.fit_screen import fit_to_screen
from ..common.table_model import ColumnTableModel
from ..points.markdown_preview import MarkdownPreview

# The README's sections for developers stay out of the guide shown to users.
DEVELOPER_SECTIONS = ("Environment", "Interface translations", "Development", "Contributing")
_SECTION = re.compile(r"(?m)^(?=#{2,3} )")
_FENCE = re.compile(r"(?ms)^```[^\n]*\n(.*?)^```[ \t]*$")


def user_guide_text(readme: str) -> str:
    """The user's part of the README: its sections without those for developers, and fenced
    code as indented blocks (the form the app's Markdown reader shows as code)."""
    kept = [part for part in _SECTION.split(readme)
            if not part.startswith("#") or not part.lstrip("#").strip().startswith(DEVELOPER_SECTIONS)]
    text = _FENCE.sub(lambda match: "".join(f"    {line}\n" for line in match.group(1).splitlines()), "".join(kept))
    return text.strip() + "\n"


def shortcut_rows(window: QObject) -> list[tuple[str, str]]:
    """What each keyboard shortcut of *window* does and its keys, as this system writes them;
    once each, in the order of the descriptions."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = {(action.text().replace("&", "").split("  (")[0].rstrip("…"),
             ", ".join(key.toString(native) for key in action.shortcuts()))
            for action in window.findChildren(QAction) if action.shortcuts() and action.text()}
    rows |= {(shortcut.whatsThis(), shortcut.key().toString(native))
             for shortcut in window.findChildren(QShortcut) if shortcut.whatsThis() and not shortcut.key().isEmpty()}
    return sorted(rows, key=lambda row: (row[0].casefold(), row[1]))


class ShortcutModel(ColumnTableModel):
    """Each keyboard shortcut: what it does and its keys."""

    COLUMNS = ("action", "keys")

    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._rows = rows

    def rows(self):
        return self._rows

    def column_titles(self):
        return [self.tr("Action"), self.tr("Keys")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and self.has_cell(index):
            return self._rows[index.row()][index.column()]
        return None


class HelpMenu(QObject):
    """Installs the Help menu on *window* and answers its actions."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)  # the window is the parent only: a reference back would make a cycle
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._add(menu, self.tr("&User guide"), self.tr("How to use lecturekit"),
                                      self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._add(menu, self.tr("&Keyboard shortcuts"),
                                          self.tr("Every keyboard shortcut of this window"), self.show_shortcuts)
        menu.addSeparator()
        self.about_action = self._add(menu, self.tr("&About lecturekit"),
                                      self.tr("The version of lecturekit and of what it runs on"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, menu, text: str, tip: str, slot, keys=None) -> QAction:
        action = QAction(text, self.parent())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_guide(self) -> QDialog:
        """The user guide in a window of its own, beside the work."""
        dialog = QDialog(self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("lecturekit user guide"))
        view = MarkdownPreview(dialog)
        view.setAccessibleName(dialog.windowTitle())
        path = user_guide_path()
        view.show_markdown(user_guide_text(path.read_text(encoding="utf-8")) if path is not None else
                           self.tr("The user guide is not installed with this copy of lecturekit."))
        _layout(dialog, view)
        fit_to_screen(dialog, 900, 1000)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> QDialog:
        """A table of the window's actions and their keys."""
        dialog = QDialog(self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        view = QTableView(dialog)
        view.setModel(ShortcutModel(shortcut_rows(self.parent()), view))
        view.setAccessibleName(dialog.windowTitle())
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _layout(dialog, view)
        fit_to_screen(dialog, 560, 700)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        """The versions of lecturekit, Qt, Python and the libraries it builds on."""
        versions = [("lecturekit", __version__), ("Qt", qVersion()), ("PySide6", PySide6.__version__),
                    ("Python", platform.python_version())]
        for package in ("whoosh-reloaded", "python-docx", "Markdown", "pygit2"):
            try:
                versions.append((package, metadata.version(package)))
            except metadata.PackageNotFoundError:
                continue
        lines = "<br>".join(f"{name} {version}" for name, version in versions)
        QMessageBox.about(self.parent(), self.tr("About lecturekit"), self.tr(
            "<b>lecturekit</b> — a workbench for awareness lectures: sourced talking points, search in "
            "Kazakh, Russian and English, lectures, delivery and handouts.<br><br>{versions}<br><br>"
            "Library: {library}").format(versions=lines, library=_escape(str(self.parent().library.root))))


def _layout(dialog: QDialog, view) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view, 1)
    layout.addWidget(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


