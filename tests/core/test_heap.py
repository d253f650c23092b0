"""Memory that large work freed goes back to the system where the C library can be asked."""

from __future__ import annotations

import sys

import pytest

from lecturekit.core import heap

glibc = pytest.mark.skipif(not sys.platform.startswith("linux") or heap._trim() is None,
                           reason="only glibc's heap is trimmed")


def resident_anonymous_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("RssAnon:"):
                return int(line.split()[1])
    raise AssertionError("no RssAnon in /proc/self/status")


@glibc
def test_freed_pages_go_back_to_the_system() -> None:
    # 64 MB in blocks of 4 KB (the C heap's, not Python's small-object pools); one in 64 kept,
    # so that the heap's top is never free and nothing is returned without asking.
    blocks = [bytes(4096) for _ in range(16384)]
    kept = blocks[::64]
    del blocks
    before = resident_anonymous_kb()
    assert heap.give_back_free_memory()
    given_back = before - resident_anonymous_kb()
    assert given_back > 32 * 1024, given_back
    assert len(kept) == 256


def test_elsewhere_nothing_is_asked(monkeypatch) -> None:
    heap._trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "win32")
    try:
        assert heap._trim() is None and not heap.give_back_free_memory()
    finally:
        heap._trim.cache_clear()
