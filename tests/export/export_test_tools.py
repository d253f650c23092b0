"""Command-line tools the export tests read outputs back with."""

from __future__ import annotations

import shutil

import pytest


def need_tool(name: str) -> str:
    """The path of a command-line tool, or skip the test when it is not installed."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils); `make system-deps` installs it")
    return path
