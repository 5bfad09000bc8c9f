"""Keep a live picture of the daemon: subscribe to events, list, then follow; reconnect when it goes.

Two threads, each named ``lcx-*``:

* the *reader* owns the event stream and its own client. It subscribes with ``since`` set to the
  daemon's clock *before* listing, so nothing can happen unseen between the listing and the
  subscription; then it only decodes events and hands them over (the daemon drops events for a
  subscriber that reads too slowly).
* the *processor* turns events into records (one ``inspect`` per container touched, one image
  listing per batch of image events) and calls the listener. Every listener call comes from this
  one thread, in order, so a snapshot can never overtake the events that follow it.

When the stream ends and we did not ask for it, the daemon went away: the watcher reports
``unreachable`` and retries with backoff (or at once on ``retry_now``), then resyncs from a full
listing.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence


from desktop.text import QT_TRANSLATE_NOOP

from .endpoint import Endpoint, open_client
from .errors import EngineError, describe_exception
from .records import (
    ContainerRecord,
    DaemonEvent,
    DaemonInfo,
    ImageRecord,
    Snapshot,
    parse_daemon_time_ns,
    since_cursor,
)

if TYPE_CHECKING:  # imported by the reader thread when it first connects, not at start-up
    import docker

log = logging.getLogger(__name__)

#: Seconds between reconnection attempts: quick at first, then every 8 s.
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0)
#: A connection that lasted this long was real: its loss starts the backoff from the beginning.
STABLE_AFTER = 5.0
#: While connected, the daemon is pinged this often (seconds) on a thread of its own: an event stream
#: that is merely quiet and one whose daemon is frozen (SIGSTOP, overload) look the same otherwise.
HEARTBEAT_EVERY = 2.0
#: A ping not answered within this many seconds: the daemon is not answering.
HEARTBEAT_TIMEOUT = 2.5
_IMAGE_CHANGING = {"commit"}  # container actions that create an image
#: Actions whose event alone says the container's new status: shown at once, without an inspect
#: (a burst of pauses is then drawn as fast as the daemon reports it, and a short pause is never missed).
_STATUS_FROM_EVENT = {"pause": "paused", "unpause": "running"}
#: Container actions that never change its state: no need to inspect after them.
_STILL = {
    "top", "exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach", "resize",
    "archive-path", "extract-to-dir", "export", "copy", "commit", "health_status",
}


@dataclass(frozen=True)
class ConnectionState:
    """Where the watcher stands: ``connecting``, ``connected``, ``unresponsive`` (connected, but the
    daemon stopped answering), ``unreachable`` or ``stopped``."""

    status: str
    address: str
    info: DaemonInfo | None = None
    error: EngineError | None = None
    retry_in: float | None = None
    attempt: int = 0

    @property
    def connected(self) -> bool:
        return self.status == "connected"


class Listener(Protocol):
    """What the watcher reports to. All calls come from the processor thread."""

    def connection_changed(self, state: ConnectionState) -> None: ...
    def snapshot_taken(self, snapshot: Snapshot) -> None: ...
    def events_arrived(self, events: Sequence[DaemonEvent]) -> None: ...
    def container_changed(self, record: ContainerRecord) -> None: ...
    def container_removed(self, container_id: str) -> None: ...
    def container_statuses(self, statuses: Sequence[tuple[str, str]]) -> None:
        """``(container id, new status)`` pairs the events themselves said (pause, unpause), in one call."""
    def images_replaced(self, images: Sequence[ImageRecord]) -> None: ...


def daemon_info(client: docker.DockerClient, endpoint: Endpoint, info: dict | None = None) -> DaemonInfo:
    info = info if info is not None else client.api.info()
    version = client.api.version()
    status = dict((k, v) for k, v in (info.get("DriverStatus") or []) if isinstance(k, str))
    containerd = "io.containerd.snapshotter" in str(status.get("driver-type", ""))
    return DaemonInfo(
        address=endpoint.base_url,
        context=endpoint.context,
        engine_version=version.get("Version", "?"),
        api_version=client.api.api_version,
        os=info.get("OperatingSystem", ""),
        storage_driver=info.get("Driver", ""),
        containerd_store=containerd,
        name=info.get("Name", ""),
    )


def list_containers(client: docker.DockerClient) -> tuple[ContainerRecord, ...]:
    return tuple(ContainerRecord.from_summary(d) for d in client.api.containers(all=True))


def list_images(client: docker.DockerClient) -> tuple[ImageRecord, ...]:
    return tuple(ImageRecord.from_summary(d) for d in client.api.images())


class EventWatcher:
    """Owns the event stream; see the module docstring for the threads and their duties."""

    def __init__(self, endpoint: Endpoint, listener: Listener, backoff: Sequence[float] = BACKOFF):
        self._endpoint = endpoint
        self._listener = listener
        self._backoff = tuple(backoff)
        self._queue: queue.Queue = queue.Queue()
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._stream = None
        self._reader_client: docker.DockerClient | None = None
        self._reader = threading.Thread(target=self._read_loop, name="lcx-events", daemon=True)
        self._processor = threading.Thread(target=self._process_loop, name="lcx-event-proc", daemon=True)
        self._heartbeat = threading.Thread(target=self._heartbeat_loop, name="lcx-heartbeat", daemon=True)
        self._connected_info: DaemonInfo | None = None  # set while the stream is followed
        self.api_version: str | None = None
        self.heartbeat_every = HEARTBEAT_EVERY
        self.heartbeat_timeout = HEARTBEAT_TIMEOUT

    # -- control (any thread) -------------------------------------------------------------------
    def start(self) -> None:
        self._processor.start()
        self._reader.start()
        self._heartbeat.start()

    def retry_now(self) -> None:
        """Skip the rest of the backoff wait and try to connect at once."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Close the stream, stop both threads, and wait for them. True when both ended in time."""
        self._stopping.set()
        self._wake.set()
        with self._lock:
            stream, client = self._stream, self._reader_client
        if stream is not None:
            try:
                stream.close()
            except Exception:  # ssh:// streams raise on close; the flag still ends the loop
                log.debug("closing the event stream failed", exc_info=True)
        if client is not None:
            try:
                client.close()
            except Exception:
                pass
        self._queue.put(("stop", None))
        deadline = time.monotonic() + timeout
        threads = (self._reader, self._processor, self._heartbeat)
        for t in threads:
            if t.is_alive():
                t.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in threads)

    # -- heartbeat thread -----------------------------------------------------------------------
    def _heartbeat_loop(self) -> None:
        """Ping while connected; say so when the daemon stops answering, and resync when it is back.

        A frozen daemon keeps its sockets open, so the event stream does not end: only an unanswered
        request shows it. The state goes straight to the listener (the processor may itself be stuck
        in a call to the frozen daemon); when the daemon answers again, the stream is closed so the
        reader reconnects and lists everything afresh, and the listener learns what changed meanwhile.
        """
        client: docker.DockerClient | None = None
        unresponsive = False
        try:
            while not self._stopping.wait(self.heartbeat_every):
                info = self._connected_info
                if info is None:
                    unresponsive = False
                    continue
                try:
                    if client is None:
                        client = open_client(self._endpoint, version=self.api_version, timeout=self.heartbeat_timeout)
                    client.api.ping()
                except Exception as exc:
                    if client is not None:
                        try:
                            client.close()
                        except Exception:
                            pass
                        client = None
                    if not unresponsive and self._connected_info is not None and not self._stopping.is_set():
                        unresponsive = True
                        error = EngineError(
                            "unresponsive",
                            QT_TRANSLATE_NOOP("Engine", "The daemon at {address} is not answering: it may be frozen "
                                              "or overloaded.").format(address=self._endpoint.description),
                            QT_TRANSLATE_NOOP("Engine", "What you asked for meanwhile may still happen when it "
                                              "answers again; the app will show it then."),
                            detail=f"{type(exc).__name__}: {exc}",
                        )
                        self._listener.connection_changed(
                            ConnectionState("unresponsive", self._endpoint.description, info=info, error=error))
                    continue
                if unresponsive:
                    unresponsive = False
                    self._resync()
        finally:
            if client is not None:
                client.close()

    def _resync(self) -> None:
        """End the current stream: the reader reconnects at once and lists everything again."""
        with self._lock:
            stream = self._stream
        self._wake.set()
        if stream is not None:
            try:
                stream.close()
            except Exception:
                log.debug("closing the event stream for a resync failed", exc_info=True)

    # -- reader thread ----------------------------------------------------------------------------
    def _read_loop(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            self._wake.clear()  # a Retry pressed from here on cuts the next wait short
            self._queue.put(("state", ConnectionState("connecting", self._endpoint.description, attempt=attempt)))
            started = time.monotonic()
            error, was_connected = self._follow_once()
            if self._stopping.is_set():
                break
            # A fresh outage starts the backoff again; a daemon that accepts and drops at once does not.
            stayed = was_connected and time.monotonic() - started > STABLE_AFTER
            attempt = 1 if stayed else attempt + 1
            delay = self._backoff[min(attempt - 1, len(self._backoff) - 1)]
            self._queue.put(
                ("state", ConnectionState("unreachable", self._endpoint.description, error=error, retry_in=delay, attempt=attempt))
            )
            self._wake.wait(delay)

    def _follow_once(self) -> tuple[EngineError | None, bool]:
        """Connect, subscribe, list, then follow until the stream ends.

        Returns why it ended, and whether it had been connected.
        """
        client = None
        connected = False
        try:
            client = open_client(self._endpoint, version=self.api_version, timeout=10)
            with self._lock:
                self._reader_client = client
            if self._stopping.is_set():
                return None, connected
            raw_info = client.api.info()
            since = since_cursor(parse_daemon_time_ns(raw_info.get("SystemTime", "")))
            stream = client.api.events(since=since, decode=True)
            with self._lock:
                self._stream = stream
            # A rejected subscription (a proxy refusing /events, say) only raises on the first read
            # in docker-py: check the answer now, before telling anyone we are connected.
            response = getattr(stream, "_response", None)
            if response is not None and response.status_code >= 400:
                client.api._raise_for_status(response)
            if self._stopping.is_set():
                return None, connected
            info = daemon_info(client, self._endpoint, raw_info)
            self.api_version = info.api_version
            snapshot = Snapshot(info, list_containers(client), list_images(client))
            self._queue.put(("connected", info))
            self._queue.put(("snapshot", snapshot))
            self._queue.put(("state", ConnectionState("connected", self._endpoint.description, info=info)))
            connected = True
            self._connected_info = info
            for raw in stream:
                if self._stopping.is_set():
                    break
                if isinstance(raw, dict):
                    self._queue.put(("event", DaemonEvent.from_api(raw)))
            if self._stopping.is_set():
                return None, connected
            return describe_exception(ConnectionError("the event stream ended"), self._endpoint, QT_TRANSLATE_NOOP("Engine", "Following the daemon")), connected
        except Exception as exc:
            if self._stopping.is_set():
                return None, connected
            return describe_exception(exc, self._endpoint, QT_TRANSLATE_NOOP("Engine", "Connecting to Docker")), connected
        finally:
            self._connected_info = None
            with self._lock:
                self._stream = None
                self._reader_client = None
            if client is not None:
                try:
                    client.close()
                except Exception:
                    pass

    # -- processor thread -------------------------------------------------------------------------
    def _process_loop(self) -> None:
        client: docker.DockerClient | None = None
        try:
            while True:
                batch = [self._queue.get()]
                while len(batch) < 500:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                pending: list[DaemonEvent] = []
                for kind, payload in batch:
                    if kind == "event":
                        pending.append(payload)
                        continue
                    if pending:
                        self._apply_events(client, pending)
                        pending = []
                    if kind == "stop":
                        return
                    try:
                        if kind == "connected":
                            if client is not None:
                                client.close()
                            client = None
                            client = open_client(self._endpoint, version=payload.api_version, timeout=10)
                        elif kind == "snapshot":
                            self._listener.snapshot_taken(payload)
                        elif kind == "state":
                            self._listener.connection_changed(payload)
                    except Exception:  # one bad message must not end live updates
                        log.exception("the event processor could not handle %s", kind)
                if pending and not self._stopping.is_set():
                    self._apply_events(client, pending)
        finally:
            if client is not None:
                client.close()
            if self._stopping.is_set():
                self._listener.connection_changed(ConnectionState("stopped", self._endpoint.description))

    def _apply_events(self, client: docker.DockerClient | None, events: list[DaemonEvent]) -> None:
        try:
            self._apply(client, events)
        except Exception:
            log.exception("the event processor could not apply %d events", len(events))

    def _apply(self, client: docker.DockerClient | None, events: list[DaemonEvent]) -> None:
        self._listener.events_arrived(tuple(events))
        touched: dict[str, str] = {}
        event_only: dict[str, bool] = {}
        images_changed = False
        for ev in events:
            if ev.type == "container":
                if ev.base_action in _IMAGE_CHANGING:
                    images_changed = True
                if ev.base_action in _STILL:
                    continue
                touched.pop(ev.actor_id, None)  # keep the order of the *last* event per container
                touched[ev.actor_id] = ev.base_action
                # The event alone tells the status only when nothing else happened to it in the batch.
                event_only[ev.actor_id] = event_only.get(ev.actor_id, True) and ev.base_action in _STATUS_FROM_EVENT
            elif ev.type == "image":
                images_changed = True
        if client is None:
            return
        # What the events say by themselves goes first, all in one call (a burst of 50 pauses is
        # one delivery to the GUI thread); then what needs an inspect, one container at a time.
        statuses: list[tuple[str, str]] = []
        to_inspect: list[str] = []
        for cid, last in touched.items():
            if last == "destroy":
                if statuses:
                    self._listener.container_statuses(statuses)
                    statuses = []
                self._listener.container_removed(cid)
            elif event_only.get(cid) and last in _STATUS_FROM_EVENT:
                statuses.append((cid, _STATUS_FROM_EVENT[last]))
            else:
                to_inspect.append(cid)
        if statuses:
            self._listener.container_statuses(statuses)
        for cid in to_inspect:
            if self._stopping.is_set():
                return
            try:
                record = ContainerRecord.from_inspect(client.api.inspect_container(cid))
            except _not_found():
                self._listener.container_removed(cid)
                continue
            except Exception:
                log.debug("inspect after an event failed", exc_info=True)
                continue
            self._listener.container_changed(record)
        if images_changed and not self._stopping.is_set():
            try:
                self._listener.images_replaced(list_images(client))
            except Exception:
                log.debug("listing images after an event failed", exc_info=True)


def _not_found():
    import docker.errors

    return docker.errors.NotFound
