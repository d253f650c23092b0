"""Two heavy imports whoosh makes and never uses, kept out of a cold command.

`whoosh.compat` imports `urllib.request` (with http, ssl and email) only to
re-export `urlretrieve`, which whoosh never calls; `whoosh.reading` imports
the `cached_property` package, which imports asyncio, for one property.
While those two whoosh modules execute, and only then, they get a stand-in:
a `urlretrieve` that imports the real one when called, and the standard
library's `functools.cached_property`, which caches in the instance's
`__dict__` the same way.  A module that imports the real ones later gets
the real ones.  About a fifth of a cold `lecturekit search`'s imports.

`install()` is called when `lecturekit.search` is imported, before any of
its modules imports whoosh; it costs nothing until whoosh is loaded.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import sys
import types
from typing import Any

_LIGHTENED = {"whoosh.compat": "urllib.request", "whoosh.reading": "cached_property"}


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _stand_in(name: str) -> types.ModuleType:
    module = types.ModuleType(name, "stand-in while whoosh is imported (lecturekit.search.whoosh_imports)")
    if name == "urllib.request":
        module.urlretrieve = _urlretrieve
    else:
        module.cached_property = functools.cached_property
    return module


class _Loader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader, stand_in: str):
        self.real, self.stand_in = real, stand_in

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Any:
        return self.real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        name = self.stand_in
        if name in sys.modules:  # already loaded by someone: nothing to save
            self.real.exec_module(module)
            return
        stand_in = sys.modules[name] = _stand_in(name)
        try:
            self.real.exec_module(module)
        finally:
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        stand_in = _LIGHTENED.get(fullname)
        if stand_in is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader, stand_in)
        return spec


def install() -> None:
    """Put the finder first in `sys.meta_path` (once)."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
