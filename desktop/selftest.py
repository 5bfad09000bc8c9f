"""``lifecycle-explorer --self-test``: prove an install works, without a screen.

Starts the real application offscreen, connects if a daemon answers, renders each view once,
prints what it found, and exits 0; a broken install exits 1 with a sentence saying what is wrong.
"""

from __future__ import annotations

import os
import sys
import time


def _fail(message: str) -> int:
    print(f"SELF-TEST FAILED: {message}", file=sys.stderr)
    return 1


def run_self_test(host: str | None = None, wait: float = 8.0) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop import APP_ID, APP_NAME, __version__

    print(f"{APP_NAME} {__version__} self-test")
    try:
        import pyqtgraph
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        from desktop.engine import SDK_VERSION
    except ImportError as exc:
        return _fail(f"a required package is missing ({exc}). Reinstall the app.")
    print(f"  Python {sys.version.split()[0]}, PySide6 {pyside_version} (Qt {qVersion()}), "
          f"docker SDK {SDK_VERSION}, pyqtgraph {pyqtgraph.__version__}")

    try:
        from importlib.resources import files

        icon = files("desktop.data") / "icons" / f"{APP_ID}.svg"
        found = icon.is_file()
    except (ImportError, OSError) as exc:
        return _fail(f"the application's resources cannot be read ({exc}). Reinstall the app.")
    if not found:
        return _fail(f"the application's resources are missing ({icon}). Reinstall the app.")

    QApplication.setApplicationName("lifecycle-explorer")
    QApplication.setDesktopFileName(APP_ID)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    from desktop.app import Application, _set_icon

    _set_icon(qapp)
    if qapp.windowIcon().isNull():
        return _fail("the application icon could not be loaded. Reinstall the app.")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        try:
            app = Application(host=host, settings_path=os.path.join(tmp, "settings.ini"))
        except Exception as exc:  # a broken install shows here: say what, not a traceback
            return _fail(f"the main window could not be built ({type(exc).__name__}: {exc}). Reinstall the app.")
        try:
            app.window.resize(1280, 800)
            app.window.show()
            app.start()
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and not (app.daemon.synced and app.daemon.connection.connected):
                qapp.processEvents()
                if app.daemon.connection.status == "unreachable":
                    break
                time.sleep(0.02)
            state = app.daemon.connection
            if state.connected and state.info is not None:
                i = state.info
                print(f"  Daemon: Docker Engine {i.engine_version}, API {i.api_version}, at {i.where}"
                      f" ({i.storage_driver}{', containerd image store' if i.containerd_store else ''})")
                statuses: dict[str, int] = {}
                for c in app.daemon.containers.values():
                    statuses[c.status] = statuses.get(c.status, 0) + 1
                summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "none"
                print(f"  Found {len(app.daemon.images)} images and {len(app.daemon.containers)} containers ({summary})")
            else:
                reason = state.error.sentence if state.error else "no answer yet"
                print(f"  Daemon: not connected. {reason}")
            views = app.window.views
            if not views:
                return _fail("no views could be built. Reinstall the app.")
            for index in range(app.window.tabs.count()):
                app.window.tabs.setCurrentIndex(index)
                for _ in range(5):
                    qapp.processEvents()
                image = app.window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    return _fail(f"the {app.window.tabs.tabText(index)} view did not render.")
                print(f"  Rendered the {app.window.tabs.tabText(index)} view ({image.width()}×{image.height()})")
        finally:
            ok = app.shutdown(10)
        if not ok:
            return _fail("background threads did not stop in time.")
    print("Self-test passed.")
    return 0
