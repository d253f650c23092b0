"""Tokens for shared repositories over https: kept in the system keyring, never in a library file.

A token is given once: in the address (`https://NAME:TOKEN@server/team/library.git`,
the form Gitea, Forgejo and GitLab hand out), by the app's Share dialog, or in
the `LECTUREKIT_GIT_TOKEN` environment variable for scripts.  The address is
stored in the repository without it; the token goes to the keyring under the
address, and is looked up there when the server asks.
"""

from __future__ import annotations

import os
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from .errors import SyncError

SERVICE = "lecturekit-git"
TOKEN_VARIABLE = "LECTUREKIT_GIT_TOKEN"


class TokenStoreError(SyncError):
    """The token could not be kept: this computer has no usable system keyring."""


def is_web_address(url: str) -> bool:
    """Whether the shared repository is reached over http(s), where a token is the password."""
    return urlsplit(url).scheme in ("http", "https")


def split_token(url: str) -> tuple[str, str | None]:
    """An http(s) address without its password, and the password (the token) if it had one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.password is None:
        return url, None
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if parts.port is not None:
        host += f":{parts.port}"
    user = f"{quote(unquote(parts.username), safe='')}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment)), unquote(parts.password)


def _keyring():
    """The keyring package, imported when a token is first kept or looked for: it takes 50 ms,
    which the app's start need not wait for."""
    import keyring
    import keyring.errors

    return keyring


def store_token(url: str, token: str) -> None:
    """Keep *token* for the shared repository at *url* in the system keyring."""
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, url, token)
    except keyring.errors.KeyringError as error:
        raise TokenStoreError(
            f"{url}: this computer has no system keyring to keep the token in ({error}); "
            f"give it in {TOKEN_VARIABLE} instead") from None


def stored_token(url: str) -> str | None:
    """The token for *url*: from `LECTUREKIT_GIT_TOKEN` if set, else from the keyring, else None."""
    given = os.environ.get(TOKEN_VARIABLE, "").strip()
    if given:
        return given
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, url)
    except keyring.errors.KeyringError:
        return None


def forget_token(url: str) -> None:
    """Remove the token kept for *url*, if there is one."""
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, url)
    except keyring.errors.KeyringError:
        pass


def missing_token_reason(url: str) -> str:
    """What to do when the server asks for a token that is not there."""
    return (f"{url} asks for a token: give it once in the address (https://NAME:TOKEN@…) "
            f"or in {TOKEN_VARIABLE}; it is kept in the system keyring")
