"""Reference cycles holding Qt objects are collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from lecturekit.core.gc_pause import collection_paused
from lecturekit.gui.common import gc_guard


class _Cycle:
    def __init__(self):
        self.me = self


def test_the_collector_turns_automatic_collection_off_and_back(qapp):
    gc.enable()
    try:
        collector = gc_guard.GuiThreadCollector()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        gc.disable()  # the suite runs with automatic collection off


def test_a_cycle_made_on_a_worker_is_collected_on_the_gui_thread(qapp, qtbot):
    collector = gc_guard.GuiThreadCollector(interval_ms=10)
    freed_on = []

    def make_garbage():
        cycle = _Cycle()
        weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread()))
        # enough allocations that automatic collection would have run here
        for _ in range(gc.get_threshold()[0] * 3):
            _Cycle()

    worker = threading.Thread(target=make_garbage)
    worker.start()
    worker.join()
    assert freed_on == []  # nothing was collected on the worker
    try:
        qtbot.waitUntil(lambda: bool(freed_on), timeout=2000)  # the timer collects
    finally:
        collector.stop()
        gc.disable()  # the suite runs with automatic collection off
    assert freed_on == [threading.main_thread()]


def test_collecting_off_the_gui_thread_is_refused():
    errors = []

    def worker():
        try:
            gc_guard.collect_if_due()
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(errors) == 1


@pytest.mark.parametrize("counts, expected", [((0, 0, 0), -1), ((800, 0, 0), 0), ((800, 11, 0), 1),
                                             ((800, 11, 11), 2)])
def test_the_interpreters_thresholds_pick_the_generation(monkeypatch, counts, expected):
    monkeypatch.setattr(gc_guard.gc, "get_count", lambda: counts)
    monkeypatch.setattr(gc_guard.gc, "get_threshold", lambda: (700, 10, 10))
    collected = []
    monkeypatch.setattr(gc_guard.gc, "collect", lambda generation=2: collected.append(generation))
    assert gc_guard.collect_if_due() == expected
    assert collected == ([] if expected < 0 else [expected])


def test_objects_set_aside_while_a_library_is_open_are_left_alone_until_it_closes():
    class Node:
        pass

    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle
    alive = weakref.ref(first)
    worker = threading.Thread(target=gc_guard.keep_out_of_collections)  # the library is read on a worker
    worker.start()
    worker.join()
    try:
        assert gc.get_freeze_count() > 0
        del first, second
        gc.collect()
        assert alive() is not None  # set aside: no collection walks it
    finally:
        gc_guard.return_to_collections()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert alive() is None


def test_the_gui_thread_waits_while_work_holds_collections_off(monkeypatch):
    monkeypatch.setattr(gc_guard.gc, "get_count", lambda: (800, 11, 11))
    collected = []
    monkeypatch.setattr(gc_guard.gc, "collect", lambda generation=2: collected.append(generation))
    with collection_paused():
        assert gc_guard.collect_if_due() == -1
    assert collected == []
    assert gc_guard.collect_if_due() == 2 and collected == [2]


def test_what_work_leaves_alive_is_set_aside_before_collections_resume(monkeypatch):
    collected = []
    monkeypatch.setattr(gc_guard.gc, "collect", lambda generation=2: collected.append(generation))
    before = gc.get_freeze_count()
    try:
        with gc_guard.kept_out_when_done():
            kept = [[number] for number in range(5000)]  # long-lived objects the work made
            monkeypatch.setattr(gc_guard.gc, "get_count", lambda: (800, 11, 11))
            assert gc_guard.collect_if_due() == -1  # the GUI thread waits meanwhile
        assert gc.get_freeze_count() >= before + len(kept)
        assert collected == []
    finally:
        gc_guard.return_to_collections()
