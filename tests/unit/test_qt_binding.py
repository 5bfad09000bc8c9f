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
