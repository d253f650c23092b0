"""The dialog that lists the law points citing an amended law, to mark the chosen ones outdated."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from ...core.model import TalkingPoint
from ..common.fit_screen import fit_to_screen
from .review_model import CitingPointsModel


class LawFlagDialog(QDialog):
    """Shows the points citing *law_text* with check boxes; accepted means "mark the ticked
    ones outdated"."""

    def __init__(self, points: list[TalkingPoint], law_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flag points citing an amended law"))
        self.setAccessibleName(self.tr("Flag points citing an amended law"))
        self.model = CitingPointsModel(points, self)
        intro = QLabel(self.tr("%n law points cite “%1”. Tick those the amendment affects: they "
                               "will be marked outdated and listed for review.", "", len(points))
                       .replace("%1", law_text), self)
        intro.setWordWrap(True)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Law points citing the law"))
        self.view.setToolTip(self.tr("Hover a point to see its sources"))
        select_all = QPushButton(self.tr("Tick all"), self)
        select_none = QPushButton(self.tr("Tick none"), self)
        for button, tip in ((select_all, self.tr("Tick every point in the list")),
                            (select_none, self.tr("Untick every point in the list"))):
            button.setToolTip(tip)
            button.setAccessibleName(button.text())
        select_all.clicked.connect(self._on_select_all_clicked)
        select_none.clicked.connect(self._on_select_none_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.flag_button = self.buttons.addButton(self.tr("Mark outdated"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.flag_button.setToolTip(self.tr("Mark the ticked points outdated and save them"))
        self.flag_button.setAccessibleName(self.tr("Mark outdated"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._on_model_data_changed)
        row = QHBoxLayout()
        row.addWidget(select_all)
        row.addWidget(select_none)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        fit_to_screen(self, 620, 420)

    def checked_ids(self) -> list[str]:
        """The ids of the points to mark outdated."""
        return self.model.checked_ids()

    def _on_select_all_clicked(self) -> None:
        self.model.set_all_checked(True)

    def _on_select_none_clicked(self) -> None:
        self.model.set_all_checked(False)

    def _on_model_data_changed(self, *_args) -> None:
        self.flag_button.setEnabled(bool(self.model.checked_ids()))
