"""``lifecycle-explorer export`` and ``layers`` in a subprocess, offscreen, against the real daemon."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE
from tests.support.base_image import build_image

pytestmark = pytest.mark.daemon

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=env)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG signature and IHDR chunk (checks both are there)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def svg_root(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag in ("svg", "{http://www.w3.org/2000/svg}svg"), root.tag
    return root


@pytest.fixture
def image(daemon, unique_name):
    tag = f"{unique_name}-export:1"
    dockerfile = f"FROM {BASE_IMAGE}\nENV X=1\nRUN dd if=/dev/zero of=/blob bs=1k count=120\nCMD [\"/bin/sh\"]\n"
    build_image(daemon, tag, dockerfile)
    return tag


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_layers_writes_a_valid_image(image, tmp_path, suffix):
    out = tmp_path / f"layers{suffix}"
    res = run_cli("export", "layers", image, str(out))
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    assert res.stdout.startswith(f"Wrote {out}") and image in res.stdout
    if suffix == ".png":
        w, h = png_size(out)
        assert 1200 <= w <= 6000 and 600 <= h <= 4000
        assert out.stat().st_size > 20_000  # a drawn chart, not a blank page
    else:
        root = svg_root(out)
        assert root.get("viewBox") and out.stat().st_size > 20_000
        text = out.read_text()
        assert "uncompressed" in text and "122.9 kB" in text  # the axis label and the dd layer's size (120 KiB)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_lifecycle_writes_a_valid_image(daemon, tmp_path, suffix):
    out = tmp_path / f"lifecycle{suffix}"
    res = run_cli("export", "lifecycle", str(out))
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"Wrote {out}")
    if suffix == ".png":
        w, h = png_size(out)
        assert 1000 <= w <= 5000 and 600 <= h <= 4000
    else:
        svg_root(out)
        assert "Image" in out.read_text()


def test_layers_csv_and_json_tell_the_same_numbers(image):
    as_json = run_cli("layers", image, "--format", "json")
    as_csv = run_cli("layers", image, "--format", "csv")
    assert as_json.returncode == 0 and as_csv.returncode == 0, as_json.stderr + as_csv.stderr
    steps = json.loads(as_json.stdout)["steps"]
    lines = as_csv.stdout.splitlines()
    assert len(lines) == len(steps) + 1
    import csv

    rows = list(csv.DictReader(lines))
    for step, row in zip(steps, rows):
        assert int(row["size"]) == step["size"] and int(row["cumulative_size"]) == step["cumulative_size"]
        assert row["full_text"] == step["full_text"] and row["diff_id"] == (step["diff_id"] or "")


def test_export_of_an_unknown_image_is_one_sentence(daemon, tmp_path, unique_name):
    out = tmp_path / "x.png"
    res = run_cli("export", "layers", f"{unique_name}-missing:1", str(out))
    assert res.returncode == 1
    assert res.stdout == "" and not out.exists()
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
    assert "docker images" in res.stderr
