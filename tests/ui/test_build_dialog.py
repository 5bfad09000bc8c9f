"""Building from the app: one step per layer, the cache seen on the second build, failures as sentences."""

from __future__ import annotations

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon


def test_build_twice_shows_each_step_then_the_cache(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    app.window.select_image(app.daemon.image(BASE_IMAGE).id)
    dialog = app.window.open_build_dialog()
    assert dialog.dockerfile.toPlainText().startswith(f"FROM {BASE_IMAGE}\n")
    tag = f"lcx-test/{unique_name}:v1"
    dialog.tag.setText(tag)
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    image = daemon.images.get(tag)
    assert image.labels.get(TEST_LABEL) == "1"
    text = dialog.log_text()
    steps = [line for line in text.splitlines() if line.startswith("Step ")]
    # Seven Dockerfile steps, plus the LABEL step `--label` adds at the end in the classic builder.
    assert len(steps) == 8 and steps[0].startswith("Step 1/8 : FROM") and steps[-1].startswith("Step 8/8 : LABEL")
    assert dialog.runner.run_steps >= 3 and "cache miss" in text
    # The new image is selected and its layers shown.
    qtbot.waitUntil(lambda: app.window.selected_image == image.id, timeout=5000)
    assert app.window.tabs.currentWidget() is app.window.views["Layers"]

    dialog.build_button.click()  # the same Dockerfile again: every step comes from the cache
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    assert dialog.runner.run_steps == 0 and dialog.runner.cached_steps >= 5
    assert "cache hit" in dialog.log_text()
    assert "0 ran" in dialog.summary.text()
    assert daemon.images.get(tag).id == image.id  # nothing new was made
    built = [e for e in app.ctx.log.entries() if e.command == f"docker build -t {tag} ."]
    assert len(built) == 2 and all(e.ok for e in built)
    app.window.build_dock.close()


def test_a_failing_step_is_a_sentence(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    dialog.dockerfile.setPlainText(f"FROM {BASE_IMAGE}\nRUN exit 3\n")
    dialog.tag.setText(f"lcx-test/{unique_name}:broken")
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    assert dialog.summary.text().startswith("The build failed:")
    assert "returned a non-zero code: 3" in dialog.summary.text()
    assert "Traceback" not in dialog.log_text()
    app.window.build_dock.close()


def test_the_log_tells_build_containers_from_outside_ones(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    dialog.dockerfile.setPlainText(f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /marker\n")
    dialog.tag.setText(f"lcx-test/{unique_name}:v1")
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)

    def temporary():
        return [e for e in app.ctx.log.entries() if e.summary.endswith("(temporary container of a build step)")]

    qtbot.waitUntil(lambda: len(temporary()) >= 1, timeout=3000)
    assert not [e for e in app.ctx.log.entries() if "outside the app" in e.summary]
    app.window.build_dock.close()


def test_closing_the_dialog_mid_build_says_nothing_on_stderr(qtbot, daemon, make_app, unique_name, capfd):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    dialog.dockerfile.setPlainText(f"FROM {BASE_IMAGE}\nRUN echo one; sleep 1; echo two; sleep 1; echo three\n")
    dialog.tag.setText(f"lcx-test/{unique_name}:closing")
    dialog.build_button.click()
    qtbot.wait(300)
    app.window.build_dock.close()  # closed while the build streams its output: the build is cancelled
    tag = f"lcx-test/{unique_name}:closing"
    qtbot.waitUntil(lambda: any(e.command == f"docker build -t {tag} ." and e.ok is not None
                                for e in app.ctx.log.entries()), timeout=30000)
    qtbot.wait(300)
    err = capfd.readouterr().err
    assert "RuntimeError" not in err and "Traceback" not in err, err
    built = [e for e in app.ctx.log.entries() if e.command == f"docker build -t {tag} ."]
    assert built[-1].ok is False and "cancelled" in str(built[-1].outcome)  # the log records how it ended
    assert not any(tag in i.tags for i in app.daemon.images.values())


def test_build_a_folder_like_the_lecture_s(qtbot, daemon, make_app, unique_name, tmp_path):
    """A context folder with requirements.txt and a source folder; .dockerignore keeps a file out."""
    ctx = tmp_path / "shop"
    (ctx / "app").mkdir(parents=True)
    (ctx / "requirements.txt").write_text("flask==2.0\n")
    (ctx / "app" / "manage.py").write_text("print('hi')\n")
    (ctx / "secret.env").write_text("TOKEN=do-not-ship\n")
    (ctx / ".dockerignore").write_text("secret.env\n")
    (ctx / "Dockerfile").write_text(
        f"FROM {BASE_IMAGE}\nARG GREETING=hello\nRUN echo \"$GREETING\" > /greeting\n"
        "COPY ./requirements.txt /tmp/\nCOPY . /srv/shop\nWORKDIR /srv/shop/app\nCMD [\"cat\", \"/greeting\"]\n")
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    dialog.set_context(str(ctx))
    assert dialog.dockerfile.isReadOnly() and "COPY . /srv/shop" in dialog.dockerfile.toPlainText()
    tag = f"lcx-test/{unique_name}:shop"
    dialog.tag.setText(tag)
    dialog.build_args.setText("GREETING=bonjour")
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    assert "Built" in dialog.summary.text(), dialog.summary.text()
    files = daemon.containers.run(tag, ["sh", "-c", "ls /srv/shop; cat /greeting; cat /tmp/requirements.txt"],
                                  remove=True, labels={TEST_LABEL: "1"}).decode()
    assert "app" in files and "requirements.txt" in files and "secret.env" not in files  # .dockerignore honoured
    assert "bonjour" in files and "flask==2.0" in files  # the build argument reached the step
    entry = [e for e in app.ctx.log.entries() if str(e.summary).startswith("Build ")][-1]
    assert entry.command == f"docker build -t {tag} --build-arg GREETING=bonjour {ctx}"

    dialog.build_button.click()  # again: every step from the cache
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    assert dialog.runner.run_steps == 0 and dialog.runner.cached_steps >= 3
    dialog.no_cache.setChecked(True)  # --no-cache: every step runs again
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=60000)
    # Only FROM is reused (the base image is already here); every other step ran.
    assert dialog.runner.cached_steps == 1 and dialog.runner.steps[0].keyword == "FROM"
    assert dialog.runner.run_steps == len(dialog.runner.steps) - 1 >= 5
    app.window.build_dock.close()


def test_build_arguments_are_checked():
    from desktop.ui.build_view import parse_build_args

    assert parse_build_args("A=1 B='two words'") == ({"A": "1", "B": "two words"}, None)
    args, problem = parse_build_args("A=1 nonsense")
    assert args == {} and "nonsense" in problem


def test_cancel_stops_the_build_and_leaves_nothing_behind(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    tag = f"lcx-test/{unique_name}:cancelled"
    dialog.dockerfile.setPlainText(f"FROM {BASE_IMAGE}\nRUN echo made > /first\nRUN echo waiting; sleep 60\n")
    dialog.tag.setText(tag)
    images_before = {i['Id'] for i in daemon.api.images(all=True)}
    containers_before = {c['Id'] for c in daemon.api.containers(all=True)}
    dialog.build_button.click()
    qtbot.waitUntil(lambda: "waiting" in dialog.log_text(), timeout=30000)
    assert dialog.cancel_button.isEnabled()
    started = __import__("time").monotonic()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=15000)
    assert __import__("time").monotonic() - started < 10, "cancel did not stop the build promptly"
    assert "cancelled" in dialog.summary.text()
    # Nothing half-made: no temporary container, no image of the step that ran, no tag.
    qtbot.waitUntil(lambda: {c['Id'] for c in daemon.api.containers(all=True)} <= containers_before, timeout=15000)
    qtbot.waitUntil(lambda: {i['Id'] for i in daemon.api.images(all=True)} <= images_before, timeout=15000)
    assert not any(tag in i.tags for i in daemon.images.list())
    app.window.build_dock.close()


def test_a_failed_build_cleans_up_what_it_left(qtbot, daemon, make_app, unique_name):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    dialog = app.window.open_build_dialog()
    dialog.dockerfile.setPlainText(f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /first\nRUN exit 7\n")
    dialog.tag.setText(f"lcx-test/{unique_name}:fails")
    images_before = {i['Id'] for i in daemon.api.images(all=True)}
    containers_before = {c['Id'] for c in daemon.api.containers(all=True)}
    dialog.build_button.click()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=30000)
    assert "failed" in dialog.summary.text().lower()
    qtbot.waitUntil(lambda: {c['Id'] for c in daemon.api.containers(all=True)} <= containers_before, timeout=15000)
    qtbot.waitUntil(lambda: {i['Id'] for i in daemon.api.images(all=True)} <= images_before, timeout=15000)
    app.window.build_dock.close()


def test_live_steps_the_cache_banner_and_the_comparison(qtbot, daemon, make_app, unique_name, tmp_path):
    """Blocks appear while the build runs; a changed copied file is named in the banner; the
    comparison says which steps were reused and which rebuilt."""
    ctx = tmp_path / "live"
    ctx.mkdir()
    (ctx / "requirements.txt").write_text("one\n")
    (ctx / "Dockerfile").write_text(
        f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /first\nCOPY requirements.txt /tmp/\n"
        "RUN echo installing; sleep 2; cp /tmp/requirements.txt /installed\nCMD [\"cat\", \"/installed\"]\n")
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    panel = app.window.open_build_dialog()
    assert app.window.build_dock.isVisible() and not app.window.build_dock.isFloating()  # beside the views
    panel.set_context(str(ctx))
    tag = f"lcx-test/{unique_name}:live"
    panel.tag.setText(tag)
    panel.build_button.click()
    # Mid-build: the sleeping step is on screen, running, above finished ones.
    qtbot.waitUntil(lambda: any(not s.finished and s.number == 4 for s in panel.steps_view.steps), timeout=30000)
    shown = panel.steps_view.steps
    assert [s.status for s in shown[:3]] == ["cached", "ran", "ran"] and not shown[3].finished
    assert panel.runner.running and "step 4 of" in panel.summary.text()
    qtbot.waitUntil(lambda: panel.build_button.isEnabled(), timeout=60000)
    counts = panel.runner.counts()
    assert (counts.steps, counts.cached, counts.ran) == (6, 1, 5)  # 5 Dockerfile steps + the --label step
    assert counts.metadata == 2 and counts.layers == 3
    assert all(s.seconds is not None for s in panel.runner.steps)
    qtbot.waitUntil(lambda: panel.runner.steps[3].size is not None, timeout=10000)
    assert "5 ran (3 made a layer, 2 changed settings only)" in panel.summary.text()

    (ctx / "requirements.txt").write_text("two\n")  # what step 3 copies
    panel.build_button.click()
    qtbot.waitUntil(lambda: panel.build_button.isEnabled(), timeout=60000)
    assert [s.status for s in panel.runner.steps][:3] == ["cached", "cached", "ran"]
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=5000)
    assert "step 3" in panel.banner.text() and "requirements.txt" in panel.banner.text()
    assert panel.steps_view.broken_at == 3
    assert panel.compare_button.isEnabled()
    dialog = panel.open_comparison()
    verdicts = [row.verdict for row in dialog.rows]
    assert verdicts[:2] == ["reused", "reused"] and set(verdicts[2:]) == {"rebuilt"}
    assert "2 of 6 steps were reused" in dialog.heading.text()
    dialog.close()
    app.window.build_dock.close()
    assert panel.runner.log.rowCount() == 0  # closing lets the output go


def test_the_log_keeps_a_bounded_tail_and_strips_colour():
    from desktop.viewmodels import build as build_vm
    from desktop.viewmodels.build import BuildLogModel

    model = BuildLogModel()
    limit = build_vm.MAX_LOG_LINES
    model.append([(f"line {i}", "output") for i in range(limit + 5)])
    assert model.rowCount() == limit and model.dropped == 5
    model.append([("more", "output")] * 10)
    assert model.rowCount() <= limit and model.dropped >= 15
    assert model.data(model.index(model.rowCount() - 1)) == "more"
    model.clear()
    assert model.rowCount() == 0 and model.dropped == 0


def test_the_log_view_follows_the_end_selects_and_copies(qtbot):
    """The painted log: it stays on the newest line while the user has not scrolled up, keeps its
    place when they have, and copies the lines they selected (notes included)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication

    from desktop.ui.log_view import LogView
    from desktop.viewmodels.build import BuildLogModel

    model = BuildLogModel()
    view = LogView(model)
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    model.append([(f"line {i}", "output") for i in range(5000)])
    bar = view.verticalScrollBar()
    assert bar.maximum() > 4900 and bar.value() == bar.maximum()  # following the end
    model.append([("Step 2/2 : CMD x", "step"), (" ---> Using cache", "cached")])
    assert bar.value() == bar.maximum()
    bar.setValue(100)  # the user scrolls up: new lines must not pull the view away
    model.append([(f"later {i}", "output") for i in range(50)])
    assert bar.value() == 100
    top = view.viewport().rect().topLeft() + QPoint(5, 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=top)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=top + QPoint(0, 2 * (view.fontMetrics().height() + 2)))
    assert view.selected_text() == "line 100\nline 101\nline 102"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "line 100\nline 101\nline 102"
    view.scrollToBottom()
    view.select_all()
    assert view.selected_text().endswith("later 49")
    assert "Using cache    ← cache hit" in view.selected_text()
    model.clear()
    assert view.selected_text() == "" and bar.maximum() == 0


def test_a_typed_dockerfile_with_files_added_to_its_context(qtbot, daemon, make_app, unique_name, tmp_path):
    """Write the Dockerfile in the panel, add a file and a folder: COPY finds them in the image, and
    changing the added file breaks the cache at the step that copies it, named in the banner."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.py").write_text("print('hi')\n")
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("flask==2.0\n")
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.window.build_labels = {TEST_LABEL: "1"}
    panel = app.window.open_build_dialog()
    assert panel.add_files.isVisible() and not panel.remove_added.isEnabled()
    panel.dockerfile.setPlainText(
        f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /first\nCOPY requirements.txt /app/\nCOPY src /app/src\n"
        "CMD [\"ls\", \"/app\"]\n")
    panel.add_to_context([str(requirements), str(tmp_path / "src")])
    assert "requirements.txt" in panel.added_list.text() and "src" in panel.added_list.text()
    assert "files added below" in panel.dockerfile_title.text()
    tag = f"lcx-test/{unique_name}:typed"
    panel.tag.setText(tag)
    panel.build_button.click()
    qtbot.waitUntil(lambda: panel.build_button.isEnabled(), timeout=60000)
    assert "Built" in panel.summary.text(), panel.summary.text()
    out = daemon.containers.run(tag, ["sh", "-c", "cat /app/requirements.txt /app/src/main.py"], remove=True,
                                labels={TEST_LABEL: "1"}).decode()
    assert out == "flask==2.0\nprint('hi')\n"

    requirements.write_text("flask==3.0\n")  # what step 3 copies
    panel.build_button.click()
    qtbot.waitUntil(lambda: panel.build_button.isEnabled(), timeout=60000)
    assert [s.status for s in panel.runner.steps][:4] == ["cached", "cached", "ran", "ran"]
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=5000)
    assert "step 3" in panel.banner.text() and "requirements.txt" in panel.banner.text()
    panel.clear_added()
    assert "none" in panel.added_list.text() and not panel.remove_added.isEnabled()
    app.window.build_dock.close()
