"""Live resource use of containers, computed the way ``docker stats`` computes it.

``compute(sample)`` turns one of the daemon's stats samples into the figures ``docker stats`` prints:

- CPU %: the container's CPU time since the sample before it (``precpu_stats``), over the whole
  host's CPU time in the same interval, times the online CPUs, times 100 (so one busy core is 100 %).
- memory: usage minus the inactive file cache (``total_inactive_file`` on cgroup v1,
  ``inactive_file`` on cgroup v2), against the limit.
- network: received and sent bytes summed over the container's interfaces.
- block I/O: bytes read and written, summed over devices.

``StatsHub`` keeps one stream per container someone is looking at (the selected container's
charts, the sparklines of running containers visible in the list) and a short history of each; it
stops a stream as soon as nobody looks.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Mapping

from PySide6.QtCore import QObject, QTimer, Signal, Slot

#: Points kept per container (the stream gives about one a second).
HISTORY = 180
#: How often the GUI takes the queued samples (ms).
DRAIN_MS = 500


@dataclass(frozen=True)
class StatsPoint:
    at: float  # seconds since the epoch: when the daemon read the sample
    read: str  # the daemon's timestamp of the sample
    cpu_percent: float
    memory: float  # bytes, without the inactive file cache
    memory_limit: float
    memory_percent: float
    net_rx: int
    net_tx: int
    block_read: int
    block_write: int
    pids: int
    online_cpus: int
    primed: bool  # the sample had a sample before it (otherwise its CPU % is not known yet)


def cpu_percent(sample: Mapping[str, Any]) -> tuple[float, int, bool]:
    """CPU % as ``docker stats`` computes it on Linux, the online CPUs, and whether it could be computed."""
    cpu = sample.get("cpu_stats") or {}
    pre = sample.get("precpu_stats") or {}
    usage = (cpu.get("cpu_usage") or {}).get("total_usage") or 0
    pre_usage = (pre.get("cpu_usage") or {}).get("total_usage") or 0
    system = cpu.get("system_cpu_usage") or 0
    pre_system = pre.get("system_cpu_usage") or 0
    online = cpu.get("online_cpus") or len((cpu.get("cpu_usage") or {}).get("percpu_usage") or ()) or 0
    primed = bool(pre_system)
    cpu_delta = float(usage) - float(pre_usage)
    system_delta = float(system) - float(pre_system)
    if system_delta > 0.0 and cpu_delta > 0.0:
        return cpu_delta / system_delta * online * 100.0, online, primed
    return 0.0, online, primed


def memory_usage(memory: Mapping[str, Any]) -> float:
    """Usage without the inactive file cache (cgroup v1: ``total_inactive_file``; v2: ``inactive_file``)."""
    usage = memory.get("usage") or 0
    stats = memory.get("stats") or {}
    if "total_inactive_file" in stats and stats["total_inactive_file"] < usage:
        return float(usage - stats["total_inactive_file"])
    inactive = stats.get("inactive_file")
    if inactive is not None and inactive < usage:
        return float(usage - inactive)
    return float(usage)


_STAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?")


def stamp_seconds(stamp: str) -> float | None:
    """The daemon's RFC 3339 time (``2024-05-01T10:11:12.123456789Z``) as seconds since the epoch.

    Read by hand, not with ``time.strptime``: a second's samples of a dozen containers are read on
    the GUI thread, and strptime was most of their cost."""
    import calendar

    match = _STAMP.match(stamp) if isinstance(stamp, str) else None
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 61):
        return None
    digits = (match.group(7) or "")[:10]
    fraction = int(digits) / 10 ** len(digits) if digits else 0.0
    return calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0)) + fraction


def compute(sample: Mapping[str, Any], at: float | None = None) -> StatsPoint:
    """One sample's figures; ``at`` is when it was read (the sample's own time when it has one)."""
    cpu, online, primed = cpu_percent(sample)
    stamped = stamp_seconds(str(sample.get("read") or ""))
    if stamped is not None:
        at = stamped
    memory = sample.get("memory_stats") or {}
    used = memory_usage(memory)
    limit = float(memory.get("limit") or 0)
    rx = tx = 0
    for net in (sample.get("networks") or {}).values():
        rx += int(net.get("rx_bytes") or 0)
        tx += int(net.get("tx_bytes") or 0)
    read = write = 0
    for entry in ((sample.get("blkio_stats") or {}).get("io_service_bytes_recursive") or ()):
        op = (entry.get("op") or " ")[0]
        if op in "rR":
            read += int(entry.get("value") or 0)
        elif op in "wW":
            write += int(entry.get("value") or 0)
    return StatsPoint(
        at=time.time() if at is None else at,
        read=str(sample.get("read") or ""),
        cpu_percent=cpu,
        memory=used,
        memory_limit=limit,
        memory_percent=used / limit * 100.0 if limit else 0.0,
        net_rx=rx,
        net_tx=tx,
        block_read=read,
        block_write=write,
        pids=int((sample.get("pids_stats") or {}).get("current") or 0),
        online_cpus=online,
        primed=primed,
    )


def _scaled(size: float, base: float, units: tuple[str, ...], digits: int) -> str:
    i = 0
    while size >= base and i < len(units) - 1:
        size /= base
        i += 1
    return f"{size:.{digits}g}{units[i]}"


def bytes_size(size: float) -> str:
    """Binary units as ``docker stats`` prints memory (``1.422MiB``)."""
    return _scaled(size, 1024.0, ("B", "KiB", "MiB", "GiB", "TiB", "PiB"), 4)


def human_size(size: float) -> str:
    """Decimal units as ``docker stats`` prints network and block I/O (``2.56kB``)."""
    return _scaled(size, 1000.0, ("B", "kB", "MB", "GB", "TB", "PB"), 3)


class _Stream:
    def __init__(self):
        self.follow = None
        self.viewers = 0
        self.pending: list[dict] = []


class StatsHub(QObject):
    """Streams for the containers someone looks at; their recent points.

    Signals:
        updated(str): new points for this container id.
        ended(str): its stream ended (the container stopped, or the reading failed).
    """

    updated = Signal(str)
    ended = Signal(str)
    _stream_ended = Signal(str, object)

    def __init__(self, daemon, parent: QObject | None = None):
        super().__init__(parent)
        self._daemon = daemon
        self._streams: dict[str, _Stream] = {}
        self.history: dict[str, deque[StatsPoint]] = {}
        self.errors: dict[str, str] = {}
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        self._stream_ended.connect(self._on_stream_ended)
        daemon.container_updated.connect(self._on_container_updated)
        daemon.container_removed.connect(self._on_container_removed)
        daemon.reset.connect(self._on_daemon_reset)

    def watching(self) -> list[str]:
        """The containers with a stream open now."""
        return [cid for cid, s in self._streams.items() if s.follow is not None]

    def latest(self, container_id: str) -> StatsPoint | None:
        points = self.history.get(container_id)
        return points[-1] if points else None

    def watch(self, container_id: str) -> None:
        """Someone looks at this container's figures (pair with ``unwatch``)."""
        if not container_id:
            return
        stream = self._streams.setdefault(container_id, _Stream())
        stream.viewers += 1
        self._open(container_id)

    def unwatch(self, container_id: str) -> None:
        stream = self._streams.get(container_id)
        if stream is None:
            return
        stream.viewers -= 1
        if stream.viewers <= 0:
            self._close(container_id)
            del self._streams[container_id]

    def set_watched(self, owner: set[str], wanted: set[str]) -> set[str]:
        """Move a viewer's set of watched containers to ``wanted``; returns the new set."""
        for cid in owner - wanted:
            self.unwatch(cid)
        for cid in wanted - owner:
            self.watch(cid)
        return set(wanted)

    def shutdown(self) -> None:
        for cid in list(self._streams):
            self._close(cid)
        self._streams.clear()
        self._timer.stop()

    def _open(self, container_id: str) -> None:
        stream = self._streams[container_id]
        rec = self._daemon.containers.get(container_id)
        if stream.follow is not None or rec is None or rec.status not in ("running", "paused"):
            return
        self.errors.pop(container_id, None)
        follow = None

        def deliver(sample: dict, cid=container_id) -> None:
            with self._lock:
                s = self._streams.get(cid)
                if s is not None:
                    s.pending.append(sample)

        def ended(error=None, cid=container_id) -> None:
            try:
                self._stream_ended.emit(cid, (follow, error))
            except RuntimeError:
                pass

        follow = self._daemon.engine.follow_stats(container_id, deliver=deliver, on_error=ended, on_end=ended)
        stream.follow = follow
        follow.start()
        self._timer.start()

    def _close(self, container_id: str) -> None:
        stream = self._streams.get(container_id)
        if stream is not None and stream.follow is not None:
            stream.follow.stop()
            stream.follow = None

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            batches = {cid: s.pending for cid, s in self._streams.items() if s.pending}
            for cid in batches:
                self._streams[cid].pending = []
        now = time.time()
        for cid, samples in batches.items():
            points = self.history.setdefault(cid, deque(maxlen=HISTORY))
            for sample in samples:
                if not sample.get("read") or str(sample.get("read")).startswith("0001-"):
                    continue  # the daemon's empty sample for a container that is not running
                points.append(compute(sample, now))
            self.updated.emit(cid)
        if not any(s.follow is not None for s in self._streams.values()):
            self._timer.stop()

    @Slot(str, object)
    def _on_stream_ended(self, container_id: str, payload) -> None:
        follow, error = payload
        stream = self._streams.get(container_id)
        if stream is None or stream.follow is not follow:
            return
        stream.follow = None
        self._drain()
        if error is not None:
            from desktop.i18n import render

            self.errors[container_id] = render(error.sentence)
        self.ended.emit(container_id)

    @Slot(object, object)
    def _on_container_updated(self, rec, _previous) -> None:
        stream = self._streams.get(rec.id)
        if stream is not None and stream.viewers > 0 and stream.follow is None and rec.status in ("running", "paused"):
            self._open(rec.id)

    @Slot()
    def _on_daemon_reset(self) -> None:
        """A resync (after a reconnect): streams that ended meanwhile open again; the points of
        containers removed meanwhile go."""
        for cid in [c for c in self.history if c not in self._daemon.containers]:
            self._forget(cid)
        for cid, stream in list(self._streams.items()):
            if stream.viewers > 0 and stream.follow is None:
                self._open(cid)

    @Slot(object)
    def _on_container_removed(self, rec) -> None:
        cid = getattr(rec, "id", rec)
        self._close(cid)
        with self._lock:
            stream = self._streams.get(cid)
            if stream is not None:
                stream.pending = []
        self._forget(cid)

    def _forget(self, container_id: str) -> None:
        """A container that is gone: its points go too (containers come and go all day)."""
        self.history.pop(container_id, None)
        self.errors.pop(container_id, None)
