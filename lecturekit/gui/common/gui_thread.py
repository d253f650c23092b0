"""Let the GUI thread back in quickly while worker threads compute.

Python runs one thread at a time.  A thread that wants to run waits for the
running one to reach the end of its turn, five milliseconds by default, and
the GUI thread asks again each time Qt calls into Python: each paint of a row,
each slot.  While a worker reads a library or brings the index up to date,
publishing the read to the views made of some fifteen milliseconds of work a
freeze of 150-220 ms on 100,000 points, most of it spent waiting for turns.
Shorter turns make each wait shorter; the workers lose little, as they switch
only when the GUI thread asks.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.001  # the longest a worker keeps running while the GUI thread waits


def favour_gui_thread() -> None:
    """Shorten the turns threads take (process-wide; call once, at start-up)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
