"""Time a fresh ``python -c CODE`` process from just before its spawn to the line it prints when ready."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def time_until(code: str, marker: str, *args: str, timeout: float = 60) -> tuple[float, str]:
    """Seconds until the child prints a line starting with ``marker``, and that line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith(marker):
            took = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"the child never printed {marker}")
    proc.wait(timeout=timeout)
    return took, line
