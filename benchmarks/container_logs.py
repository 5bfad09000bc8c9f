"""Following a container that prints 100 000 lines a second: the window must never stall.

    python benchmarks/container_logs.py [--seconds 15] [--rate 100000]

Runs the real window (offscreen) with the Container view's Logs tab against the local daemon. The
container (test base image) prints ``seq`` batches of ``rate / 10`` lines ten times a second.
A 5 ms timer on the GUI thread records the longest gap between its ticks: first for 2 s with
nothing happening (the baseline, same run), then while the logs are followed. Also: the lines the
window received per second (it must keep up with the rate), and the resident memory before and at
the end (bounded by the ring of kept lines). Prints the ratio of the stall to the idle baseline,
then JSON lines (``name``, ``value``, ``target``, ``met``). The container carries the test label and
is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_log import STALL_TARGET_MS, rss_mb  # noqa: E402 - the same stall target and memory reading

MEMORY_TARGET_MB = 80.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--rate", type=int, default=100_000)
    args = parser.parse_args()

    import docker
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.support.base_image import BASE_IMAGE, TEST_LABEL, ensure_base_image

    client = docker.from_env()
    ensure_base_image(client)
    QApplication.instance() or QApplication([])
    from desktop.app import Application
    from desktop.ui.container_view import ContainerView

    settings = Path(tempfile.mkdtemp(prefix="lcx-bench-")) / "settings.ini"
    application = Application(settings_path=str(settings), tabs=[("Container", ContainerView)], lang="en")
    window = application.window
    window.resize(1600, 1000)
    window.show()
    application.start()
    qapp = QApplication.instance()

    def run_for(seconds: float, until=None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until and until()):
            qapp.processEvents()
            time.sleep(0.001)

    run_for(10, lambda: application.daemon.synced)
    view: ContainerView = window.views["Container"]

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    run_for(2.0)
    idle = max(gaps[5:]) if len(gaps) > 5 else 5.0

    batch = max(1, args.rate // 10)
    script = f"while true; do seq 1 {batch}; sleep 0.1; done"
    container = client.containers.run(BASE_IMAGE, ["sh", "-c", script], detach=True, labels={TEST_LABEL: "1"})
    try:
        run_for(10, lambda: container.id in application.daemon.containers)
        before = rss_mb()
        view.logs.tail.setValue(0)
        window.select_container(container.id)
        run_for(5, lambda: view.logs.follower.following)
        gaps.clear()
        model = view.logs.model
        start_lines = model.all_lines() + model.dropped
        started = time.monotonic()
        peak = before
        while time.monotonic() - started < args.seconds:
            run_for(0.5)
            peak = max(peak, rss_mb())
        took = time.monotonic() - started
        received = model.all_lines() + model.dropped - start_lines
        stall = max(gaps) if gaps else 0.0
        after = rss_mb()
        kept = model.all_lines()
    finally:
        timer.stop()
        try:
            container.remove(force=True)
        except Exception:
            pass
        window.close()
        application.shutdown(5)
    rate = received / took if took else 0.0
    ratio = stall / idle if idle else float("inf")
    print(f"{received} lines in {took:.1f} s ({rate:,.0f} lines/s, {kept} kept); longest GUI stall {stall:.0f} ms vs "
          f"idle {idle:.0f} ms (ratio {ratio:.2f}); memory {before:.0f} → peak {peak:.0f} MB")
    print(json.dumps({"name": "container_logs_lines_per_s", "value": round(rate), "target": args.rate * 0.9,
                      "met": rate >= args.rate * 0.9}))
    print(json.dumps({"name": "container_logs_max_stall_ms", "value": round(stall, 1), "target": STALL_TARGET_MS,
                      "met": stall <= STALL_TARGET_MS}))
    print(json.dumps({"name": "container_logs_stall_vs_idle_ratio", "value": round(ratio, 2), "target": None,
                      "met": None}))
    print(json.dumps({"name": "container_logs_memory_growth_mb", "value": round(peak - before, 1),
                      "target": MEMORY_TARGET_MB, "met": peak - before <= MEMORY_TARGET_MB}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
