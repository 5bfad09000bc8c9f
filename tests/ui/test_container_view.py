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
    qtbot.waitUntil(lambda: view.logs.matches_label.text() == "2 lines match", timeout=3000)  # two, three
    view.logs.only.setChecked(True)
    assert [t for t, _k in _shown(view)] == ["two", "three"]
    view.logs.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "two\nthree"
    view.logs.only.setChecked(False)
    assert view.logs.find_next() >= 0
    assert not view.logs.view.following or view.logs.model.rowCount() < 30
    qtbot.wait(400)  # the search box's clear button fades in


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


def test_logs_read_only_while_shown_and_kept_across_tabs_and_restarts(qtbot, page, daemon, unique_name):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "i=0; while true; do i=$((i+1)); echo n $i; sleep 0.1; done"],
                              name=unique_name, labels=LABELS, detach=True)
    _select(qtbot, app, c.id)
    qtbot.waitUntil(lambda: view.logs.follower.following and view.logs.model.all_lines() > 5, timeout=10000)
    view.tabs.setCurrentWidget(view.details)
    assert not view.logs.follower.following
    shown_before = view.logs.model.all_lines()
    qtbot.waitUntil(lambda: view.details.data is not None, timeout=10000)
    qtbot.wait(600)
    # Back on the tab: what was shown stays, and the lines printed meanwhile follow, none twice.
    view.tabs.setCurrentWidget(view.logs)
    qtbot.waitUntil(lambda: view.logs.follower.following, timeout=10000)
    qtbot.waitUntil(lambda: view.logs.model.all_lines() > shown_before + 8, timeout=10000)
    numbers = [int(t.split()[1]) for t, k in _shown(view) if k == "stdout"]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), "lines lost or repeated"
    # A restart (stop and start at once): following carries on in the new run.
    c.restart(timeout=0)
    qtbot.waitUntil(lambda: sum(1 for t, k in _shown(view) if t == "n 3") == 2, timeout=15000)
    qtbot.waitUntil(lambda: view.logs.follower.following, timeout=10000)


def _cli_stats(container_id: str) -> tuple[float, float, int]:
    """``docker stats --no-stream`` for one container: CPU %, memory used (bytes), PIDs."""
    out = subprocess.run(["docker", "stats", "--no-stream", "--format", "{{.CPUPerc}}|{{.MemUsage}}|{{.PIDs}}",
                          container_id], capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    cpu, mem, pids = out.split("|")
    used = mem.split("/")[0].strip()
    m = re.fullmatch(r"([0-9.e+]+)(B|KiB|MiB|GiB)", used)
    factor = {"B": 1, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30}[m.group(2)]
    return float(cpu.rstrip("%")), float(m.group(1)) * factor, int(pids)


def test_resources_agree_with_docker_stats_and_pause_drops_cpu(qtbot, page, daemon, unique_name):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "while :; do :; done"], name=unique_name, labels=LABELS,
                              detach=True)
    _select(qtbot, app, c.id)
    view.tabs.setCurrentWidget(view.resources)
    hub = view.resources.hub
    assert view.resources._watched == {c.id}
    # The stream opens once the app has seen the container running (its start event may come after
    # the selection).
    qtbot.waitUntil(lambda: c.id in hub.watching(), timeout=10000)
    qtbot.waitUntil(lambda: len(hub.history.get(c.id, ())) >= 3, timeout=15000)
    cli_cpu, cli_mem, cli_pids = _cli_stats(c.id)
    qtbot.wait(1200)
    ours = hub.latest(c.id)
    cli_after = _cli_stats(c.id)[0]
    assert ours.primed
    # One busy shell: up to one core, as both measure it. The sampling moments differ by a second or
    # two, and on a busy machine the shell gets less than a core: ours must lie within what the CLI
    # saw just before and just after.
    low, high = min(cli_cpu, cli_after), max(cli_cpu, cli_after)
    assert low - 25 < ours.cpu_percent < high + 25, (ours.cpu_percent, cli_cpu, cli_after)
    assert 10 < ours.cpu_percent < 140
    assert abs(ours.memory - cli_mem) <= max(256 * 1024, 0.25 * cli_mem), (ours.memory, cli_mem)
    assert ours.pids == cli_pids == 1
    assert ours.memory_limit > 0 and abs(ours.memory_percent - ours.memory / ours.memory_limit * 100) < 1e-9
    assert "CPU" in view.resources.figures.text() and unique_name in view.resources.figures.text()

    c.pause()
    qtbot.waitUntil(lambda: app.daemon.containers[c.id].status == "paused", timeout=10000)
    qtbot.waitUntil(lambda: hub.latest(c.id).cpu_percent == 0.0, timeout=10000)
    assert "Paused" in view.resources.why.text()
    c.unpause()
    qtbot.waitUntil(lambda: hub.latest(c.id).cpu_percent > 10, timeout=10000)
    # Off screen, the charts stream nothing; the list's sparklines stream only the running rows in view.
    view.tabs.setCurrentWidget(view.logs)
    assert view.resources._watched == set()
    sparklines = app.window.sparklines
    sparklines.update_watched()
    running_in_view = sparklines.visible_running()
    assert c.id in running_in_view
    assert set(hub.watching()) == running_in_view
    for cid in running_in_view:
        assert app.daemon.containers[cid].status in ("running", "paused")
    app.window.lists_panel.hide()  # the list off screen: no sparkline streams
    sparklines.update_watched()
    assert hub.watching() == []
    app.window.lists_panel.show()


