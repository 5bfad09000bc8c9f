"""The files inside an image's layers, read off the GUI thread from the daemon's export.

Reading an image's export streams every byte of its layers, so it is done when asked (the Files
page), once per image (cached by image id), with progress and a way to stop it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.i18n import render
from desktop.layers.contents import ArchiveError, ChunkStream, read_archive
from desktop.layers.efficiency import Analysis, analyze
from desktop.text import QT_TRANSLATE_NOOP


class _Cancelled(Exception):
    pass


class ContentsStore(QObject):
    """Signals: loaded(str) an image's analysis is ready; failed(str, str) image id and a sentence;
    progress(str, int) bytes of the export read so far."""

    loaded = Signal(str)
    failed = Signal(str, str)
    progress = Signal(str, int)

    def __init__(self, engine, requests, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._requests = requests
        self._cache: dict[str, Analysis] = {}
        self.loading = ""
        self._read = 0
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self.progress.emit(self.loading, self._read))

    def get(self, image_id: str) -> Analysis | None:
        return self._cache.get(image_id)

    def request(self, image_id: str) -> bool:
        """Start reading ``image_id``'s files; False when cached or already reading it."""
        if image_id in self._cache or self.loading == image_id:
            return False
        self.cancel()
        self.loading, self._read = image_id, 0
        self._cancel = cancel = threading.Event()

        def consume(stream):
            counted = _Counting(stream, cancel, self)
            return analyze(read_archive(counted))

        future = self._engine.save_stream(image_id, consume)
        self._requests.track(future, lambda result, i=image_id: self._on_done(i, result),
                             lambda error, i=image_id: self._on_error(i, error))
        self._timer.start()
        return True

    def cancel(self) -> None:
        if self.loading:
            self._cancel.set()
            self._timer.stop()
            self.loading = ""

    def _on_done(self, image_id: str, analysis: Analysis) -> None:
        self._cache[image_id] = analysis
        if self.loading == image_id:
            self.loading = ""
            self._timer.stop()
        self.loaded.emit(image_id)

    def _on_error(self, image_id: str, error) -> None:
        if self.loading == image_id:
            self.loading = ""
            self._timer.stop()
        if "cancelled" in str(error.message).lower() or self._cancel.is_set():
            return
        self.failed.emit(image_id, render(error.sentence))

    def shutdown(self) -> None:
        self.cancel()


class _Counting:
    """Counts what the parser reads, and stops it when cancelled."""

    def __init__(self, stream, cancel: threading.Event, store: ContentsStore):
        self._stream, self._cancel, self._store = stream, cancel, store

    def read(self, size: int = -1) -> bytes:
        if self._cancel.is_set():
            raise ArchiveError(render(QT_TRANSLATE_NOOP("ContentsStore", "Reading the files was cancelled.")))
        data = self._stream.read(size)
        self._store._read += len(data)
        return data


__all__ = ["ContentsStore", "ChunkStream"]
