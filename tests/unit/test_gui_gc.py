"""The GUI thread's cycle collector: full collections wait while daemon events keep arriving."""

from __future__ import annotations

import gc

import pytest

from desktop.app import FULL_GC_DEFER_S, FULL_GC_MAX_DEFER_S, GuiThreadGc


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def collector(qapp):
    clock = Clock()
    collector = GuiThreadGc(interval_ms=60_000, clock=clock)
    collector.clock = clock
    yield collector
    collector.stop()


def test_a_quiet_daemon_lets_a_full_collection_run(collector):
    assert collector.due()
    collector.note_busy(("event",))
    collector.clock.now += FULL_GC_DEFER_S + 0.01
    assert collector.due()


def test_events_put_a_full_collection_off_but_not_for_ever(collector):
    collector.note_busy(("event",))
    assert not collector.due()
    # Events keep coming, every half second, for longer than the longest wait.
    waited = 0.0
    while collector.due() is False:
        collector.clock.now += 0.5
        waited += 0.5
        collector.note_busy(("event",))
        assert waited <= FULL_GC_MAX_DEFER_S + 0.5, "a busy daemon put the collection off for ever"
    assert waited >= FULL_GC_MAX_DEFER_S
    # The wait starts again from the collection that ran.
    collector.note_busy(("event",))
    assert not collector.due()


def test_check_collects_the_young_generations_while_the_full_one_waits(collector, monkeypatch):
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    collector.check()  # the first check freezes what startup made; it collects nothing
    assert collected == []
    limits = gc.get_threshold()
    monkeypatch.setattr(gc, "get_count", lambda: (limits[0] + 1, limits[1] + 1, limits[2] + 1))
    collector.note_busy(("event",))
    collector.check()
    assert collected == [1]
    collector.clock.now += FULL_GC_DEFER_S
    collector.check()
    assert collected == [1, 2]
