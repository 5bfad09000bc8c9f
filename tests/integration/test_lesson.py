"""The lesson on a real daemon, among objects that are not the lesson's: every step confirmed by what
the daemon shows, steps done outside the app recognised, refusals said in a sentence, and a reset
that removes exactly what the lesson made."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import lesson as L
from tests.conftest import wait_synced

pytestmark = pytest.mark.daemon

REPO = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[가-힣]")


def daemon_holds(client) -> tuple[set, set]:
    """Every container and image id the daemon holds (all of them, not only the tests')."""
    return ({c.id for c in client.containers.list(all=True)},
            {i.id for i in client.images.list(all=True)})


def run_lesson(lang: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "lesson", "--auto", "--lang", lang, "--delay", "0"],
                          cwd=REPO, capture_output=True, text=True, timeout=600, env=env)


@pytest.fixture
def clean_lesson(docker_client):
    """The lesson's fixed names must be free; whatever happens, its objects are gone afterwards."""
    yield
    for c in docker_client.containers.list(all=True, filters={"label": L.LESSON_LABEL}):
        c.remove(force=True)
    for _ in range(3):
        for image in sorted(docker_client.images.list(all=True, filters={"label": L.LESSON_LABEL}),
                            key=lambda i: -int(i.attrs.get("Created", "0")[:4] or 0)):
            try:
                docker_client.images.remove(image.id, force=True)
            except Exception:
                pass


def test_the_whole_lesson_plays_by_itself_and_leaves_the_daemon_as_it_was(daemon, clean_lesson):
    # Something that is not the lesson's, whatever else the daemon holds (CI adds bystanders too).
    from tests.conftest import BASE_IMAGE, TEST_LABEL

    daemon.containers.create(BASE_IMAGE, ["true"], labels={TEST_LABEL: "1"})
    before = daemon_holds(daemon)
    korean = run_lesson("ko")
    assert korean.returncode == 0, korean.stderr + korean.stdout
    steps = re.findall(r"^\[(\d+) / (\d+)\]", korean.stdout, re.M)
    assert [int(n) for n, _total in steps] == list(range(1, len(L.STEPS) + 1))
    confirmations = [line for line in korean.stdout.splitlines() if line.strip().startswith("✓")]
    assert len(confirmations) == len(L.STEPS)
    captions = [line for line in korean.stdout.splitlines() if line.startswith("    ") and not line.strip()[:1] in "$✓"]
    assert len(captions) == len(L.STEPS) and all(HANGUL.search(c) for c in captions)
    assert "1–4단계는 캐시에서" in korean.stdout  # the cache broke at the step that copies the changed file
    assert daemon_holds(daemon) == before

    english = run_lesson("en")  # again, at once: it must not depend on a clean daemon
    assert english.returncode == 0, english.stderr + english.stdout
    assert "lesson/shop:2 has 6 layers, one more than lesson/shop:1" in english.stdout
    assert "All 7 steps came from the cache" in english.stdout
    assert "Steps 1–4 came from the cache, 5–7 ran" in english.stdout
    assert f"All {len(L.STEPS)} steps were confirmed by the daemon." in english.stdout
    assert not HANGUL.search(english.stdout)
    assert daemon_holds(daemon) == before


def _confirmed(runner) -> bool:
    return runner.current_status == "confirmed"


def test_steps_done_outside_the_app_are_recognised_and_refusals_are_sentences(qtbot, daemon, make_app,
                                                                              clean_lesson):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    app.ctx.settings.confirm_destructive = False
    panel = app.window.open_lesson()
    runner = panel.runner
    done = []
    runner.reset(done.append)
    qtbot.waitUntil(lambda: done == [True], timeout=30000)
    assert runner.progress() == f"1 / {len(L.STEPS)}"

    # PageDown alone drives it: it does the step, and once the daemon confirms it, moves on.
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: _confirmed(runner), timeout=60000)
    assert "✓" in panel.status.text() and L.BASE in panel.status.text()
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert runner.step.key == "build"
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: _confirmed(runner), timeout=120000)
    assert app.window.build_dock.isVisible()  # the build was shown in the Build panel
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert runner.step.key == "create"

    # Done from outside the app (the SDK, as a terminal would): the step is confirmed all the same.
    outside = daemon.containers.create(L.SHOP, name=L.WEB)
    qtbot.waitUntil(lambda: _confirmed(runner), timeout=20000)
    assert "lesson-web" in panel.status.text() and runner.detail[runner.index]
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert runner.step.key == "start"
    outside.start()
    qtbot.waitUntil(lambda: _confirmed(runner), timeout=20000)
    qtbot.waitUntil(lambda: "tick" in panel.pulse.text(), timeout=10000)  # its heartbeat shows

    # The lesson-only filter: the graph counts and the lists show the lesson's objects alone.
    lifecycle = app.window.views["Lifecycle"]
    running_all = len(lifecycle.containers_in(__import__("desktop.lifecycle", fromlist=["State"]).State.RUNNING))
    assert running_all >= 2  # lesson-web and the bystander
    panel.only.setChecked(True)
    from desktop.lifecycle import State

    assert [c.name for c in lifecycle.containers_in(State.RUNNING)] == [L.WEB]
    assert lifecycle.scene.nodes[State.IMAGE].count == 2  # lesson/base:1 and lesson/shop:1
    shown = [app.window.image_model.index(r, 0).data() for r in range(app.window.image_model.rowCount())
             if not app.window.image_view.isRowHidden(r, app.window.image_view.rootIndex())]
    assert sorted(shown) == sorted([L.BASE, L.SHOP])
    panel.only.setChecked(False)
    assert len(lifecycle.containers_in(State.RUNNING)) == running_all

    # The daemon refuses: a container named lesson-run already exists (made, never started: were it
    # running, the step would be confirmed as done outside the app), so `docker run --name` fails.
    runner.go(L.step_index("run"))
    squatter = daemon.containers.create(L.SHOP, name=L.RUNNER, command=["true"])
    qtbot.waitUntil(lambda: (c := runner.container(L.RUNNER)) is not None and c.status == "created", timeout=10000)
    runner.do_it()
    qtbot.waitUntil(lambda: runner.current_status == "failed", timeout=20000)
    sentence = panel.status.text()
    assert sentence.startswith("✕") and "already in use" in sentence and "Traceback" not in sentence
    squatter.remove(force=True)
    qtbot.waitUntil(lambda: runner.container(L.RUNNER) is None, timeout=10000)
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)  # tries again, and now it works
    qtbot.waitUntil(lambda: _confirmed(runner), timeout=20000)

    # Reset removes the lesson's objects, and nothing else.
    others = {c.id for c in daemon.containers.list(all=True) if L.LESSON_LABEL not in c.labels}
    done.clear()
    runner.reset(done.append)
    qtbot.waitUntil(lambda: done == [True], timeout=60000)
    assert daemon.containers.list(all=True, filters={"label": L.LESSON_LABEL}) == []
    assert daemon.images.list(all=True, filters={"label": L.LESSON_LABEL}) == []
    assert {c.id for c in daemon.containers.list(all=True)} == others
    assert runner.index == 0
