"""What the caches kept in the user cache folder share: where a library's file goes, and a
digest of the source of the code that made what a cache holds (a change to that code
starts the cache anew)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

from . import bundled


def source_digest(*modules: ModuleType) -> str | None:
    """20 hex digits of the SHA-256 of the source of *modules*, in order; None when the source
    of any cannot be read (then no cache: one made by other code could hold other values)."""
    digest = hashlib.sha256()
    for module in modules:
        try:
            source = module.__spec__.loader.get_source(module.__name__)
        except (AttributeError, ImportError, OSError):
            source = None
        if not source:
            return None
        digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def library_cache_file(root: Path, folder: str, suffix: str) -> Path:
    """The file of the library folder *root* in *folder* of the user cache folder, named by a
    digest of the library's resolved path."""
    try:
        resolved = Path(root).resolve()
    except (OSError, RuntimeError):
        resolved = Path(root).absolute()
    name = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return bundled.user_cache_dir() / folder / f"{name}{suffix}"
