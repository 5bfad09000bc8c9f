"""Human units and times for views and exports (pure; shared by the viewmodels)."""

from __future__ import annotations

import time


def human_size(n: int | float) -> str:
    """Decimal units, like the docker CLI: 0 B, 812 B, 1.5 kB, 2.0 MB."""
    n = float(n)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{int(n)} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"  # pragma: no cover


def ago(timestamp: float, now: float | None = None) -> str:
    """"3 minutes ago", as ``docker ps`` says it."""
    if not timestamp:
        return ""
    delta = max(0, (now or time.time()) - timestamp)
    for size, name in ((86400 * 365, "year"), (86400 * 30, "month"), (86400 * 7, "week"), (86400, "day"),
                       (3600, "hour"), (60, "minute")):
        if delta >= size:
            k = int(delta // size)
            return f"{k} {name}{'s' if k > 1 else ''} ago"
    return "just now"
