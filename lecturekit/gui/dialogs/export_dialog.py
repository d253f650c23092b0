"""The export dialog: format, variant, paper, alphabet and file; print preview; progress.

Above the buttons it says what the pre-flight check found in the points to
export (the list one click away) and offers to mark draft points as drafts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ...core import preflight
from ...core.errors import LectureKitError
from ...core.model import Lecture
from ...export.exporter import (
    export_lecture,
    export_points,
    latin_available,
    leaflet_document,
    lecture_document,
    material_language,
)
from ...export.formats import FORMATS, ExportFormat
from ...export.page import PAPERS, PageSetup
from ..common.error_text import describe_error
from ..common.fit_screen import fit_to_screen
from ..common.fonts import bundled_fonts
from ..common.task_runner import TaskControl
from .preflight_dialog import PreflightDialog

if TYPE_CHECKING:
    from ..services import Services

DEFAULT_FORMAT = "pdf"  # what most handouts are printed from


def _export_task(control: TaskControl, services: Services, lecture_id: str | None, point_ids: list[str],
                 output: Path, format: str, variant: str, paper: str, mark_drafts: bool, qr: bool,
                 script: str) -> Path:
    control.progress(0, 0, "")
    if variant == "leaflet":
        return export_points(services.library, point_ids, output, format, paper, mark_drafts=mark_drafts, qr=qr,
                             script=script)
    return export_lecture(services.library, lecture_id, output, format, variant, paper, mark_drafts=mark_drafts,
                          qr=qr, script=script)


class ExportDialog(QDialog):
    """Exports the current lecture (or chosen points as a leaflet) to a file or the printer."""

    sig_point_activated = Signal(str)
    # the user asked to open a point the pre-flight check lists: its id

    def __init__(self, services: Services, lecture_id: str | None, parent=None,
                 point_ids: list[str] | None = None):
        super().__init__(parent)
        self.services = services
        self.lecture_id = lecture_id
        self.point_ids = list(point_ids or [])
        self._task: int | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))

        self.format = QComboBox(self)
        for row in FORMATS.values():
            self.format.addItem(row.label, row.name)
        self.format.setCurrentIndex(self.format.findData(DEFAULT_FORMAT))
        self.variant = QComboBox(self)
        if lecture_id is not None:
            self.variant.addItem(self.tr("Handout for listeners"), "handout")
            self.variant.addItem(self.tr("Speaker script (notes and timings)"), "script")
        if self.point_ids:
            self.variant.addItem(self.tr("Leaflet of the selected points"), "leaflet")
        self.paper = QComboBox(self)
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.qr = QCheckBox(self.tr("&QR codes beside law sources and the help link"), self)
        self.qr.setToolTip(self.tr("Print a QR code to each law source's official text and to the "
                                   "library's help link, with the link as text too"))
        self.qr.setAccessibleName(self.tr("QR codes"))
        self.script = QComboBox(self)
        self.script.addItem(self.tr("Cyrillic, as written"), "cyrillic")
        self.script.addItem(self.tr("Latin (Kazakh alphabet of 2021)"), "latin")
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setToolTip(self.tr("Choose where to save the file"))
        browse.setAccessibleName(self.tr("Browse"))
        browse.clicked.connect(self._on_browse_clicked)
        for widget, name in ((self.format, self.tr("Format")), (self.variant, self.tr("Variant")),
                             (self.paper, self.tr("Paper size")), (self.script, self.tr("Alphabet")),
                             (self.path, self.tr("File"))):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Variant:"), self.variant)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow("", self.qr)
        form.addRow(self.tr("&Alphabet:"), self.script)
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, path_row)
        self._build_preflight()

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export result"))
        self.open_folder = QPushButton(self.tr("Open folder"), self)
        self.open_folder.setToolTip(self.tr("Show the exported file's folder"))
        self.open_folder.setAccessibleName(self.tr("Open folder"))
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.open_folder.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(self.message, 1)
        result_row.addWidget(self.open_folder)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setToolTip(self.tr("Write the file"))
        self.preview_button = self.buttons.addButton(self.tr("Print pre&view…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(self.tr("See the pages and print them"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.preview_button.clicked.connect(self.print_preview)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.preflight_row)
        layout.addWidget(self.mark_drafts)
        layout.addWidget(self.progress)
        layout.addLayout(result_row)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.variant.currentIndexChanged.connect(self._suggest_path)
        self.variant.currentIndexChanged.connect(self._show_preflight)
        self.variant.currentIndexChanged.connect(self._on_variant_current_index_changed)
        self.script.currentIndexChanged.connect(self._suggest_path)
        self._on_variant_current_index_changed()
        self._on_format_current_index_changed()
        fit_to_screen(self, 560, self.sizeHint().height())
        runner = services.runner
        runner.sig_finished.connect(self._on_runner_finished)
        runner.sig_failed.connect(self._on_runner_failed)

    # --- pre-flight ------------------------------------------------------------------

    def _build_preflight(self) -> None:
        self.preflight_label = QLabel(self)
        self.preflight_label.setWordWrap(True)
        self.preflight_label.setAccessibleName(self.tr("Pre-flight check"))
        self.preflight_button = QPushButton(self.tr("&Details…"), self)
        self.preflight_button.setToolTip(self.tr("List what the pre-flight check found, point by point"))
        self.preflight_button.setAccessibleName(self.tr("Pre-flight details"))
        self.preflight_button.clicked.connect(self.show_preflight_details)
        self.preflight_row = QHBoxLayout()
        self.preflight_row.addWidget(self.preflight_label, 1)
        self.preflight_row.addWidget(self.preflight_button)
        self.mark_drafts = QCheckBox(self.tr("&Mark draft points as drafts"), self)
        self.mark_drafts.setToolTip(self.tr("Print a visible “draft” mark under the title of every point "
                                            "not yet reviewed"))
        self.mark_drafts.setAccessibleName(self.tr("Mark draft points"))
        self.preflight_items: list[preflight.PreflightItem] = []
        self._show_preflight()

    def _preflight_items(self) -> list[preflight.PreflightItem]:
        library = self.services.library
        if self.variant.currentData() == "leaflet":
            return preflight.check_points(library, self.point_ids)
        lecture = library.lectures.get(self.lecture_id or "")
        return preflight.check_lecture(library, lecture) if lecture is not None else []

    def _show_preflight(self) -> None:
        self.preflight_items = items = self._preflight_items()
        drafts = sum(1 for item in items if item.kind == preflight.DRAFT)
        if not items:
            self.preflight_label.setText(self.tr("Pre-flight check: nothing to report."))
        elif drafts:
            self.preflight_label.setText(self.tr(
                "Pre-flight check: %n thing(s) to know, draft points among them.", "", len(items)))
        else:
            self.preflight_label.setText(self.tr("Pre-flight check: %n thing(s) to know.", "", len(items)))
        self.preflight_button.setEnabled(bool(items))
        self.mark_drafts.setEnabled(bool(drafts))
        if not drafts:
            self.mark_drafts.setChecked(False)

    def show_preflight_details(self) -> None:
        """List the pre-flight entries; opening a point from there closes this dialog too."""
        library = self.services.library
        lecture = library.lectures.get(self.lecture_id or "")
        if lecture is None:
            lecture = Lecture(id="leaflet", title=self.tr("the leaflet"))
        dialog = PreflightDialog(library, lecture, self.preflight_items, "export", self)
        dialog.hide_check.hide()  # the summary line above stays in this dialog either way
        dialog.sig_point_activated.connect(self._on_preflight_point_activated)
        dialog.exec()

    def _on_preflight_point_activated(self, point_id: str) -> None:
        self.sig_point_activated.emit(point_id)
        self.reject()

    # --- paths ---------------------------------------------------------------------

    def _folder(self) -> Path:
        current = self.path.text().strip()
        if current:
            return Path(current).expanduser().parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def chosen_format(self) -> ExportFormat:
        """The row of the export formats table picked in the dialog."""
        return FORMATS[self.format.currentData()]

    def _on_format_current_index_changed(self) -> None:
        self.paper.setEnabled(self.chosen_format().paper)
        self._suggest_path()

    def _on_variant_current_index_changed(self) -> None:
        # Leaflets go home with listeners who cannot click a link: codes on by default there.
        self.qr.setChecked(self.variant.currentData() == "leaflet")
        leaflet = self.variant.currentData() == "leaflet"
        language = material_language(self.services.library, None if leaflet else self.lecture_id,
                                     self.point_ids if leaflet else ())
        available = latin_available(language)
        if not available:
            self.script.setCurrentIndex(self.script.findData("cyrillic"))
        self.script.setEnabled(available)
        self.script.setToolTip(self.tr("Kazakh material can be written in the Latin alphabet of 2021")
                               if available else self.tr("Only Kazakh material can be written in Latin letters"))
        self._suggest_path()

    def _suggest_path(self) -> None:
        stem = self.lecture_id if self.variant.currentData() != "leaflet" else "leaflet"
        latin = "-latin" if self.script.currentData() == "latin" else ""
        name = f"{stem}-{self.variant.currentData()}{latin}{self.chosen_format().suffix}"
        self.path.setText(str(self._folder() / name))

    def _on_browse_clicked(self) -> None:
        chosen_format = self.chosen_format()
        patterns = " ".join(f"*{suffix}" for suffix in chosen_format.suffixes)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                                f"{chosen_format.label} ({patterns})")
        if chosen:
            known = chosen.lower().endswith(chosen_format.suffixes)
            self.path.setText(chosen if known else chosen + chosen_format.suffix)

    # --- export ----------------------------------------------------------------------

    def start_export(self) -> None:
        """Export in the background; the dialog shows progress and the result."""
        output = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self._show_error(self.tr("Choose a file to export to."))
            return
        if output.exists():
            answer = QMessageBox.question(self, self.tr("Replace file?"), self.tr(
                "{file} already exists. Replace it?").format(file=output.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Exporting…"))
        self.open_folder.hide()
        self._task = self.services.runner.submit(
            _export_task, self.services, self.lecture_id, self.point_ids, output,
            self.format.currentData(), self.variant.currentData(), self.paper.currentData(),
            self.mark_drafts.isChecked(), self.qr.isChecked(), self.script.currentData(), label=self.tr("Exporting"))

    def _on_runner_finished(self, task_id: int, result) -> None:
        if task_id != self._task:
            return
        self._task = None
        self.written = Path(result)
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Exported to {file}").format(file=self.written))
        self.open_folder.show()

    def _on_runner_failed(self, task_id: int, message: str, _details: str) -> None:
        if task_id != self._task:
            return
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.message.setText(self.tr("Export failed: {reason}").format(reason=message))

    def _on_open_folder_clicked(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    # --- printing --------------------------------------------------------------------

    def document(self):
        """The document tree of the chosen lecture variant or leaflet."""
        mark, script = self.mark_drafts.isChecked(), self.script.currentData()
        if self.variant.currentData() == "leaflet":
            return leaflet_document(self.services.library, self.point_ids, mark_drafts=mark, qr=self.qr.isChecked(),
                                    script=script)
        return lecture_document(self.services.library, self.lecture_id, self.variant.currentData(),
                                mark_drafts=mark, qr=self.qr.isChecked(), script=script)

    def print_preview(self) -> None:
        """Show the PDF rendering in a print preview, from which it can be printed."""
        from ...export.pdf_writer import PdfWriter

        try:
            tree = self.document()
        except LectureKitError as error:
            self._show_error(describe_error(error, self.services.library.root))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        writer = PdfWriter(PageSetup(self.paper.currentData()), bundled_fonts())
        printer.setPageLayout(writer.page_layout())
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print preview"))
        preview.paintRequested.connect(lambda device: writer.paint(tree, device))
        fit_to_screen(preview, 900, 1000)
        preview.exec()

    def done(self, result: int) -> None:
        if self._task is not None:
            self.services.runner.cancel(self._task)
        super().done(result)

