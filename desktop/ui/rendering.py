"""Write what a view draws to PNG or SVG, with or without a window, and say so when it cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter


def render_to_file(
    paint: Callable[[QPainter, QRectF], None], size: QSize, path: str, scale: float = 2.0,
    title: str = "", description: str = "",
) -> None:
    """Call ``paint(painter, target)`` onto a ``.png`` (at ``scale``) or ``.svg`` (vector) file.

    Raises:
        ValueError: the extension is neither .png nor .svg.
        OSError: the file could not be written (a missing or read-only folder).
    """
    lower = path.lower()
    if lower.endswith(".svg"):
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(title)
        gen.setDescription(description)
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(f"could not write {path}")
        try:
            paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        if not Path(path).is_file():
            raise OSError(f"could not write {path}")
        return
    if not lower.endswith(".png"):
        raise ValueError("the file name must end in .png or .svg")
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(painter, QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")
