"""Version control of a shared library (pygit2): commit, fetch, field-by-field merge, push, history.

Every use of git lives in this package; the core, search and export never import it.
"""

from .errors import NoRemoteError, RemoteUnreachableError, SyncBusyError, SyncError, UnsafeTreeError
from .library_sync import SyncClash, SyncResult, sync_library

__all__ = ["NoRemoteError", "RemoteUnreachableError", "SyncBusyError", "SyncClash", "SyncError", "SyncResult",
           "UnsafeTreeError", "sync_library"]
