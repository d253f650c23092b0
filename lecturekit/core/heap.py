"""Giving the system back the memory that large work freed.

Python hands a freed object's memory back to the C library's allocator, which keeps
the pages for later rather than returning them.  After a library of 100,000 points
was read (the snapshot's rows and the listing the index took, freed), the app kept
44 MB more resident than it used; after a pull was indexed, 20 MB.  glibc's
`malloc_trim` returns the free pages of its heap in about 2 ms, and it does not hold
the interpreter (ctypes lets it go around a foreign call).  Elsewhere (Windows,
macOS, a C library without it) nothing is done: their allocators give memory back on
their own terms.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import Callable


@functools.cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back_free_memory() -> bool:
    """Return to the system the pages the C library's heap holds free; whether it could be asked."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
