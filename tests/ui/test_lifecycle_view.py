"""Clicking the lifecycle graph performs real operations; the graph follows the daemon, not the click."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.lifecycle import State, Transition
from desktop.ui.dialogs import CommitDialog, RunDialog
from desktop.ui.lifecycle_view import COUNTS_FRAME_MS, LifecycleView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


@pytest.fixture
def lifecycle(qtbot, daemon, make_app):
    app = make_app(tabs=[("Lifecycle", LifecycleView)], show=True)
    app.window.resize(1500, 950)
    wait_synced(qtbot, app)
    view: LifecycleView = app.window.views["Lifecycle"]
    view.operations.labels = dict(LABELS)  # what the app creates is labelled for clean-up
    app.window.tabs.setCurrentWidget(view)
    return app, view


def click_chip(qtbot, view: LifecycleView, transition: Transition, source: State) -> None:
    """A real mouse click on the operation's label on the arrow."""
    chip = view.scene.chip(transition, source)
    assert chip is not None and chip.isVisible(), f"{transition} from {source} is not drawn"
    view.graph.ensureVisible(chip)
    point: QPoint = view.graph.mapFromScene(chip.sceneBoundingRect().center())
    qtbot.mouseClick(view.graph.viewport(), Qt.MouseButton.LeftButton, pos=point)


def answer_next_dialog(callback) -> None:
    """Answer the modal dialog the next click opens (it runs its own event loop)."""

    def answer():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, answer)
            return
        callback(widget)

    QTimer.singleShot(20, answer)


def press(box: QMessageBox, destructive: bool) -> None:
    for button in box.buttons():
        role = box.buttonRole(button)
        if destructive and role == QMessageBox.ButtonRole.DestructiveRole:
            button.click()
            return
        if not destructive and role == QMessageBox.ButtonRole.RejectRole:
            button.click()
            return
    raise AssertionError("no such button")


def inspect_status(daemon, cid):
    return daemon.api.inspect_container(cid)["State"]["Status"]


def wait_state(qtbot, app, view, cid, status, timeout=5000):
    qtbot.waitUntil(lambda: cid in app.daemon.containers and app.daemon.containers[cid].status == status, timeout=timeout)


