"""Put the launcher, icons and AppStream metadata where a Linux desktop finds them, and take them away.

A wheel's data files never reach the menu from a venv or pipx, so ``lifecycle-explorer
--install-desktop-entry`` writes them itself into ``$XDG_DATA_HOME`` (``~/.local/share``):

- ``applications/<APP_ID>.desktop`` with an absolute ``Exec`` path to this very installation,
- ``metainfo/<APP_ID>.metainfo.xml`` for software centres,
- ``icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` and ``icons/hicolor/scalable/apps/<APP_ID>.svg``.

Everything written, and every folder created, is listed in a manifest
(``lifecycle-explorer/installed-files.txt``) so that uninstalling removes exactly that and nothing
else. No Qt and no docker here: the CLI calls this before any window exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path

from desktop import APP_ID, APP_NAME
from desktop.text import QT_TRANSLATE_NOOP, Joined, Msg, join

#: Pixel sizes rendered into resources/icons/hicolor (packaging/render_icons.py makes them).
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
#: The console/gui script name from pyproject, and the PyInstaller bundle's executable name.
EXECUTABLE = "lifecycle-explorer"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
MANIFEST = Path("lifecycle-explorer") / "installed-files.txt"
#: Seconds a cache-refresh tool may take before it is abandoned.
TOOL_TIMEOUT = 3.0

_MANIFEST_HEADER = (
    f"# Written by {APP_NAME} --install-desktop-entry; read by --uninstall-desktop-entry.\n"
    "# One entry a line: 'file <path>' was written, 'dir <path>' was created (removed only if empty).\n"
)
# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class IntegrationError(Exception):
    """The launcher could not be installed or removed; the message says what happened and what to do.

    ``args[0]`` is a :class:`desktop.text.Msg` (English as a ``str``); render it to show it translated.
    """


def default_data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec says to ignore others), else ~/.local/share."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg)
    return Path.home() / ".local" / "share"


def launch_command(exec_path: str | os.PathLike[str] | None = None) -> list[str]:
    """The argv a launcher should run to start this installation of the app, first item absolute.

    In order: ``exec_path`` when given; the bundle's own executable when frozen (PyInstaller); the
    ``lifecycle-explorer`` script next to ``sys.executable`` (same venv or pipx environment as the
    running code); the one found on PATH; else ``<python> -m desktop``.
    """
    if exec_path is not None:
        return [os.path.abspath(os.fspath(exec_path))]
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    # Do not resolve symlinks: a venv's python is a link out of the venv.
    beside = Path(os.path.abspath(sys.executable)).parent / EXECUTABLE
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which(EXECUTABLE)
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "desktop"]


def install_desktop_entry(
    data_home: Path | None = None, exec_path: str | None = None
) -> list[Path]:
    """Install the launcher, metainfo and icons into ``data_home``; return the files written.

    The list ends with the manifest, so it is what :func:`uninstall_desktop_entry` returns later.

    Installing again overwrites the same files (idempotent). Raises :class:`IntegrationError`
    when a file cannot be written; files this call had newly created are removed again first.
    """
    _require_freedesktop()
    home = _absolute(data_home) if data_home is not None else default_data_home()
    argv = launch_command(exec_path)
    try:
        planned = list(_planned_files(home, argv))
    except UnicodeEncodeError as exc:
        raise IntegrationError(
            QT_TRANSLATE_NOOP(
                "DesktopIntegration",
                "Could not install the launcher: the program path {path} cannot be written into a "
                "desktop file (it is not valid UTF-8). Move the installation to a path with a plain "
                "name and try again.",
            ).format(path=repr(argv[0]))
        ) from exc
    except OSError as exc:
        raise IntegrationError(
            QT_TRANSLATE_NOOP(
                "DesktopIntegration",
                "Could not read the launcher files shipped with {app} ({error}). The installation "
                "looks incomplete: reinstall {app} and try again.",
            ).format(app=APP_NAME, error=str(exc))
        ) from exc
    manifest = home / MANIFEST

    previous_files, previous_dirs = _read_manifest(manifest)
    written: list[Path] = []
    created_files: list[Path] = []
    created_dirs: list[Path] = []
    try:
        for target, payload in planned:
            created_dirs += _make_dirs(target.parent, home)
            existed = target.exists()
            _write_atomically(target, payload)
            written.append(target)
            if not existed:
                created_files.append(target)
        created_dirs += _make_dirs(manifest.parent, home)
        _write_manifest(
            manifest,
            files=_unique([*previous_files, *written]),
            dirs=_unique([*previous_dirs, *created_dirs]),
        )
        written.append(manifest)
    except OSError as exc:
        _remove_quietly(created_files, reversed(created_dirs))
        raise IntegrationError(_explain(exc, home, removing=False)) from exc

    _refresh_caches(home)
    return written


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Remove exactly what :func:`install_desktop_entry` wrote into ``data_home``; return what was removed.

    Only paths listed in the manifest, and inside ``data_home``, are touched; folders the install
    created are removed only when empty. Without a manifest nothing is removed and ``[]`` is returned.
    """
    home = _absolute(data_home) if data_home is not None else default_data_home()
    manifest = home / MANIFEST
    listed_files, listed_dirs = _read_manifest(manifest)
    if not manifest.exists():
        return []

    removed: list[Path] = []
    try:
        for path in listed_files:
            if not _is_inside(path, home) or path == manifest:
                continue
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
        manifest.unlink()
        removed.append(manifest)
        for folder in sorted(set(listed_dirs), key=lambda p: len(p.parts), reverse=True):
            if _is_inside(folder, home) and folder != home:
                _rmdir_if_empty(folder)
    except OSError as exc:
        raise IntegrationError(_explain(exc, home, removing=True)) from exc

    _refresh_caches(home)
    return removed


