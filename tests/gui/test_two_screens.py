"""Two screens, faked by Qt's offscreen platform: the talk goes to the speaker's, the audience window
to the projector, S swaps them and the choice is remembered for the next talk on this computer.

Runs in a fresh interpreter: the screens of a platform are fixed when its application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_LIBRARY

SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "dpr": 1},
    ],
}

SCRIPT = """
import json, shutil, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lecturekit.core.library import Library
from lecturekit.gui.delivery.presenter_view import PresenterWindow
root = Path(sys.argv[2]) / "library"
shutil.copytree(sys.argv[1], root)
library = Library.open(root)

def where(window):
    app.processEvents()
    return {"presenter": window.screen().name(), "audience": window.audience.screen().name(),
            "audience_shown": window.audience.isVisible(), "audience_geometry": window.audience.geometry().getRect()}

found = {"screens": [screen.name() for screen in app.screens()]}
first = PresenterWindow(library, "kk-market-talk")
first.present()
found["first"] = where(first)
first.swap_screens()
found["swapped"] = where(first)
first._finish_up(); first.close()
second = PresenterWindow(library, "ru-recruiters-online")
second.present()
found["second"] = where(second)
second._finish_up(); second.close()
print(json.dumps(found))
"""


def test_two_screens_swap_and_remember(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(SAMPLE_LIBRARY), str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["screens"] == ["laptop", "projector"]
    # F5 with two screens: the speaker keeps the laptop, the listeners get the projector, full screen.
    assert found["first"] == {"presenter": "laptop", "audience": "projector", "audience_shown": True,
                              "audience_geometry": [1366, 0, 1280, 720]}
    assert found["swapped"]["presenter"] == "projector" and found["swapped"]["audience"] == "laptop"
    # The next talk on this computer remembers that the listeners look at the other screen.
    assert found["second"]["presenter"] == "projector" and found["second"]["audience"] == "laptop"
    assert found["second"]["audience_shown"]
