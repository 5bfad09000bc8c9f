"""From process start to a populated window (lists filled, graph counted), and the memory it took.

    python benchmarks/populated_start.py [--images 200] [--containers 100] [--runs 3]

The baseline, timed in the same run, is a script that imports PySide6, pyqtgraph and docker, lists the
containers and images, and shows an empty window: the least any such app must do. The app side is the
real ``lifecycle-explorer`` start, until its lists hold every container and image and the lifecycle
graph is drawn with its counts. Both report their peak RSS. Medians of ``--runs`` are compared.

Everything it makes carries the label ``io.github.lifecycle_explorer.benchmark`` and is removed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import docker  # noqa: E402
from spawn import time_until  # noqa: E402

LABEL = "io.github.lifecycle_explorer.benchmark"
BASE = "lcx-bench/busybox:latest"

BASELINE = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph, docker
app = QApplication(["baseline"])
w = QMainWindow(); w.resize(1400, 900); w.show()
client = docker.from_env()
containers = client.api.containers(all=True); images = client.api.images()
def done():
    print("READY", len(containers), len(images), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
qapp = QApplication(["lifecycle-explorer"])
from desktop.app import parse_args, run_gui
want_c, want_i = int(sys.argv[2]), int(sys.argv[3])

def started(app):
    timer = QTimer(app.window)
    def check():
        view = app.window.views.get("Lifecycle")
        lists = app.window.container_model.rowCount() > 0 and app.window.image_model.rowCount() >= want_i
        if app.daemon.synced and len(app.daemon.containers) >= want_c and lists and view is not None \
                and hasattr(view, "scene") and view.scene.nodes:
            timer.stop()
            print("READY", len(app.daemon.containers), len(app.daemon.images),
                  resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            qapp.quit()
    timer.timeout.connect(check)
    timer.start(5)

sys.exit(run_gui(parse_args(["--settings", sys.argv[1], "--lang", "en"]), after_start=started))
"""


def setup(client, images: int, containers: int) -> None:
    from tests.support.base_image import busybox_rootfs_tar

    cleanup(client)
    try:
        client.images.get(BASE)
    except docker.errors.ImageNotFound:
        client.api.import_image_from_data(busybox_rootfs_tar(), repository=BASE.split(":")[0], tag="latest",
                                          changes=[f"LABEL {LABEL}=1", 'CMD ["/bin/sh"]'])
    seed = client.api.create_container(BASE, ["true"], labels={LABEL: "1"})["Id"]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: client.api.commit(seed, repository="lcx-bench/pop", tag=str(i),
                                                  changes=[f"ENV N={i}"]), range(images)))
        list(pool.map(lambda i: client.api.create_container(BASE, ["true"], name=f"lcx-bench-pop-{i}",
                                                            labels={LABEL: "1"}), range(containers)))


def cleanup(client) -> None:
    for c in client.api.containers(all=True, filters={"label": LABEL}):
        client.api.remove_container(c["Id"], force=True)
    for img in client.api.images(filters={"reference": "lcx-bench/pop"}):
        try:
            client.api.remove_image(img["Id"], force=True)
        except docker.errors.APIError:
            pass


def timed(code: str, *args: str) -> tuple[float, int]:
    took, line = time_until(code, "READY", *args)
    return took, int(line.split()[3])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--containers", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    client = docker.from_env(timeout=120)
    setup(client, args.images, args.containers)
    try:
        n_c = len(client.api.containers(all=True))
        n_i = len(client.api.images())
        settings = str(Path(tempfile.mkdtemp()) / "settings.ini")
        timed(BASELINE)
        timed(APP, settings, str(n_c), str(n_i))  # warm caches alike
        base, app = [], []
        for _ in range(args.runs):
            base.append(timed(BASELINE))
            app.append(timed(APP, settings, str(n_c), str(n_i)))
        bt, at = statistics.median(t for t, _ in base), statistics.median(t for t, _ in app)
        bm, am = statistics.median(m for _, m in base), statistics.median(m for _, m in app)
        print(f"populated start ({n_c} containers, {n_i} images): app {at * 1000:.0f} ms, baseline {bt * 1000:.0f} ms: "
              f"{at / bt:.2f}× (target ≤ 1.2×); peak RSS app {am / 1024:.0f} MB, baseline {bm / 1024:.0f} MB: "
              f"{am / bm:.2f}× (target ≤ 1.5×)")
        print(json.dumps({"name": "populated_start_ratio", "value": round(at / bt, 3), "target": 1.2,
                          "met": at / bt <= 1.2, "app_ms": round(at * 1000), "baseline_ms": round(bt * 1000)}))
        print(json.dumps({"name": "populated_start_peak_rss_ratio", "value": round(am / bm, 3), "target": 1.5,
                          "met": am / bm <= 1.5, "app_mb": round(am / 1024), "baseline_mb": round(bm / 1024)}))
    finally:
        cleanup(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