def describe(paths: Sequence[Path], *, removed: bool | None = None) -> Joined:
    """A message for the CLI: what was installed (or removed), one path a line.

    The result is English as a ``str``; its sentences stay translatable (render it to show it).

    ``removed`` defaults to what the disk says: paths that no longer exist were removed (and an
    empty list can only come from an uninstall that found nothing).
    """
    if removed is None:
        removed = not paths or not any(Path(p).exists() for p in paths)
    if removed:
        if not paths:
            return join([
                QT_TRANSLATE_NOOP(
                    "DesktopIntegration",
                    "Nothing to remove: no launcher installed by {app} was found "
                    "(there is no {manifest} in the data folder).",
                ).format(app=APP_NAME, manifest=str(MANIFEST))
            ], "\n")
        lines: list[str] = [
            QT_TRANSLATE_NOOP("DesktopIntegration", "Removed the launcher for {app}:").format(app=APP_NAME)
        ]
        lines += [f"  {p}" for p in paths]
        return join(lines, "\n")
    lines = [
        QT_TRANSLATE_NOOP("DesktopIntegration", "Installed the launcher for {app}:").format(app=APP_NAME)
    ]
    lines += [f"  {p}" for p in paths]
    lines.append(
        QT_TRANSLATE_NOOP(
            "DesktopIntegration",
            "{app} now appears in the application menu (log out and in again if it does not). "
            "Remove it with: {command}",
        ).format(app=APP_NAME, command=f"{EXECUTABLE} --uninstall-desktop-entry")
    )
    return join(lines, "\n")


# --- what gets written -------------------------------------------------------------------------


def desktop_entry_text(argv: Sequence[str]) -> str:
    """The shipped .desktop file with ``Exec`` pointing at ``argv`` and a matching ``TryExec``.

    ``TryExec`` makes the menu hide the launcher once the installation it points at is deleted.
    """
    source = (files("desktop.data") / DESKTOP_FILE).read_text(encoding="utf-8")
    command = " ".join(_quote_exec_arg(arg) for arg in argv)
    out: list[str] = []
    group = ""
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped
        if group == "[Desktop Entry]" and line.startswith("TryExec="):
            continue  # replaced next to Exec below
        if line.startswith("Exec="):
            program, _, rest = line[len("Exec="):].partition(" ")
            if program == EXECUTABLE:
                line = "Exec=" + command + (f" {rest}" if rest else "")
            if group == "[Desktop Entry]":
                out.append(line)
                line = "TryExec=" + _escape_string(argv[0])
        out.append(line)
    return "\n".join(out) + "\n"


def _planned_files(home: Path, argv: Sequence[str]) -> Iterable[tuple[Path, bytes]]:
    data = files("desktop.data")
    yield home / "applications" / DESKTOP_FILE, desktop_entry_text(argv).encode("utf-8")
    yield home / "metainfo" / METAINFO_FILE, (data / METAINFO_FILE).read_bytes()
    hicolor = home / "icons" / "hicolor"
    icons = data / "icons"
    for size in ICON_SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            yield hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png.read_bytes()
    yield hicolor / "scalable" / "apps" / f"{APP_ID}.svg", (icons / f"{APP_ID}.svg").read_bytes()


