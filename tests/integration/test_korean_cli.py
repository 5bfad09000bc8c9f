"""The window-less commands speak the language asked for: ``--lang ko`` and ``LANG=ko_KR.UTF-8``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE
from tests.support.base_image import build_image

REPO = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[가-힣]")


def run_cli(*args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=full)


def svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def words_in(lang: str, func):
    """What ``func()`` says in ``lang`` (the test process switches its own translator)."""
    from desktop.i18n import install_language

    install_language(lang)
    try:
        return func()
    finally:
        install_language("en")


@pytest.mark.daemon
def test_export_lifecycle_in_korean_has_korean_state_names_only(daemon, tmp_path, qapp):
    from desktop.lifecycle import State
    from desktop.ui.lifecycle_scene import node_label

    out = tmp_path / "graph.svg"
    res = run_cli("--lang", "ko", "export", "lifecycle", str(out))
    assert res.returncode == 0, res.stderr
    assert HANGUL.search(res.stdout), f"the report line is not in Korean: {res.stdout!r}"
    text = svg_text(out)
    korean = words_in("ko", lambda: {s: node_label(s) for s in State})
    english = words_in("en", lambda: {s: node_label(s) for s in State})
    for state in State:
        assert HANGUL.search(korean[state]), f"{state}: {korean[state]!r} is not Korean"
        assert korean[state].split("\n")[0] in text, f"{korean[state]!r} missing from the Korean SVG"
        assert f">{english[state]}<" not in text and english[state] not in re.findall(r">([^<]+)<", text), (
            f"English {english[state]!r} left in the Korean SVG")


@pytest.mark.daemon
def test_export_lifecycle_follows_the_system_locale(daemon, tmp_path, qapp):
    from desktop.lifecycle import State
    from desktop.ui.lifecycle_scene import node_label

    out = tmp_path / "graph.svg"
    res = run_cli("export", "lifecycle", str(out), env={"LANG": "ko_KR.UTF-8", "LC_ALL": "", "LANGUAGE": ""})
    assert res.returncode == 0, res.stderr
    running = words_in("ko", lambda: node_label(State.RUNNING))
    assert running in svg_text(out)
    out_en = tmp_path / "graph-en.svg"
    res = run_cli("--lang", "en", "export", "lifecycle", str(out_en), env={"LANG": "ko_KR.UTF-8"})
    assert res.returncode == 0, res.stderr
    assert not HANGUL.search(" ".join(re.findall(r">([^<]+)<", svg_text(out_en)))), "--lang en must win over LANG"


@pytest.mark.daemon
def test_export_layers_in_korean_has_korean_axis_titles(daemon, unique_name, tmp_path, qapp):
    from desktop.ui import layers_chart

    tag = f"{unique_name}-ko:1"
    build_image(daemon, tag, f"FROM {BASE_IMAGE}\nENV X=1\nRUN dd if=/dev/zero of=/blob bs=1k count=64\n")
    out = tmp_path / "layers.svg"
    res = run_cli("--lang", "ko", "export", "layers", tag, str(out))
    assert res.returncode == 0, res.stderr
    text = svg_text(out)
    ko_titles = words_in("ko", layers_chart.axis_titles)
    en_titles = words_in("en", layers_chart.axis_titles)
    for ko, en in zip(ko_titles, en_titles):
        assert HANGUL.search(ko), ko
        for word in ko.split():  # a long axis title is broken into lines
            assert word in text, f"{word!r} of the axis title {ko!r} missing from the Korean SVG"
        for word in (w for w in en.split() if len(w) > 3 and w.isalpha()):
            assert not re.search(rf"\b{word}\b", text), f"{word!r} of the English axis title {en!r} left in the SVG"


def test_usage_errors_are_in_korean(tmp_path):
    res = run_cli("--lang", "ko", "export", "lifecycle", str(tmp_path / "graph.gif"))
    assert res.returncode == 2
    assert HANGUL.search(res.stderr) and "Traceback" not in res.stderr
    res = run_cli("--lang", "ko", "--host", "unix:///nonexistent/docker.sock", "layers", "x", "--format", "json")
    assert res.returncode == 1 and HANGUL.search(res.stderr), res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_unknown_language_is_refused():
    res = run_cli("--lang", "fr", "--version")
    assert res.returncode == 2 and "fr" in res.stderr


def test_help_is_in_the_language_asked_for():
    res = run_cli("--lang", "ko", "--help")
    assert res.returncode == 0 and HANGUL.search(res.stdout), res.stdout
    assert "라이프사이클" in res.stdout
    res = run_cli("--help", env={"LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": ""})
    assert res.returncode == 0 and not HANGUL.search(res.stdout)
    assert "classroom lock" in res.stdout


def test_usage_mistakes_are_said_in_the_language_asked_for():
    res = run_cli("--lang", "ko", "layers", "x", "--format", "xml")
    assert res.returncode == 2
    assert "오류" in res.stderr and "올바르지 않은 선택" in res.stderr, res.stderr
    res = run_cli("layers", "x", "--format", "xml", env={"LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": ""})
    assert res.returncode == 2 and "invalid choice" in res.stderr and not HANGUL.search(res.stderr)
