"""Human units and times for views and exports (pure; shared by the viewmodels)."""

from __future__ import annotations

import time

from desktop.layers import human_size  # noqa: F401 - one formatter for lists, charts and exports


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
