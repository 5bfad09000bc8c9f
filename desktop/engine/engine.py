"""Short daemon calls, run on a small pool of ``lcx-worker`` threads.

Every public method returns a ``concurrent.futures.Future`` at once. The result is an immutable
record (or plain data); a failure is an ``EngineFailure`` carrying an ``EngineError`` sentence.
Callers in the GUI attach a done-callback that re-emits the result as a Qt signal; nothing here
knows about Qt, and nothing here runs on the caller's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import io
import logging
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence, TypeVar


from desktop.text import QT_TRANSLATE_NOOP

from .endpoint import Endpoint, open_client
from .errors import EngineError, EngineFailure, describe_exception, registry_error
from .records import ContainerRecord, FileChange, ImageRecord, ProcessList
from .watcher import list_images

if TYPE_CHECKING:  # docker is imported on the worker threads, at the first call, not at start-up
    import docker

log = logging.getLogger(__name__)
T = TypeVar("T")

#: What a call made after shutdown answers.
STOPPED = EngineError("stopped", QT_TRANSLATE_NOOP("Engine", "The app is shutting down."))
CANCELLED = EngineError("cancelled", QT_TRANSLATE_NOOP("Engine", "The build was cancelled: the daemon stopped it."))
CANCELLED_TRANSFER = EngineError("cancelled", QT_TRANSLATE_NOOP("Engine", "Cancelled: the daemon stopped the transfer."))

BUILD_CACHE_UNSCOPED = EngineError("bad_request", QT_TRANSLATE_NOOP(
    "Engine", "The build cache has no labels, so it cannot be cleaned up for the lesson's objects alone."),
    QT_TRANSLATE_NOOP("Engine", "Turn Lesson only off to clean up the whole build cache."))

#: Seconds ``docker stop`` waits for SIGTERM before SIGKILL (the CLI's default).
STOP_TIMEOUT = 10
_DIFF_KINDS = {0: "C", 1: "A", 2: "D"}


class BuildCancel:
    """Stops a running build from any thread: shuts its connection down, so the daemon stops too."""

    def __init__(self):
        self.cancelled = False
        self._response = None
        self._lock = threading.Lock()

    def keep(self, response, *args, **kwargs):  # a requests response hook on the build's own client
        with self._lock:
            self._response = response
            if self.cancelled:
                self._shut(response)
        return response

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._response is not None:
                self._shut(self._response)

    @staticmethod
    def _shut(response) -> None:
        from docker.types.daemon import CancellableStream

        try:
            CancellableStream(None, response).close()
        except Exception:
            log.debug("shutting a build's connection down failed", exc_info=True)


class Engine:
    """The app's one door to the daemon for request/response calls."""

    def __init__(self, endpoint: Endpoint, workers: int = 4):
        self.endpoint = endpoint
        self._workers = workers
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lcx-worker")
        self._client: docker.DockerClient | None = None
        self._client_lock = threading.Lock()
        self._api_version: str | None = None
        self._closed = False
        self._follows: set = set()  # live streams (logs, stats): stopped at shutdown
        self._fast = None  # FastReader on the local socket, made at the first bulk read
        self._layer_counts: dict[str, int] = {}
        self._chains: dict[str, tuple[str, ...]] = {}  # image id -> chain ids (content addresses: never stale)  # image id -> len(RootFS.Layers); ids are content addresses

    # -- plumbing ----------------------------------------------------------------------------------
    @property
    def api_version(self) -> str | None:
        return self._api_version

    def follow_logs(self, container: str, **kwargs: Any):
        """A container's logs, read live on a thread of its own (see ``streams.follow_logs``)."""
        from .streams import follow_logs

        return self._keep(follow_logs(self.endpoint, self._api_version, container, **kwargs))

    def follow_stats(self, container: str, **kwargs: Any):
        """A container's resource use, about once a second (see ``streams.follow_stats``)."""
        from .streams import follow_stats

        return self._keep(follow_stats(self.endpoint, self._api_version, container, **kwargs))

    def _keep(self, follow):
        with self._client_lock:
            self._follows = {f for f in self._follows if not f.stopped and not f.ended}
            self._follows.add(follow)
        if self._closed:
            follow.stop()
        return follow

    def set_api_version(self, version: str | None) -> None:
        """Tell the engine the negotiated API version, so new clients skip the round trip."""
        self._api_version = version

    def _get_client(self) -> docker.DockerClient:
        with self._client_lock:
            if self._client is None:
                self._client = open_client(
                    self.endpoint, version=self._api_version, max_pool_size=self._workers + 2
                )
            return self._client

    def _reader(self):
        """The fast JSON reader for unix-socket endpoints (None for others)."""
        if self._fast is None and self.endpoint.socket_path and not self._closed:
            from .fastread import FastReader

            with self._client_lock:
                if self._fast is None:
                    self._fast = FastReader(self.endpoint.socket_path)
        return self._fast

    def _inspect_image(self, c: docker.DockerClient, reference: str) -> dict:
        fast = self._reader()
        if fast is None:
            return c.api.inspect_image(reference)
        return fast.get_json(self._api_version or c.api.api_version, "/images/{0}/json", reference)

    def _history(self, c: docker.DockerClient, image: str) -> list:
        fast = self._reader()
        if fast is None:
            return c.api.history(image)
        return fast.get_json(self._api_version or c.api.api_version, "/images/{0}/history", image)

    def _drop_client(self) -> None:
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:
                pass

    def submit(self, operation: str, fn: Callable[[docker.DockerClient], T]) -> "Future[T]":
        """Run ``fn(client)`` on a worker; exceptions become ``EngineFailure`` with a sentence."""

        def run() -> T:
            try:
                return fn(self._get_client())
            except EngineFailure:
                raise
            except Exception as exc:
                error = describe_exception(exc, self.endpoint, operation)
                if error.kind == "unreachable":
                    self._drop_client()  # the next call reconnects, with a fresh version check
                raise EngineFailure(error) from exc

        if self._closed:
            f: Future = Future()
            f.set_exception(EngineFailure(STOPPED))
            return f
        return self._executor.submit(run)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Cancel queued calls, close the client (unblocking in-flight ones) and wait for workers."""
        self._closed = True
        with self._client_lock:
            follows, self._follows = self._follows, set()
        for follow in follows:
            follow.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._drop_client()
        if self._fast is not None:
            self._fast.close()
        threads = list(getattr(self._executor, "_threads", ()))
        deadline = time.monotonic() + timeout
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in threads)

    # -- containers --------------------------------------------------------------------------------
    def inspect_container(self, container: str) -> "Future[ContainerRecord]":
        return self.submit(
            QT_TRANSLATE_NOOP("Engine", "Inspect"),
            lambda c: ContainerRecord.from_inspect(c.api.inspect_container(container)),
        )

    def inspect_raw(self, container: str) -> "Future[dict]":
        """The daemon's whole ``docker inspect`` answer for a container."""
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Inspect"), lambda c: c.api.inspect_container(container))

    def start(self, container: str) -> Future:
        return self.submit(
            QT_TRANSLATE_NOOP("Engine", "Start"),
            lambda c: _post_noting_304(c, "/containers/{0}/start", container, QT_TRANSLATE_NOOP("Engine", "Start")),
        )

    def stop(self, container: str, timeout: int = STOP_TIMEOUT) -> Future:
        return self.submit(
            QT_TRANSLATE_NOOP("Engine", "Stop"),
            lambda c: _post_noting_304(
                c, "/containers/{0}/stop", container, QT_TRANSLATE_NOOP("Engine", "Stop"), {"t": timeout}, timeout + 30
            ),
        )

    def restart(self, container: str, timeout: int = STOP_TIMEOUT) -> Future:
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Restart"), lambda c: c.api.restart(container, timeout=timeout))

    def kill(self, container: str, signal: str | None = None) -> Future:
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Kill"), lambda c: c.api.kill(container, signal=signal))

    def pause(self, container: str) -> Future:
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Pause"), lambda c: c.api.pause(container))

    def unpause(self, container: str) -> Future:
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Unpause"), lambda c: c.api.unpause(container))

    def remove(self, container: str, force: bool = False) -> Future:
        return self.submit(
            QT_TRANSLATE_NOOP("Engine", "Remove"), lambda c: c.api.remove_container(container, force=force)
        )

    def create(
        self,
        image: str,
        *,
        name: str | None = None,
        command: str | Sequence[str] | None = None,
        labels: Mapping[str, str] | None = None,
        restart_policy: str | None = None,
        start: bool = False,
    ) -> "Future[str]":
        """Create (and with ``start``, run) a container; the result is its id."""

        def call(c: docker.DockerClient) -> str:
            host_config = None
            if restart_policy:
                host_config = c.api.create_host_config(restart_policy={"Name": restart_policy})
            created = c.api.create_container(
                image, command=command or None, name=name or None, labels=dict(labels or {}),
                host_config=host_config, detach=True, tty=False,
            )
            cid = created["Id"]
            if start:
                try:
                    c.api.start(cid)
                except Exception:
                    # A run that cannot start (no such command, ...) must not leave a Created
                    # container behind: remove what the create made, then report the start's error.
                    try:
                        c.api.remove_container(cid, force=True)
                    except Exception:
                        log.warning("could not remove the container %s left by a failed run", cid[:12])
                    raise
            return cid

        operation = QT_TRANSLATE_NOOP("Engine", "Run") if start else QT_TRANSLATE_NOOP("Engine", "Create")
        return self.submit(operation, call)

    def run(self, image: str, **kwargs: Any) -> "Future[str]":
        return self.create(image, start=True, **kwargs)

    def commit(
        self, container: str, repository: str, tag: str | None = None, message: str | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> "Future[str]":
        """``docker commit``: the container's writable layer becomes a new image; result: its id."""

        def call(c: docker.DockerClient) -> str:
            conf = {"Labels": dict(labels)} if labels else None
            return c.api.commit(container, repository=repository, tag=tag, message=message, conf=conf)["Id"]

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Commit"), call)

    def exec_run(self, container: str, command: Sequence[str]) -> "Future[tuple[int, str]]":
        """``docker exec`` without a terminal: run ``command`` in the running container and wait for
        it; the result is its exit code and its output (stdout and stderr together)."""

        def call(c: docker.DockerClient) -> tuple[int, str]:
            created = c.api.exec_create(container, list(command), stdout=True, stderr=True, tty=False)
            output = c.api.exec_start(created["Id"], stream=False, demux=False)
            code = c.api.exec_inspect(created["Id"]).get("ExitCode")
            text = output.decode("utf-8", errors="replace") if isinstance(output, bytes) else str(output or "")
            return int(code if code is not None else -1), text

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Run a command"), call)

    def write_file(self, container: str, path: str, data: bytes) -> Future:
        """``docker cp``: put a file (``path``, absolute) into the container's own layer; the container
        may be running or not. Its folder must exist."""

        def call(c: docker.DockerClient) -> None:
            import posixpath

            folder, name = posixpath.split(path)
            buf = io.BytesIO()
            import tarfile

            with tarfile.open(fileobj=buf, mode="w") as tar:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mode = 0o644
                info.mtime = int(time.time())
                tar.addfile(info, io.BytesIO(data))
            c.api.put_archive(container, folder or "/", buf.getvalue())

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Write a file"), call)

    def logs_tail(self, container: str, lines: int = 5) -> "Future[list[str]]":
        """The last ``lines`` lines the container printed (stdout and stderr)."""

        def call(c: docker.DockerClient) -> list[str]:
            data = c.api.logs(container, stdout=True, stderr=True, tail=lines, timestamps=False)
            return data.decode("utf-8", errors="replace").splitlines()

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read logs"), call)

    def import_image(self, data: "bytes | Callable[[], bytes]", reference: str, changes: Sequence[str] = ()) -> "Future[str]":
        """``docker import``: a root filesystem (a tar, or what makes one, run on the worker) becomes
        a one-layer image."""

        def call(c: docker.DockerClient) -> str:
            nonlocal data
            if callable(data):
                data = data()
            repository, _, tag = reference.rpartition(":") if ":" in reference.rsplit("/", 1)[-1] else (reference, "", "")
            c.api.import_image_from_data(data, repository=repository, tag=tag or None, changes=list(changes))
            return str(c.api.inspect_image(reference)["Id"])

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Import"), call)

    def save_stream(self, image: str, consume: Callable[[Any], T]) -> "Future[T]":
        """``docker save IMAGE`` as a stream: ``consume`` reads it (a binary file object) on the worker
        thread, once, start to end, and its result is the future's. Nothing is written to disk."""

        def call(c: docker.DockerClient) -> T:
            from desktop.layers.contents import ChunkStream

            return consume(io.BufferedReader(ChunkStream(c.api.get_image(image, chunk_size=1 << 20)), 1 << 20))

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read the image's files"), call)

    def disk_usage(self) -> "Future[dict]":
        """``docker system df -v``: the daemon's own figures, as it reports them."""

        def call(c: docker.DockerClient) -> dict:
            return dict(c.api.df())

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Disk usage"), call)

    def prune_plan(self, kind: str, wanted: Sequence[str] = (), unwanted: Sequence[str] = (),
                   all_volumes: bool = False) -> "Future[dict]":
        """What a prune of ``kind`` (containers, dangling, unused, volumes, build_cache) would remove
        now, by the daemon's own rules (``desktop.layers.prune``): ``items`` (id, name, bytes) and
        ``bytes``; for images also ``untagged`` and the ``layers`` released."""

        def call(c: docker.DockerClient) -> dict:
            from desktop.layers import prune as P

            df = c.api.df()
            if kind == "containers":
                items = P.containers_to_prune(df.get("Containers") or (), wanted, unwanted)
                return {"kind": kind, "items": items, "bytes": sum(i["bytes"] for i in items)}
            if kind == "volumes":
                containers = c.api.containers(all=True)
                items = P.volumes_to_prune(df.get("Volumes") or (), containers, api_version=c.api.api_version,
                                           all_volumes=all_volumes, wanted=wanted, unwanted=unwanted)
                return {"kind": kind, "items": items, "bytes": sum(i["bytes"] for i in items)}
            if kind == "build_cache":
                if wanted or unwanted:
                    raise EngineFailure(BUILD_CACHE_UNSCOPED)
                items = P.build_cache_to_prune(df.get("BuildCache") or ())
                return {"kind": kind, "items": items, "bytes": sum(i["bytes"] for i in items)}
            images = c.api.images(all=True)
            containers = c.api.containers(all=True)
            plan = P.images_to_prune(images, containers, dangling_only=kind == "dangling", wanted=wanted,
                                     unwanted=unwanted)
            return self._image_plan(c, kind, images, plan)

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Preview the clean-up"), call)

    def _image_plan(self, c: docker.DockerClient, kind: str, images: Sequence[Mapping[str, Any]], plan: dict) -> dict:
        from desktop.layers import build_image_layers
        from desktop.layers.prune import released_bytes

        chains: dict[str, tuple[str, ...]] = {}
        for row in images:
            known = self._chain_of(c, row["Id"])
            if known is not None:
                chains[row["Id"]] = known
        sizes: dict[str, int] = {}
        exact = True
        per_image: dict[str, int] = {}
        for image_id in plan["deleted"]:
            data = self._layer_history(c, image_id)
            layers = build_image_layers(data["id"], data["tags"], data["history"], data["diff_ids"],
                                        data["empty_layer_flags"])
            exact = exact and layers.mapped
            for step in layers.steps:
                if step.chain_id:
                    sizes[step.chain_id] = step.size
        total, released = released_bytes(plan["deleted"], chains, sizes)
        # Each released layer is counted once, for the deleted image that made it (the one with the
        # fewest layers holding it): the items' bytes add up to the total.
        for chain in released:
            owners = [i for i in plan["deleted"] if chain in chains.get(i, ())]
            if owners:
                maker = min(owners, key=lambda i: len(chains.get(i, ())))
                per_image[maker] = per_image.get(maker, 0) + int(sizes.get(chain, 0))
        by_id = {row["Id"]: row for row in images}
        items = []
        for image_id in plan["deleted"]:
            row = by_id.get(image_id) or {}
            tags = [t for t in (row.get("RepoTags") or ()) if t != "<none>:<none>"]
            items.append({"id": image_id, "name": ", ".join(tags) or f"<none> {image_id.split(':', 1)[-1][:12]}",
                          "bytes": per_image.get(image_id, 0)})
        return {"kind": kind, "items": items, "bytes": total, "untagged": plan["untagged"], "layers": released,
                "exact": exact}

    def prune(self, kind: str, wanted: Sequence[str] = (), unwanted: Sequence[str] = (),
              all_volumes: bool = False) -> "Future[dict]":
        """The prune itself; the daemon's answer as ``removed`` (ids), ``untagged`` and ``bytes``."""

        def call(c: docker.DockerClient) -> dict:
            from desktop.layers.prune import label_filters

            filters: dict[str, Any] = label_filters(wanted, unwanted)
            if kind == "containers":
                answer = c.api.prune_containers(filters=filters)
                removed = list(answer.get("ContainersDeleted") or ())
                untagged: list[str] = []
            elif kind in ("dangling", "unused"):
                filters["dangling"] = kind == "dangling"
                images_before = {row["Id"] for row in c.api.images(all=True)}  # Deleted lists layers too
                answer = c.api.prune_images(filters=filters)
                entries = answer.get("ImagesDeleted") or ()
                removed = [e["Deleted"] for e in entries if e.get("Deleted") in images_before]
                untagged = [e["Untagged"] for e in entries if e.get("Untagged")]
            elif kind == "volumes":
                if all_volumes and self._api_version and tuple(int(x) for x in self._api_version.split(".")) >= (1, 42):
                    filters["all"] = "true"
                answer = c.api.prune_volumes(filters=filters)
                removed = list(answer.get("VolumesDeleted") or ())
                untagged = []
            elif kind == "build_cache":
                if wanted or unwanted:  # the build cache has no labels: it would all go
                    raise EngineFailure(BUILD_CACHE_UNSCOPED)
                answer = c.api.prune_builds()
                removed = list(answer.get("CachesDeleted") or ())
                untagged = []
            else:
                raise ValueError(kind)
            return {"kind": kind, "removed": removed, "untagged": untagged,
                    "bytes": int(answer.get("SpaceReclaimed") or 0)}

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Clean up"), call)

    def layer_counts(self, references: Sequence[str]) -> "Future[dict[str, int]]":
        """``{reference: number of layers}`` (RootFS layers) for each image that exists."""

        def call(c: docker.DockerClient) -> dict[str, int]:
            out = {}
            for ref in references:
                try:
                    out[ref] = len((c.api.inspect_image(ref).get("RootFS") or {}).get("Layers") or [])
                except _not_found():
                    continue
            return out

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read layers"), call)

    def remove_labelled(self, label: str) -> "Future[tuple[int, int]]":
        """Remove every container, then every image, that carries ``label`` (and nothing else): the
        containers forcibly, the images newest first so that children go before their parents.
        The result is how many containers and images were removed."""

        def call(c: docker.DockerClient) -> tuple[int, int]:
            import docker.errors

            containers = c.api.containers(all=True, filters={"label": label})
            for row in containers:
                try:
                    c.api.remove_container(row["Id"], force=True)
                except docker.errors.NotFound:
                    pass
            removed_images = 0
            for _round in range(4):  # a parent is in use until its children are gone
                images = sorted(c.api.images(all=True, filters={"label": label}), key=lambda i: -int(i.get("Created") or 0))
                if not images:
                    break
                blocked = False
                for row in images:
                    try:
                        c.api.remove_image(row["Id"], force=True)
                        removed_images += 1
                    except docker.errors.NotFound:
                        pass
                    except docker.errors.APIError:
                        blocked = True
                if not blocked:
                    break
            return len(containers), removed_images

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Remove"), call)

    def top(self, container: str) -> "Future[ProcessList]":
        def call(c: docker.DockerClient) -> ProcessList:
            data = c.api.top(container)
            return ProcessList(
                container,
                tuple(data.get("Titles") or ()),
                tuple(tuple(str(x) for x in row) for row in (data.get("Processes") or ())),
            )

        return self.submit(QT_TRANSLATE_NOOP("Engine", "List processes"), call)

    def diff(self, container: str) -> "Future[tuple[FileChange, ...]]":
        def call(c: docker.DockerClient) -> tuple[FileChange, ...]:
            rows = c.api.diff(container) or []
            return tuple(FileChange(r["Path"], _DIFF_KINDS.get(r.get("Kind"), "?")) for r in rows)

        return self.submit(QT_TRANSLATE_NOOP("Engine", "List changes"), call)

    def container_size(self, container: str) -> "Future[tuple[int, int]]":
        """(SizeRw, SizeRootFs): the container's own layer, and everything it sees."""

        def call(c: docker.DockerClient) -> tuple[int, int]:
            data = c.api.get(c.api._url("/containers/{0}/json", container), params={"size": 1})
            data = c.api._result(data, json=True)
            return int(data.get("SizeRw") or 0), int(data.get("SizeRootFs") or 0)

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Measure container"), call)

    # -- images ------------------------------------------------------------------------------------
    def images(self) -> "Future[tuple[ImageRecord, ...]]":
        return self.submit(QT_TRANSLATE_NOOP("Engine", "List images"), list_images)

    def remove_image(self, image: str, force: bool = False) -> Future:
        return self.submit(
            QT_TRANSLATE_NOOP("Engine", "Remove image"), lambda c: c.api.remove_image(image, force=force)
        )

    def pull(self, image: str) -> Future:
        def call(c: docker.DockerClient) -> str:
            from docker.utils import parse_repository_tag

            repo, tag = parse_repository_tag(image)
            for line in c.api.pull(repo, tag=tag or "latest", stream=True, decode=True):
                if self._closed:
                    raise EngineFailure(STOPPED)
                if isinstance(line, dict) and line.get("error"):
                    import docker.errors

                    raise docker.errors.APIError(line["error"])
            return image

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Pull"), call)

    def build(
        self,
        dockerfile: str,
        tag: str,
        *,
        files: Mapping[str, bytes] | None = None,
        labels: Mapping[str, str] | None = None,
        on_output: Callable[[str], None] | None = None,
        on_lines: Callable[[list[str]], None] | None = None,
        context: str | None = None,
        buildargs: Mapping[str, str] | None = None,
        nocache: bool = False,
        forcerm: bool = False,
        cancel: "BuildCancel | None" = None,
    ) -> "Future[str]":
        """Classic-builder ``docker build``; the result is the image id.

        The context is in memory (``dockerfile`` is its text, plus ``files``), or a folder
        (``context``; ``dockerfile`` is then the Dockerfile's path inside it, and the folder's
        ``.dockerignore`` is honoured as the CLI honours it). Each output line goes to
        ``on_output`` (on the worker thread) as it arrives, or the lines of each stream chunk go to
        ``on_lines`` as one list (a step printing thousands of lines arrives in few chunks; handing them
        over together keeps the worker's share of the interpreter small). Stream chunks can split
        lines, so they are buffered and split on newlines. A failing step arrives inside the stream after HTTP 200,
        as ``{"error": ...}``.
        """
        options = dict(tag=tag, labels=dict(labels or {}), rm=True, decode=True, buildargs=dict(buildargs or {}),
                       nocache=nocache, forcerm=forcerm)
        handle = cancel if cancel is not None else BuildCancel()

        def call(_shared: docker.DockerClient) -> str:
            # A client of its own: cancelling shuts its connection down, which the daemon takes as
            # "stop this build", without touching the calls other workers are making.
            c = open_client(self.endpoint, version=self._api_version, timeout=None)
            c.api.hooks["response"].append(handle.keep)
            try:
                return _run_build(c)
            except Exception:
                if handle.cancelled:
                    raise EngineFailure(CANCELLED) from None
                raise
            finally:
                c.close()

        def deliver(lines: list[str]) -> None:
            if on_lines is not None:
                on_lines(lines)
            elif on_output is not None:
                for line in lines:
                    on_output(line)

        def _run_build(c: docker.DockerClient) -> str:
            image_id = None
            buffer = ""
            if handle.cancelled:
                raise EngineFailure(CANCELLED)
            if context is not None:
                stream = c.api.build(path=context, dockerfile=dockerfile or "Dockerfile", **options)
            else:
                stream = c.api.build(fileobj=_context_tar(dockerfile, files or {}), custom_context=True, **options)
            for chunk in stream:
                if handle.cancelled:
                    raise EngineFailure(CANCELLED)
                if self._closed:
                    raise EngineFailure(STOPPED)
                if "error" in chunk:
                    raise EngineFailure(EngineError(
                        "build",
                        QT_TRANSLATE_NOOP("Engine", "The build failed: {error}").format(
                            error=str(chunk["error"]).strip()
                        ),
                        QT_TRANSLATE_NOOP(
                            "Engine", "Fix that step of the Dockerfile and build again; the steps before it are cached."
                        ),
                    ))
                if isinstance(chunk.get("aux"), dict) and chunk["aux"].get("ID"):
                    image_id = chunk["aux"]["ID"]
                buffer += chunk.get("stream", "")
                if "\n" in buffer:
                    lines = buffer.split("\n")
                    buffer = lines.pop()
                    deliver(lines)
            if buffer:
                deliver([buffer])
            return image_id or c.api.inspect_image(tag)["Id"]

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Build"), call)

    def clean_up_build(self, containers: Sequence[str], image: str | None) -> Future:
        """After a cancelled or failed build: its temporary containers, then the image its last step
        made (in this order: the image is in use until they are gone). What is already gone is fine."""

        def call(c: docker.DockerClient) -> None:
            import docker.errors

            for cid in containers:
                try:
                    c.api.remove_container(cid, force=True)
                except docker.errors.NotFound:
                    pass
            if image:
                deadline = time.monotonic() + 10
                while True:
                    try:
                        c.api.remove_image(image)
                        return
                    except docker.errors.NotFound:
                        return
                    except docker.errors.APIError:
                        if time.monotonic() > deadline:
                            raise
                        time.sleep(0.2)  # the daemon may still be tearing the cancelled step down

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Clean up after the build"), call)

    def added_files(self, files: Mapping[str, "bytes | str | os.PathLike[str]"]) -> "Future[dict[str, str]]":
        """sha256 of the files added to a typed Dockerfile's context (see ``added_files_digests``)."""

        def call(_c) -> dict[str, str]:
            return added_files_digests(files)

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Build"), call)

    def context_files(self, folder: str, dockerfile: str = "Dockerfile") -> "Future[dict[str, str]]":
        """sha256 of every file a build of ``folder`` sends (its ``.dockerignore`` honoured, as the
        CLI and docker-py honour it): what a later build is compared with."""

        def call(_c) -> dict[str, str]:
            return context_digests(folder, dockerfile)

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Build"), call)

    def image_sizes(self, images: Sequence[str]) -> "Future[dict[str, int]]":
        """``{image: Size}`` for each image that exists (a step's layer is its size minus its parent's)."""

        def call(c: docker.DockerClient) -> dict[str, int]:
            out = {}
            for image in images:
                try:
                    out[image] = int(c.api.inspect_image(image).get("Size") or 0)
                except _not_found():
                    continue
            return out

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read layers"), call)

    def image_id(self, reference: str) -> "Future[str]":
        """The id ``reference`` names now, or ``""`` when it names nothing."""

        def call(c: docker.DockerClient) -> str:
            try:
                return str(c.api.inspect_image(reference)["Id"])
            except _not_found():
                return ""

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read layers"), call)

    def tag(self, image: str, reference: str) -> Future:
        """``docker tag IMAGE REFERENCE``."""
        from desktop.lifecycle.references import split_reference

        repository, tag = split_reference(reference)
        return self.submit(QT_TRANSLATE_NOOP("Engine", "Tag"),
                           lambda c: c.api.tag(image, repository, tag or "latest", force=True))

    def transfer(self, direction: str, reference: str, on_progress: Callable[[dict], None] | None = None,
                 cancel: "BuildCancel | None" = None) -> "Future[dict]":
        """``docker pull`` or ``docker push`` (``direction``) of ``reference``, with per-layer progress.

        Each progress object the daemon streams (``{"id", "status", "progressDetail"}``) goes to
        ``on_progress`` on the worker thread. The result: ``{"reference", "digest", "image",
        "diff_ids"}`` (the pulled or pushed image's id and its layers, oldest first). On its own
        connection, so ``cancel`` stops it as it stops a build.
        """
        from desktop.lifecycle.references import split_reference

        handle = cancel if cancel is not None else BuildCancel()
        repository, tag = split_reference(reference)
        operation = QT_TRANSLATE_NOOP("Engine", "Pull") if direction == "pull" else QT_TRANSLATE_NOOP("Engine", "Push")

        def call(_shared: docker.DockerClient) -> dict:
            c = open_client(self.endpoint, version=self._api_version, timeout=None)
            c.api.hooks["response"].append(handle.keep)
            try:
                return _run(c)
            except Exception:
                if handle.cancelled:
                    raise EngineFailure(CANCELLED_TRANSFER) from None
                raise
            finally:
                c.close()

        def _run(c: docker.DockerClient) -> dict:
            import docker.errors

            digest = ""
            try:
                if direction == "pull":
                    stream = c.api.pull(repository, tag=tag or "latest", stream=True, decode=True)
                else:
                    stream = c.api.push(repository, tag=tag or "latest", stream=True, decode=True)
                for item in stream:
                    if handle.cancelled:
                        raise EngineFailure(CANCELLED_TRANSFER)
                    if self._closed:
                        raise EngineFailure(STOPPED)
                    if not isinstance(item, dict):
                        continue
                    if item.get("error"):
                        raise EngineFailure(registry_error(str(item["error"]), reference, direction))
                    status = str(item.get("status") or "")
                    if status.startswith("Digest: "):
                        digest = status.split(" ", 1)[1].strip()
                    aux = item.get("aux")
                    if isinstance(aux, dict) and aux.get("Digest"):
                        digest = str(aux["Digest"])
                    if on_progress is not None:
                        on_progress(item)
            except docker.errors.APIError as exc:
                if handle.cancelled or exc.response is None or (exc.status_code == 404 and direction == "push"):
                    raise
                raise EngineFailure(registry_error(str(exc.explanation or exc), reference, direction)) from None
            inspect = c.api.inspect_image(repository if "@" in repository else f"{repository}:{tag or 'latest'}")
            diff_ids = tuple((inspect.get("RootFS") or {}).get("Layers") or ())
            chains = chain_ids(diff_ids)
            return {"reference": reference, "digest": digest, "image": inspect["Id"], "diff_ids": diff_ids,
                    "chain_ids": chains, "repo_digests": tuple(inspect.get("RepoDigests") or ()),
                    "sharers": self._sharers(c, inspect["Id"], set(chains))}

        return self.submit(operation, call)

    def sharers(self, image_id: str, chains: Sequence[str]) -> "Future[dict[str, list[str]]]":
        """chain id → names of the other local images (``docker images``) whose layers include it."""

        def call(c: docker.DockerClient) -> dict[str, list[str]]:
            return self._sharers(c, image_id, set(chains))

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read layers"), call)

    def _chain_of(self, c: docker.DockerClient, image_id: str) -> tuple[str, ...] | None:
        """An image's chain ids (cached: ids are content addresses); None when it is gone."""
        known = self._chains.get(image_id)
        if known is None:
            try:
                layers = (self._inspect_image(c, image_id).get("RootFS") or {}).get("Layers") or ()
            except _not_found():
                return None
            known = self._chains[image_id] = chain_ids(tuple(layers))
        return known

    def _sharers(self, c: docker.DockerClient, image_id: str, wanted: set[str]) -> dict[str, list[str]]:
        """chain id → names of the *other* local images whose layer stacks hold it."""
        out: dict[str, list[str]] = {}
        for row in c.api.images():
            other = row.get("Id") or ""
            if other == image_id:
                continue
            chains = self._chain_of(c, other)
            if chains is None:
                continue
            names = [t for t in (row.get("RepoTags") or ()) if t != "<none>:<none>"]
            name = names[0] if names else other.split(":", 1)[-1][:12]
            for chain in wanted.intersection(chains):
                out.setdefault(chain, []).append(name)
        return out

    # -- layers (appended for the layer explorer) ---------------------------------------------------
    def layer_history(self, image: str) -> "Future[dict]":
        """Everything the layers view needs about one image, in one worker call.

        The history has no empty-layer flag. Most rows settle it themselves (a size above zero, a
        ``#(nop)`` metadata line, a classic COPY/ADD); for the others -- zero-byte RUN, WORKDIR,
        commit rows -- this reads the layer count (``len(RootFS.Layers)``) of the local image the
        row names and of the row below: equal counts mean the step made no layer. That is exact,
        and costs an ``inspect`` only where history alone cannot tell. Image ids are content
        addresses, so counts are cached for the life of the engine: images built from a common
        base pay for their shared rows once.

        Args:
            image: Image name, tag or id.

        Returns:
            A future of a dict: ``id``, ``tags``, ``history`` (rows newest first, as the API gives
            them), ``diff_ids`` (oldest first), ``size``, ``row_layer_counts`` (newest first;
            ``None`` for ``<missing>`` rows and rows that did not need one) and
            ``empty_layer_flags`` (oldest first, ``None`` where the row's own evidence decides or
            nothing is known), ready for ``desktop.layers.build_image_layers``.
        """

        return self.submit(QT_TRANSLATE_NOOP("Engine", "Read layers"), lambda c: self._layer_history(c, image))

    def _layer_history(self, c: docker.DockerClient, image: str) -> dict:
        if True:
            inspect = self._inspect_image(c, image)
            image_id = inspect["Id"]
            history = self._history(c, image_id)
            diff_ids = tuple((inspect.get("RootFS") or {}).get("Layers") or ())
            wanted = _rows_needing_counts(history)
            counts = [
                self._row_layer_count(c, row.get("Id"), image_id, len(diff_ids)) if i in wanted else None
                for i, row in enumerate(history)
            ]
            return {
                "id": image_id,
                "tags": tuple(t for t in (inspect.get("RepoTags") or ()) if t != "<none>:<none>"),
                "history": tuple(dict(r) for r in history),
                "diff_ids": diff_ids,
                "size": int(inspect.get("Size") or 0),
                "row_layer_counts": tuple(counts),
                "empty_layer_flags": tuple(_empty_layer_flags(counts)),
            }

    def _row_layer_count(self, client: docker.DockerClient, row_id: str | None, image_id: str, own: int) -> int | None:
        """``len(RootFS.Layers)`` of the image a history row names; ``None`` when it is not local."""
        if not row_id or row_id == "<missing>":
            return None
        if row_id == image_id:
            return own
        cache = self._layer_counts
        count = cache.get(row_id)
        if count is None:
            try:
                count = len((self._inspect_image(client, row_id).get("RootFS") or {}).get("Layers") or ())
            except _not_found():
                return None  # the parent image went away meanwhile: that row stays unknown
            if len(cache) < 200_000:
                cache[row_id] = count
        return count

    def containers(self) -> "Future[tuple[ContainerRecord, ...]]":
        """One listing of every container (``docker ps -a``), e.g. for an export without a window."""
        from .watcher import list_containers

        return self.submit(QT_TRANSLATE_NOOP("Engine", "List containers"), list_containers)


def _post_noting_304(
    client: docker.DockerClient, path: str, container: str, operation: str, params: dict | None = None,
    timeout: float | None = None,
) -> None:
    """POST a start/stop. docker-py returns quietly on 304 (already running/stopped) and no event
    follows, so the user would see nothing happen; report it instead."""
    api = client.api
    kwargs = {"params": params or {}}
    if timeout is not None:
        kwargs["timeout"] = timeout
    res = api._post(api._url(path, container), **kwargs)
    if res.status_code == 304:
        message = QT_TRANSLATE_NOOP("EngineErrors", "{what}: nothing to do.").format(what=operation)
        raise EngineFailure(EngineError("not_modified", message, status_code=304))
    api._raise_for_status(res)


def context_digests(folder: str, dockerfile: str = "Dockerfile") -> dict[str, str]:
    """sha256 of each file of the build context ``folder`` (``.dockerignore`` applied)."""
    import os

    from docker.utils.build import exclude_paths

    from desktop.layers.build_records import digest_files

    patterns: list[str] = []
    ignore = os.path.join(folder, ".dockerignore")
    if os.path.exists(ignore):
        with open(ignore, encoding="utf-8", errors="replace") as f:
            patterns = [ln.strip() for ln in f.read().splitlines() if ln.strip() and not ln.strip().startswith("#")]
    paths = sorted(exclude_paths(folder, patterns, dockerfile=dockerfile))
    return digest_files(folder, paths)


def _context_tar(dockerfile: str, files: Mapping[str, "bytes | str | os.PathLike[str]"]) -> io.BytesIO:
    """A build context holding the Dockerfile and any extra files, as the API wants it (a tar).

    An extra file is its content (bytes) or a path on this machine: a file, or a folder taken whole
    (read here, on the worker thread)."""
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in {"Dockerfile": dockerfile.encode(), **dict(files)}.items():
            if isinstance(data, (bytes, bytearray)):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.add(os.fspath(data), arcname=name, recursive=True)
    buf.seek(0)
    return buf


def added_files_digests(files: Mapping[str, "bytes | str | os.PathLike[str]"]) -> dict[str, str]:
    """sha256 of each file added to a typed Dockerfile's context (a folder's files one by one), named
    as the context names them: what the next build of the same tag is compared with."""
    import hashlib

    from desktop.layers.build_records import digest_files

    out: dict[str, str] = {}
    for name, data in files.items():
        if isinstance(data, (bytes, bytearray)):
            out[name] = hashlib.sha256(data).hexdigest()
            continue
        path = Path(os.fspath(data))
        if path.is_dir():
            rels = sorted(str(p.relative_to(path)) for p in path.rglob("*"))
            out.update({f"{name}/{rel}": digest for rel, digest in digest_files(path, rels).items()})
        else:
            out.update({name: digest for digest in digest_files(path.parent, [path.name]).values()})
    return out


def _rows_needing_counts(history: Sequence[Mapping[str, Any]]) -> set[int]:
    """Indexes (newest first, like ``history``) of the rows whose layer count settles a doubt.

    A row whose own evidence is uncertain needs its count and the count of the row below it.
    """
    from desktop.layers import layer_evidence  # pure: no Qt, no docker

    wanted: set[int] = set()
    for i, row in enumerate(history):
        evidence = layer_evidence(str(row.get("CreatedBy") or ""), int(row.get("Size") or 0), str(row.get("Comment") or ""))
        if evidence is None:
            wanted.add(i)
            if i + 1 < len(history):
                wanted.add(i + 1)  # the row below (older)
    return wanted


def _empty_layer_flags(row_layer_counts: Sequence[int | None]) -> list[bool | None]:
    """Exact empty-layer flags (oldest first) from per-row layer counts (newest first)."""
    from desktop.layers import empty_layer_flags_from_counts  # pure: no Qt, no docker

    return empty_layer_flags_from_counts(row_layer_counts)


def chain_ids(diff_ids):
    """``desktop.layers.model.chain_ids``, imported at the first call (the layers package is not
    needed to open the window)."""
    from desktop.layers.model import chain_ids as compute

    return compute(diff_ids)


def _not_found():
    import docker.errors

    return docker.errors.NotFound
