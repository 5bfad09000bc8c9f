"""A real local registry for tests: Debian's ``docker-registry`` on 127.0.0.1, storage in a temp folder.

The daemon trusts registries on 127.0.0.0/8 without TLS, so nothing needs configuring. ``python -m
tests.support.registry`` starts one in the foreground (for trying the app by hand).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

BINARY = "docker-registry"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalRegistry:
    """``with LocalRegistry() as r: r.address`` → ``"127.0.0.1:PORT"``."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.root = tempfile.mkdtemp(prefix="lcx-registry-")
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 20.0) -> "LocalRegistry":
        if shutil.which(BINARY) is None:
            raise FileNotFoundError(f"{BINARY} is not installed (Debian package docker-registry)")
        config = os.path.join(self.root, "config.yml")
        with open(config, "w") as f:
            f.write(f"""version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: {self.root}/data
  delete:
    enabled: true
http:
  addr: {self.address}
""")
        self.process = subprocess.Popen([BINARY, "serve", config], stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(self.root, "registry.log"), "w"))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.answers():
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the registry at {self.address} did not start")

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://{self.address}/v2/", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    def catalog(self) -> list[str]:
        import json

        with urllib.request.urlopen(f"http://{self.address}/v2/_catalog", timeout=5) as r:
            return json.load(r).get("repositories") or []

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "LocalRegistry":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":
    import sys

    r = LocalRegistry(int(sys.argv[1]) if len(sys.argv) > 1 else 5000).start()
    print(f"registry at {r.address} (Ctrl+C stops it)")
    try:
        r.process.wait()
    except KeyboardInterrupt:
        r.stop()
