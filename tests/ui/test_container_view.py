"""The Container view on a real daemon: logs followed live, resource charts, details, a shell."""

from __future__ import annotations

import os
import re
import subprocess
import time

import pytest

from desktop.ui.container_view import ContainerView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


@pytest.fixture
def page(qtbot, daemon, make_app):
    app = make_app(tabs=[("Container", ContainerView)], show=True)
    app.window.resize(1600, 950)
    wait_synced(qtbot, app)
    view: ContainerView = app.window.views["Container"]
    app.window.tabs.setCurrentIndex(0)
    return app, view


def _select(qtbot, app, container_id: str) -> None:
    qtbot.waitUntil(lambda: container_id in app.daemon.containers, timeout=10000)
    app.window.select_container(container_id)
    qtbot.waitUntil(lambda: app.window.selected_container == container_id, timeout=5000)


def _shown(view) -> list[tuple[str, str]]:
    model = view.logs.model
    return [(model.shown(t, k), k) for t, k in model.lines()]


def test_logs_show_stdout_and_stderr_in_order_and_told_apart(qtbot, page, daemon, unique_name):
    app, view = page
    script = "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three; sleep 0.2; echo four >&2; sleep 300"
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", script], name=unique_name, labels=LABELS, detach=True)
    _select(qtbot, app, c.id)
    qtbot.waitUntil(lambda: len(view.logs.model.lines()) >= 4, timeout=10000)
    assert _shown(view)[:4] == [("one", "stdout"), ("two", "stderr"), ("three", "stdout"), ("four", "stderr")]
    # Followed live: a line written now appears without doing anything.
    c.exec_run(["sh", "-c", "echo live-line > /proc/1/fd/1"])
    qtbot.waitUntil(lambda: ("live-line", "stdout") in _shown(view), timeout=10000)
    assert view.logs.follower.following

    # Timestamps on demand: the daemon's own, without reading again.
    view.logs.stamps.setChecked(True)
    first = view.logs.model.shown(*view.logs.model.lines(0, 1)[0])
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}  one$", first), first

    # Search highlights and counts; "only matching" filters; copy gives what is shown.
    view.logs.stamps.setChecked(False)
    view.logs.search.setText("T")
    assert view.logs.matches_label.text() == "2 lines match"  # two, three
    view.logs.only.setChecked(True)
    assert [t for t, _k in _shown(view)] == ["two", "three"]
    view.logs.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "two\nthree"
    view.logs.only.setChecked(False)
    assert view.logs.find_next() >= 0
    assert not view.logs.view.following or view.logs.model.rowCount() < 30


def test_pause_and_stop_are_noted_and_output_freezes(qtbot, page, daemon, unique_name):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.1; done"],
                              name=unique_name, labels=LABELS, detach=True)
    _select(qtbot, app, c.id)
    qtbot.waitUntil(lambda: view.logs.model.all_lines() >= 3, timeout=10000)
    c.pause()
    qtbot.waitUntil(lambda: any(k == "note" and "paused" in t for t, k in _shown(view)), timeout=10000)
    frozen = view.logs.model.all_lines()
    qtbot.wait(1200)
    assert view.logs.model.all_lines() == frozen, "a paused container printed"
    c.unpause()
    qtbot.waitUntil(lambda: view.logs.model.all_lines() > frozen + 3, timeout=10000)
    c.stop(timeout=1)
    qtbot.waitUntil(lambda: any(k == "note" and "stopped" in t for t, k in _shown(view)), timeout=15000)
    qtbot.waitUntil(lambda: not view.logs.follower.following, timeout=10000)
    ticks = [int(t.split()[1]) for t, k in _shown(view) if k == "stdout"]
    assert ticks == list(range(ticks[0], ticks[0] + len(ticks))), "lines were lost or repeated"
    # Started again: following resumes after the last line seen, nothing repeated.
    c.start()
    qtbot.waitUntil(lambda: view.logs.follower.following, timeout=10000)
    qtbot.waitUntil(lambda: sum(1 for t, k in _shown(view) if k == "stdout" and t == "tick 2") == 2, timeout=10000)
    ones = [t for t, k in _shown(view) if t == "tick 1"]
    assert len(ones) == 2  # once per run: the first run's lines were not read twice


def test_tty_container_and_tail_and_ring_and_save(qtbot, page, daemon, unique_name, tmp_path):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "seq 1 500; echo err >&2; sleep 300"], name=unique_name,
                              labels=LABELS, detach=True, tty=True)
    view.logs.tail.setValue(100)
    _select(qtbot, app, c.id)
    qtbot.waitUntil(lambda: view.logs.model.all_lines() >= 100, timeout=10000)
    qtbot.wait(300)
    texts = [t for t, _k in _shown(view)]
    assert texts[0] == "402" and texts[-1] == "err" and len(texts) == 100  # a TTY merges stderr into its output
    view.logs.tail.setValue(0)  # all lines
    qtbot.waitUntil(lambda: view.logs.model.all_lines() == 501, timeout=10000)
    view.logs.set_keep(1000)
    assert view.logs.model.capacity == 1000
    path = tmp_path / "out.log"
    view.logs.save(str(path))
    assert path.read_text().splitlines()[:3] == ["1", "2", "3"]


def test_logs_read_only_while_shown(qtbot, page, daemon, unique_name):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "echo hello; sleep 300"], name=unique_name, labels=LABELS,
                              detach=True)
    _select(qtbot, app, c.id)
    qtbot.waitUntil(lambda: view.logs.follower.following, timeout=10000)
    view.tabs.setCurrentWidget(view.details)
    assert not view.logs.follower.following
    qtbot.waitUntil(lambda: view.details.data is not None, timeout=10000)
    view.tabs.setCurrentWidget(view.logs)
    qtbot.waitUntil(lambda: view.logs.follower.following, timeout=10000)
