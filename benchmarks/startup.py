"""How long from process start to the window's first paint, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 5]

Both sides are fresh ``python`` processes started the same way, timed by this script from just before
the spawn to the line each prints when its main window first paints (offscreen). The app side is the
real ``lifecycle-explorer`` start (``desktop.app.main``), against the daemon the environment names
(any answer or none: the window must paint either way). The median of ``--runs`` is compared.

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

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
class First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("PAINTED", flush=True); app.quit()
        return False
f = First(); app.installEventFilter(f)
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1400, 900); w.show()
app.exec()
"""

APP = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["lifecycle-explorer"])
class First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = First(); app.installEventFilter(f)
from desktop.app import main
sys.exit(main(["--settings", sys.argv[1], "--lang", "en"]))
"""


def time_first_paint(code: str, *args: str) -> float:
    return time_until(code, "PAINTED", *args, timeout=30)[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    # Both sides start from compiled bytecode: PySide6's comes with its wheel, and ``pip install .``
    # compiles the app's. An editable checkout under PYTHONDONTWRITEBYTECODE=1 would otherwise
    # compile the app's modules on every start, which no installed app does.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "desktop"), quiet=1)
    time_first_paint(BARE)  # warm the file cache for both sides alike
    time_first_paint(APP, str(settings))
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so drift hits both sides alike
        bare.append(time_first_paint(BARE))
        app.append(time_first_paint(APP, str(settings)))
    b, a = statistics.median(bare), statistics.median(app)
    ratio = a / b
    print(f"first paint: app {a * 1000:.0f} ms, bare PySide6 window {b * 1000:.0f} ms: {ratio:.2f}× (target ≤ {TARGET}×)")
    print(json.dumps({"name": "startup_first_paint_ratio", "value": round(ratio, 3), "target": TARGET,
                      "met": ratio <= TARGET, "app_ms": round(a * 1000), "baseline_ms": round(b * 1000),
                      "runs": args.runs}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
