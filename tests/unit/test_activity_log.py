"""The activity log's model: entries, ids that survive trimming, and batches inserted at once."""

from __future__ import annotations

from desktop.viewmodels import activity
from desktop.viewmodels.activity import ActivityLog


def _inserts(log: ActivityLog) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    log.rowsInserted.connect(lambda _parent, first, last: seen.append((first, last)))
    return seen


def test_a_batch_is_one_insertion_and_keeps_its_order(qapp):
    log = ActivityLog()
    first = log.note("app", "connected")
    inserts = _inserts(log)
    added: list[int] = []
    log.entry_added.connect(added.append)
    ids = log.note_many("daemon", [(f"container c{i}: paused", f"docker pause c{i}", "events: pause") for i in range(50)])
    assert inserts == [(1, 50)] and added == [50]
    assert ids == list(range(first + 1, first + 51))
    entries = log.entries()
    assert [e.summary for e in entries[1:]] == [f"container c{i}: paused" for i in range(50)]
    assert {e.source for e in entries[1:]} == {"daemon"} and entries[-1].command == "docker pause c49"
    assert log.note_many("daemon", []) == [] and log.rowCount() == 51


def test_a_batch_past_the_limit_drops_the_oldest_and_ids_stay_valid(qapp, monkeypatch):
    monkeypatch.setattr(activity, "MAX_ENTRIES", 10)
    log = ActivityLog()
    started = log.begin("pause c1", "docker pause c1")
    log.note_many("daemon", [(f"line {i}", "", "") for i in range(5)])
    running = log.begin("stop c2", "docker stop c2")
    ids = log.note_many("daemon", [(f"more {i}", "", "") for i in range(7)])
    assert log.rowCount() == 10
    assert [e.summary for e in log.entries()] == ([f"line {i}" for i in range(3, 5)] + ["stop c2"]
                                                  + [f"more {i}" for i in range(7)])
    assert ids[-1] - ids[0] == 6 and log.entries()[-1].summary == "more 6"
    log.finish(running, True, "done")  # an id given before the trim still finds its line
    assert log.entries()[2].outcome == "done" and log.entries()[2].ok is True
    log.finish(started, False, "failed")  # its line is gone: nothing else changes
    assert [e.outcome for e in log.entries()].count("failed") == 0
