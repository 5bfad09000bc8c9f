"""Long readings of the daemon: a container's logs and its resource statistics, followed live.

Each stream runs on a thread of its own with a client of its own (a follow can last for hours; the
request/response workers must stay free), and ``stop()`` ends it from any thread by shutting its
connection down. What a stream reads is handed over in batches to a callback on its thread; the
GUI takes the batches on a timer, so a container printing as fast as it can costs the window one
short drain per tick, never one call per line.
"""

from __future__ import annotations

import logging
import queue
import struct
import threading
import time
from typing import Any, Callable

from desktop.text import QT_TRANSLATE_NOOP

from .endpoint import Endpoint, open_client
from .engine import BuildCancel
from .errors import describe_exception

log = logging.getLogger(__name__)

#: Kinds of a log line (one byte each in the log model).
STDOUT, STDERR, NOTE = 0, 1, 2
_HEADER = struct.Struct(">BxxxL")


class LogDecoder:
    """Turns the bytes of ``GET /containers/{id}/logs`` into lines and their streams.

    A container without a TTY sends frames: an 8-byte header (stream 1 = stdout, 2 = stderr, then
    the payload's length, big-endian) and the payload. A TTY container sends its terminal's bytes
    as they are (all of it is "stdout"). A line may be split over frames or reads; the unfinished
    end of each stream waits for the rest. Carriage returns (progress bars redrawn in place) keep
    the last redraw only, as a terminal would show it.
    """

    def __init__(self, tty: bool):
        self.tty = tty
        self._buffer = b""
        self._partial = {STDOUT: b"", STDERR: b""}

    def feed(self, data: bytes) -> tuple[list[str], bytearray]:
        texts: list[str] = []
        kinds = bytearray()
        if self.tty:
            self._lines(STDOUT, data, texts, kinds)
            return texts, kinds
        buffer = self._buffer + data if self._buffer else data
        end = len(buffer)
        pos = 0
        unpack = _HEADER.unpack_from
        while end - pos >= 8:
            stream, size = unpack(buffer, pos)
            if end - pos - 8 < size:
                break
            start = pos + 8
            pos = start + size
            kind = STDERR if stream == 2 else STDOUT
            payload = buffer[start:pos]
            if payload.endswith(b"\n") and not self._partial[kind] and payload.count(b"\n") == 1:
                # The common case: the daemon sends each logged line as one frame.
                texts.append(_text(payload[:-1]))
                kinds.append(kind)
            else:
                self._lines(kind, payload, texts, kinds)
        self._buffer = buffer[pos:]
        return texts, kinds

    def _lines(self, kind: int, data: bytes, texts: list[str], kinds: bytearray) -> None:
        data = self._partial[kind] + data if self._partial[kind] else data
        parts = data.split(b"\n")
        self._partial[kind] = parts.pop()
        for part in parts:
            texts.append(_text(part))
        kinds.extend(bytes([kind]) * len(parts))

    def flush(self) -> tuple[list[str], bytearray]:
        """The unfinished lines at the stream's end."""
        texts: list[str] = []
        kinds = bytearray()
        for kind in (STDOUT, STDERR):
            if self._partial[kind]:
                texts.append(_text(self._partial[kind]))
                kinds.append(kind)
                self._partial[kind] = b""
        return texts, kinds


def _text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    if "\r" in text:
        # The daemon's timestamp comes first ("2024-05-01T10:11:12.1Z text"): keep it, redraw the rest.
        stamp, space, rest = text.partition(" ")
        if not (space and stamp[:1].isdigit() and "T" in stamp):
            stamp, space, rest = "", "", text
        rest = rest.rstrip("\r")
        if "\r" in rest:
            rest = rest.rsplit("\r", 1)[-1]
        text = stamp + space + rest
    return text


#: How long the helper that starts stream threads waits for more before it ends (seconds).
STARTER_IDLE_S = 1.0
_starts: "queue.SimpleQueue[threading.Thread]" = queue.SimpleQueue()
_starter: threading.Thread | None = None
_starter_lock = threading.Lock()


def _start_soon(thread: threading.Thread) -> None:
    """Start ``thread`` from a helper thread, without waiting for it.

    ``Thread.start()`` returns only once the new thread has run; on a busy machine that can take tens
    of milliseconds, and the caller is usually the GUI thread (a dozen sparklines opening at once).
    """
    global _starter
    _starts.put(thread)
    with _starter_lock:
        if _starter is None:
            _starter = threading.Thread(target=_run_starts, name="lcx-stream-starter", daemon=True)
            _starter.start()


def _run_starts() -> None:
    global _starter
    while True:
        try:
            thread = _starts.get(timeout=STARTER_IDLE_S)
        except queue.Empty:
            with _starter_lock:
                if _starts.empty():  # idle: end, and the next start makes a new helper
                    _starter = None
                    return
            continue
        try:
            thread.start()
        except RuntimeError:  # the interpreter is shutting down
            log.debug("stream thread not started", exc_info=True)


