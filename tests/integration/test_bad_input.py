"""Bad names and commands never leave a mess on the daemon, and each is explained in a sentence."""

from __future__ import annotations

import pytest

from desktop.lifecycle import Transition
from desktop.ui.lifecycle_view import LifecycleView
from desktop.viewmodels.operations import OperationRequest
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


@pytest.fixture
def ops(qtbot, daemon, make_app):
    app = make_app(tabs=[("Lifecycle", LifecycleView)])
    wait_synced(qtbot, app)
    view: LifecycleView = app.window.views["Lifecycle"]
    view.operations.labels = dict(LABELS)
    return app, view.operations


def _images(daemon) -> set[str]:
    return {i.id for i in daemon.images.list(all=True)}


@pytest.mark.parametrize("name, rule", [
    ("MyImage:latest", "capital"), ("my image", "spaces"), ("a::b", "name part"), ("x" * 300, "255"),
    ("x@sha256:abc", "digest"), (":onlytag", "empty"),
    ("x@sha256:" + "ab" * 32, "cannot be given a digest"),
])
def test_commit_with_a_bad_name_is_refused_before_the_daemon_makes_anything(qtbot, daemon, ops, unique_name, name, rule):
    app, operations = ops
    c = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=5000)
    before = _images(daemon)
    with qtbot.waitSignal(operations.refused, timeout=3000) as refused:
        assert operations.perform(OperationRequest(Transition.COMMIT, container=c.id, new_image=name)) is False
    assert rule in refused.args[1], refused.args[1]
    assert _images(daemon) == before, "a refused commit must not leave an image behind"
    last = app.ctx.log.entries()[-1]
    assert last.ok is False and rule in str(last.outcome)


def test_run_of_a_missing_command_leaves_no_container(qtbot, daemon, ops, unique_name):
    app, operations = ops
    req = OperationRequest(Transition.RUN, image=BASE_IMAGE, name=unique_name, command="no-such-program --flag")
    with qtbot.waitSignal(operations.failed, timeout=15000) as failed:
        assert operations.perform(req) is True
    sentence = failed.args[1]
    assert "no-such-program" in sentence and "OCI runtime" not in sentence, sentence
    assert not daemon.containers.list(all=True, filters={"name": unique_name}), "the failed run left a container"


@pytest.mark.parametrize("field, value, rule", [("image", "Busybox", "capital"), ("name", "-web", "container name")])
def test_run_with_a_bad_image_or_container_name_is_refused(qtbot, daemon, ops, field, value, rule):
    _app, operations = ops
    req = OperationRequest(Transition.RUN, image=value if field == "image" else BASE_IMAGE,
                           name=value if field == "name" else None, command="sleep 5")
    before = {c.id for c in daemon.containers.list(all=True)}
    with qtbot.waitSignal(operations.refused, timeout=3000) as refused:
        assert operations.perform(req) is False
    assert rule in refused.args[1]
    assert {c.id for c in daemon.containers.list(all=True)} == before


def test_dialogs_say_the_rule_as_it_is_typed_and_keep_ok_disabled(qtbot, daemon):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.dialogs import CommitDialog, ImageDialog, RunDialog

    commit = CommitDialog("web", "web-snapshot:1")
    qtbot.addWidget(commit)
    ok = commit.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and commit.problem.isHidden()
    commit.reference.setText("Web Snapshot")
    assert not ok.isEnabled() and not commit.problem.isHidden() and "spaces" in commit.problem.text()
    commit.reference.setText("web-snapshot:2")
    assert ok.isEnabled()

    pull = ImageDialog("docker pull", "Image:", "python:3.7-slim")
    qtbot.addWidget(pull)
    assert "docker.io/library/python:3.7-slim" in pull.problem.text()  # where a short name points
    assert pull.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    run = RunDialog("docker run", [BASE_IMAGE], BASE_IMAGE)
    qtbot.addWidget(run)
    run.name.setText("x")
    assert not run.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() and "container name" in run.problem.text()
