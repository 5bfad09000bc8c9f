"""The objects every view needs, built once by the composition root (``desktop.app``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.engine import Engine
from desktop.settings import Settings
from desktop.viewmodels.activity import ActivityLog
from desktop.viewmodels.daemon import DaemonModel
from desktop.viewmodels.narrator import EventNarrator
from desktop.viewmodels.requests import RequestRunner


@dataclass
class AppContext:
    engine: Engine
    daemon: DaemonModel
    requests: RequestRunner
    log: ActivityLog
    settings: Settings
    narrator: EventNarrator
    appearance: Any = None  # desktop.ui.appearance.Appearance: font scale, presentation size, theme
