"""How fast the Layers tab reads every image, and how long it ever holds up the GUI thread.

Run by hand (not a test) against a local daemon::

    /tmp/venv/bin/python benchmarks/layers_load.py --count 300

It makes ``--count`` small images cheaply (a few tiny classic builds, then ``docker commit`` of one
stopped container per build, many times over: each commit is a new image at the cost of a small
tar), then measures, in the same run:

* the app: a real ``Engine`` + ``DaemonModel`` + ``LayerStore`` (Qt offscreen), from creating the
  store until every listed image's layers are read and sharing is computed. A 5 ms ``QTimer`` runs
  meanwhile; the longest gap between its ticks is the longest the window would have frozen;
* the SDK one by one: connecting, listing the images, then ``inspect_image`` + ``history`` for the same
  images, sequentially, as a straightforward loop would do it (without the per-row layer counts the app
  also reads). Both clocks start with nothing connected: the app's at ``Application.start()`` (the
  window is already up, as when the user opens it), the SDK's before its client is made.

Everything it creates carries the label ``io.github.lifecycle_explorer.benchmark`` and its own base
image (not the tests' one, whose label the test suite's clean-up looks for), and is removed at the
end (``--keep`` to keep it).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tarfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docker  # noqa: E402 - the benchmark drives the daemon directly to set up, like a user would
import docker.api.client  # noqa: E402

LABEL = "io.github.lifecycle_explorer.benchmark"
BASE = "lcx-bench/busybox:latest"
REPO = "lcx-bench/img"
FAMILIES = 5


def cleanup(client: docker.DockerClient, keep_base: bool = False) -> int:
    removed = 0
    for c in client.api.containers(all=True, filters={"label": LABEL}):
        client.api.remove_container(c["Id"], force=True)
    # Newest first, so children go before their parents; images made in the same second come in
    # any order, and a parent tried before its child is refused (409): another pass takes it.
    left = [img for img in client.api.images(filters={"label": LABEL})
            if not (keep_base and BASE in (img.get("RepoTags") or []))]
    while left:
        refused = []
        for img in sorted(left, key=lambda i: -i["Created"]):
            try:
                client.api.remove_image(img["Id"], force=True)
                removed += 1
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError:
                refused.append(img)
        if len(refused) == len(left):
            break  # no progress: what is left is held by something else
        left = refused
    client.api.prune_images(filters={"dangling": True, "label": LABEL})
    return removed


def ensure_base(client: docker.DockerClient) -> None:
    try:
        client.api.inspect_image(BASE)
        return
    except docker.errors.ImageNotFound:
        pass
    from tests.support.base_image import busybox_rootfs_tar

    repo, tag = BASE.rsplit(":", 1)
    client.api.import_image_from_data(busybox_rootfs_tar(), repository=repo, tag=tag,
                                      changes=[f"LABEL {LABEL}=base", 'CMD ["/bin/sh"]'])


def build(client: docker.DockerClient, tag: str, dockerfile: str) -> str:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(dockerfile)
        tar.addfile(info, io.BytesIO(dockerfile.encode()))
    buf.seek(0)
    for chunk in client.api.build(fileobj=buf, custom_context=True, tag=tag, labels={LABEL: "1"}, rm=True,
                                  decode=True):
        if "error" in chunk:
            raise RuntimeError(chunk["error"])
    return client.api.inspect_image(tag)["Id"]


def make_images(client: docker.DockerClient, count: int) -> list[str]:
    """``count`` images: FAMILIES small builds (5-6 history rows each), then commits of them."""
    ids: list[str] = []
    containers: list[str] = []
    for f in range(min(FAMILIES, count)):
        ids.append(build(client, f"{REPO}:family-{f}", f"""\
FROM {BASE}
ENV FAMILY={f}
RUN echo family {f} > /family.txt
RUN dd if=/dev/zero of=/blob bs=1k count={10 * (f + 1)}
WORKDIR /tmp
CMD ["/bin/sh"]
"""))
        cid = client.api.create_container(f"{REPO}:family-{f}", command=["sh", "-c", f"echo {f} > /mine.txt"],
                                          labels={LABEL: "1"})["Id"]
        client.api.start(cid)
        client.api.wait(cid, timeout=60)
        containers.append(cid)

    def commit(i: int) -> str:
        cid = containers[i % len(containers)]
        return client.api.commit(cid, repository=REPO, tag=f"c{i}", conf={"Labels": {LABEL: "1", "n": str(i)}},
                                 pause=False)["Id"]

    with ThreadPoolExecutor(4) as pool:
        ids.extend(pool.map(commit, range(count - len(ids))))
    return ids


class RequestCounter:
    """Counts HTTP requests to the daemon (all clients), to report how much each approach asks."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()
        self._original = docker.api.client.APIClient.send
        counter = self

        def send(api_self, request, *args, **kwargs):
            with counter._lock:
                counter.count += 1
            return counter._original(api_self, request, *args, **kwargs)

        docker.api.client.APIClient.send = send  # type: ignore[method-assign]

    def take(self) -> int:
        with self._lock:
            n, self.count = self.count, 0
        return n

    def restore(self) -> None:
        docker.api.client.APIClient.send = self._original  # type: ignore[method-assign]


def sdk_one_by_one(ids: list[str]) -> float:
    """The baseline, timed from the same point as the app: nothing connected yet. It connects, lists
    the images (as anything must, to know what to read), then reads each one's ``inspect`` and
    ``history`` in turn."""
    start = time.perf_counter()
    client = docker.from_env(timeout=60)
    client.api.images()
    for image_id in ids:
        client.api.inspect_image(image_id)
        client.api.history(image_id)
    elapsed = time.perf_counter() - start
    client.close()
    return elapsed


