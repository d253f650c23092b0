"""Where the files that ship with lecturekit live, from a checkout or a wheel."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import platformdirs

APP_NAME = "lecturekit"
SAMPLE_LIBRARY = "sample-library"


def resources_dir() -> Path:
    """The `resources` folder: inside the installed package, else the checkout's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / SAMPLE_LIBRARY).is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled resources are missing (looked in {package})")


USER_GUIDE = "README.md"


def user_guide_path() -> Path | None:
    """The user guide: the README shipped in the package's resources, else the checkout's; None if missing."""
    try:
        resources = resources_dir()
    except FileNotFoundError:
        return None
    for candidate in (resources / USER_GUIDE, resources.parent / USER_GUIDE):
        if candidate.is_file():
            return candidate
    return None


def sample_library_dir() -> Path:
    """The bundled, read-only sample library."""
    return resources_dir() / SAMPLE_LIBRARY


def user_data_dir() -> Path:
    """Where lecturekit keeps the user's own files (`LECTUREKIT_DATA_DIR` overrides)."""
    override = os.environ.get("LECTUREKIT_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """Where derived data such as search indexes go (`LECTUREKIT_CACHE_DIR` overrides)."""
    override = os.environ.get("LECTUREKIT_CACHE_DIR")
    return Path(override) if override else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def writable_sample_library(data_dir: Path | None = None) -> Path:
    """A writable copy of the sample library in the user data folder, made on first use.

    An existing copy is never replaced: the user may have edited it.
    """
    target = (data_dir or user_data_dir()) / SAMPLE_LIBRARY
    if not (target / "points").is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.parent / f".{SAMPLE_LIBRARY}.copying"
        if staging.exists():
            shutil.rmtree(staging)
        shutil.copytree(sample_library_dir(), staging)
        if target.exists():
            raise FileExistsError(f"{target}: exists but is not a library; move it away and retry")
        staging.rename(target)
    return target