def _quote_exec_arg(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks, then escape it as a string value."""
    if "\n" in arg or "\r" in arg:
        raise IntegrationError(
            QT_TRANSLATE_NOOP(
                "DesktopIntegration",
                "Could not install the launcher: the program path {path} contains a line break, "
                "which a desktop file cannot hold. Move the installation to a plain path and try again.",
            ).format(path=repr(arg))
        )
    arg = arg.replace("%", "%%")
    if not arg or any(ch in _EXEC_RESERVED for ch in arg):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{inner}"'
    return _escape_string(arg)


def _escape_string(value: str) -> str:
    """Escape a value of type string (the spec's first escaping layer)."""
    return value.replace("\\", "\\\\").replace("\t", "\\t")


# --- files, folders and the manifest -----------------------------------------------------------


def _write_atomically(target: Path, payload: bytes) -> None:
    """Write via a temporary file and rename, so a menu watcher never reads half a file."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def _make_dirs(folder: Path, home: Path) -> list[Path]:
    """Create ``folder`` and missing parents; return the ones created, outermost first."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    # data_home itself may be created too, but is never listed: uninstall never removes it.
    return [p for p in reversed(missing) if p != home and _is_inside(p, home)]


def _write_manifest(manifest: Path, files: Sequence[Path], dirs: Sequence[Path]) -> None:
    body = _MANIFEST_HEADER
    body += "".join(f"dir {d}\n" for d in dirs)
    body += "".join(f"file {f}\n" for f in files)
    _write_atomically(manifest, body.encode("utf-8", "surrogateescape"))


def _read_manifest(manifest: Path) -> tuple[list[Path], list[Path]]:
    try:
        text = manifest.read_text(encoding="utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        raise IntegrationError(
            QT_TRANSLATE_NOOP(
                "DesktopIntegration", "Could not read {path}: {reason}. Check its permissions and try again."
            ).format(path=str(manifest), reason=exc.strerror or str(exc))
        ) from exc
    listed_files: list[Path] = []
    listed_dirs: list[Path] = []
    for line in text.splitlines():
        kind, _, value = line.partition(" ")
        if not value or not os.path.isabs(value):
            continue
        if kind == "file":
            listed_files.append(Path(value))
        elif kind == "dir":
            listed_dirs.append(Path(value))
    return listed_files, listed_dirs


def _remove_quietly(paths: Iterable[Path], folders: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink()
        except OSError:
            pass
    for folder in folders:
        _rmdir_if_empty(folder)


def _rmdir_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty, gone already, or not ours to remove
        pass


def _unique(paths: Iterable[Path]) -> list[Path]:
    return list(dict.fromkeys(paths))


def _is_inside(path: Path, home: Path) -> bool:
    """True when ``path`` lies under ``home`` (a tampered manifest cannot reach outside it)."""
    try:
        Path(os.path.normpath(path)).relative_to(os.path.normpath(home))
    except ValueError:
        return False
    return True


def _absolute(path: Path | str) -> Path:
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path))))


def _require_freedesktop() -> None:
    if sys.platform.startswith(("win", "darwin", "cygwin")):
        raise IntegrationError(
            QT_TRANSLATE_NOOP(
                "DesktopIntegration",
                "Desktop entries are a Linux desktop feature. On macOS use the .app bundle and on "
                "Windows the .exe bundle, which carry their own icon.",
            )
        )


def _explain(exc: OSError, home: Path, *, removing: bool) -> Msg:
    where = str(exc.filename or home)
    reason = exc.strerror or str(exc)
    if removing:
        message = QT_TRANSLATE_NOOP(
            "DesktopIntegration",
            "Could not remove the launcher: {path}: {reason}. Make sure {home} is writable by you, "
            "or choose another data folder with {setting}, and try again.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "DesktopIntegration",
            "Could not install the launcher: {path}: {reason}. Make sure {home} is writable by you, "
            "or choose another data folder with {setting}, and try again.",
        )
    return message.format(
        path=where, reason=reason, home=str(home), setting="XDG_DATA_HOME=/some/writable/folder"
    )


# --- desktop caches ----------------------------------------------------------------------------


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change, when the usual tools exist; never fail, never hang.

    Each cache is refreshed only where one already exists, so a stale cache cannot hide the new
    entry or icon. Where none exists the desktop scans the folders itself, and a cache this step
    created would be a file left behind after uninstalling.
    """
    applications = home / "applications"
    if (applications / "mimeinfo.cache").is_file():
        _run_quietly(["update-desktop-database", "-q", str(applications)])
    hicolor = home / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").is_file():
        _run_quietly(["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)])


def _run_quietly(argv: list[str]) -> None:
    tool = shutil.which(argv[0])
    if tool is None:
        return
    try:
        subprocess.run(
            [tool, *argv[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TOOL_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        pass