def app_load(expected: set[str], in_flight: int, with_ui: bool = True) -> dict:
    """Load every listed image's layers and time it, with a 5 ms ticker watching the GUI thread.

    With ``with_ui`` (the default) this is the real window with the Layers tab shown and an image
    selected, so the stall figure includes what the views do with each arrival (chart, table,
    lists); the clock then runs from connecting to the daemon until every layer is read.
    """
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.engine import Engine, resolve_endpoint
    from desktop.viewmodels.daemon import DaemonModel
    from desktop.viewmodels.layers import LayerStore

    qapp = QApplication.instance() or QApplication(["layers-benchmark"])
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.setTimerType(ticker.timerType().PreciseTimer)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)

    def pump_until(condition, seconds: float) -> None:
        """Run a real event loop (as the app's own) until ``condition`` holds or time runs out."""
        if condition():
            return
        loop = QEventLoop()
        deadline = time.monotonic() + seconds
        checker = QTimer()
        checker.setInterval(10)
        checker.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
        checker.start()
        loop.exec()
        checker.stop()

    app = None
    if with_ui:
        app = Application(settings_path=tempfile.NamedTemporaryFile(suffix=".ini", delete=False).name)
        app.window.resize(1400, 900)
        app.window.show()
        app.window.tabs.setCurrentWidget(app.window.views["Layers"])
        engine, daemon = app.engine, app.daemon
        store = app.window.views["Layers"].store
        store.max_in_flight = in_flight
        settle = time.monotonic() + 0.5
        pump_until(lambda: time.monotonic() > settle, 1)  # the window's first paint is not loading
        ticker.start()
        clock.start()
        start = time.perf_counter()
        app.start()
        pump_until(lambda: daemon.synced and expected <= set(daemon.images), 60)
        app.window.select_image(sorted(expected)[0])  # the chart and table draw while the rest arrive
    else:
        endpoint = resolve_endpoint()
        engine = Engine(endpoint)
        daemon = DaemonModel(endpoint, engine)
        daemon.start()
        pump_until(lambda: daemon.synced and expected <= set(daemon.images), 60)
        ticker.start()
        clock.start()
        start = time.perf_counter()
        store = LayerStore(daemon, engine, max_in_flight=in_flight)
    if not expected <= set(daemon.images):
        raise SystemExit("the app's image list never showed the benchmark images")
    listed = len(daemon.images)
    pump_until(lambda: store.complete, 300)
    elapsed = time.perf_counter() - start
    ticker.stop()
    complete = store.complete
    shared_layers = sum(1 for u in store.report.layers.values() if u.shared) if store.report else 0
    if app is not None:
        app.shutdown(10)
    else:
        store.shutdown()
        daemon.stop(10)
        engine.shutdown(10)
    qapp.processEvents()
    return {
        "seconds": elapsed,
        "complete": complete,
        "listed": listed,
        "max_gap_ms": max(gaps) if gaps else 0.0,
        "p99_gap_ms": statistics.quantiles(gaps, n=100)[98] if len(gaps) >= 100 else max(gaps, default=0.0),
        "ticks": len(gaps),
        "shared_layers": shared_layers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="images to create (default 300)")
    parser.add_argument("--in-flight", type=int, default=3, help="LayerStore background reads at once (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the images afterwards")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")

    client = docker.from_env(timeout=120)
    print(f"daemon: Docker Engine {client.version()['Version']} (API {client.api.api_version})")
    cleanup(client, keep_base=True)
    ensure_base(client)
    try:
        t0 = time.perf_counter()
        ids = make_images(client, args.count)
        print(f"created {len(ids)} images in {time.perf_counter() - t0:.1f} s "
              f"({FAMILIES} builds, the rest docker commit)")
        counter = RequestCounter()
        try:
            counter.take()
            app = app_load(set(ids), args.in_flight)
            app_requests = counter.take()
            sdk = sdk_one_by_one(sorted(set(ids)))
            sdk_requests = counter.take()
        finally:
            counter.restore()
        per_app = app["seconds"] / app["listed"] * 1000
        per_sdk = sdk / len(ids) * 1000
        print(f"app (the window with the Layers tab shown, {args.in_flight} reads at once, history + per-row layer counts + sharing): "
              f"{app['seconds']:.2f} s for {app['listed']} listed images ({per_app:.1f} ms/image), "
              f"{app_requests} daemon requests, complete={app['complete']}, {app['shared_layers']} shared layers")
        print(f"SDK one by one (inspect_image + history): {sdk:.2f} s for {len(ids)} images ({per_sdk:.1f} ms/image), "
              f"{sdk_requests} daemon requests")
        print(f"ratio app/SDK per image: {per_app / per_sdk:.2f}  (below 1: the app is faster)")
        print(f"longest GUI-thread stall while loading: {app['max_gap_ms']:.1f} ms "
              f"(5 ms timer, p99 gap {app['p99_gap_ms']:.1f} ms, {app['ticks']} ticks)")
        ratio = per_app / per_sdk
        print(json.dumps({"name": f"layers_load_ratio_{len(ids)}", "value": round(ratio, 3), "target": 1.0,
                          "met": ratio <= 1.0, "app_ms_per_image": round(per_app, 2), "sdk_ms_per_image": round(per_sdk, 2)}))
        print(json.dumps({"name": f"layers_load_max_stall_ms_{len(ids)}", "value": round(app["max_gap_ms"], 1),
                          "target": 50, "met": app["max_gap_ms"] <= 50}))
    finally:
        if not args.keep:
            n = cleanup(client)
            print(f"cleaned up {n} images")
    return 0


if __name__ == "__main__":
    sys.exit(main())
