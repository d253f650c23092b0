"""An https shared repository with a token: the token is kept in the keyring, never in the library."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pygit2
import pytest

from lecturekit.cli import main as cli_main
from lecturekit.sync import RemoteUnreachableError, credentials, sync_library
from tests.conftest import write_point
from tests.sync.http_remote import TokenServer, http_backend

TOKEN = "s3cret-t0ken"

pytestmark = pytest.mark.skipif(http_backend() is None, reason="git http-backend is not installed")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory, standing in for the system's."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class NoKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("no backend")

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    monkeypatch.delenv(credentials.TOKEN_VARIABLE, raising=False)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def server(tmp_path):
    served = tmp_path / "served"
    pygit2.init_repository(str(served / "library.git"), bare=True)
    with TokenServer(served, TOKEN) as running:
        yield running


def _library(folder):
    write_point(folder, "p1", body="Shared text.")
    return folder


def _files_hold(folder, text: str) -> list[str]:
    return [str(path) for path in folder.rglob("*") if path.is_file() and text.encode() in path.read_bytes()]


def test_a_token_in_the_address_goes_to_the_keyring_not_the_library(tmp_path, server, memory_keyring):
    url = f"{server.base}/library.git"
    address = url.replace("http://", f"http://aigerim:{TOKEN}@")
    folder = _library(tmp_path / "mine")
    result = sync_library(folder, address, "Aigerim <aigerim@example.org>")
    assert result.in_sync and result.action in {"published", "sent"}
    kept_for = f"{server.base.replace('http://', 'http://aigerim@')}/library.git"
    assert result.remote == kept_for
    assert memory_keyring.passwords == {(credentials.SERVICE, kept_for): TOKEN}
    assert _files_hold(folder, TOKEN) == []  # not in .git/config, not anywhere in the folder

    # a colleague's computer: the token once, then from the keyring
    other = tmp_path / "theirs"
    cloned = sync_library(other, address, "Dana <dana@example.org>")
    assert cloned.action == "cloned"
    assert (other / "points" / "p1.md").read_text(encoding="utf-8") == (folder / "points" / "p1.md").read_text(
        encoding="utf-8")
    write_point(other, "p2", body="Added by Dana.")
    assert sync_library(other, None, None).in_sync
    assert sync_library(folder).action == "updated"
    assert (folder / "points" / "p2.md").exists()


def test_a_wrong_or_missing_token_is_one_line_and_no_loop(tmp_path, server, memory_keyring):
    url = f"{server.base}/library.git"
    with pytest.raises(RemoteUnreachableError, match="asks for a token"):
        sync_library(tmp_path / "empty", url)
    asked = len(server.requests)
    with pytest.raises(RemoteUnreachableError, match="refused the token"):
        sync_library(tmp_path / "empty", url.replace("http://", "http://x:wrong@"))
    assert len(server.requests) - asked <= 3  # asked once with the token, not over and over
    assert memory_keyring.passwords == {}  # a refused token is not kept
    assert not (tmp_path / "empty" / ".git").exists()


def test_the_token_variable_serves_scripts_without_a_keyring(tmp_path, server, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        monkeypatch.setenv(credentials.TOKEN_VARIABLE, TOKEN)
        folder = _library(tmp_path / "mine")
        assert sync_library(folder, f"{server.base}/library.git").in_sync
        monkeypatch.delenv(credentials.TOKEN_VARIABLE)
        # given in the address with no keyring: the sync works and says the token was not kept
        result = sync_library(tmp_path / "clone", f"{server.base}/library.git".replace("http://", f"http://u:{TOKEN}@"))
        assert result.action == "cloned"
        assert any("token was not kept" in note for note in result.notes)
    finally:
        keyring.set_keyring(previous)


def test_the_command_line_hides_the_token(tmp_path, server, memory_keyring, capsys):
    address = f"{server.base}/library.git".replace("http://", f"http://u:{TOKEN}@")
    assert cli_main(["sync", "--library", str(_library(tmp_path / "mine")), "--remote", address,
                     "--author", "A <a@example.org>"]) == 0
    out, err = capsys.readouterr()
    assert TOKEN not in out + err


@pytest.mark.parametrize("address, expected", [
    ("https://u:t%40k@host.example/team/lib.git", ("https://u@host.example/team/lib.git", "t@k")),
    ("https://host.example:3000/lib.git", ("https://host.example:3000/lib.git", None)),
    ("https://:tok@host.example/lib.git", ("https://host.example/lib.git", "tok")),
    ("ssh://git@host.example/lib.git", ("ssh://git@host.example/lib.git", None)),
    ("/srv/share/lib.git", ("/srv/share/lib.git", None)),
])
def test_split_token(address, expected):
    assert credentials.split_token(address) == expected