def test_details_in_plain_words_and_raw_json(qtbot, page, daemon, unique_name):
    app, view = page
    volume = daemon.volumes.create(f"{unique_name}-data", labels=LABELS)
    try:
        c = daemon.containers.run(
            BASE_IMAGE, ["sh", "-c", "sleep 300"], name=unique_name, labels={**LABELS, "course": "docker-101"},
            environment={"GREETING": "hello"}, volumes={volume.name: {"bind": "/data", "mode": "rw"}},
            restart_policy={"Name": "on-failure", "MaximumRetryCount": 3}, ports={"8080/tcp": None}, detach=True,
            healthcheck={"test": ["CMD-SHELL", "echo all-good"], "interval": 500_000_000, "start_period": 0})
        _select(qtbot, app, c.id)
        view.tabs.setCurrentWidget(view.details)
        qtbot.waitUntil(lambda: view.details.data is not None, timeout=10000)
        # The health check's verdict arrives as an event: the details are read again and say it.
        qtbot.waitUntil(lambda: "healthy (0 failed checks in a row)" in view.details.readable.toPlainText(),
                        timeout=15000)
        assert "all-good" in view.details.readable.toPlainText()
        text = view.details.readable.toPlainText()
        for expected in ("GREETING", "hello", "/data", f"volume: {volume.name} (read-write)", "course", "docker-101",
                         "on-failure:3, restarted 0 times", "8080/tcp", "published on a port the daemon picks", "sh -c 'sleep 300'"):
            assert expected in text, expected
        view.details.raw_button.click()
        assert view.details.pages.currentWidget() is view.details.raw
        assert f'"Id": "{c.id}"' in view.details.raw.toPlainText()
        c.kill()
        qtbot.waitUntil(lambda: "exit code 137: killed" in view.details.readable.toPlainText(), timeout=10000)
    finally:
        for c in daemon.containers.list(all=True, filters={"name": unique_name}):
            c.remove(force=True)
        volume.remove(force=True)


def test_open_a_shell_in_the_users_terminal(qtbot, page, daemon, unique_name, tmp_path, monkeypatch):
    app, view = page
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "sleep 300"], name=unique_name, labels=LABELS, detach=True)
    _select(qtbot, app, c.id)
    record = tmp_path / "argv"
    terminal = tmp_path / "my-terminal"
    terminal.write_text(f"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > {record}.tmp\nmv {record}.tmp {record}\n")
    terminal.chmod(0o755)
    monkeypatch.setenv("TERMINAL", str(terminal))
    assert view.open_shell()
    qtbot.waitUntil(record.exists, timeout=10000)
    argv = record.read_text().splitlines()
    assert argv[0] == "-e" and argv[-4:] == ["exec", "-it", c.id, "sh"], argv
    # The command the terminal was given really opens a shell in the container (run here in a pseudo-terminal).
    command = " ".join(argv[1:])
    done = subprocess.run(["script", "-q", "-c", command, "/dev/null"], input="echo inside-$((6*7)); hostname; exit\n",
                          capture_output=True, text=True, timeout=30)
    assert "inside-42" in done.stdout and c.id[:12] in done.stdout

    # Without any terminal: a sentence, nothing started.
    monkeypatch.delenv("TERMINAL")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not view.open_shell()
    assert "No terminal emulator was found" in view.message.text()


def test_the_points_of_a_removed_container_go_with_it(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    hub = app.window.stats_hub
    c = daemon.containers.run(BASE_IMAGE, "sleep 300", name=unique_name, labels={TEST_LABEL: "1"}, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=5000)
    hub.watch(c.id)
    qtbot.waitUntil(lambda: len(hub.history.get(c.id, ())) >= 1, timeout=15000)
    hub.unwatch(c.id)
    c.remove(force=True)
    qtbot.waitUntil(lambda: c.id not in app.daemon.containers, timeout=5000)
    assert c.id not in hub.history  # containers come and go all day: their points must not pile up
