"""Leave the app running while containers come and go: its memory must stay flat, its stderr empty.

    python benchmarks/churn_soak.py [--minutes 30] [--rate 2]

Starts the real app (``python -m desktop``, offscreen) against the local daemon, then churns
containers from this process for ``--minutes``: each cycle creates a labelled container, starts it,
pauses and unpauses it, execs in it, stops it and removes it (``--rate`` cycles a second over
several containers at once). The app follows every event, draws the graph, keeps sparkline streams
open for running rows, and logs each change. Every 10 s the app's resident memory and thread count
are read from ``/proc``.

The baseline, same run: the app's memory after a warm-up (the first tenth of the run, at least a
minute). Prints the ratio of the final memory to it, the growth rate after the warm-up (least squares,
MB per minute), the threads at the end against the warm-up, and the bytes the app wrote to stderr; then
JSON lines (``name``, ``value``, ``target``, ``met``). Everything it creates carries the test label and
is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

#: Flat: after the warm-up, the final memory within 5 % of the baseline, and under 0.2 MB a minute.
RATIO_TARGET = 1.05
SLOPE_TARGET = 0.2


_COUNTER_LOCK = threading.Lock()


def _proc(pid: int) -> tuple[float, int]:
    with open(f"/proc/{pid}/statm") as f:
        rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    threads = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("Threads:"):
                threads = int(line.split()[1])
    return rss, threads


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope (y per x)."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0


def churn(stop: threading.Event, rate: float, label: dict, counter: list[int], worker: int) -> None:
    import docker

    from tests.support.base_image import BASE_IMAGE

    client = docker.from_env(timeout=60)
    n = 0
    lock = _COUNTER_LOCK
    while not stop.is_set():
        started = time.monotonic()
        c = None
        try:
            c = client.containers.run(BASE_IMAGE, ["sh", "-c", "while true; do echo tick; sleep 0.2; done"],
                                      detach=True, labels=label, name=f"lcx-soak-{os.getpid()}-{worker}-{n}")
            c.pause()
            c.unpause()
            c.exec_run(["sh", "-c", "echo hello > /tmp/x"])
            c.stop(timeout=1)
            c.remove()
            with lock:
                counter[0] += 1
        except Exception as exc:  # noqa: BLE001 - a busy daemon may refuse one; the soak goes on
            print(f"churn: {type(exc).__name__}: {exc}", file=sys.stderr)
            if c is not None:  # nothing is left running: each cycle ends with its container gone
                try:
                    c.remove(force=True)
                except Exception:  # noqa: BLE001
                    pass
        n += 1
        stop.wait(max(0.0, 1.0 / rate - (time.monotonic() - started)))
    client.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=2.0, help="container cycles a second")
    parser.add_argument("--series", help="also write every reading to this file (seconds, MB, threads)")
    args = parser.parse_args()

    import docker

    from tests.support.base_image import TEST_LABEL, ensure_base_image

    client = docker.from_env()
    ensure_base_image(client)
    work = Path(tempfile.mkdtemp(prefix="lcx-soak-"))
    stderr_path = work / "stderr.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LCX_DATA_DIR": str(work / "data")}
    with open(stderr_path, "wb") as err:
        app = subprocess.Popen([sys.executable, "-m", "desktop", "--settings", str(work / "settings.ini"),
                                "--lang", "en"], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=err)
    time.sleep(5)
    stop = threading.Event()
    counter = [0]
    workers = [threading.Thread(target=churn, args=(stop, args.rate / 3, {TEST_LABEL: "1"}, counter, i), daemon=True)
               for i in range(3)]
    for w in workers:
        w.start()
    total = args.minutes * 60
    warmup = max(60.0, total / 10)
    samples: list[tuple[float, float, int]] = []
    started = time.monotonic()
    try:
        while time.monotonic() - started < total:
            if app.poll() is not None:
                raise SystemExit(f"the app exited with {app.returncode} during the soak")
            rss, threads = _proc(app.pid)
            samples.append((time.monotonic() - started, rss, threads))
            time.sleep(10)
    finally:
        stop.set()
        for w in workers:
            w.join(30)
        time.sleep(3)
        final_rss, final_threads = _proc(app.pid) if app.poll() is None else (float("nan"), 0)
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        for c in client.containers.list(all=True, filters={"label": TEST_LABEL}):
            if c.name.startswith(f"lcx-soak-{os.getpid()}-"):
                c.remove(force=True)
    if args.series:
        Path(args.series).write_text("".join(f"{t:.0f} {rss:.2f} {th}\n" for t, rss, th in samples), encoding="utf-8")
    after = [(t / 60, rss) for t, rss, _ in samples if t >= warmup]
    baseline_rss = after[0][1] if after else samples[-1][1]
    baseline_threads = next((th for t, _, th in samples if t >= warmup), samples[-1][2])
    slope = _slope(after)
    ratio = final_rss / baseline_rss
    noise = stderr_path.read_bytes()
    print(f"{counter[0]} container cycles in {args.minutes:g} min; memory {samples[0][1]:.0f} MB at start, "
          f"{baseline_rss:.0f} MB after the warm-up (baseline), {final_rss:.0f} MB at the end: ratio {ratio:.3f}, "
          f"{slope:+.3f} MB/min after the warm-up; threads {baseline_threads} → {final_threads}; "
          f"stderr {len(noise)} bytes")
    if noise:
        print(noise.decode(errors="replace")[:2000])
    print(json.dumps({"name": "soak_memory_ratio", "value": round(ratio, 3), "target": RATIO_TARGET,
                      "met": ratio <= RATIO_TARGET, "baseline_mb": round(baseline_rss, 1), "final_mb": round(final_rss, 1)}))
    print(json.dumps({"name": "soak_memory_slope_mb_per_min", "value": round(slope, 3), "target": SLOPE_TARGET,
                      "met": slope <= SLOPE_TARGET}))
    print(json.dumps({"name": "soak_threads_growth", "value": final_threads - baseline_threads, "target": 2,
                      "met": final_threads - baseline_threads <= 2}))
    print(json.dumps({"name": "soak_stderr_bytes", "value": len(noise), "target": 0, "met": not noise}))
    print(json.dumps({"name": "soak_cycles", "value": counter[0], "target": None, "met": None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