def test_clicking_edges_drives_a_container_through_its_life(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle

    def fill_run(dialog):
        assert isinstance(dialog, RunDialog)
        dialog.image.setCurrentText(BASE_IMAGE)
        dialog.name.setText(unique_name)
        dialog.command.setText("sleep 600")
        dialog.accept()

    answer_next_dialog(fill_run)
    click_chip(qtbot, view, Transition.RUN, State.IMAGE)
    qtbot.waitUntil(lambda: any(c.name == unique_name for c in app.daemon.containers.values()), timeout=5000)
    cid = next(c.id for c in app.daemon.containers.values() if c.name == unique_name)
    wait_state(qtbot, app, view, cid, "running")
    assert inspect_status(daemon, cid) == "running"
    qtbot.waitUntil(lambda: view.container_id == cid, timeout=10000)  # the new container is selected
    assert view.scene.nodes[State.RUNNING].highlighted
    qtbot.waitUntil(lambda: view.processes.topLevelItemCount() == 1, timeout=3000)
    assert view.processes.topLevelItem(0).text(1) == "sleep 600"

    # Pause: processes are still listed, frozen.
    click_chip(qtbot, view, Transition.PAUSE, State.RUNNING)
    wait_state(qtbot, app, view, cid, "paused")
    assert inspect_status(daemon, cid) == "paused"
    qtbot.waitUntil(lambda: "frozen" in view.process_note.text(), timeout=3000)
    assert view.processes.topLevelItemCount() == 1
    assert "frozen" in view.processes.topLevelItem(0).text(2)
    assert view.scene.nodes[State.PAUSED].highlighted and not view.scene.nodes[State.RUNNING].highlighted

    click_chip(qtbot, view, Transition.UNPAUSE, State.PAUSED)
    wait_state(qtbot, app, view, cid, "running")
    assert inspect_status(daemon, cid) == "running"

    # Stop: no processes at all.
    # Stop sends SIGTERM, which `sleep` as PID 1 ignores: SIGKILL follows after 10 s.
    click_chip(qtbot, view, Transition.STOP, State.RUNNING)
    wait_state(qtbot, app, view, cid, "exited", timeout=15000)
    assert inspect_status(daemon, cid) == "exited"
    qtbot.waitUntil(lambda: "No processes" in view.process_note.text(), timeout=3000)
    assert view.processes.topLevelItemCount() == 0

    click_chip(qtbot, view, Transition.START, State.EXITED)
    wait_state(qtbot, app, view, cid, "running")

    answer_next_dialog(lambda box: press(box, destructive=True))
    click_chip(qtbot, view, Transition.KILL, State.RUNNING)
    wait_state(qtbot, app, view, cid, "exited")
    assert daemon.api.inspect_container(cid)["State"]["ExitCode"] == 137

    click_chip(qtbot, view, Transition.RESTART, State.EXITED)
    wait_state(qtbot, app, view, cid, "running")
    assert inspect_status(daemon, cid) == "running"

    # Commit: the new image appears in the model and the list, and the log says what became what.
    new_ref = f"lcx-test/{unique_name}-commit:v1"

    def fill_commit(dialog):
        assert isinstance(dialog, CommitDialog)
        dialog.reference.setText(new_ref)
        dialog.accept()

    answer_next_dialog(fill_commit)
    click_chip(qtbot, view, Transition.COMMIT, State.RUNNING)
    qtbot.waitUntil(lambda: app.daemon.image(new_ref) is not None, timeout=10000)
    new_image = app.daemon.image(new_ref)
    assert daemon.images.get(new_ref).id == new_image.id
    qtbot.waitUntil(lambda: app.window.image_model.row_of(new_image.id) >= 0, timeout=10000)

    def commit_logged():
        outcomes = [e.outcome for e in app.ctx.log.entries() if e.source == "you" and e.summary.startswith("Commit")]
        return any(f"writable layer of container {unique_name} became" in t and new_ref in t for t in outcomes)

    qtbot.waitUntil(commit_logged, timeout=5000)

    # rm -f refused at the question: nothing removed.
    answer_next_dialog(lambda box: press(box, destructive=False))
    click_chip(qtbot, view, Transition.RM_FORCE, State.RUNNING)
    qtbot.wait(300)
    assert inspect_status(daemon, cid) == "running"
    assert "cancelled" in view.message.text()

    # rm -f accepted: gone, and the graph counted it.
    removed_before = view.removed_count
    answer_next_dialog(lambda box: press(box, destructive=True))
    click_chip(qtbot, view, Transition.RM_FORCE, State.RUNNING)
    qtbot.waitUntil(lambda: cid not in app.daemon.containers, timeout=5000)
    assert not daemon.containers.list(all=True, filters={"id": cid})
    assert view.removed_count == removed_before + 1

    # Every operation is in the activity log with its CLI equivalent.
    commands = [e.command for e in app.ctx.log.entries() if e.source == "you"]
    for expected in (f"docker run -d --name {unique_name} {BASE_IMAGE} sleep 600", f"docker pause {unique_name}",
                     f"docker unpause {unique_name}", f"docker stop {unique_name}", f"docker start {unique_name}",
                     f"docker kill {unique_name}", f"docker restart {unique_name}",
                     f"docker commit {unique_name} {new_ref}", f"docker rm -f {unique_name}"):
        assert expected in commands


def test_rm_of_a_stopped_container_asks_and_a_refusal_keeps_it(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.create(BASE_IMAGE, "true", name=unique_name, labels=LABELS)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)
    answer_next_dialog(lambda box: press(box, destructive=False))
    click_chip(qtbot, view, Transition.RM, State.CREATED)
    qtbot.wait(300)
    assert daemon.containers.get(c.id).status == "created"
    answer_next_dialog(lambda box: press(box, destructive=True))
    click_chip(qtbot, view, Transition.RM, State.CREATED)
    qtbot.waitUntil(lambda: c.id not in app.daemon.containers, timeout=5000)
    assert not daemon.containers.list(all=True, filters={"id": c.id})


def test_a_refused_action_says_why_and_changes_nothing(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "exit 0"], name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers and app.daemon.containers[c.id].status == "exited", timeout=5000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)
    assert view.scene.nodes[State.EXITED].highlighted
    assert not view.actions[Transition.PAUSE].isEnabled()
    events_before = len(app.ctx.log.entries())
    view.trigger(Transition.PAUSE)  # the menu item is disabled; the keyboard path must refuse the same way
    assert "start it first" in view.message.text()
    assert view.message.text().endswith(".")
    assert daemon.api.inspect_container(c.id)["State"]["Status"] == "exited"
    refused = app.ctx.log.entries()[events_before:]
    assert refused and refused[-1].ok is False and "Not done" in refused[-1].outcome
    # Clicking the greyed-out label on the arrow explains too.
    view.message.clear()
    click_chip(qtbot, view, Transition.PAUSE, State.RUNNING)
    assert view.message.text()
    assert daemon.api.inspect_container(c.id)["State"]["Status"] == "exited"


