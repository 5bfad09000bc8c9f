"""Keep the dependency direction honest: ui → viewmodels → engine / lifecycle / layers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
QT = {"PySide6", "shiboken6", "pyqtgraph"}
DOCKER = {"docker", "requests", "urllib3", "paramiko"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
            if node.module.startswith("desktop."):
                roots.add(node.module)
    return roots


def modules(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("sub", ["lifecycle", "layers"])
def test_pure_packages_import_neither_qt_nor_docker(sub):
    files = modules(sub)
    assert files, f"desktop/{sub} has no modules"
    for path in files:
        bad = imported_roots(path) & (QT | DOCKER)
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


@pytest.mark.parametrize("sub", ["ui", "viewmodels"])
def test_views_never_import_docker(sub):
    for path in modules(sub):
        bad = imported_roots(path) & DOCKER
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}: go through desktop.engine"


def test_engine_knows_nothing_of_qt():
    for path in modules("engine"):
        bad = imported_roots(path) & QT
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


def test_only_the_engine_imports_docker():
    for path in PACKAGE.rglob("*.py"):
        if "engine" in path.relative_to(PACKAGE).parts:
            continue
        bad = imported_roots(path) & DOCKER
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


def test_the_translation_marker_is_pure():
    """desktop/text.py is imported by the pure packages and the engine: it must stay stdlib-only."""
    path = PACKAGE / "text.py"
    assert not imported_roots(path) & (QT | DOCKER)
    assert {r for r in imported_roots(path) if not r.startswith("desktop")} <= {"__future__", "collections", "typing"}


def test_viewmodels_use_no_widgets():
    for path in modules("viewmodels"):
        text = path.read_text()
        assert "QtWidgets" not in text and "pyqtgraph" not in text, f"{path.name} uses widgets"
