"""Where engine futures become Qt signals delivered on the GUI thread.

``Future.add_done_callback`` runs on the worker that finished the call. The callback only emits a
signal of a QObject that lives on the GUI thread, so Qt queues the delivery; the slot then hands the
result or the ``EngineError`` to the requester. No lambda is connected to a worker-side signal.
"""

from __future__ import annotations

import itertools
from concurrent.futures import CancelledError, Future
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop.engine import EngineError, EngineFailure
from desktop.text import QT_TRANSLATE_NOOP


class RequestRunner(QObject):
    """Tracks engine futures and reports each one exactly once, on the GUI thread.

    Signals:
        finished(int, object): request id and result.
        failed(int, object): request id and ``EngineError``.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    _done = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._done.connect(self._on_done)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def track(
        self,
        future: Future,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[EngineError], None] | None = None,
    ) -> int:
        request_id = next(self._ids)
        self._callbacks[request_id] = (on_result, on_error)
        future.add_done_callback(lambda f, rid=request_id: self._emit(rid, f))
        return request_id

    def _emit(self, request_id: int, future: Future) -> None:
        """Runs on the worker thread: only decode the outcome and queue it to the GUI thread."""
        try:
            result = future.result()
            error = None
        except CancelledError:
            return
        except EngineFailure as failure:
            result, error = None, failure.error
        except Exception as exc:  # pragma: no cover - engine wraps everything; keep the GUI alive anyway
            result, error = None, EngineError(
                "other", QT_TRANSLATE_NOOP("RequestRunner", "Unexpected failure: {error}.").format(error=str(exc))
            )
        try:
            self._done.emit(request_id, result, error)
        except RuntimeError:  # the runner was deleted while the call ran (window closed)
            pass

    @Slot(int, object, object)
    def _on_done(self, request_id: int, result: Any, error: EngineError | None) -> None:
        on_result, on_error = self._callbacks.pop(request_id, (None, None))
        if error is None:
            self.finished.emit(request_id, result)
            if on_result is not None:
                on_result(result)
        else:
            self.failed.emit(request_id, error)
            if on_error is not None:
                on_error(error)
