"""Guards against a PySide6 build that corrupts None's reference count.

PySide6 6.12.0 on Python 3.11 aborts with `none_dealloc` after ~20,000 calls of
a void Qt method; the dependency pin keeps that build out, and this test
notices if it ever comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for n in range(50_000):
        label.setText(str(n))
        label.setVisible(False)
    print("done", label.text())
""")


def test_fifty_thousand_void_calls_do_not_abort():
    result = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=300,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done 49999"
