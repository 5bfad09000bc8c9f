"""Small JSON reads on the local socket without docker-py's per-request cost.

Reading every image's layers is two small GETs per image (``inspect`` and ``history``), hundreds of
them. Through docker-py each one builds a ``requests`` request, runs the adapter and urllib3, and
parses the answer: about a millisecond of Python per call, holding the interpreter the window also
needs, more than the daemon takes to answer. This reader keeps one HTTP/1.1 connection per worker
thread on the daemon's unix socket and uses the standard library's ``http.client``: the same
requests, about half the work. It is used only for unix-socket endpoints and only for GETs of JSON;
everything else goes through docker-py as before.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
from typing import Any
from urllib.parse import quote, urlencode

from .endpoint import CALL_TIMEOUT


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


class FastReader:
    """``get_json("/images/{0}/json", ref)`` on the daemon's unix socket, one connection per thread."""

    def __init__(self, socket_path: str, timeout: float = CALL_TIMEOUT):
        self._path = socket_path
        self._timeout = timeout
        self._local = threading.local()
        self._all: set[_UnixConnection] = set()
        self._lock = threading.Lock()
        self._closed = False

    def _connection(self) -> _UnixConnection:
        if self._closed:
            raise ConnectionError("the reader is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _UnixConnection(self._path, self._timeout)
            self._local.conn = conn
            with self._lock:
                if self._closed:
                    raise ConnectionError("the reader is closed")
                self._all.add(conn)
        return conn

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with self._lock:
                self._all.discard(conn)
            conn.close()

    def get_json(self, version: str, path: str, *args: str, params: dict | None = None) -> Any:
        """GET ``/v{version}{path}`` (``{0}``… filled with the quoted ``args``); the decoded answer.

        A 404 raises docker-py's ``NotFound`` and any other error status its ``APIError``, with the
        daemon's message, so callers handle both paths alike."""
        url = f"/v{version}" + path.format(*(quote(a, safe="/:@") for a in args))
        if params:
            url += "?" + urlencode(params)
        for attempt in (0, 1):
            conn = self._connection()
            try:
                conn.request("GET", url, headers={"Host": "docker"})
                response = conn.getresponse()
                body = response.read()
                break
            except (http.client.HTTPException, ConnectionError, BrokenPipeError) as exc:
                # A kept-alive connection the daemon closed meanwhile: once more on a new one.
                self._drop()
                if attempt or self._closed:
                    raise ConnectionError(f"the daemon closed the connection: {exc}") from exc
            except OSError:
                self._drop()
                raise
        if response.status == 200:
            return json.loads(body)
        import docker.errors

        try:
            message = json.loads(body).get("message") or body.decode(errors="replace")
        except ValueError:
            message = body.decode(errors="replace")
        from types import SimpleNamespace

        answer = SimpleNamespace(status_code=response.status, reason=response.reason, url=url, text=message)
        if response.status == 404:
            raise docker.errors.NotFound(f"404 Client Error: Not Found ({message})", response=answer,
                                         explanation=message)
        raise docker.errors.APIError(f"{response.status} Error ({message})", response=answer, explanation=message)

    def close(self) -> None:
        """Close every connection (unblocks a read waiting on a frozen daemon)."""
        with self._lock:
            self._closed = True
            conns, self._all = self._all, set()
        for conn in conns:
            try:
                if conn.sock is not None:
                    conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
