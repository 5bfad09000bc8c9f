"""The only package that imports ``docker``: connection, short calls, and the live event watcher."""

from docker import __version__ as SDK_VERSION

from .endpoint import Endpoint, open_client, resolve_endpoint
from .engine import Engine
from .errors import EngineError, EngineFailure, describe_exception
from .records import (
    ContainerRecord,
    DaemonEvent,
    DaemonInfo,
    FileChange,
    ImageRecord,
    ProcessList,
    Snapshot,
)
from .watcher import ConnectionState, EventWatcher, Listener

__all__ = [
    "SDK_VERSION", "ConnectionState", "ContainerRecord", "DaemonEvent", "DaemonInfo", "Endpoint", "Engine", "EngineError",
    "EngineFailure", "EventWatcher", "FileChange", "ImageRecord", "Listener", "ProcessList", "Snapshot",
    "describe_exception", "open_client", "resolve_endpoint",
]
