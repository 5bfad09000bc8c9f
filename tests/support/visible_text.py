"""Walk a window as a user sees it: every visible piece of text, where it is, and its font.

Used by the language tests (no English left when the app speaks Korean) and the presentation
tests (every text at least 24 px tall, nothing clipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


@dataclass
class Text:
    text: str
    where: str
    pixel_size: float = 0.0  # font pixel size as drawn on screen, 0 when not drawn (tooltips, status tips)
    clipped: bool = False


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def font_px(font: QFont, widget: QWidget | None = None) -> float:
    if widget is not None:
        return float(QFontInfo(font).pixelSize()) if font.pixelSize() <= 0 else float(font.pixelSize())
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * 96.0 / 72.0


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and (widget is root or widget.isVisibleTo(root)) and widget.width() > 0


def _label_clipped(label: QLabel) -> bool:
    text = label.text()
    if not text or label.width() <= 0:
        return False
    rect = label.contentsRect()
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        need = label.heightForWidth(rect.width()) if label.wordWrap() else label.sizeHint().height()
        return need > rect.height() + 2 or (not label.wordWrap() and label.sizeHint().width() > rect.width() + 2)
    fm = QFontMetrics(label.font())
    if label.buddy() is not None:  # "&Tag:" draws as "Tag:" with an underline
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    lines = text.split("\n")
    return (max(fm.horizontalAdvance(line) for line in lines) > rect.width() + 2
            or fm.height() * len(lines) > rect.height() + 2)


def widget_texts(root: QWidget, include_hidden_tips: bool = True) -> list[Text]:
    """Every text a user can see (or hover) in ``root`` and its visible children."""
    found: list[Text] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QMenu) or not _shown(w, root):
            continue
        name = f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__
        px = font_px(w.font(), w)
        if w.toolTip() and include_hidden_tips:
            found.append(Text(plain(w.toolTip()), f"{name} tooltip"))
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            found.append(Text(plain(w.text()), name, px, _label_clipped(w)))
        elif isinstance(w, QAbstractButton) and w.text():
            fm = QFontMetrics(w.font())
            clipped = fm.horizontalAdvance(w.text().replace("&", "")) > w.width()
            found.append(Text(w.text().replace("&", ""), name, px, clipped))
        elif isinstance(w, QGroupBox) and w.title():
            found.append(Text(w.title(), name, px))
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            if w.placeholderText():
                found.append(Text(w.placeholderText(), f"{name} placeholder", px))
            if isinstance(w, (QPlainTextEdit, QTextEdit)) and w.isReadOnly():
                body = w.toPlainText()
                if body:
                    found.append(Text(body[-4000:], f"{name} text", px))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                found.append(Text(w.itemText(i), f"{name} item", px))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                found.append(Text(w.tabText(i), f"{name} tab", px))
        elif isinstance(w, QDockWidget) and w.windowTitle():
            found.append(Text(w.windowTitle(), name, px))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found.extend(_model_texts(w, name, px))
    return found


def _model_texts(view: QAbstractItemView, name: str, px: float, limit: int = 60) -> list[Text]:
    model = view.model()
    out = []
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    for col in range(model.columnCount()):
        if hasattr(view, "isColumnHidden") and view.isColumnHidden(col):
            continue
        value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value and header is not None and header().isVisible():
            out.append(Text(str(value), f"{name} header", px))

    def walk(parent: QModelIndex, budget: list[int]) -> None:
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for col in range(model.columnCount(parent)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        out.append(Text(plain(value), f"{name} cell", px if role == Qt.ItemDataRole.DisplayRole else 0))
            walk(model.index(row, 0, parent), budget)

    walk(QModelIndex(), [limit])
    return out


def menu_texts(window) -> list[Text]:
    out = []

    def walk(menu: QMenu, where: str) -> None:
        out.append(Text(menu.title().replace("&", ""), where))
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu(), where + " > " + action.text())
                continue
            out.append(Text(action.text().replace("&", ""), f"{where} > action"))
            if action.statusTip():
                out.append(Text(action.statusTip(), f"{where} > {action.text()} status tip"))
            if action.toolTip() and action.toolTip().replace("&", "") != action.text().replace("&", ""):
                out.append(Text(action.toolTip(), f"{where} > {action.text()} tooltip"))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), "menu")
    return out


def scene_texts(root: QWidget) -> list[Text]:
    """Texts drawn on graphics scenes (graph nodes, arrow labels), with their on-screen size."""
    out = []
    for view in root.findChildren(QGraphicsView):
        if not _shown(view, root) or view.scene() is None:
            continue
        scale = view.transform().m11()
        for item in view.scene().items():
            if not item.isVisible():
                continue
            if item.toolTip():
                out.append(Text(plain(item.toolTip()), f"{type(item).__name__} tooltip"))
            out.extend(_pyqtgraph_texts(item, scale))
            texts = getattr(item, "texts", None)
            if callable(texts):
                for text, font, clipped in texts():
                    out.append(Text(text, type(item).__name__, font_px(font) * scale, clipped))
    return out


def _pyqtgraph_texts(item, scale: float) -> list[Text]:
    """Axis ticks and titles and text items of pyqtgraph charts, which draw their own text."""
    import pyqtgraph as pg

    out = []
    if isinstance(item, pg.AxisItem) and item.isVisible():
        tick_font = item.style.get("tickFont")
        if tick_font is not None and item.style.get("showValues", True):
            out.append(Text("", f"axis {item.orientation} ticks", font_px(tick_font) * scale))
        if item.label.isVisible() and item.labelText:
            size = str(item.labelStyle.get("font-size", ""))
            m = re.match(r"([\d.]+)\s*(pt|px)", size)
            px = (float(m.group(1)) * (96 / 72 if m.group(2) == "pt" else 1)) if m else font_px(item.label.font())
            out.append(Text(plain(item.labelText), f"axis {item.orientation} title", px * scale))
    elif isinstance(item, pg.TextItem) and item.isVisible():
        out.append(Text(item.textItem.toPlainText(), "chart text", font_px(item.textItem.font()) * scale))
    return out


def all_texts(window) -> list[Text]:
    return widget_texts(window) + menu_texts(window) + scene_texts(window)


#: Words that may stay in Latin letters in the Korean interface.
from tests.unit.test_translations import ALLOWED_LATIN  # noqa: E402


def english_words(text: str, names: set[str]) -> list[str]:
    """Latin words in ``text`` that are neither allowed terms nor the names of test objects."""
    t = re.sub(r"(?:sha256:)?\b[0-9a-f]{12,64}\b", " ", text)  # ids first: a short name may sit inside one
    for name in sorted(names, key=len, reverse=True):
        if name:
            t = t.replace(name, " ")
    t = re.sub(r"`[^`]*`", " ", t)  # inline commands
    t = re.sub(r"(?m)^\s*\$?\s*docker [^\n]*", " ", t)  # CLI lines
    t = re.sub(r"\bdocker(?:-compose)? [a-z][\w\- ]*", " ", t)
    t = re.sub(r"(?:sha256:)?[0-9a-f]{12,64}", " ", t)
    t = re.sub(r"\S*[/:]\S*", " ", t)  # paths, addresses, image references
    t = re.sub(r"\{\w+\}", " ", t)  # placeholders of a CLI template (docker commit {container} …)
    t = re.sub(r"\b\d[\w.+~-]*", " ", t)  # versions and sizes: 20.10.24+dfsg1, 2.3MB
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]{2,}", t) if w.lower() not in ALLOWED_LATIN]
