"""Errors of syncing a shared library: each says in one line what went wrong and where."""

from __future__ import annotations

from ..core.errors import LectureKitError


class SyncError(LectureKitError):
    """A sync that could not be done; the message is the one-line reason."""


class NoRemoteError(SyncError):
    """The library has no shared repository to sync with, and none was given."""


class RemoteUnreachableError(SyncError):
    """The shared repository could not be read or written."""


class UnsafeTreeError(SyncError):
    """The shared history holds something that would be written outside the library."""


class SyncBusyError(SyncError):
    """Another sync of the same library is running."""
