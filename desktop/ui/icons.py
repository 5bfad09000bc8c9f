"""The application icon, built lazily once a QGuiApplication exists.

The icon holds the hand-tuned PNG sizes from ``resources/icons/hicolor`` (16 to 32 px come from the
simplified small SVG, so they stay crisp in title bars and task switchers); Qt scales the nearest
size for any other request. A size whose PNG is missing, as in a checkout where
``packaging/render_icons.py`` has not run, is rendered from the SVG masters instead.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop import APP_ID
from desktop.integration import ICON_SIZES

#: Sizes up to this come from the simplified SVG when they have to be rendered.
SMALL_ICON_MAX = 32

_app_icon: QIcon | None = None


def app_icon() -> QIcon:
    """The application icon (for ``QGuiApplication.setWindowIcon`` and the about dialog).

    Raises RuntimeError before a QGuiApplication exists: pixmaps cannot be made earlier.
    """
    global _app_icon
    if _app_icon is None:
        if QGuiApplication.instance() is None:
            raise RuntimeError("app_icon() needs a QGuiApplication: create the application first")
        _app_icon = _build_icon()
    return QIcon(_app_icon)


def _build_icon() -> QIcon:
    icons = files("desktop.data") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        pixmap = QPixmap()
        if not (png.is_file() and pixmap.loadFromData(png.read_bytes(), "PNG")):
            pixmap = _render_svg(icons, size)
        if not pixmap.isNull():
            icon.addPixmap(pixmap)
    return icon


def _render_svg(icons, size: int) -> QPixmap:
    small = icons / f"{APP_ID}.small.svg"
    source = small if size <= SMALL_ICON_MAX and small.is_file() else icons / f"{APP_ID}.svg"
    if not source.is_file():
        return QPixmap()
    renderer = QSvgRenderer(QByteArray(source.read_bytes()))
    if not renderer.isValid():
        return QPixmap()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)
