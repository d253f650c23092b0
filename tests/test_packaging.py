"""The package builds without warnings, and the wheel carries what the installed app needs.

The installed app finds the bundled sample library and starts in Russian from the
translations compiled into the wheel, with no lrelease anywhere on its PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from pyproject_hooks import BuildBackendHookCaller

REPO = Path(__file__).resolve().parent.parent

# How setuptools, the warnings module and `build` print a warning.
WARNING = re.compile(r"^\s*warning:|Warning:|^\s*WARNING\b", re.IGNORECASE | re.MULTILINE)

STARTS_IN_RUSSIAN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import lecturekit
from lecturekit.core.bundled import APP_NAME
from lecturekit.gui import application
from lecturekit.gui.common.i18n import set_chosen_language, translations_dir
from lecturekit.gui.main_window import MainWindow

app = QApplication(sys.argv)
app.setOrganizationName(APP_NAME)
app.setApplicationName(APP_NAME)
set_chosen_language("ru")

def report():
    windows = [widget for widget in app.topLevelWidgets() if isinstance(widget, MainWindow)]
    if not windows or windows[0].services.runner.running():
        QTimer.singleShot(50, report)
        return
    print(lecturekit.__file__)
    print(translations_dir())
    for action in windows[0].menuBar().actions():
        print(action.text())
    app.quit()

QTimer.singleShot(0, report)
sys.exit(application.run())
"""


def build_environment() -> dict[str, str]:
    # Without PYTHONDONTWRITEBYTECODE, which only makes setuptools say it skips byte-compiling.
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def project_copy(target: Path) -> Path:
    """The checkout without its venv, build products or compiled translations."""
    shutil.copytree(REPO, target, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis",
        ".ruff_cache", "*.qm"))
    return target


@pytest.fixture(scope="module")
def wheel_build(tmp_path_factory):
    """(wheel, build output) for a wheel built from a copy of the checkout."""
    base = tmp_path_factory.mktemp("wheel")
    source = project_copy(base / "src")
    dist = base / "dist"
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist),
                             str(source)], capture_output=True, text=True, timeout=600, env=build_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    return next(dist.glob("lecturekit-*.whl")), result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(wheel_build, tmp_path_factory) -> Path:
    """A new virtual environment with the wheel installed; dependencies from the test environment."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel_build[0])],
                   check=True, capture_output=True, timeout=600)
    # Dependencies come from the test environment's site-packages, after the wheel's own.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def app_environment(env_dir: Path, home: Path) -> dict[str, str]:
    """The installed app's environment: its own folders, no display, no lrelease on PATH."""
    kept = [folder for folder in os.environ.get("PATH", "").split(os.pathsep) if folder
            and not any((Path(folder) / name).exists() for name in ("pyside6-lrelease", "lrelease"))]
    path = os.pathsep.join([str(env_dir / "bin"), *kept])
    assert shutil.which("pyside6-lrelease", path=path) is None and shutil.which("lrelease", path=path) is None
    env = {name: value for name, value in os.environ.items() if name not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PATH=path, HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / "config"), LECTUREKIT_DATA_DIR=str(home / "data"),
               LECTUREKIT_CACHE_DIR=str(home / "cache"))
    return env


def test_the_app_never_loads_the_build_step():
    code = ("import sys\n"
            "import lecturekit.app, lecturekit.gui.application, lecturekit.gui.main_window\n"
            "print(sorted(m for m in sys.modules if m.startswith(('lecturekit.build_resources', 'setuptools'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_wheel_builds_without_warnings_and_carries_modules_resources_and_translations(wheel_build):
    wheel, output = wheel_build
    assert WARNING.findall(output) == [], output
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "lecturekit").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)
    assert "lecturekit/resources/sample-library/library.yaml" in names
    assert "lecturekit/resources/fonts/DejaVuSans.ttf" in names
    assert "lecturekit/resources/README.md" in names  # Help > User guide
    # Compiled by the build (the copy it was built from had no .qm); the .ts sources stay out.
    for ts in (REPO / "resources" / "i18n").glob("*.ts"):
        assert f"lecturekit/resources/i18n/{ts.stem}.qm" in names
    assert [name for name in names if name.endswith(".ts")] == []


@pytest.mark.slow
def test_editable_build_gives_no_warnings(tmp_path):
    source = project_copy(tmp_path / "src")
    outputs = []

    def runner(cmd, cwd=None, extra_environ=None):
        result = subprocess.run(cmd, cwd=cwd, env={**build_environment(), **(extra_environ or {})},
                                capture_output=True, text=True, timeout=600)
        outputs.append(result.stdout + result.stderr)
        assert result.returncode == 0, outputs[-1]

    hooks = BuildBackendHookCaller(str(source), "setuptools.build_meta", runner=runner,
                                   python_executable=sys.executable)
    name = hooks.build_editable(str(tmp_path / "dist"))
    assert name.startswith("lecturekit-")
    assert WARNING.findall("".join(outputs)) == [], "".join(outputs)


@pytest.mark.slow
def test_installed_wheel_opens_the_bundled_sample_library(installed, tmp_path):
    python = installed / "bin" / "python"
    env = app_environment(installed, tmp_path)
    code = ("from lecturekit.core.bundled import sample_library_dir\n"
            "from lecturekit.core.library import Library\n"
            "lib = Library.open(sample_library_dir())\n"
            "print(sample_library_dir()); print(len(lib.points), len(lib.lectures), len(lib.problems))")
    result = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            check=True, timeout=120, env=env)
    location, counts = result.stdout.strip().splitlines()
    assert Path(location).is_relative_to(installed)
    points, lectures, problems = map(int, counts.split())
    assert points >= 60 and lectures >= 2 and problems == 0

    check = subprocess.run([str(installed / "bin" / "lecturekit"), "check", "--library", location],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    assert check.returncode == 0, check.stderr


@pytest.mark.slow
def test_installed_app_starts_in_russian_without_lrelease(installed, tmp_path):
    env = app_environment(installed, tmp_path)
    result = subprocess.run([str(installed / "bin" / "python"), "-c", STARTS_IN_RUSSIAN], cwd=tmp_path,
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    package, translations, *menus = result.stdout.strip().splitlines()
    assert Path(package).is_relative_to(installed)
    assert Path(translations).is_relative_to(installed)
    assert "no interface translation" not in result.stderr
    assert menus and all(re.search("[А-Яа-я]", text) for text in menus), menus
    # Nothing was compiled at run time.
    assert not (tmp_path / "cache" / "i18n").exists()