def test_destructive_operations_can_be_switched_off(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    app.ctx.settings.allow_destructive = False
    c = daemon.containers.create(BASE_IMAGE, "true", name=unique_name, labels=LABELS)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)
    click_chip(qtbot, view, Transition.RM, State.CREATED)  # no dialog may open
    assert "switched off" in view.message.text()
    qtbot.wait(200)
    assert daemon.containers.get(c.id).status == "created"


def _wait_counts_settled(qtbot, view) -> None:
    """The counts follow at most once a frame: wait until they match what the daemon holds."""
    qtbot.waitUntil(lambda: all(view.scene.nodes[s].count == len(view.containers_in(s))
                                for s in (State.CREATED, State.RUNNING, State.PAUSED, State.EXITED)), timeout=5000)


def test_changes_from_outside_move_the_highlight_and_counts(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.run(BASE_IMAGE, "sleep 600", name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.scene.nodes[State.RUNNING].highlighted, timeout=10000)
    _wait_counts_settled(qtbot, view)
    running_before = view.scene.nodes[State.RUNNING].count
    paused_before = view.scene.nodes[State.PAUSED].count
    c.pause()
    qtbot.waitUntil(lambda: view.scene.nodes[State.PAUSED].highlighted, timeout=5000)
    assert view.scene.animating >= 1  # a token travels the pause arrow
    qtbot.waitUntil(lambda: (view.scene.nodes[State.PAUSED].count, view.scene.nodes[State.RUNNING].count)
                    == (paused_before + 1, running_before - 1), timeout=5000)
    assert view.scene.chip(Transition.UNPAUSE, State.PAUSED).enabled_now
    assert not view.scene.chip(Transition.PAUSE, State.RUNNING).enabled_now
    c.unpause()
    qtbot.waitUntil(lambda: view.scene.nodes[State.RUNNING].highlighted, timeout=5000)
    c.remove(force=True)
    qtbot.waitUntil(lambda: view.container_id == "" and not view.scene.nodes[State.RUNNING].highlighted, timeout=10000)
    assert "removed" in view.message.text()


def test_a_stream_of_pauses_is_counted_once_a_frame_not_once_per_container(qtbot, daemon, lifecycle, unique_name):
    from concurrent.futures import ThreadPoolExecutor

    app, view = lifecycle
    n = 20
    with ThreadPoolExecutor(4) as pool:
        boxes = list(pool.map(lambda i: daemon.containers.run(
            BASE_IMAGE, "sleep 600", name=f"{unique_name}-{i}", labels=LABELS, detach=True), range(n)))
    ids = {c.id for c in boxes}
    qtbot.waitUntil(lambda: all(app.daemon.containers.get(i) and app.daemon.containers[i].status == "running"
                                for i in ids), timeout=10000)
    _wait_counts_settled(qtbot, view)
    paused_before = view.scene.nodes[State.PAUSED].count
    drawn: list[int] = []
    times: list[float] = []
    real = view.scene.set_counts
    view.scene.set_counts = lambda counts, *a: (drawn.append(counts.get(State.PAUSED, 0)),
                                                times.append(time.monotonic()), real(counts, *a))
    with ThreadPoolExecutor(1) as pool:  # one after another: a stream of events, not one batch
        pool.map(lambda c: c.pause(), boxes)
        qtbot.waitUntil(lambda: all(app.daemon.containers[i].status == "paused" for i in ids), timeout=10000)
    # The last count drawn is the daemon's, and it came without waiting for anything else to happen.
    qtbot.waitUntil(lambda: view.scene.nodes[State.PAUSED].count == paused_before + n, timeout=5000)
    assert drawn[-1] == paused_before + n
    gaps = [round((b - a) * 1000) for a, b in zip(times, times[1:])]
    assert all(gap >= COUNTS_FRAME_MS * 0.9 for gap in gaps), f"counts redrawn {gaps} ms apart"


def test_shortcuts_perform_transitions(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.run(BASE_IMAGE, "sleep 600", name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)
    app.window.activateWindow()
    pause = view.actions[Transition.PAUSE]
    assert pause.shortcut().toString() == "Ctrl+Shift+P"
    assert pause in app.window.container_menu.actions()
    qtbot.keyClick(app.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: daemon.api.inspect_container(c.id)["State"]["Status"] == "paused", timeout=5000)
    assert "Ctrl+Shift+P" in view.scene.chip(Transition.PAUSE, State.RUNNING).toolTip()


def test_export_writes_png_and_svg(qtbot, lifecycle, tmp_path):
    _app, view = lifecycle
    png, svg = tmp_path / "g.png", tmp_path / "g.svg"
    view.export(str(png))
    view.export(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20000
    assert b"<svg" in svg.read_bytes()[:2000] and b"Running" in svg.read_bytes()


def test_clicking_a_node_lists_its_containers_and_picks_one(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    a = daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-a", labels=LABELS)
    b = daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-b", labels=LABELS)
    qtbot.waitUntil(lambda: a.id in app.daemon.containers and b.id in app.daemon.containers, timeout=10000)
    node = view.scene.nodes[State.CREATED]
    qtbot.waitUntil(lambda: node.count >= 2, timeout=5000)  # counts follow at most once a frame
    assert node.count_text().endswith("containers")
    point = view.graph.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mouseClick(view.graph.viewport(), Qt.MouseButton.LeftButton, pos=point)
    menu = view.last_menu
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    texts = [act.text() for act in menu.actions()]
    assert f"{unique_name}-a  ({BASE_IMAGE})" in texts and f"{unique_name}-b  ({BASE_IMAGE})" in texts
    next(act for act in menu.actions() if act.text().startswith(f"{unique_name}-b")).trigger()
    menu.close()
    qtbot.waitUntil(lambda: view.container_id == b.id, timeout=5000)
    assert app.window.selected_container == b.id
    assert view.scene.nodes[State.CREATED].highlighted


def test_the_log_names_operations_done_outside_the_app(qtbot, daemon, lifecycle, unique_name):
    app, _view = lifecycle
    c = daemon.containers.run(BASE_IMAGE, "sleep 600", name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    c.stop(timeout=1)

    def stop_line():
        return [e for e in app.ctx.log.entries() if e.source == "daemon" and e.summary == f"container {unique_name}: stop (outside the app)"]

    qtbot.waitUntil(lambda: bool(stop_line()), timeout=5000)
    entry = stop_line()[0]
    assert entry.command == f"docker stop {unique_name}"
    assert entry.outcome.startswith("events: kill → ") and "die → stop" in entry.outcome
    assert any(e.summary == f"container {unique_name}: run (outside the app)" for e in app.ctx.log.entries())


def _pretend(app, cid, status):
    """Make the app's picture stale, as if an event were still on its way."""
    import dataclasses

    app.daemon.containers[cid] = dataclasses.replace(app.daemon.containers[cid], status=status)


def test_daemon_answers_304_and_409_become_the_model_sentence(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.run(BASE_IMAGE, "sleep 600", name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers and app.daemon.containers[c.id].status == "running", timeout=3000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)

    _pretend(app, c.id, "exited")  # the app thinks it stopped; the daemon knows it runs
    view.trigger(Transition.START)
    qtbot.waitUntil(lambda: "already running" in view.message.text(), timeout=5000)
    assert view.message.text() == "The container is already running: nothing to do."

    c.kill()
    qtbot.waitUntil(lambda: app.daemon.containers[c.id].status == "exited", timeout=3000)
    _pretend(app, c.id, "running")  # the app thinks it runs; the daemon has it stopped
    view.trigger(Transition.PAUSE)
    qtbot.waitUntil(lambda: "freeze" in view.message.text(), timeout=5000)
    assert daemon.api.inspect_container(c.id)["State"]["Status"] == "exited"
    last = app.ctx.log.entries()[-1] if app.ctx.log.entries()[-1].source == "you" else next(
        e for e in reversed(app.ctx.log.entries()) if e.source == "you")
    assert last.ok is False and "freeze" in last.outcome


def test_a_restarting_container_shows_no_processes_without_hammering_the_daemon(qtbot, daemon, lifecycle, unique_name,
                                                                                 monkeypatch):
    app, view = lifecycle
    calls = []
    real_top = app.engine.top
    monkeypatch.setattr(app.engine, "top", lambda cid: calls.append(cid) or real_top(cid))
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "exit 1"], name=unique_name, labels=LABELS, detach=True,
                              restart_policy={"Name": "always"})
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: "while it restarts" in view.process_note.text(), timeout=8000)
    qtbot.wait(1500)
    assert len(calls) <= 12, f"{len(calls)} docker top calls in a few seconds"
    c.remove(force=True)


def test_removing_the_selected_container_selects_nothing_else(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    made = [daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-{n}", labels=LABELS) for n in "abc"]
    qtbot.waitUntil(lambda: all(c.id in app.daemon.containers for c in made), timeout=10000)
    app.window.select_container(made[1].id)
    qtbot.waitUntil(lambda: view.container_id == made[1].id, timeout=5000)
    made[1].remove()
    qtbot.waitUntil(lambda: made[1].id not in app.daemon.containers, timeout=10000)
    qtbot.wait(100)
    assert app.window.selected_container == "" and view.container_id == ""
    assert "was removed" in view.message.text()
    assert not any(n.highlighted for n in view.scene.nodes.values())


def test_a_resync_keeps_the_selection(qtbot, daemon, lifecycle, unique_name):
    app, view = lifecycle
    c = daemon.containers.create(BASE_IMAGE, "true", name=unique_name, labels=LABELS)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.container_id == c.id, timeout=5000)
    snapshot = app.daemon.containers.copy()
    from desktop.engine import Snapshot

    app.daemon._on_watcher_snapshot_taken(Snapshot(app.daemon.info, tuple(snapshot.values()),
                                                   tuple(app.daemon.images.values())))
    assert app.window.selected_container == c.id and view.container_id == c.id
    assert view.scene.nodes[State.CREATED].highlighted


def _run_from_the_app_and_record_moves(qtbot, app, view, name: str) -> list[tuple[State, State]]:
    """Run a container from the app; the token moves the graph draws, as it draws them, are recorded:
    the run's must go along the run arrow."""
    from desktop.viewmodels.operations import OperationRequest

    moves: list[tuple[State, State]] = []
    original = view.scene.animate_move
    view.scene.animate_move = lambda source, target, *a, **k: (moves.append((source, target)), original(source, target, *a, **k))
    assert view.operations.perform(OperationRequest(Transition.RUN, image=BASE_IMAGE, name=name, command="sleep 60"))
    qtbot.waitUntil(lambda: any(c.name == name and c.status == "running" for c in app.daemon.containers.values()),
                    timeout=20000)
    qtbot.waitUntil(lambda: (State.IMAGE, State.RUNNING) in moves, timeout=5000)
    assert (State.IMAGE, State.CREATED) not in moves and (State.CREATED, State.RUNNING) not in moves
    return moves


def test_a_run_travels_along_the_run_arrow_and_a_create_to_created(qtbot, lifecycle, daemon, unique_name):
    """`run` makes and starts a container at once: the token goes Image → Running along the run arrow,
    not through Created. A `create` (from outside the app too) goes to Created."""
    app, view = lifecycle
    moves = _run_from_the_app_and_record_moves(qtbot, app, view, f"{unique_name}-run")
    moves.clear()
    daemon.containers.create(BASE_IMAGE, ["true"], name=f"{unique_name}-made", labels=LABELS)  # from a "terminal"
    qtbot.waitUntil(lambda: (State.IMAGE, State.CREATED) in moves, timeout=10000)
    assert (State.IMAGE, State.RUNNING) not in moves


def test_the_apps_own_run_travels_the_run_arrow_however_slow_its_start(qtbot, lifecycle, unique_name, monkeypatch):
    """An outside `run` is told from a `create` by how soon the start follows; the app's own run is
    a run whatever the delay (a busy classroom laptop). Here no delay at all is allowed."""
    from desktop.ui import lifecycle_view
    from desktop.viewmodels.operations import OperationRequest

    monkeypatch.setattr(lifecycle_view, "RUN_WINDOW_MS", 0)
    app, view = lifecycle
    moves = _run_from_the_app_and_record_moves(qtbot, app, view, f"{unique_name}-run")
    # A run whose start fails: the container it made is drawn (and then removed, as half-made).
    moves.clear()
    assert view.operations.perform(OperationRequest(Transition.RUN, image=BASE_IMAGE, name=f"{unique_name}-bad",
                                                    command="/no/such/program"))
    qtbot.waitUntil(lambda: any("/no/such/program" in e.command and e.ok is False for e in app.ctx.log.entries()),
                    timeout=20000)
    qtbot.waitUntil(lambda: not any(c.name == f"{unique_name}-bad" for c in app.daemon.containers.values()),
                    timeout=20000)
    assert not view._held and not view._own_runs


def test_write_a_file_and_run_a_command_inside_without_a_terminal(qtbot, lifecycle, daemon, unique_name, monkeypatch):
    """The container view writes a file into the container's own layer (docker cp) and runs a command
    in it (docker exec): the daemon's diff lists the file, and the command's output is shown."""
    from desktop.ui import dialogs

    app, view = lifecycle
    container = daemon.containers.run(BASE_IMAGE, ["sleep", "60"], name=f"{unique_name}-inside", labels=LABELS,
                                      detach=True)
    qtbot.waitUntil(lambda: container.id in app.daemon.containers, timeout=10000)
    app.window.select_container(container.id)
    qtbot.waitUntil(lambda: view.container_id == container.id, timeout=5000)

    def accept_write(dialog):
        dialog.path.setText("/tmp/written-in-class.txt")
        dialog.text.setPlainText("hello, class\n")
        return dialogs.WriteFileDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.WriteFileDialog, "exec", accept_write)
    view.write_file()
    qtbot.waitUntil(lambda: "written" in view.message.text() and "writable layer" in view.message.text(), timeout=10000)
    assert container.exec_run(["cat", "/tmp/written-in-class.txt"]).output == b"hello, class\n"
    assert any(change["Path"] == "/tmp/written-in-class.txt" for change in container.diff())

    def accept_exec(dialog):
        dialog.command.setText("echo from inside; exit 3")
        return dialogs.ExecDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ExecDialog, "exec", accept_exec)
    view.run_command()
    qtbot.waitUntil(lambda: "exit code 3" in view.message.text(), timeout=10000)
    assert view.last_output == "from inside\n"
    box = view.findChild(QMessageBox, "execOutput")
    assert box is not None and "from inside" in box.informativeText()
    box.close()
    container.stop(timeout=1)
    qtbot.waitUntil(lambda: app.daemon.containers[container.id].status == "exited", timeout=10000)
    view.run_command()  # not running: a sentence, no dialog
    assert "not running" in view.message.text()


def test_the_selected_container_s_output_ticks_freezes_on_pause_and_is_gone_on_stop(qtbot, lifecycle, daemon,
                                                                                     unique_name):
    app, view = lifecycle
    container = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; "
                                                   "sleep 0.3; done"], name=f"{unique_name}-tick", labels=LABELS,
                                      detach=True)
    qtbot.waitUntil(lambda: container.id in app.daemon.containers, timeout=10000)
    app.window.select_container(container.id)
    qtbot.waitUntil(lambda: "tick" in view.live_output.text(), timeout=10000)
    first = view.live_output.text()
    qtbot.waitUntil(lambda: view.live_output.text() != first, timeout=5000)  # it ticks
    container.pause()
    qtbot.waitUntil(lambda: "Frozen" in view.live_output.text(), timeout=10000)
    container.unpause()
    qtbot.waitUntil(lambda: "tick" in view.live_output.text(), timeout=10000)
    container.stop(timeout=1)
    qtbot.waitUntil(lambda: "No process" in view.live_output.text(), timeout=10000)


