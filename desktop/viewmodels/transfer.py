"""A pull or push from the window: per-layer progress on the GUI thread, in batches.

The daemon streams many progress objects per layer (every few kilobytes); the worker folds them
into a ``Transfer`` at once and the GUI takes a copy a few times a second.
"""

from __future__ import annotations

import copy
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.engine import EngineError
from desktop.i18n import render
from desktop.layers.transfer import Transfer
from desktop.text import QT_TRANSLATE_NOOP

from .activity import ActivityLog
from .requests import RequestRunner

TICK = 100  # ms between updates of the layer rows


class TransferRunner(QObject):
    """Signals:
        changed(): ``transfer`` has new layer rows or states.
        finished(object): the engine's result (digest, image, layers and who shares them).
        failed(str): a sentence in the current language.
    """

    changed = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, engine, requests: RequestRunner, log: ActivityLog, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._requests = requests
        self._log = log
        self.transfer: Transfer | None = None
        self.running = False
        self.result: dict | None = None
        self._live: Transfer | None = None
        self._lock = threading.Lock()
        self._dirty = False
        self._cancel = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK)
        self._timer.timeout.connect(self._tick)

    def start(self, direction: str, reference: str) -> bool:
        if self.running:
            return False
        from desktop.engine import BuildCancel

        self.running = True
        self.result = None
        self._live = Transfer(direction, reference)
        self.transfer = copy.deepcopy(self._live)
        self._cancel = BuildCancel()
        verb = (QT_TRANSLATE_NOOP("TransferRunner", "Pull {reference}") if direction == "pull"
                else QT_TRANSLATE_NOOP("TransferRunner", "Push {reference}"))
        entry = self._log.begin(verb.format(reference=reference), f"docker {direction} {reference}")
        future = self._engine.transfer(direction, reference, self._on_progress, self._cancel)
        self._requests.track(future, lambda result, e=entry: self._on_done(e, result),
                             lambda error, e=entry: self._on_error(e, error))
        self._timer.start()
        self.changed.emit()
        return True

    def cancel(self) -> bool:
        if not self.running or self._cancel is None:
            return False
        self._cancel.cancel()
        return True

    def _on_progress(self, item: dict) -> None:  # worker thread
        with self._lock:
            if self._live is not None and self._live.feed(item) is not None:
                self._dirty = True

    @Slot()
    def _tick(self) -> None:
        with self._lock:
            dirty, self._dirty = self._dirty, False
            if dirty and self._live is not None:
                self.transfer = copy.deepcopy(self._live)
        if dirty:
            self.changed.emit()
        if not self.running:
            self._timer.stop()

    def _on_done(self, entry: int, result: dict) -> None:
        self.running = False
        self.result = result
        with self._lock:
            live = self._live
            self._dirty = False
        if live is not None:
            live.digest = live.digest or result.get("digest", "")
            live.match_layers(result.get("diff_ids") or (), result.get("chain_ids") or (), result.get("sharers") or {})
            self.transfer = copy.deepcopy(live)
            self._log.finish(entry, True, live.summary())
        else:
            self._log.finish(entry, True, QT_TRANSLATE_NOOP("TransferRunner", "Done."))
        self.changed.emit()
        self._emit(self.finished, result)

    def _on_error(self, entry: int, error: EngineError) -> None:
        self.running = False
        self._log.finish(entry, False, error.sentence)
        self.changed.emit()
        self._emit(self.failed, render(error.sentence))

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # its window was closed meanwhile: the log has the outcome
            pass
