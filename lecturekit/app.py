"""Entry point: no arguments opens the app, a subcommand runs headless."""

from __future__ import annotations

import os
import sys
from typing import Sequence

from .cli import main as cli_main
from .cli.common import EXIT_USAGE


def has_display() -> bool:
    """Whether a Qt window can be shown here (or an explicit platform was chosen)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run lecturekit with *argv* (default: the process arguments)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        return cli_main(args)
    if not has_display():
        print("lecturekit: no display found; set DISPLAY to open the app, "
              "or run a subcommand (see `lecturekit --help`)", file=sys.stderr)
        return EXIT_USAGE
    from .gui.application import run  # Qt is loaded only when the app opens

    return run()


if __name__ == "__main__":
    sys.exit(main())
