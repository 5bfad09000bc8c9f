"""The event processor hands the GUI thread what the events say by themselves in one call per batch."""

from __future__ import annotations

import docker.errors

from desktop.engine.endpoint import resolve_endpoint
from desktop.engine.records import DaemonEvent
from desktop.engine.watcher import EventWatcher


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __getattr__(self, name):
        return lambda *args: self.calls.append((name, *args))


class GoneClient:
    """Every inspect answers 404, as for a container removed since its event."""

    class api:  # noqa: N801 - docker-py's attribute name
        @staticmethod
        def inspect_container(cid):
            raise docker.errors.NotFound(f"No such container: {cid}")


def event(action: str, cid: str) -> DaemonEvent:
    return DaemonEvent("container", action, cid, {"name": cid})


def test_a_burst_of_pauses_is_one_delivery_and_inspects_come_after():
    listener = Recorder()
    watcher = EventWatcher(resolve_endpoint(base_url="unix:///nonexistent.sock"), listener)
    events = [event("pause", "a"), event("pause", "b"), event("start", "c"), event("destroy", "d"),
              event("unpause", "e"), event("pause", "f"), event("unpause", "f"), event("exec_start: sh", "b")]
    watcher._apply(GoneClient(), events)
    assert listener.calls == [
        ("events_arrived", tuple(events)),
        ("container_statuses", [("a", "paused"), ("b", "paused")]),
        ("container_removed", "d"),  # in its place: the statuses before it went first
        ("container_statuses", [("e", "running"), ("f", "running")]),
        ("container_removed", "c"),  # its inspect (after every status) found it gone
    ]
