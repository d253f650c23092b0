"""Collections held off while work builds many objects, on any thread, nested."""

from __future__ import annotations

import gc
import threading

import pytest

from lecturekit.core import gc_pause
from lecturekit.core.gc_pause import collection_held, collection_paused, turn_automatic_off


@pytest.fixture
def automatic_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_block_turns_automatic_collection_off_and_back_on(automatic_on) -> None:
    assert not collection_held()
    with collection_paused():
        assert collection_held() and not gc.isenabled()
    assert gc.isenabled() and not collection_held()


def test_it_comes_back_after_an_error(automatic_on) -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("the work failed")
    assert gc.isenabled() and not collection_held()


def test_nested_blocks_give_it_back_only_after_the_outermost(automatic_on) -> None:
    with collection_paused():
        with collection_paused():
            pass
        assert not gc.isenabled() and collection_held()
    assert gc.isenabled()


def test_blocks_on_two_threads_give_it_back_after_the_last_one_ends(automatic_on) -> None:
    inside, leave = threading.Event(), threading.Event()

    def worker():
        with collection_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    with collection_paused():
        pass
    assert not gc.isenabled() and collection_held()  # the worker's block still runs
    leave.set()
    thread.join()
    assert gc.isenabled() and not collection_held()


def test_it_stays_off_when_it_was_off() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_turned_off_for_good_during_a_block_it_stays_off(automatic_on) -> None:
    with collection_paused():
        assert turn_automatic_off() is True  # on before the block
    assert not gc.isenabled()
    assert gc_pause._paused == 0
