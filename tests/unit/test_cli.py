"""The window-less sub-commands: usage mistakes and unreachable daemons end in one sentence and an
exit status, never a traceback; the table formats carry exactly the ``to_rows`` numbers."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import export_view, print_layers
from desktop.layers import build_image_layers, to_rows
from desktop.viewmodels.layers import CSV_COLUMNS, SIZE_MEASURE, rows_as_csv, rows_as_json

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[2]
NO_DAEMON = "unix:///nonexistent/lcx-test-no-daemon.sock"


def recorded(name: str):
    rec = json.loads((DATA / f"layers_{name}.json").read_text())
    return build_image_layers(rec["image_id"], rec["tags"], rec["history"], rec["rootfs_layers"],
                              [bool(x) for x in rec["save_empty_layer"]])


def call(fn, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = fn(*args, out=out, err=err, **kwargs)
    return status, out.getvalue(), err.getvalue()


def one_sentence(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text and lines[0].endswith("."), text
    return lines[0]


@pytest.mark.parametrize("fmt", ["xml", "JSON", "", "yaml"])
def test_unknown_table_format_is_a_usage_error(fmt):
    status, out, err = call(print_layers, "busybox", fmt, host=NO_DAEMON)
    assert status == 2 and out == ""
    assert "json or csv" in one_sentence(err)


def test_missing_image_name_is_a_usage_error():
    status, out, err = call(print_layers, "  ", "json", host=NO_DAEMON)
    assert status == 2 and out == "" and "No image given" in one_sentence(err)


def test_unreachable_daemon_is_one_sentence_and_status_1():
    status, out, err = call(print_layers, "busybox", "json", host=NO_DAEMON)
    assert status == 1 and out == ""
    sentence = one_sentence(err)
    assert "not reachable" in sentence and NO_DAEMON in sentence


@pytest.mark.parametrize(
    ("what", "image", "output", "needle"),
    [
        ("graph", None, "out.png", "Unknown view"),
        ("layers", None, "out.png", "No image given"),
        ("layers", "busybox", "out.jpg", ".png or .svg"),
        ("lifecycle", None, "out", ".png or .svg"),
        ("lifecycle", None, "", ".png or .svg"),
    ],
)
def test_export_usage_errors(what, image, output, needle, tmp_path):
    status, out, err = call(export_view, what, image, str(tmp_path / output) if output else "", host=NO_DAEMON)
    assert status == 2 and out == ""
    assert needle in one_sentence(err)
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_says_so(tmp_path):
    target = tmp_path / "no-such-folder" / "graph.svg"
    status, out, err = call(export_view, "lifecycle", None, str(target), host=NO_DAEMON)
    assert status == 1 and out == ""
    assert "does not exist" in one_sentence(err)


def test_export_with_no_daemon_writes_nothing(tmp_path):
    target = tmp_path / "graph.png"
    status, out, err = call(export_view, "lifecycle", None, str(target), host=NO_DAEMON)
    assert status == 1 and out == "" and not target.exists()
    assert "not reachable" in one_sentence(err)


def test_argument_errors_from_the_command_line():
    res = subprocess.run([sys.executable, "-m", "desktop", "layers", "busybox", "--format", "xml"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "invalid choice" in res.stderr and res.stdout == ""
    res = subprocess.run([sys.executable, "-m", "desktop", "--host", NO_DAEMON, "layers", "busybox"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and res.stdout == ""
    assert "not reachable" in one_sentence(res.stderr)


@pytest.mark.parametrize("name", ["a", "b", "d", "commit", "missing"])
def test_json_document_is_to_rows_with_what_the_sizes_mean(name):
    layers = recorded(name)
    doc = json.loads(rows_as_json(layers))
    assert doc["steps"] == to_rows(layers)
    assert doc["image_id"] == layers.image_id and doc["total_size"] == layers.total_size
    assert doc["size_measure"] == SIZE_MEASURE and doc["mapped"] == layers.mapped


@pytest.mark.parametrize("name", ["a", "b", "d", "commit", "missing"])
def test_csv_has_one_row_per_step_with_the_same_values(name):
    layers = recorded(name)
    reader = csv.DictReader(io.StringIO(rows_as_csv(layers)))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = list(reader)
    expected = to_rows(layers)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        for key in CSV_COLUMNS:
            value = want[key]
            if isinstance(value, list):
                value = " ".join(value)
            if isinstance(value, bool):
                value = "true" if value else "false"
            assert got[key] == ("" if value is None else str(value)), (name, key)
