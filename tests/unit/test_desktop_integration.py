"""--install-desktop-entry / --uninstall-desktop-entry against a temporary XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import APP_ID, integration
from desktop.integration import ICON_SIZES, IntegrationError

DESKTOP = f"{APP_ID}.desktop"


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {name} (Debian package desktop-file-utils)")
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils)")
    return path


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _exec_argv(entry: configparser.SectionProxy) -> list[str]:
    # Undo the string escaping, then the Exec quoting (close enough to shell rules for these paths).
    return shlex.split(entry["Exec"].replace("\\\\", "\\"))


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with content) and folder under root."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def test_install_puts_each_file_where_the_desktop_looks(data_home):
    paths = integration.install_desktop_entry()

    assert (data_home / "applications" / DESKTOP) in paths
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml") in paths
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") in paths
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg") in paths
    assert all(p.is_file() for p in paths)
    assert paths[-1] == data_home / integration.MANIFEST


def test_exec_is_an_absolute_path_to_this_installation(data_home):
    integration.install_desktop_entry()
    entry = _entry(data_home / "applications" / DESKTOP)

    argv = _exec_argv(entry)
    assert os.path.isabs(argv[0]), entry["Exec"]
    assert argv == integration.launch_command()
    assert entry["TryExec"] == argv[0]
    assert os.access(argv[0], os.X_OK)
    assert entry["Icon"] == APP_ID


def test_installed_desktop_file_validates(data_home):
    tool = _tool("desktop-file-validate")
    integration.install_desktop_entry()
    result = subprocess.run(
        [tool, str(data_home / "applications" / DESKTOP)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_a_path_with_spaces_and_specials_is_quoted_and_still_valid(data_home):
    weird = "/opt/My Apps $HOME/50% off/lifecycle-explorer"
    integration.install_desktop_entry(exec_path=weird)
    entry = _entry(data_home / "applications" / DESKTOP)

    assert entry["Exec"] == '"/opt/My Apps \\\\$HOME/50%% off/lifecycle-explorer"'
    assert entry["TryExec"] == weird
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(data_home / "applications" / DESKTOP)],
            capture_output=True, text=True, timeout=30,
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_explicit_data_home_wins_over_the_environment(data_home, tmp_path):
    other = tmp_path / "elsewhere"
    paths = integration.install_desktop_entry(data_home=other)
    assert all(other in p.parents for p in paths)
    assert not data_home.exists()


def test_uninstall_removes_exactly_what_install_wrote(data_home):
    # Someone else's files in the very folders the install writes to.
    unrelated = {
        data_home / "applications" / "org.example.other.desktop": b"[Desktop Entry]\n",
        data_home / "metainfo" / "org.example.other.metainfo.xml": b"<component/>\n",
        data_home / "icons" / "hicolor" / "48x48" / "apps" / "org.example.other.png": b"png",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / "org.example.other.svg": b"<svg/>",
        data_home / "lifecycle-explorer" / "notes.txt": b"the app's own data",
    }
    for path, content in unrelated.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    before = _tree(data_home)

    installed = integration.install_desktop_entry()
    removed = integration.uninstall_desktop_entry()

    assert sorted(removed) == sorted(installed)
    assert not any(p.exists() for p in installed)
    assert _tree(data_home) == before  # unrelated files intact, created folders gone


def test_uninstall_removes_the_folders_it_created(data_home):
    integration.install_desktop_entry()
    integration.uninstall_desktop_entry()
    assert list(data_home.iterdir()) == []


def test_install_twice_is_idempotent(data_home):
    first = integration.install_desktop_entry()
    tree = _tree(data_home)
    second = integration.install_desktop_entry()

    assert second == first
    assert _tree(data_home) == tree
    assert sorted(integration.uninstall_desktop_entry()) == sorted(first)
    assert list(data_home.iterdir()) == []


def test_uninstall_without_install_touches_nothing(data_home):
    (data_home / "applications").mkdir(parents=True)
    (data_home / "applications" / DESKTOP).write_text("[Desktop Entry]\n")  # not ours: no manifest

    assert integration.uninstall_desktop_entry() == []
    assert (data_home / "applications" / DESKTOP).exists()
    assert integration.describe([]).startswith("Nothing to remove")


def test_a_tampered_manifest_cannot_delete_outside_the_data_folder(data_home, tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    integration.install_desktop_entry()
    manifest = data_home / integration.MANIFEST
    manifest.write_text(manifest.read_text() + f"file {outside}\nfile {data_home}/../precious.txt\n")

    integration.uninstall_desktop_entry()
    assert outside.read_text() == "keep me"


def test_describe_lists_one_path_a_line(data_home):
    paths = integration.install_desktop_entry()
    text = integration.describe(paths)
    assert text.startswith("Installed the launcher")
    assert all(f"  {p}" in text.splitlines() for p in paths)

    removed = integration.uninstall_desktop_entry()
    text = integration.describe(removed)  # infers "removed" from the disk
    assert text.startswith("Removed the launcher")
    assert all(f"  {p}" in text.splitlines() for p in removed)


def test_an_unwritable_folder_raises_a_helpful_error_and_leaves_nothing(data_home):
    data_home.mkdir()
    (data_home / "applications").write_text("a file where a folder should be")
    before = _tree(data_home)

    with pytest.raises(IntegrationError) as caught:
        integration.install_desktop_entry()

    message = str(caught.value)
    assert "Could not install the launcher" in message and "XDG_DATA_HOME" in message
    assert _tree(data_home) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders anyway")
def test_a_read_only_data_folder_raises_integration_error(data_home):
    data_home.mkdir()
    data_home.chmod(0o500)
    try:
        with pytest.raises(IntegrationError, match="writable"):
            integration.install_desktop_entry()
    finally:
        data_home.chmod(0o700)


def test_a_failed_write_midway_rolls_back_what_this_call_created(data_home, monkeypatch):
    real_replace = os.replace
    calls = []

    def flaky_replace(src, dst):
        calls.append(dst)
        if len(calls) == 4:
            raise PermissionError(30, "Read-only file system", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(integration.os, "replace", flaky_replace)
    with pytest.raises(IntegrationError, match="Read-only file system"):
        integration.install_desktop_entry()
    assert not data_home.exists() or _tree(data_home) == {}


def test_default_data_home_follows_xdg_and_ignores_relative_values(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert integration.default_data_home() == tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert integration.default_data_home() == tmp_path / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert integration.default_data_home() == tmp_path / ".local" / "share"


def test_launch_command_in_a_frozen_bundle_is_the_bundle(monkeypatch, tmp_path):
    exe = tmp_path / "bundle" / "lifecycle-explorer"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert integration.launch_command() == [str(exe)]


def test_launch_command_falls_back_to_python_dash_m(monkeypatch, tmp_path):
    python = tmp_path / "bin" / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert integration.launch_command() == [str(python), "-m", "desktop"]
    assert integration.launch_command("rel/lifecycle-explorer")[0] == os.path.abspath("rel/lifecycle-explorer")


def test_cache_tools_run_only_where_a_cache_exists(data_home, monkeypatch):
    ran: list[list[str]] = []
    monkeypatch.setattr(integration, "_run_quietly", ran.append)
    integration.install_desktop_entry()
    assert ran == []

    (data_home / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    (data_home / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"")
    integration.install_desktop_entry()
    assert [argv[0] for argv in ran] == ["update-desktop-database", "gtk-update-icon-cache"]


def test_a_hanging_cache_tool_does_not_block(data_home, monkeypatch, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        tool = bin_dir / name
        tool.write_text("#!/bin/sh\nexec sleep 30\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(integration, "TOOL_TIMEOUT", 0.5)
    (data_home / "applications").mkdir(parents=True)
    (data_home / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    (data_home / "icons" / "hicolor").mkdir(parents=True)
    (data_home / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"")

    started = time.monotonic()
    integration.install_desktop_entry()
    assert time.monotonic() - started < 5


def test_integration_imports_neither_qt_nor_docker():
    code = (
        "import sys, desktop.integration\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'docker', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_icons_module_does_not_import_docker():
    code = "import sys, desktop.ui.icons\nassert 'docker' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_path_that_is_not_utf8_raises_integration_error(data_home):
    with pytest.raises(IntegrationError, match="not valid UTF-8"):
        integration.install_desktop_entry(exec_path="/opt/caf\udce9/lifecycle-explorer")
    assert not data_home.exists()