@pytest.fixture
def bare_scene(qtbot):
    """A graph scene alone, deleted by Qt at the end, while this test's event loop still runs.

    Left to Python's collector, a scene without a parent could be deleted in the middle of a later
    test, as one of its timers fires ("pure virtual method called").
    """
    from desktop.ui.lifecycle_scene import LifecycleScene

    scene = LifecycleScene()
    yield scene
    scene.shutdown()
    scene.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_token_flies_along_the_arrow_on_the_scene_clock_and_lands(qtbot, bare_scene):
    scene = bare_scene
    scene.animate_move(State.RUNNING, State.PAUSED, duration=400)
    token = next(item for item in scene.items() if item.zValue() == 30)
    start = token.pos()
    group = scene.groups[(State.RUNNING, State.PAUSED)]
    assert start == group.path.pointAtPercent(0)
    qtbot.waitUntil(lambda: token.pos() != start, timeout=5000)
    assert scene._frame.isActive()
    middle = token.pos()
    assert middle != group.path.pointAtPercent(1)
    qtbot.waitUntil(lambda: scene.animating == 0, timeout=10000)
    assert token.scene() is None  # landed: the counts say the rest
    assert not scene._frame.isActive()


def test_tokens_on_one_arrow_leave_spaced_out_and_other_arrows_are_not_held_up(qtbot, bare_scene):
    from desktop.ui.lifecycle_scene import TOKEN_SPACING_MS

    scene = bare_scene
    for _ in range(10):  # a burst: ten pauses in the same moment
        scene.animate_move(State.RUNNING, State.PAUSED, duration=2000)
    assert scene.animating == 1
    scene.animate_move(State.PAUSED, State.RUNNING, duration=2000)  # another arrow: its own token
    assert scene.animating == 2
    qtbot.wait(TOKEN_SPACING_MS + 30)
    scene.animate_move(State.RUNNING, State.PAUSED, duration=2000)  # the next in the stream leaves
    assert scene.animating == 3
    tokens = [item.pos() for item in scene.items() if item.zValue() == 30]
    assert len(tokens) == 3
