"""A wheel carries the resources: the sample library opens from an installed copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_opens_the_bundled_sample_library(tmp_path):
    source = tmp_path / "src"
    # Build from a copy so the checkout gets no build/ or egg-info folders.
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist),
                    str(source)], check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("lecturekit-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "lecturekit").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)
    assert "lecturekit/resources/sample-library/library.yaml" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    # Dependencies come from the test environment's site-packages, after the wheel's own.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    code = ("from lecturekit.core.bundled import sample_library_dir\n"
            "from lecturekit.core.library import Library\n"
            "lib = Library.open(sample_library_dir())\n"
            "print(sample_library_dir()); print(len(lib.points), len(lib.lectures), len(lib.problems))")
    result = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            check=True, timeout=120)
    location, counts = result.stdout.strip().splitlines()
    assert Path(location).is_relative_to(env_dir)
    points, lectures, problems = map(int, counts.split())
    assert points >= 60 and lectures >= 2 and problems == 0

    check = subprocess.run([str(env_dir / "bin" / "lecturekit"), "check", "--library", location],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
