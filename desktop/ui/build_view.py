"""The Build panel: a Dockerfile (typed, or a folder's), and the build growing step by step beside the chart.

Each step appears as a block the moment it starts, stacked like the layers it makes (the first
step at the bottom): green and solid with a check when the cache gave it, orange and hatched when
it ran, a dashed outline when it only changed settings; its time and layer size are written on it.
A banner names the first step that broke the cache, and why, by comparing with the previous build
of the same tag. The output below is painted in one pass: a million lines cost what is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.layers.buildsteps import BuildStep, compare_builds
from desktop.layers.format import human_size
from desktop.lifecycle.references import check_reference
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.build import BuildRunner
from desktop.viewmodels.theme import colors

from .dialogs import tag_move_allowed
from .log_view import LogView

EXAMPLE = """FROM {base}
LABEL course="docker-lifecycle"
ENV GREETING=hello
RUN mkdir -p /app && echo "$GREETING" > /app/greeting.txt
RUN dd if=/dev/zero of=/app/blob bs=1k count=200
WORKDIR /app
CMD ["cat", "/app/greeting.txt"]
"""


def step_words(step: BuildStep) -> str:
    """How a step came out, in words (colour and shape say it too)."""
    if step.status == "cached" and step.keyword == "FROM":
        return translate("BuildView", "base image: already here")
    if step.status == "cached":
        return translate("BuildView", "from the cache")
    if step.status == "failed":
        return translate("BuildView", "failed")
    if step.status == "ran":
        return translate("BuildView", "ran: settings only") if step.metadata else translate("BuildView", "ran")
    return translate("BuildView", "running…")


class BuildStepsView(QWidget):
    """The steps of the build as a growing stack of blocks (step 1 at the bottom)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buildSteps")
        self.steps: list[BuildStep] = []
        self.broken_at = 0  # the step the banner names, outlined
        self.setMouseTracking(True)
        self._tick = QTimer(self)  # the running step's clock
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.update)
        self._now = None

    def set_steps(self, steps: list[BuildStep], running: bool) -> None:
        self.steps = list(steps)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
        self.updateGeometry()
        self.setMinimumHeight(self._row_height() * len(self.steps) + 8)
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 2.7)

    def sizeHint(self) -> QSize:  # noqa: D401 - Qt API
        return QSize(420, max(120, self._row_height() * max(3, len(self.steps)) + 8))

    def block_rect(self, index: int) -> QRectF:
        h = self._row_height()
        bottom = self.height() - 4
        return QRectF(4, bottom - (index + 1) * h + 2, self.width() - 8, h - 4)

    def step_at(self, y: float) -> BuildStep | None:
        for i, step in enumerate(self.steps):
            if self.block_rect(i).top() <= y <= self.block_rect(i).bottom():
                return step
        return None

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        import time

        c = colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(c.background))
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        if not self.steps:
            p.setPen(QColor(c.muted))
            p.drawText(self.rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       translate("BuildView", "Each step of the build appears here as it starts: green blocks came "
                                 "from the cache, orange ones ran."))
            return
        for i, step in enumerate(self.steps):
            r = self.block_rect(i)
            fill, pen, style = self._look(step, c)
            p.setPen(pen)
            p.setBrush(QBrush(fill, style) if style != Qt.BrushStyle.SolidPattern else QBrush(fill))
            if step.status == "ran" and not step.metadata:  # hatched: work was done here
                p.setBrush(QBrush(QColor(fill)))
                p.drawRoundedRect(r, 5, 5)
                p.setBrush(QBrush(QColor(c.background).lighter(100), Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(r, 5, 5)
            else:
                p.drawRoundedRect(r, 5, 5)
            if step.number == self.broken_at:
                p.setPen(QPen(QColor(c.error), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 6, 6)
            text_color = QColor(c.node_text) if step.status in ("cached", "failed") or (
                step.status == "ran" and not step.metadata) else QColor(c.text)
            # The badge: a shape per outcome, so colour is never the only cue.
            badge = QRectF(r.left() + 8, r.top() + (r.height() - fm.height()) / 2, fm.height(), fm.height())
            self._badge(p, step, badge, text_color)
            right_text = self._right_text(step, time.monotonic())
            rw = fm.horizontalAdvance(right_text) + 12
            p.setFont(bold)
            p.setPen(text_color)
            left = badge.right() + 8
            line1 = QRectF(left, r.top() + 3, r.width() - (left - r.left()) - rw, r.height() / 2 - 3)
            title = f"{step.number}/{step.total}  {step.instruction}"
            p.drawText(line1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, int(line1.width())))
            p.setFont(self.font())
            line2 = QRectF(left, r.top() + r.height() / 2, line1.width(), r.height() / 2 - 3)
            p.drawText(line2, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(self._detail(step), Qt.TextElideMode.ElideRight, int(line2.width())))
            p.drawText(QRectF(r.right() - rw, r.top(), rw - 8, r.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right_text)
        p.end()

    @staticmethod
    def _look(step: BuildStep, c):
        if step.status == "cached":
            return QColor(c.ok), QPen(QColor(c.ok).darker(130), 1.5), Qt.BrushStyle.SolidPattern
        if step.status == "failed":
            return QColor(c.error), QPen(QColor(c.error).darker(130), 1.5), Qt.BrushStyle.SolidPattern
        if step.status == "ran" and step.metadata:
            pen = QPen(QColor(c.metadata), 2, Qt.PenStyle.DashLine)
            return QColor(c.background), pen, Qt.BrushStyle.SolidPattern
        if step.status == "ran":
            return QColor(c.shared), QPen(QColor(c.shared).darker(130), 1.5), Qt.BrushStyle.SolidPattern
        pen = QPen(QColor(c.edge_active), 2, Qt.PenStyle.DotLine)  # running
        return QColor(c.background), pen, Qt.BrushStyle.SolidPattern

    @staticmethod
    def _badge(p: QPainter, step: BuildStep, r: QRectF, color: QColor) -> None:
        p.save()
        p.setPen(QPen(color, 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if step.status == "cached":  # a check mark
            p.drawPolyline(QPolygonF([QPointF(r.left() + r.width() * 0.15, r.center().y()),
                                      QPointF(r.left() + r.width() * 0.42, r.bottom() - r.height() * 0.18),
                                      QPointF(r.right() - r.width() * 0.1, r.top() + r.height() * 0.18)]))
        elif step.status == "failed":  # a cross
            p.drawLine(r.topLeft() + QPointF(3, 3), r.bottomRight() - QPointF(3, 3))
            p.drawLine(r.topRight() + QPointF(-3, 3), r.bottomLeft() + QPointF(3, -3))
        elif step.status == "ran" and step.metadata:  # a diamond: settings, no files
            p.drawPolygon(QPolygonF([QPointF(r.center().x(), r.top() + 1), QPointF(r.right() - 1, r.center().y()),
                                     QPointF(r.center().x(), r.bottom() - 1), QPointF(r.left() + 1, r.center().y())]))
        elif step.status == "ran":  # a play triangle: it ran
            p.setBrush(color)
            p.drawPolygon(QPolygonF([QPointF(r.left() + 2, r.top() + 1), QPointF(r.right() - 1, r.center().y()),
                                     QPointF(r.left() + 2, r.bottom() - 1)]))
        else:  # running: an open circle
            p.drawEllipse(r.adjusted(2, 2, -2, -2))
        p.restore()

    @staticmethod
    def _detail(step: BuildStep) -> str:
        words = step_words(step)
        if step.image:
            return translate("BuildView", "{outcome} · image {id}").format(
                outcome=words, id=step.image.split(":", 1)[-1][:12])
        return words

    @staticmethod
    def _right_text(step: BuildStep, now: float) -> str:
        seconds = step.seconds if step.seconds is not None else max(0.0, now - step.started)
        parts = [translate("BuildView", "{seconds} s").format(seconds=f"{seconds:.1f}")]
        if step.size is not None and step.keyword != "FROM":
            parts.append(human_size(step.size))
        elif step.keyword == "FROM" and step.size is not None:
            parts.append(translate("BuildView", "base {size}").format(size=human_size(step.size)))
        return " · ".join(parts)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            step = self.step_at(event.position().y() if hasattr(event, "position") else event.pos().y())
            if step is not None:
                tip = f"<b>{step.number}/{step.total}</b> <code>{_html(step.instruction)}</code><br>{_html(step_words(step))}"
                if step.status == "cached":
                    tip += "<br>" + _html(translate("BuildView", "The builder found this step, with the same input, "
                                                    "already built: its layer is reused and nothing ran."))
                elif step.status == "ran" and step.metadata:
                    tip += "<br>" + _html(translate("BuildView", "This step changes only the image's settings: no "
                                                    "files, so no layer."))
                elif step.status == "ran":
                    tip += "<br>" + _html(translate("BuildView", "This step ran and its changes became a new layer."))
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _html(text: str) -> str:
    import html

    return html.escape(str(text))


class BuildPanel(QWidget):
    """What to build, and the build as it happens.

    Signals:
        image_built(str): the new image's id.
    """

    image_built = Signal(str)

    def __init__(self, ctx, base_image: str = "", labels: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buildPanel")
        self.labels = dict(labels or {})
        self.ctx = ctx
        self._built: set[str] = set()  # images this panel built: building their tag again moves nothing of others'
        self.runner = BuildRunner(ctx.engine, ctx.requests, ctx.log, ctx.narrator, self)
        self.runner.steps_changed.connect(self._on_runner_steps_changed)
        self.runner.lines_added.connect(self._on_runner_lines_added)
        self.runner.cache_broke.connect(self._on_runner_cache_broke)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)

        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.dockerfile = QPlainTextEdit(EXAMPLE.format(base=base_image or "busybox"))
        self.dockerfile.setObjectName("dockerfileEditor")
        self.dockerfile.setFont(mono)
        self.tag = QLineEdit("lifecycle-demo:latest")
        self.context = QLineEdit()
        self.context.setObjectName("buildContext")
        self.context.setReadOnly(True)
        self.choose_context = QPushButton()
        self.choose_context.clicked.connect(self._on_choose_context_clicked)
        self.clear_context = QPushButton()
        self.clear_context.clicked.connect(self._on_clear_context_clicked)
        context_buttons = QHBoxLayout()
        context_buttons.addWidget(self.choose_context)
        context_buttons.addWidget(self.clear_context)
        context_buttons.addStretch(1)
        context_row = QVBoxLayout()
        context_row.addWidget(self.context)
        context_row.addLayout(context_buttons)
        # Files added to a typed Dockerfile's context (name in the context → path on this machine).
        self.added: dict[str, str] = {}
        self.added_list = QLabel()
        self.added_list.setObjectName("addedFiles")
        self.added_list.setWordWrap(True)
        self.added_list.setTextFormat(Qt.TextFormat.PlainText)
        self.add_files = QPushButton()
        self.add_files.clicked.connect(self._on_add_files_clicked)
        self.add_folder = QPushButton()
        self.add_folder.clicked.connect(self._on_add_folder_clicked)
        self.remove_added = QPushButton()
        self.remove_added.clicked.connect(self.clear_added)
        added_buttons = QHBoxLayout()
        added_buttons.addWidget(self.add_files)
        added_buttons.addWidget(self.add_folder)
        added_buttons.addWidget(self.remove_added)
        added_buttons.addStretch(1)
        added_row = QVBoxLayout()
        added_row.addWidget(self.added_list)
        added_row.addLayout(added_buttons)
        self.dockerfile_name = QComboBox()
        self.dockerfile_name.currentTextChanged.connect(self._on_dockerfile_name_changed)
        self.build_args = QLineEdit()
        self.no_cache = QCheckBox()
        self.force_rm = QCheckBox()
        checks = QVBoxLayout()  # one above the other: the panel stays narrow at projector sizes
        checks.addWidget(self.no_cache)
        checks.addWidget(self.force_rm)
        form = QFormLayout()
        self.context_label = QLabel()
        form.addRow(self.context_label, context_row)
        self.added_label = QLabel()
        form.addRow(self.added_label, added_row)
        self.dockerfile_name_label = QLabel()
        self.dockerfile_name_label.setBuddy(self.dockerfile_name)
        form.addRow(self.dockerfile_name_label, self.dockerfile_name)
        self.tag_label = QLabel()
        self.tag_label.setBuddy(self.tag)
        form.addRow(self.tag_label, self.tag)
        self.build_args_label = QLabel()
        self.build_args_label.setBuddy(self.build_args)
        form.addRow(self.build_args_label, self.build_args)
        form.addRow(checks)  # across both columns: the label column is wide at projector sizes
        self._typed = self.dockerfile.toPlainText()  # the typed Dockerfile, back when the folder is cleared

        self.build_button = QPushButton()
        self.build_button.setObjectName("buildButton")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start_build)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.compare_button = QPushButton()
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.open_comparison)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)

        self.dockerfile_title = QLabel()
        self.dockerfile_title.setWordWrap(True)
        source = QWidget()
        source_layout = QVBoxLayout(source)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.dockerfile_title)
        source_layout.addWidget(self.dockerfile, 1)
        source_layout.addLayout(form)
        # Scrolled, so that while a build runs it can shrink to a few lines and leave the room to the steps.
        source_scroll = QScrollArea()
        source_scroll.setObjectName("buildSource")
        source_scroll.setWidgetResizable(True)
        source_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        source_scroll.setWidget(source)

        self.banner = QLabel()
        self.banner.setObjectName("cacheBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.summary = QLabel()
        self.summary.setObjectName("buildSummary")
        self.summary.setWordWrap(True)
        self.steps_view = BuildStepsView()
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setWidget(self.steps_view)
        self.steps_title = QLabel()
        self.steps_title.setWordWrap(True)
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addLayout(buttons)  # Build and Cancel stay in sight however the source is scrolled
        steps_layout.addWidget(self.steps_title)
        steps_layout.addWidget(self.banner)
        steps_layout.addWidget(self.steps_scroll, 1)
        steps_layout.addWidget(self.summary)

        self.output = LogView(self.runner.log)
        self.output.setObjectName("buildOutput")
        self.output.setFont(mono)
        self.output_title = QLabel()
        self.output_title.setWordWrap(True)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.output_title)
        log_layout.addWidget(self.output, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(source_scroll)
        self.splitter.addWidget(steps_box)
        self.splitter.addWidget(log_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        self._summary_text: object = QT_TRANSLATE_NOOP(
            "BuildView",
            "Each step makes one layer, or none for metadata steps. Build twice: unchanged steps come from the cache.",
        )
        self._summary_error = False
        self.comparison: BuildComparisonDialog | None = None
        self._retranslate()

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.build_button.setText(translate("BuildDialog", "&Build"))
        self.build_button.setToolTip(translate("BuildView", "Build the image (Ctrl+Return)"))
        self.cancel_button.setText(translate("BuildDialog", "&Cancel build"))
        self.compare_button.setText(translate("BuildView", "Com&pare with the previous build"))
        self.tag_label.setText(translate("BuildDialog", "&Tag:"))
        self.context_label.setText(translate("BuildDialog", "Context:"))
        self.context.setPlaceholderText(translate("BuildDialog", "none: the Dockerfile above is the whole context"))
        self.choose_context.setText(translate("BuildDialog", "Choose &folder…"))
        self.clear_context.setText(translate("BuildDialog", "Use the text above"))
        self.dockerfile_name_label.setText(translate("BuildDialog", "&Dockerfile:"))
        self.build_args_label.setText(translate("BuildDialog", "Build &arguments:"))
        self.build_args.setPlaceholderText(translate("BuildDialog", "KEY=VALUE KEY2=VALUE2 (optional)"))
        self.no_cache.setText(translate("BuildDialog", "&No cache (run every step)"))
        self.force_rm.setText(translate("BuildDialog", "Always &remove temporary containers"))
        if self.context.text():
            self.dockerfile_title.setText(translate(
                "BuildDialog", "<b>Dockerfile</b> from the folder (edit it there; files listed in .dockerignore stay out)"))
        elif self.added:
            self.dockerfile_title.setText(translate(
                "BuildView", "<b>Dockerfile</b> (the build context holds this file and the files added below)"))
        else:
            self.dockerfile_title.setText(translate(
                "BuildDialog", "<b>Dockerfile</b> (the build context holds only this file)"))
        self.added_label.setText(translate("BuildView", "Added files:"))
        self.add_files.setText(translate("BuildView", "Add f&iles…"))
        self.add_files.setToolTip(translate(
            "BuildView", "Put files next to the Dockerfile in the build context, for COPY and ADD to use"))
        self.add_folder.setText(translate("BuildView", "Add a f&older…"))
        self.remove_added.setText(translate("BuildView", "Remove them"))
        count = len(self.added)
        self.added_list.setText(
            translate("BuildView", "none") if not count else
            translate("BuildView", "%n file(s) or folder(s): {names}", "", count).format(names=", ".join(sorted(self.added))))
        self.added_list.setToolTip("\n".join(f"{name} ← {path}" for name, path in sorted(self.added.items())))
        typed = not self.context.text()
        for widget in (self.added_label, self.added_list, self.add_files, self.add_folder, self.remove_added):
            widget.setVisible(typed)
        self.remove_added.setEnabled(bool(self.added))
        self.clear_context.setEnabled(bool(self.context.text()))
        self.dockerfile_name.setEnabled(bool(self.context.text()))
        self.steps_title.setText(translate(
            "BuildView", "<b>Steps</b> (the first at the bottom, as layers stack): green ✓ from the cache, orange ▶ "
            "ran, dashed ◇ settings only"))
        self._show_log_title()
        self._show_summary()
        self._on_runner_cache_broke(self.runner.breaks)
        self.runner.log.retranslate()
        self.steps_view.update()

    def _show_log_title(self) -> None:
        title = translate("BuildDialog", "<b>Output</b> ({command}, classic builder)").format(
            command="<code>docker build</code>")
        lines = self.runner.log.rowCount()
        if self.runner.log.dropped:
            title += " · " + translate("BuildView", "the last %n lines (earlier ones are not kept)", "", lines)
        elif lines:
            title += " · " + translate("BuildView", "%n lines", "", lines)
        self.output_title.setText(title)

    # -- building ------------------------------------------------------------------------------------
    @Slot()
    def start_build(self) -> None:
        tag = self.tag.text().strip()
        if not tag:
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "Give the image a tag first, for example {tag}.").format(
                tag="lifecycle-demo:latest"), error=True)
            return
        problem = check_reference(tag, allow_digest=False)
        if problem is not None:
            self._say(problem, error=True)
            return
        if not tag_move_allowed(self, self.ctx, tag, self._say, frozenset(self._built)):
            return
        args, problem = parse_build_args(self.build_args.text())
        if problem is not None:
            self._say(problem, error=True)
            return
        folder = self.context.text()
        options = dict(buildargs=args, nocache=self.no_cache.isChecked(), forcerm=self.force_rm.isChecked())
        if folder:
            started = self.runner.build(self.dockerfile_name.currentText() or "Dockerfile", tag, self.labels,
                                        context=folder, **options)
        else:
            started = self.runner.build(self.dockerfile.toPlainText(), tag, self.labels, files=dict(self.added),
                                        **options)
        if not started:
            return
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.compare_button.setEnabled(False)
        self.make_room_for_steps()
        self._say(QT_TRANSLATE_NOOP("BuildDialog", "Building {tag}…").format(tag=tag))

    def make_room_for_steps(self) -> None:
        """While a build runs the steps matter most: the Dockerfile keeps a few lines (drag to see more)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        source = min(sizes[0], total // 8)
        rest = total - source
        self.splitter.setSizes([source, rest * 3 // 4, rest - rest * 3 // 4])

    @Slot()
    def cancel_build(self) -> None:
        """Stop the build on the daemon; what it made so far is removed once it has stopped."""
        if self.runner.cancel():
            self.cancel_button.setEnabled(False)
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "Cancelling the build…"))

    def closed(self) -> None:
        """The panel was closed: its build stops, and its output is let go."""
        self.runner.cancel()
        self.runner.release()
        if self.comparison is not None:
            self.comparison.close()

    def log_text(self) -> str:
        return self.runner.log.text()

    @Slot()
    def _on_runner_steps_changed(self) -> None:
        self.steps_view.set_steps(self.runner.steps, self.runner.running)
        bar = self.steps_scroll.verticalScrollBar()
        bar.setValue(bar.minimum())  # the newest step is on top
        if self.runner.running and self.runner.steps:
            counts = self.runner.counts()
            current = self.runner.steps[-1]
            self._say(QT_TRANSLATE_NOOP(
                "BuildView", "Building {tag}: step {n} of {total}; so far {cached} from the cache, {ran} ran.").format(
                tag=self.runner.tag, n=current.number, total=current.total, cached=counts.cached, ran=counts.ran))

    @Slot(int)
    def _on_runner_lines_added(self, _count: int) -> None:
        self._show_log_title()
        if self.runner.running:
            self.output.scrollToBottom()

    @Slot(object)
    def _on_runner_cache_broke(self, found) -> None:
        self.steps_view.broken_at = found.step if found is not None and found.reason != "no-cache" else 0
        if found is None:
            self.banner.hide()
            return
        c = colors()
        self.banner.setStyleSheet(f"QLabel#cacheBanner {{ background: {c.warning_bg}; border: 1px solid "
                                  f"{c.warning_border}; color: {c.text}; padding: 6px; border-radius: 4px; }}")
        self.banner.setText(render(found.sentence()))
        self.banner.show()
        self.steps_view.update()

    @Slot(str, str)
    def _on_runner_finished(self, tag: str, image_id: str) -> None:
        self.output.scrollToBottom()
        self._built.add(image_id)
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.compare_button.setEnabled(len(self.runner.records.builds(tag)) >= 2)
        counts = self.runner.counts()
        self._say(QT_TRANSLATE_NOOP(
            "BuildView", "Built {tag}: {steps} steps, {cached} from the cache, {ran} ran ({layers} made a layer, "
            "{metadata} changed settings only). Its layers are selected in the Layers tab.",
        ).format(tag=tag, steps=counts.steps, cached=counts.cached, ran=counts.ran, layers=counts.layers,
                 metadata=counts.metadata))
        self.image_built.emit(image_id)

    @Slot(str)
    def _on_runner_failed(self, sentence) -> None:
        self.output.scrollToBottom()
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._say(sentence, error=True)

    def _say(self, text, error: bool = False) -> None:
        """``text``: a Msg (shown again in the new language after a switch) or plain text."""
        self._summary_text = text
        self._summary_error = error
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setStyleSheet(f"color: {colors().error};" if self._summary_error else "")
        self.summary.setText(render(self._summary_text))

    # -- comparing two builds of a tag ------------------------------------------------------------------
    @Slot()
    def open_comparison(self):
        builds = self.runner.records.builds(self.runner.tag or self.tag.text().strip())
        if len(builds) < 2:
            return None
        if self.comparison is not None:
            self.comparison.close()
        self.comparison = BuildComparisonDialog(builds[-2], builds[-1], self)
        self.comparison.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.comparison.destroyed.connect(self._on_comparison_destroyed)
        self.comparison.show()
        return self.comparison

    @Slot()
    def _on_comparison_destroyed(self) -> None:
        self.comparison = None

    # -- a folder as the context ----------------------------------------------------------------------
    @Slot()
    def _on_choose_context_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("BuildDialog", "Build context folder"))
        if folder:
            self.set_context(folder)

    def set_context(self, folder: str) -> None:
        """Build the folder ``folder``: list its Dockerfiles and show the chosen one."""
        if not self.context.text():
            self._typed = self.dockerfile.toPlainText()
        root = Path(folder)
        names = sorted(p.name for p in root.iterdir() if p.is_file() and "dockerfile" in p.name.lower())
        if not names:
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "{folder} has no Dockerfile: choose the folder that holds "
                                        "one.").format(folder=folder), error=True)
            return
        self.context.setText(str(root))
        self.dockerfile_name.blockSignals(True)
        self.dockerfile_name.clear()
        self.dockerfile_name.addItems(names)
        self.dockerfile_name.setCurrentText("Dockerfile" if "Dockerfile" in names else names[0])
        self.dockerfile_name.blockSignals(False)
        self._on_dockerfile_name_changed(self.dockerfile_name.currentText())
        self.dockerfile.setReadOnly(True)
        self._retranslate()

    # -- files added to a typed Dockerfile's context ---------------------------------------------------
    @Slot()
    def _on_add_files_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, translate("BuildView", "Files for the build context"))
        self.add_to_context(paths)

    @Slot()
    def _on_add_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("BuildView", "A folder for the build context"))
        if folder:
            self.add_to_context([folder])

    def add_to_context(self, paths) -> None:
        """Add files or folders to the typed Dockerfile's context, each under its own name (a folder
        with everything in it): ``COPY requirements.txt .`` and ``COPY src/ /app/src`` then find them."""
        for path in paths:
            p = Path(path)
            if p.name and p.name != "Dockerfile":
                self.added[p.name] = str(p)
        self._retranslate()

    @Slot()
    def clear_added(self) -> None:
        self.added.clear()
        self._retranslate()

    @Slot()
    def _on_clear_context_clicked(self) -> None:
        self.context.clear()
        self.dockerfile_name.clear()
        self.dockerfile.setReadOnly(False)
        self.dockerfile.setPlainText(self._typed)
        self._retranslate()

    @Slot(str)
    def _on_dockerfile_name_changed(self, name: str) -> None:
        if not name or not self.context.text():
            return
        try:
            text = (Path(self.context.text()) / name).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            text = str(exc)
        self.dockerfile.setPlainText(text)


class BuildComparisonDialog(QDialog):
    """The latest build of a tag against the previous one, step by step: reused, rebuilt, new."""

    def __init__(self, previous, latest, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buildComparison")
        self.previous, self.latest = previous, latest
        self.rows = compare_builds(previous, latest)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setObjectName("comparisonTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._retranslate()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the step numbers, images and outcomes, with room left for the instructions
        (about 40 characters), and never wider than the screen."""
        self.table.resizeColumnsToContents()
        fixed = sum(self.table.columnWidth(c) for c in (0, 2, 3))
        want = fixed + self.fontMetrics().horizontalAdvance("M") * 40 + 60
        screen = (self.parentWidget() or self).screen().availableGeometry()
        rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        self.resize(min(want, int(screen.width() * 0.95)),
                    min(rows + self.heading.sizeHint().height() * 2 + 120, int(screen.height() * 0.85)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def verdict_words(self, verdict: str) -> str:
        return {
            "reused": translate("BuildView", "reused: the same layer, from the cache"),
            "rebuilt": translate("BuildView", "rebuilt: same instruction, new layer"),
            "changed": translate("BuildView", "changed instruction: rebuilt"),
            "new": translate("BuildView", "new step"),
            "removed": translate("BuildView", "no longer in the Dockerfile"),
        }[verdict]

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("BuildView", "Compare builds of {tag}").format(tag=self.latest.tag))
        reused = sum(1 for r in self.rows if r.verdict == "reused")
        self.heading.setText(translate(
            "BuildView", "<b>{tag}</b>: the latest build ({new}) against the one before it ({old}). {reused} of {steps} "
            "steps were reused from the cache; from the first rebuilt step on, every step is built again.").format(
            tag=_html(self.latest.tag), new=self.latest.image.split(":", 1)[-1][:12],
            old=self.previous.image.split(":", 1)[-1][:12], reused=reused, steps=len(self.rows)))
        self.table.setHorizontalHeaderLabels([
            translate("BuildView", "Step"), translate("BuildView", "Instruction"),
            translate("BuildView", "Image: before → now"), translate("BuildView", "What happened")])
        c = colors()
        fills = {"reused": c.ok, "rebuilt": c.shared, "changed": c.error, "new": c.unique, "removed": c.muted}
        marks = {"reused": "✓ ", "rebuilt": "▶ ", "changed": "✎ ", "new": "+ ", "removed": "− "}
        for i, row in enumerate(self.rows):
            step = row.latest or row.previous
            old = row.previous.image.split(":", 1)[-1][:12] if row.previous else "—"
            new = row.latest.image.split(":", 1)[-1][:12] if row.latest else "—"
            items = [QTableWidgetItem(str(row.number)), QTableWidgetItem(step.instruction if step else ""),
                     QTableWidgetItem(f"{old} → {new}"),
                     QTableWidgetItem(marks[row.verdict] + self.verdict_words(row.verdict))]
            if row.previous and row.latest and row.verdict == "changed":
                items[1].setToolTip(f"{row.previous.instruction}\n→ {row.latest.instruction}")
            items[3].setForeground(QColor(c.node_text))
            items[3].setBackground(QColor(fills[row.verdict]))
            for col, item in enumerate(items):
                self.table.setItem(i, col, item)


def parse_build_args(text: str):
    """``"A=1 B=two"`` → ``({"A": "1", "B": "two"}, None)``; a word without ``=`` → ``({}, sentence)``."""
    import shlex

    try:
        words = shlex.split(text)
    except ValueError:
        return {}, QT_TRANSLATE_NOOP("BuildDialog", "The build arguments have an unclosed quote.")
    args = {}
    for word in words:
        key, sep, value = word.partition("=")
        if not sep or not key:
            return {}, QT_TRANSLATE_NOOP("BuildDialog", "'{word}' is not a build argument: write KEY=VALUE.").format(
                word=word)
        args[key] = value
    return args, None
