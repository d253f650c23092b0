"""The task runner: results on the GUI thread, superseded work dropped, errors reported."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QThread

from lecturekit.gui.common.task_runner import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}

    def work(control, a, b):
        seen["worker"] = QThread.currentThread()
        control.progress(1, 2)
        return a + b

    with qtbot.waitSignal(runner.sig_finished, timeout=5000) as blocker:
        runner.submit(work, 2, 3, on_done=lambda result: seen.setdefault("result", (result, QThread.currentThread())))
    assert blocker.args[1] == 5
    assert seen["result"][0] == 5
    assert seen["result"][1] is QThread.currentThread() is not seen["worker"]


def test_newer_task_with_the_same_key_supersedes(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    results = []

    def slow(control, value):
        release.wait(5)
        return value

    runner.submit(slow, "old", key="search", on_done=results.append)
    with qtbot.waitSignal(runner.sig_finished, timeout=5000):
        runner.submit(slow, "new", key="search", on_done=results.append)
        release.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == ["new"]


def test_errors_and_cancellation(qtbot):
    runner = TaskRunner()

    def broken(control):
        raise ValueError("bad input in points/a.md")

    with qtbot.waitSignal(runner.sig_failed, timeout=5000) as blocker:
        runner.submit(broken)
    assert blocker.args[1] == "bad input in points/a.md"

    def long(control):
        for step in range(1000):
            control.progress(step, 1000)
            time.sleep(0.005)
        return "finished"

    finished = []
    runner.sig_finished.connect(lambda _id, result: finished.append(result))
    with qtbot.waitSignal(runner.sig_ended, timeout=5000):
        task = runner.submit(long, lane="serial")
        qtbot.wait(30)
        runner.cancel(task)
    assert finished == []


def test_a_result_for_a_deleted_owner_is_dropped(qtbot):
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    owner = QLabel()
    received = []
    release = threading.Event()
    task_id = runner.submit(lambda control: release.wait(5) and "late", owner=owner, on_done=received.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=2000)
    with qtbot.waitSignal(runner.sig_ended, timeout=5000, check_params_cb=lambda ended: ended == task_id):
        release.set()
    assert received == []
