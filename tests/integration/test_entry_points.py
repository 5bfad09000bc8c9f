"""The commands a user types: --version without a window, --self-test offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env)


def test_python_m_desktop_version():
    out = run(sys.executable, "-m", "desktop", "--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"Lifecycle Explorer {__version__}"


def test_console_script_version():
    script = Path(sys.executable).parent / "lifecycle-explorer"
    if not script.exists():
        script = Path(shutil.which("lifecycle-explorer") or "")
    assert script.is_file(), "the lifecycle-explorer command is not installed in this environment"
    out = run(str(script), "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"Lifecycle Explorer {__version__}"


@pytest.mark.daemon
def test_self_test_with_a_daemon(daemon):
    out = run(sys.executable, "-m", "desktop", "--self-test", timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Daemon: Docker Engine" in out.stdout
    assert "Rendered the Lifecycle view" in out.stdout
    assert "Self-test passed." in out.stdout
    assert "Traceback" not in out.stderr


def test_self_test_without_a_daemon_says_so_and_passes(tmp_path):
    out = run(sys.executable, "-m", "desktop", "--self-test", "--host", f"unix://{tmp_path}/none.sock", timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"Docker is not reachable at unix://{tmp_path}/none.sock." in out.stdout
    assert "Self-test passed." in out.stdout
    assert out.stderr.strip() == ""


def test_self_test_names_a_broken_install_in_a_sentence(tmp_path):
    """Hide the app's resources package, as a bad bundle or a partial install would."""
    shadow = tmp_path / "shadow" / "desktop"
    shadow.mkdir(parents=True)
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'desktop.data':\n"
        "            raise ImportError('No module named desktop.data')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from desktop.app import main\n"
        "sys.exit(main(['--self-test', '--host', 'unix:///nonexistent.sock']))\n"
    )
    out = run(sys.executable, "-c", code, timeout=120)
    assert out.returncode == 1
    assert out.stderr.startswith("SELF-TEST FAILED: the application's resources cannot be read")
    assert "Reinstall the app." in out.stderr
    assert "Traceback" not in out.stderr
