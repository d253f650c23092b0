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


def test_progress_reports_are_thinned_to_what_the_eye_can_follow(monkeypatch):
    from lecturekit.gui.common import task_runner

    clock = [100.0]
    monkeypatch.setattr(task_runner.time, "monotonic", lambda: clock[0])
    sent = []
    control = task_runner.TaskControl(7, lambda task_id, done, total, message: sent.append((done, total, message)))
    for done in range(1, 1001):  # a thousand steps in 0.35 s
        control.progress(done, 1000, "Reading")
        if done == 600:
            control.progress(0, 1, "Indexing")  # a new stage is always told
        clock[0] += 0.00035
    dones = [(done, message) for done, _, message in sent]
    assert dones[0] == (1, "Reading") and dones[-1] == (1000, "Reading")  # the first and the last
    assert (0, "Indexing") in dones
    assert 4 <= len(sent) <= 8  # one every 0.1 s, not a thousand


def test_cancelling_is_noticed_at_every_progress_call_even_when_the_report_is_dropped():
    from lecturekit.gui.common import task_runner

    control = task_runner.TaskControl(1, lambda *args: None)
    control.progress(1, 10)
    control._cancelled.set()
    try:
        control.progress(2, 10)
    except task_runner.TaskCancelled:
        pass
    else:
        raise AssertionError("a cancelled task went on")
