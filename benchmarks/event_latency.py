"""How soon a daemon event is shown, in bursts: 50 pauses then 50 unpauses at once, several rounds.

    python benchmarks/event_latency.py [--containers 50] [--rounds 5]

The app side is the real application (window shown, offscreen): for every container, the time from
the daemon's event (its ``timeNano``) to the moment the live model hands the GUI thread the new state.
The baseline, timed in the same run, is a bare docker-py event reader on its own thread receiving the
same events: what any program could do at best. A 5 ms timer on the GUI thread measures the longest
stall meanwhile. A pause (or unpause) the app never showed counts as lost.

Everything it makes carries the label ``io.github.lifecycle_explorer.benchmark`` and is removed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import docker  # noqa: E402 - the benchmark drives the daemon from outside, as a user's terminal would

LABEL = "io.github.lifecycle_explorer.benchmark"
BASE = "lcx-bench/busybox:latest"


DRIVER = r"""
import sys
from concurrent.futures import ThreadPoolExecutor
import docker
client = docker.from_env(timeout=60)
action, ids = sys.argv[1], sys.argv[2:]
with ThreadPoolExecutor(16) as pool:
    list(pool.map(getattr(client.api, action), ids))
"""


def ensure_base(client) -> None:
    from tests.support.base_image import busybox_rootfs_tar

    try:
        client.images.get(BASE)
    except docker.errors.ImageNotFound:
        client.api.import_image_from_data(busybox_rootfs_tar(), repository=BASE.split(":")[0], tag="latest",
                                          changes=[f"LABEL {LABEL}=1", 'CMD ["/bin/sh"]'])


def cleanup(client) -> None:
    for c in client.api.containers(all=True, filters={"label": LABEL}):
        client.api.remove_container(c["Id"], force=True)


def pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--containers", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    client = docker.from_env(timeout=60)
    ensure_base(client)
    cleanup(client)
    ids = []
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda i: client.api.create_container(BASE, ["sleep", "3600"], name=f"lcx-bench-ev-{i}",
                                                                  labels={LABEL: "1"})["Id"], range(args.containers)))
        list(pool.map(client.api.start, ids))
    wanted = set(ids)

    # Baseline: a bare event reader.
    base_lat: list[float] = []
    event_ns: dict[tuple[str, str], int] = {}  # (container, new status) → the daemon's event time
    base_stop = threading.Event()
    reader_client = docker.from_env(timeout=None)
    stream = reader_client.api.events(decode=True, filters={"type": "container"})

    def read():
        for ev in stream:
            now = time.time_ns()
            cid = (ev.get("Actor") or {}).get("ID")
            if ev.get("Action") in ("pause", "unpause") and cid in wanted:
                base_lat.append((now - int(ev["timeNano"])) / 1e6)
                event_ns[(cid, "paused" if ev["Action"] == "pause" else "running")] = int(ev["timeNano"])
            if base_stop.is_set():
                break

    threading.Thread(target=read, daemon=True).start()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(["bench"])
    from desktop.app import Application

    app = Application(settings_path=str(Path(os.environ.get("TMPDIR", "/tmp")) / "lcx-bench-events.ini"), lang="en")
    app.window.show()
    app.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (app.daemon.synced and wanted <= set(app.daemon.containers)):
        qapp.processEvents()
        time.sleep(0.01)

    app_lat: list[float] = []
    seen: dict[tuple[str, str], int] = {}  # (container, status) → when the GUI thread got it
    phase = {"status": ""}

    def on_updated(rec, previous):
        if rec.id in wanted and rec.status == phase["status"] and (rec.id, rec.status) not in seen:
            seen[(rec.id, rec.status)] = time.time_ns()

    app.daemon.container_updated.connect(on_updated)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.001)

    lost = 0
    total = 0
    timer.start()
    last[0] = time.perf_counter()
    for _ in range(args.rounds):
        for action, status in (("pause", "paused"), ("unpause", "running")):
            seen.clear()
            for key in [k for k in event_ns if k[1] == status]:
                del event_ns[key]
            phase["status"] = status
            # The burst comes from another process, as from a user's terminal or script: the app's
            # process runs only the app.
            driver = subprocess.Popen([sys.executable, "-c", DRIVER, action, *ids])
            while driver.poll() is None:
                qapp.processEvents()
                time.sleep(0.001)
            pump(1.5)
            shown = sum(1 for cid in ids if (cid, status) in seen)
            for key, at in seen.items():
                if key in event_ns:
                    app_lat.append((at - event_ns[key]) / 1e6)
            lost += len(ids) - shown
            total += len(ids)
    timer.stop()
    base_stop.set()
    app.shutdown(5)
    stream.close()
    cleanup(client)

    p95, worst = pct(app_lat, 0.95), max(app_lat) if app_lat else float("nan")
    b95 = pct(base_lat, 0.95)
    stall = max(gaps) if gaps else float("nan")
    print(f"{total} transitions in bursts of {args.containers}: app p95 {p95:.1f} ms, max {worst:.1f} ms "
          f"(from the daemon's event time), {lost} never shown; bare event reader p95 {b95:.1f} ms; "
          f"ratio p95 {p95 / b95 if b95 else float('nan'):.2f}×")
    print(f"longest GUI-thread stall during the bursts: {stall:.1f} ms (5 ms timer)")
    for name, value, target in (("event_latency_p95_ms", p95, 50), ("event_latency_max_ms", worst, None),
                                ("event_lost", lost, 0), ("event_burst_max_stall_ms", stall, 50)):
        line = {"name": name, "value": round(value, 1) if isinstance(value, float) else value,
                "target": target, "met": (value <= target) if target is not None else None}
        print(json.dumps(line))
    print(json.dumps({"name": "event_reader_baseline_p95_ms", "value": round(b95, 1), "target": None, "met": None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
