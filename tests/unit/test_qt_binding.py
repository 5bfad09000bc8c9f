"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 did, on emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts_of_true_and_none():
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(200):
        emitter.fired.emit(None)
    after = (sys.getrefcount(True), sys.getrefcount(None))
    assert len(received) == 200
    # Immortal objects (Python ≥ 3.12) report a constant count; older ones must not drift down.
    assert after[0] >= before[0] - 5, "Signal.emit() leaks a reference to True: pin another PySide6"
    assert after[1] >= before[1] - 5


def test_modules_imported_after_the_app_are_not_read_by_pyside(tmp_path, monkeypatch):
    """PySide6's ``__import__`` wrapper reads the whole source of every later import (start-up time,
    and a stall on whichever thread imports); the app puts the plain import back."""
    import builtins
    import linecache

    import desktop  # noqa: F401 - importing the package releases the wrapper

    assert builtins.__import__ is not getattr(builtins, "__feature_import__", None)
    module = tmp_path / "lcx_probe_module.py"
    module.write_text("VALUE = 42  # PySide6\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import lcx_probe_module  # noqa: F401

    assert lcx_probe_module.VALUE == 42
    assert str(module) not in linecache.cache, "the module's source was read at import"
    sys.modules.pop("lcx_probe_module", None)


def test_releasing_the_import_wrapper_keeps_any_other_replacement(monkeypatch):
    import builtins

    from desktop import release_pyside_import_hook

    def own_import(*args, **kwargs):
        return original(*args, **kwargs)

    original = builtins.__import__
    monkeypatch.setattr(builtins, "__import__", own_import)
    assert release_pyside_import_hook() is False
    assert builtins.__import__ is own_import
