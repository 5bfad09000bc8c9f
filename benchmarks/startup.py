"""How long from process start to the window's first paint, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 5]

Both sides are fresh ``python`` processes started the same way, timed by this script from just before
the spawn to the line each prints when its main window first paints (offscreen). The app side is the
real ``lifecycle-explorer`` start (``desktop.app.main``), against the daemon the environment names
(any answer or none: the window must paint either way). The median of ``--runs`` is compared.

How the paint is seen matters. The figure compared with the target watches the main window only: an
event filter is put on every ``QMainWindow`` as it is made, on both sides alike. A filter on the whole
application (also timed, and printed as ``app_filter_ratio``) makes PySide6 wrap every object that
receives an event. The first object of a class private to Qt (a scroll area's scroll-bar container,
say) sends PySide6 through every widget type it knows to find the best fit, creating each type's
enums: about 30 ms that the measurement adds to any window with a list in it, and that the app,
which filters no other object's events, never pays.

Prints the ratio, then one JSON line: ``{"name", "value", "target", "met", ...}``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spawn import time_until  # noqa: E402

TARGET = 2.0

#: The paint watcher, made before anything else. ``{watch}`` decides what it watches.
HEAD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[1]])
class First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
first = First()
"""
#: Watch each main window as it is made (the figure compared with the target).
WATCH_WINDOW = r"""
_made = QMainWindow.__init__
def _watched(self, *args, **kwargs):
    _made(self, *args, **kwargs)
    self.installEventFilter(first)
QMainWindow.__init__ = _watched
"""
#: Watch every object's events (printed beside it; see the module's text).
WATCH_APP = "app.installEventFilter(first)\n"
BARE_BODY = r"""
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1400, 900); w.show()
app.exec()
"""
APP_BODY = r"""
from desktop.app import main
sys.exit(main(["--settings", sys.argv[2], "--lang", "en"]))
"""
BARE = HEAD + WATCH_WINDOW + BARE_BODY
APP = HEAD + WATCH_WINDOW + APP_BODY
BARE_APP_FILTER = HEAD + WATCH_APP + BARE_BODY
APP_APP_FILTER = HEAD + WATCH_APP + APP_BODY


def time_first_paint(code: str, *args: str) -> float:
    return time_until(code, "PAINTED", *args, timeout=30)[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    settings = str(Path(tempfile.mkdtemp()) / "settings.ini")
    # Both sides start from compiled bytecode: PySide6's comes with its wheel, and ``pip install .``
    # compiles the app's. An editable checkout under PYTHONDONTWRITEBYTECODE=1 would otherwise
    # compile the app's modules on every start, which no installed app does.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "desktop"), quiet=1)
    sides = {"bare": (BARE, "bare"), "app": (APP, "lifecycle-explorer", settings),
             "bare_app_filter": (BARE_APP_FILTER, "bare"),
             "app_app_filter": (APP_APP_FILTER, "lifecycle-explorer", settings)}
    for code, *rest in sides.values():  # warm the file cache for every side alike
        time_first_paint(code, *rest)
    times: dict[str, list[float]] = {key: [] for key in sides}
    for _ in range(args.runs):  # interleaved, so drift hits every side alike
        for key, (code, *rest) in sides.items():
            times[key].append(time_first_paint(code, *rest))
    med = {key: statistics.median(values) for key, values in times.items()}
    ratio = med["app"] / med["bare"]
    app_filter_ratio = med["app_app_filter"] / med["bare_app_filter"]
    print(f"first paint: app {med['app'] * 1000:.0f} ms, bare PySide6 window {med['bare'] * 1000:.0f} ms: "
          f"{ratio:.2f}× (target ≤ {TARGET}×); watching every object's events: "
          f"{med['app_app_filter'] * 1000:.0f} vs {med['bare_app_filter'] * 1000:.0f} ms, {app_filter_ratio:.2f}×")
    print(json.dumps({"name": "startup_first_paint_ratio", "value": round(ratio, 3), "target": TARGET,
                      "met": ratio <= TARGET, "app_ms": round(med["app"] * 1000),
                      "baseline_ms": round(med["bare"] * 1000), "runs": args.runs,
                      "app_filter_ratio": round(app_filter_ratio, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
