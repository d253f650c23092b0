"""The two ways into a shared library: Share library… (publish this one) and Copy a shared library…

Each dialog runs its work through the window's `LibrarySync` (sync_panel.py),
given as *sync*: its `share()` and `copy_shared()` report back by callbacks.

Both take the shared repository's address: a folder on a network share, an
ssh address, or an https address of a Gitea/Forgejo server with its access
token.  The token goes to the system keyring through the sync engine; it is
never shown again nor written into the library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...sync.credentials import is_web_address, split_token
from ..common.fit_screen import fit_to_screen


class _RemoteFields(QWidget):
    """The shared repository's address (with a Browse… button) and, for https, its token."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.remote = QLineEdit(self)
        self.remote.setPlaceholderText(self.tr("Folder, ssh://… or https://…"))
        self.remote.setAccessibleName(self.tr("Shared repository"))
        self.remote.setToolTip(self.tr("A bare git repository: a folder, an ssh address or an https address"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setToolTip(self.tr("Choose the shared repository's folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        self.token.setToolTip(self.tr("For an https address: the access token the server gave you. "
                                      "It is kept in this computer's keyring, not in the library."))
        self.token.setPlaceholderText(self.tr("Only for https addresses"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.remote, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Shared &repository:"), self)
        label.setBuddy(self.remote)  # a row of two widgets gets no buddy from the form
        form.addRow(label, row)
        form.addRow(self.tr("Access &token:"), self.token)
        self.remote.textChanged.connect(self._on_remote_text_changed)
        self._on_remote_text_changed(self.remote.text())

    def address(self) -> tuple[str, str | None]:
        """The address as typed (a token typed into it moves to the token) and the token, if any."""
        address, in_address = split_token(self.remote.text().strip())
        token = self.token.text().strip() or in_address
        return address, token if is_web_address(address) else None

    def set_busy(self, busy: bool) -> None:
        for widget in (self.remote, self.browse, self.token):
            widget.setEnabled(not busy)
        if not busy:
            self._on_remote_text_changed(self.remote.text())

    def _on_remote_text_changed(self, text: str) -> None:
        self.token.setEnabled(is_web_address(text.strip()) and self.remote.isEnabled())

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared repository"), self.remote.text())
        if folder:
            self.remote.setText(folder)


class ShareLibraryDialog(QDialog):
    """Publishes a library not yet shared; for a shared one, takes a new token and syncs."""

    def __init__(self, sync: QObject, parent=None):
        super().__init__(parent)
        self._sync = sync
        shared = sync.remote is not None
        self.setWindowTitle(self.tr("Shared repository") if shared else self.tr("Share library"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr(
            "This library is shared. If the server asks for a new access token, give it here and sync."
        ) if shared else self.tr(
            "Publish this library to an empty shared repository, so that colleagues can sync with it. "
            "The repository is a folder everyone can reach (for example on a network share, made with "
            "“git init --bare”), an ssh address such as ssh://git@server/team/library.git, or an https "
            "address of the team's Gitea or Forgejo server with an access token."), self)
        intro.setWordWrap(True)
        self.fields = _RemoteFields(self)
        self.remote, self.token = self.fields.remote, self.fields.token
        if shared:
            self.remote.setText(sync.remote)
            self.remote.setReadOnly(True)  # another repository would mix two unrelated histories
            self.fields.browse.hide()
        help_text = QLabel(self.tr(
            "Colleagues get the shared library with File > Copy a shared library…, or on the command line:\n"
            "lecturekit sync --library FOLDER --remote REPOSITORY\n"
            "Your name and email for the shared history are set in Preferences."), self)
        help_text.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.share_button = self.buttons.addButton(self.tr("S&ync") if shared else self.tr("&Share"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.share_button.setEnabled(shared)
        self.remote.textChanged.connect(lambda text: self.share_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(help_text)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, self.sizeHint().height())

    def _on_buttons_accepted(self) -> None:
        self.share_button.setEnabled(False)
        self.fields.set_busy(True)
        self.status.setText(self.tr("Publishing the library…") if self._sync.remote is None
                            else self.tr("Syncing with the shared library…"))
        address, token = self.fields.address()
        self._sync.share(address, token, self._on_shared, self._on_share_failed)

    def _on_shared(self, _result) -> None:
        self.accept()

    def _on_share_failed(self, message: str) -> None:
        self.fields.set_busy(False)
        self.share_button.setEnabled(True)
        self.status.setText(self.tr("The library could not be shared:\n{reason}").format(reason=message))


class CopySharedLibraryDialog(QDialog):
    """Copies a team's shared library into an empty folder of this computer; `folder` is then opened."""

    def __init__(self, sync: QObject, parent=None):
        super().__init__(parent)
        self._sync = sync
        self.folder_path: Path | None = None
        self.setWindowTitle(self.tr("Copy a shared library"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr(
            "Get the team's shared library onto this computer. It is copied into a new or empty folder, "
            "opened, and from then on synced with the shared repository."), self)
        intro.setWordWrap(True)
        self.fields = _RemoteFields(self)
        self.remote, self.token = self.fields.remote, self.fields.token
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder for the library"))
        self.folder.setToolTip(self.tr("A new or empty folder on this computer"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setToolTip(self.tr("Choose the folder for the library"))
        choose.clicked.connect(self._on_choose_clicked)
        self._choose = choose
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Into &folder:"), self), 0)
        row.itemAt(0).widget().setBuddy(self.folder)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setEnabled(False)
        for field in (self.remote, self.folder):
            field.textChanged.connect(self._on_fields_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, self.sizeHint().height())

    def _on_fields_changed(self) -> None:
        self.copy_button.setEnabled(bool(self.remote.text().strip() and self.folder.text().strip()))

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the library"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _on_buttons_accepted(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self.status.setText(self.tr("{folder} is not empty: choose a new or empty folder, so that nothing "
                                        "in it is mixed with the shared library.").format(folder=folder))
            return
        self.copy_button.setEnabled(False)
        self.fields.set_busy(True)
        self.folder.setEnabled(False)
        self._choose.setEnabled(False)
        self.status.setText(self.tr("Copying the shared library…"))
        address, token = self.fields.address()
        self._sync.copy_shared(folder, address, token, self._on_copied, self._on_copy_failed)

    def _on_copied(self, folder: Path) -> None:
        self.folder_path = folder
        self.accept()

    def _on_copy_failed(self, message: str) -> None:
        self.fields.set_busy(False)
        self.folder.setEnabled(True)
        self._choose.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.status.setText(self.tr("The library could not be copied:\n{reason}").format(reason=message))