class Follow:
    """One live reading on its own thread: ``start()``, then ``stop()`` from anywhere.

    ``on_error(EngineError)`` is called (on the stream's thread) when the reading fails for a reason
    other than being stopped; ``on_end()`` when it ends by itself (the container stopped, or a
    one-off read finished).
    """

    def __init__(self, name: str, run: Callable[["Follow", Any], None], endpoint: Endpoint, api_version: str | None,
                 on_error: Callable[[Any], None] | None = None, on_end: Callable[[], None] | None = None,
                 operation: Any = ""):
        self.name = name
        self._operation = operation
        self._run = run
        self._endpoint = endpoint
        self._version = api_version
        self._handle = BuildCancel()
        self._on_error = on_error
        self._on_end = on_end
        self._thread = threading.Thread(target=self._main, name=f"lcx-{name}", daemon=True)

    @property
    def stopped(self) -> bool:
        return self._handle.cancelled

    @property
    def ended(self) -> bool:
        """Its thread has finished (stopped, failed or run to its end)."""
        return self._thread.ident is not None and not self._thread.is_alive()

    def start(self) -> "Follow":
        """Begin reading; returns at once (the thread is started by a helper, see ``_start_soon``)."""
        _start_soon(self._thread)
        return self

    def stop(self) -> None:
        self._handle.cancel()

    def join(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._thread.ident is None:  # not started by the helper yet
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        self._thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return not self._thread.is_alive()

    def _main(self) -> None:
        client = None
        try:
            if self.stopped:
                return
            client = open_client(self._endpoint, version=self._version)  # calls before the stream time out
            client.api.hooks["response"].append(self._handle.keep)
            self._run(self, client)
            if not self.stopped and self._on_end is not None:
                self._on_end()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            if self.stopped:
                return
            log.debug("%s ended", self.name, exc_info=True)
            if self._on_error is not None:
                self._on_error(describe_exception(exc, self._endpoint, self._operation))
        finally:
            if client is not None:
                try:
                    client.close()
                except Exception:  # noqa: BLE001
                    pass


def _chunks(response):
    """The body's pieces as the daemon flushes them (not waiting for a full buffer)."""
    raw = response.raw
    if getattr(raw, "chunked", False):
        yield from raw.read_chunked(None, decode_content=False)
        return
    while True:
        data = raw.read1(65536) if hasattr(raw, "read1") else raw.read(4096)
        if not data:
            return
        yield data


def follow_logs(endpoint: Endpoint, api_version: str | None, container: str, *,
                deliver: Callable[[list[str], bytearray], None], tail: int | None = 1000, since: str | None = None,
                follow: bool = True, on_error=None, on_end=None) -> Follow:
    """Read a container's logs (with timestamps, so they can be shown on demand) and, with ``follow``,
    keep reading until the container stops or ``stop()`` is called. ``deliver(texts, kinds)`` gets
    each piece's lines on the stream's thread; each text starts with its RFC 3339 timestamp and a space.
    """

    def run(f: Follow, c) -> None:
        api = c.api
        tty = bool(api.inspect_container(container)["Config"].get("Tty"))
        params: dict[str, Any] = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": int(follow),
                                  "tail": "all" if tail is None else str(max(0, int(tail)))}
        if since:
            params["since"] = since
        response = api._get(api._url("/containers/{0}/logs", container), params=params, stream=True, timeout=None)
        api._raise_for_status(response)
        decoder = LogDecoder(tty)
        for data in _chunks(response):
            if f.stopped:
                return
            texts, kinds = decoder.feed(data)
            if texts:
                deliver(texts, kinds)
        texts, kinds = decoder.flush()
        if texts and not f.stopped:
            deliver(texts, kinds)

    return Follow(f"logs-{container[:12]}", run, endpoint, api_version, on_error, on_end,
                  QT_TRANSLATE_NOOP("Engine", "Reading the logs"))


def follow_stats(endpoint: Endpoint, api_version: str | None, container: str, *,
                 deliver: Callable[[dict], None], on_error=None, on_end=None) -> Follow:
    """``docker stats`` for one container: ``deliver(sample)`` about once a second, each sample the
    daemon's JSON (with ``precpu_stats``, the sample before it)."""

    def run(f: Follow, c) -> None:
        api = c.api
        response = api._get(api._url("/containers/{0}/stats", container), params={"stream": True}, stream=True,
                            timeout=None)
        api._raise_for_status(response)
        for sample in api._stream_helper(response, decode=True):
            if f.stopped:
                return
            deliver(sample)

    return Follow(f"stats-{container[:12]}", run, endpoint, api_version, on_error, on_end,
                  QT_TRANSLATE_NOOP("Engine", "Reading the resource use"))
