"""The process set-up the app and its benchmarks share (`application.prepare`)."""

import gc
import sys

from lecturekit.gui import application
from lecturekit.gui.common.gc_guard import GuiThreadCollector
from lecturekit.gui.common.gui_thread import SWITCH_INTERVAL_S


def test_prepare_shortens_thread_turns_and_collects_on_the_gui_thread(qapp, monkeypatch):
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    names = qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName()
    monkeypatch.setattr(application.ColourScheme, "apply", lambda self, scheme: None)
    try:
        application.prepare(qapp)
        assert sys.getswitchinterval() == SWITCH_INTERVAL_S < 0.005  # shorter than Python's default turn
        assert not gc.isenabled()  # collected from the GUI thread's timer instead
        collectors = qapp.findChildren(GuiThreadCollector)
        assert collectors
    finally:
        for collector in qapp.findChildren(GuiThreadCollector):
            collector.stop()
            collector.deleteLater()
        sys.setswitchinterval(interval)
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])
        if enabled:
            gc.enable()
