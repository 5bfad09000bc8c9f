"""``lifecycle-explorer --self-test``: prove an install works, without a screen.

Starts the real application offscreen, connects if a daemon answers, renders each view once,
prints what it found, and exits 0; a broken install exits 1 with a sentence saying what is wrong.
"""

from __future__ import annotations

import os
import sys
import time


def _fail(message: str) -> int:
    try:
        from desktop.i18n import translate

        line = translate("SelfTest", "SELF-TEST FAILED: {reason}").format(reason=message)
    except ImportError:  # Qt itself is what is missing: say it in English
        line = f"SELF-TEST FAILED: {message}"
    print(line, file=sys.stderr)
    return 1


def run_self_test(host: str | None = None, wait: float = 8.0, lang: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop import APP_ID, APP_NAME, __version__

    try:
        import pyqtgraph
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        from desktop.engine import SDK_VERSION
    except ImportError as exc:
        return _fail(f"a required package is missing ({exc}). Reinstall the app.")
    QApplication.setApplicationName("lifecycle-explorer")
    QApplication.setDesktopFileName(APP_ID)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    from desktop.i18n import install_language, render, translate

    install_language(lang)
    print(translate("SelfTest", "{app} {version} self-test").format(app=APP_NAME, version=__version__))
    print(f"  Python {sys.version.split()[0]}, PySide6 {pyside_version} (Qt {qVersion()}), "
          f"docker SDK {SDK_VERSION}, pyqtgraph {pyqtgraph.__version__}")

    try:
        from importlib.resources import files

        icon = files("desktop.data") / "icons" / f"{APP_ID}.svg"
        found = icon.is_file()
    except (ImportError, OSError) as exc:
        return _fail(translate("SelfTest", "the application's resources cannot be read ({error}). "
                               "Reinstall the app.").format(error=exc))
    if not found:
        return _fail(translate("SelfTest", "the application's resources are missing ({path}). "
                               "Reinstall the app.").format(path=icon))

    from desktop.app import Application, _set_icon

    _set_icon(qapp)
    if qapp.windowIcon().isNull():
        return _fail(translate("SelfTest", "the application icon could not be loaded. Reinstall the app."))
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        try:
            app = Application(host=host, settings_path=os.path.join(tmp, "settings.ini"), lang=lang)
        except Exception as exc:  # a broken install shows here: say what, not a traceback
            return _fail(translate("SelfTest", "the main window could not be built ({error}). "
                                   "Reinstall the app.").format(error=f"{type(exc).__name__}: {exc}"))
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
                store = i.storage_driver + (translate("SelfTest", ", containerd image store") if i.containerd_store else "")
                print(translate("SelfTest", "  Daemon: Docker Engine {version}, API {api}, at {where} ({store})").format(
                    version=i.engine_version, api=i.api_version, where=render(i.where), store=store))
                statuses: dict[str, int] = {}
                for c in app.daemon.containers.values():
                    statuses[c.status] = statuses.get(c.status, 0) + 1
                summary = ", ".join(f"{s} {n}" for s, n in sorted(statuses.items())) or translate("SelfTest", "none")
                print(translate("SelfTest", "  Found {images} images and {containers} containers ({summary})").format(
                    images=len(app.daemon.images), containers=len(app.daemon.containers), summary=summary))
            else:
                reason = render(state.error.sentence) if state.error else translate("SelfTest", "no answer yet")
                print(translate("SelfTest", "  Daemon: not connected. {reason}").format(reason=reason))
            views = app.window.views
            for key in list(views):
                views[key]  # build every view now (they are otherwise built when first shown)
            if not views:
                return _fail(translate("SelfTest", "no views could be built. Reinstall the app."))
            for index in range(app.window.tabs.count()):
                app.window.tabs.setCurrentIndex(index)
                for _ in range(5):
                    qapp.processEvents()
                image = app.window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    return _fail(translate("SelfTest", "the {view} view did not render.").format(
                        view=app.window.tabs.tabText(index)))
                print(translate("SelfTest", "  Rendered the {view} view ({width}×{height})").format(
                    view=app.window.tabs.tabText(index), width=image.width(), height=image.height()))
        finally:
            ok = app.shutdown(10)
        if not ok:
            return _fail(translate("SelfTest", "background threads did not stop in time."))
    print(translate("SelfTest", "Self-test passed."))
    return 0
