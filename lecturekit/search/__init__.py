"""Instant multilingual (Kazakh, Russian, English) search over a library's talking points.

The API for the app and the command line:

    from lecturekit.search import SearchIndex
    index = SearchIndex.open(library_root)         # index in the user cache folder
    index.sync(progress=callback)                  # up to date with the files (rebuilt if damaged)
    results = index.search(text, limit=20, as_you_type=True, filters={"kind": "law"})
    results.total, results.hits, results.facets, results.suggestion
    index.update_point(point); index.remove_point(point_id)   # after a save or a delete
    index.warm_up(); index.tidy()                             # off the GUI thread, when idle

whoosh is used only below this package.  Importing the package itself is
cheap: whoosh is loaded when one of these names is first used.
"""

from __future__ import annotations

from typing import Any

from .whoosh_imports import install as _lighten_whoosh_imports

_lighten_whoosh_imports()

_EXPORTS = {
    "SearchIndex": "index", "SearchIndexError": "outcomes", "SyncReport": "outcomes",
    "SearchResults": "results", "SearchHit": "results",
    "IndexLockTimeout": "store",
    "MARK_OPEN": "snippets", "MARK_CLOSE": "snippets", "snippet_as_text": "snippets",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lecturekit.search' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module_name}", __name__), name)
