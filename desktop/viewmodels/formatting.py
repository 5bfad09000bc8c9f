"""Human units and times for views and exports (pure; shared by the viewmodels)."""

from __future__ import annotations

import time

from desktop.layers.format import human_size  # noqa: F401 - one formatter for lists, charts and exports
from desktop.text import QT_TRANSLATE_NOOP, Msg

#: (seconds in the unit, "1 <unit> ago", "{n} <units> ago"), largest first.
_AGO = (
    (86400 * 365, QT_TRANSLATE_NOOP("Formatting", "1 year ago"), QT_TRANSLATE_NOOP("Formatting", "{n} years ago")),
    (86400 * 30, QT_TRANSLATE_NOOP("Formatting", "1 month ago"), QT_TRANSLATE_NOOP("Formatting", "{n} months ago")),
    (86400 * 7, QT_TRANSLATE_NOOP("Formatting", "1 week ago"), QT_TRANSLATE_NOOP("Formatting", "{n} weeks ago")),
    (86400, QT_TRANSLATE_NOOP("Formatting", "1 day ago"), QT_TRANSLATE_NOOP("Formatting", "{n} days ago")),
    (3600, QT_TRANSLATE_NOOP("Formatting", "1 hour ago"), QT_TRANSLATE_NOOP("Formatting", "{n} hours ago")),
    (60, QT_TRANSLATE_NOOP("Formatting", "1 minute ago"), QT_TRANSLATE_NOOP("Formatting", "{n} minutes ago")),
)


def ago(timestamp: float, now: float | None = None) -> Msg | str:
    """"3 minutes ago", as ``docker ps`` says it (a ``Msg``: show it with ``desktop.i18n.render``)."""
    if not timestamp:
        return ""
    delta = max(0, (now or time.time()) - timestamp)
    for size, one, many in _AGO:
        if delta >= size:
            k = int(delta // size)
            return one if k == 1 else many.format(n=k)
    return QT_TRANSLATE_NOOP("Formatting", "just now")


def elide_middle(text: str, limit: int = 48) -> str:
    """``text`` cut to ``limit`` characters with "…" in the middle: names stay recognisable at both ends.

    Labels that would otherwise grow with one unbreakable word (a 300-character container name)
    show this and keep the whole text in their tooltip.
    """
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    tail = limit - 1 - head
    return f"{text[:head]}…{text[-tail:]}"
