"""The Layers tab in the real app against a real daemon: chart, hover, table, container stack, compare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import docker.api.client
import pytest
from PySide6.QtCore import Qt

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced
from tests.support.base_image import build_image

pytestmark = pytest.mark.daemon

REPO = Path(__file__).resolve().parents[2]

#: Seven history rows: the base's import, five instructions, and the LABEL the build adds (the
#: classic builder appends ``labels=`` as a last step): four layers, three metadata steps.
DOCKERFILE = f"""\
FROM {BASE_IMAGE}
ENV APP=/app
RUN dd if=/dev/zero of=/data bs=1k count=300
COPY hello.txt /app/
RUN echo built > /app/v.txt
CMD ["/bin/sh"]
"""


def build(client, tag: str, dockerfile: str, files: dict[str, bytes] | None = None) -> str:
    """Classic-builder build of an in-memory context; returns the image id."""
    return build_image(client, tag, dockerfile, files)


def export_json(image: str) -> dict:
    res = subprocess.run([sys.executable, "-m", "desktop", "layers", image, "--format", "json"], cwd=REPO,
                         capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


@pytest.fixture
def seven(daemon, unique_name):
    tag = f"{unique_name}-seven:1"
    image_id = build(daemon, tag, DOCKERFILE, {"hello.txt": b"hello\n"})
    assert len(daemon.api.history(image_id)) == 7
    return tag, image_id


@pytest.fixture
def gui_guard(monkeypatch):
    """While armed, any daemon call from the GUI thread fails the test (the test's own calls are
    made with the guard disarmed)."""
    state = {"armed": False, "violations": []}
    original = docker.api.client.APIClient.send

    def send(self, request, *args, **kwargs):
        if state["armed"] and threading.current_thread() is threading.main_thread():
            state["violations"].append(f"{request.method} {request.url}")
            raise AssertionError(f"daemon call on the GUI thread: {request.method} {request.url}")
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(docker.api.client.APIClient, "send", send)
    yield state
    assert state["violations"] == []


def open_layers(qtbot, make_app, image_id: str):
    app = make_app(show=True)
    app.window.resize(1500, 950)
    wait_synced(qtbot, app)
    qtbot.waitUntil(lambda: image_id in app.daemon.images, timeout=10000)
    view = app.window.views["Layers"]
    app.window.tabs.setCurrentWidget(view)
    app.window.select_image(image_id)
    qtbot.waitUntil(lambda: view.chart.layers is not None and view.chart.layers.image_id == image_id, timeout=15000)
    qtbot.waitUntil(lambda: view.store.complete, timeout=30000)
    return app, view


def test_chart_draws_one_bar_per_step_and_hover_and_table_agree_with_the_export(qtbot, seven, make_app, gui_guard):
    tag, image_id = seven
    doc = export_json(tag)
    gui_guard["armed"] = True
    app, view = open_layers(qtbot, make_app, image_id)
    chart = view.chart
    steps = doc["steps"]
    assert len(steps) == 7

    # One mark per step, in build order: a bar for each layer with bytes, a marker for the others.
    drawn = chart.drawn_steps()
    assert sorted(drawn) == list(range(7))
    for s in steps:
        if s["is_layer"] and s["size"] > 0:
            assert drawn[s["index"]].startswith("bar:"), s
        elif s["is_layer"]:
            assert drawn[s["index"]] == "zero", s
        else:
            assert drawn[s["index"]] == "marker", s
    # The base image's layer is shared (every test image is built on it); the dd layer is this image's own.
    assert drawn[0] == "bar:shared"
    dd = next(s for s in steps if s["instruction"].startswith("RUN dd"))
    assert drawn[dd["index"]] == "bar:unique"
    assert "uncompressed" in chart.plot.getPlotItem().getAxis("left").labelText.replace("<br>", " ")

    # The table holds exactly the exported rows.
    model = view.table_model
    assert model.rowCount() == 7
    for s in steps:
        assert model.row_dict(s["index"]) == s
        # The base image's row is B1 (the build log's Step 1, FROM); the image's own steps are 2… as in the log.
        assert model.index(s["index"], 0).data() == ("B1" if s["index"] == 0 else str(s["index"] + 1))
        from desktop.layers import human_size

        size_text = model.index(s["index"], model.SIZE_COLUMN).data()
        assert size_text == (human_size(s["size"]) if s["is_layer"] else "—")
        assert model.index(s["index"], model.CUMULATIVE_COLUMN).data() == human_size(s["cumulative_size"])
        layer_text = model.index(s["index"], model.LAYER_COLUMN).data()
        assert layer_text.startswith(("shared", "unique")) if s["is_layer"] else layer_text == "none (metadata)"

    # Hovering a bar tells the full instruction, size, time, layer id and who shares it.
    viewport = chart.plot.viewport()
    for s in (steps[0], dd, steps[1]):
        qtbot.mouseMove(viewport, chart.step_point(s["index"]))
        qtbot.waitUntil(lambda i=s["index"]: chart.hovered == i, timeout=3000)
        text = chart.hover_text
        assert s["full_text"] in text
        assert s["created"].replace("T", " ").replace("Z", " UTC") in text
        if s["is_layer"]:
            assert human_size(s["size"]) in text and f"{s['size']:,} bytes" in text
            assert s["diff_id"].split(":")[1][:12] in text
        else:
            assert "adds no layer" in text
    qtbot.mouseMove(viewport, chart.step_point(0))
    qtbot.waitUntil(lambda: chart.hovered == 0, timeout=3000)
    assert "Shared with" in chart.hover_text and BASE_IMAGE in chart.hover_text
    qtbot.mouseMove(viewport, chart.step_point(dd["index"]))
    qtbot.waitUntil(lambda: chart.hovered == dd["index"], timeout=3000)
    assert "Unique" in chart.hover_text

    # Clicking a bar selects its row in the table (and the chart outlines it).
    for i in (dd["index"], 0, 6):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=chart.step_point(i))
        qtbot.waitUntil(lambda i=i: view.table.currentIndex().row() == i, timeout=3000)
        assert chart.selected == i

    # Log scale keeps one mark per step.
    view.log_action.setChecked(True)
    assert chart.log_scale and sorted(chart.drawn_steps()) == list(range(7))
    view.log_action.setChecked(False)
    gui_guard["armed"] = False


def test_chart_exports_png_and_svg_from_the_view(qtbot, seven, make_app, tmp_path):
    _tag, image_id = seven
    app, view = open_layers(qtbot, make_app, image_id)
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert view.export_chart(str(png)) and view.export_chart(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert b"<svg" in svg.read_bytes()[:1000]
    assert "Exported the chart" in view.message.text()
    table = tmp_path / "table.csv"
    assert view.export_table(str(table))
    assert table.read_text().splitlines()[0].startswith("index,instruction,kind,size")
    assert not view.export_chart(str(tmp_path / "no-such-dir" / "x.png"))
    assert "Could not export" in view.message.text()


def test_container_stack_shows_size_rw_and_diff_then_its_removal(qtbot, seven, make_app, daemon, unique_name,
                                                                   gui_guard):
    tag, image_id = seven
    cid = daemon.api.create_container(
        tag, command=["sh", "-c", "echo hi > /new.txt; rm /app/v.txt; sleep 300"], name=f"{unique_name}-stack",
        labels={TEST_LABEL: "1"},
    )["Id"]
    daemon.api.start(cid)
    qtbot.waitUntil(lambda: {"/new.txt", "/app/v.txt"} <= {c["Path"] for c in daemon.api.diff(cid) or []},
                    timeout=10000)
    expected_rw = next(c["SizeRw"] for c in daemon.df()["Containers"] if c["Id"] == cid)

    gui_guard["armed"] = True
    app, view = open_layers(qtbot, make_app, image_id)
    qtbot.waitUntil(lambda: cid in app.daemon.containers, timeout=10000)
    app.window.select_container(cid)
    stack = view.stack
    assert view.pages.currentWidget() is stack
    qtbot.waitUntil(lambda: stack.size_rw is not None and stack.changes is not None, timeout=10000)
    qtbot.waitUntil(lambda: len(stack.blocks()) > 1, timeout=10000)

    assert stack.size_rw == expected_rw > 0
    changes = {(c.path, c.kind) for c in stack.changes}
    assert ("/new.txt", "A") in changes and ("/app/v.txt", "D") in changes and ("/app", "C") in changes
    listed = {(stack.diff_list.topLevelItem(i).text(1), stack.diff_list.topLevelItem(i).text(0))
              for i in range(stack.diff_list.topLevelItemCount())}
    assert listed == changes
    blocks = stack.blocks()
    layers = view.store.layers(image_id)
    assert blocks[0].kind == "writable" and blocks[0].size == expected_rw and not blocks[0].removed
    image_blocks = blocks[1:]
    assert [b.size for b in image_blocks] == [s.size for s in reversed(layers.layers)]
    assert all(b.kind == "image" for b in image_blocks)
    assert "SizeRw): " in stack.note.text()

    gui_guard["armed"] = False
    daemon.api.remove_container(cid, force=True)
    gui_guard["armed"] = True
    qtbot.waitUntil(lambda: stack.removed, timeout=10000)
    after = stack.blocks()
    assert after[0].kind == "writable" and after[0].removed
    assert after[1:] == image_blocks  # the image's layers are untouched
    assert stack.note.text() == "Removed: its writable layer is gone; the image layers below are unchanged."
    assert "removed" in stack.title.text()
    gui_guard["armed"] = False


def test_a_volume_outlives_its_container_in_the_stack(qtbot, seven, make_app, daemon, unique_name):
    tag, image_id = seven
    volume = daemon.volumes.create(f"{unique_name}-data", labels={TEST_LABEL: "1"})
    try:
        c = daemon.containers.run(tag, ["sh", "-c", "echo kept > /vol/note; echo gone > /scratch; sleep 300"],
                                  name=f"{unique_name}-vol", volumes={volume.name: {"bind": "/vol"}},
                                  labels={TEST_LABEL: "1"}, detach=True)
        app, view = open_layers(qtbot, make_app, image_id)
        qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)
        app.window.select_container(c.id)
        stack = view.stack
        qtbot.waitUntil(lambda: stack.changes is not None, timeout=10000)
        blocks = stack.blocks()
        assert blocks[0].kind == "volume" and volume.name in blocks[0].label and "mounted" in blocks[0].label
        assert blocks[1].kind == "writable" and not blocks[1].removed
        # The file written to the volume is not in the container's own layer; the other one is.
        paths = {ch.path for ch in stack.changes}
        assert "/scratch" in paths and "/vol/note" not in paths
        c.remove(force=True)
        qtbot.waitUntil(lambda: stack.removed, timeout=10000)
        after = stack.blocks()
        assert after[0].kind == "volume" and "still here" in after[0].label
        assert after[1].kind == "writable" and after[1].removed
        # And the daemon agrees: the volume and its data are still there.
        reader = daemon.containers.run(tag, ["cat", "/vol/note"], volumes={volume.name: {"bind": "/vol"}},
                                       labels={TEST_LABEL: "1"}, detach=True)
        reader.wait(timeout=30)
        assert reader.logs().strip() == b"kept"
        reader.remove()
    finally:
        for c in daemon.containers.list(all=True, filters={"name": unique_name}):
            c.remove(force=True)
        volume.remove(force=True)


def test_compare_image_with_its_commit(qtbot, seven, make_app, daemon, unique_name):
    tag, image_id = seven
    cid = daemon.api.create_container(tag, command=["sh", "-c", "echo c > /c.txt"], labels={TEST_LABEL: "1"})["Id"]
    daemon.api.start(cid)
    daemon.api.wait(cid, timeout=60)
    commit_id = daemon.api.commit(cid, repository=f"{unique_name}-commit", tag="1",
                                  conf={"Labels": {TEST_LABEL: "1"}})["Id"]
    app, view = open_layers(qtbot, make_app, image_id)
    qtbot.waitUntil(lambda: commit_id in view.store.listed and view.store.complete, timeout=15000)
    compare = view.compare
    view.pages.setCurrentWidget(compare)
    # With nothing chosen, the closest relative (the commit: it shares every layer) is suggested.
    qtbot.waitUntil(lambda: compare.right_id == commit_id and compare.alignment is not None, timeout=10000)
    al = compare.alignment
    assert al.common_count == 7 and al.first_difference == 7 and len(al.rows) == 8
    assert compare.table.topLevelItemCount() == 8
    assert compare.table.topLevelItem(0).text(3) == "═ same"
    last = compare.table.topLevelItem(7)
    assert last.text(1) == "" and "echo c > /c.txt" in last.text(4) and last.text(3) == ""
    assert "The first <b>7</b> steps are the same" in compare.summary.text()


def test_files_page_shows_each_layer_s_files_the_waste_and_the_treemap(qtbot, daemon, make_app, unique_name, gui_guard):
    """The Files page reads the image's export off the GUI thread; it lists what a layer changed, the
    inefficient files with dive's numbers (the same as `analyze`), a treemap by the layer that wrote
    each file, and follows the chart (and back)."""
    from tests.integration.test_analyze import DOCKERFILE as WASTEFUL

    tag = f"{unique_name}-waste:1"
    image_id = build(daemon, tag, WASTEFUL, {"same.txt": b"the same\n"})
    app, view = open_layers(qtbot, make_app, image_id)
    gui_guard["armed"] = True
    view.pages.setCurrentWidget(view.files)
    files = view.files
    qtbot.waitUntil(lambda: files.analysis is not None, timeout=60000)
    analysed = subprocess.run([sys.executable, "-m", "desktop", "analyze", tag, "--format", "dive"], cwd=REPO,
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    gui_guard["armed"] = False
    dive = json.loads(analysed.stdout)["image"]
    gui_guard["armed"] = True
    shown = [(files.wasted.topLevelItem(i).text(0), int(files.wasted.topLevelItem(i).text(1)))
             for i in range(files.wasted.topLevelItemCount())]
    assert shown == [(r["file"], r["count"]) for r in dive["fileReference"]]
    assert f"{dive['efficiencyScore']:.1%}" in files.summary.text()

    # The layer that ran `rm /keep/a && chmod 600 /big`: /keep/a removed, /big changed.
    files.set_layer(3)
    rows = {files.files.topLevelItem(i).text(0): files.files.topLevelItem(i).text(1)
            for i in range(files.files.topLevelItemCount())}
    assert rows.get("/keep/a") == "removed" and rows.get("/big") == "changed"
    files.whole.setChecked(True)  # the whole filesystem as of that layer: /keep/a is gone, /big is there
    top = {files.files.topLevelItem(i).text(0) for i in range(files.files.topLevelItemCount())}
    assert "big" in top and "keep" in top
    files.whole.setChecked(False)

    # The treemap: one tile per large file, coloured by the layer that last wrote it; a click opens it.
    assert files.treemap.tiles and any(path.endswith("busybox") for _r, path, _l, _s in files.treemap.tiles)
    rect, path, layer, _size = next(t for t in files.treemap.tiles if t[1] == "big")
    chosen = []
    files.layer_chosen.connect(chosen.append)
    qtbot.mouseClick(files.treemap, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert chosen == [layer] and files.layer == layer and files.search.text() == "big"
    # The chart's step follows the Files page, and the Files page follows the chart.
    layer_steps = [s.index for s in view.chart.layers.steps if s.is_layer]
    assert view.chart.selected == layer_steps[layer]
    view._on_chart_step_clicked(layer_steps[1])
    assert files.layer == 1
    from PySide6.QtCore import QAbstractAnimation, QPropertyAnimation

    # The search field's clear button fades in: let it finish before the window closes.
    qtbot.waitUntil(lambda: all(a.state() != QAbstractAnimation.State.Running
                                for a in app.window.findChildren(QPropertyAnimation)), timeout=3000)
