"""A Unix socket that accepts connections and never answers: a daemon frozen with SIGSTOP, as the app sees it."""

from __future__ import annotations

import os
import socket
import threading


class FrozenDaemon:
    def __init__(self, path: str):
        self.path = path
        self._server: socket.socket | None = None
        self._held: list[socket.socket] = []
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return f"unix://{self.path}"

    def start(self) -> "FrozenDaemon":
        if os.path.exists(self.path):
            os.unlink(self.path)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(self.path)
        server.listen(64)
        server.settimeout(0.1)
        self._server = server
        threading.Thread(target=self._accept, name="test-frozen", daemon=True).start()
        return self

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                continue
            self._held.append(conn)  # read nothing, answer nothing

    def stop(self) -> None:
        self._stop.set()
        for conn in self._held:
            conn.close()
        if self._server is not None:
            self._server.close()
        if os.path.exists(self.path):
            os.unlink(self.path)
