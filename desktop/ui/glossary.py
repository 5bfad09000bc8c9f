"""Help → Glossary: the words Docker (and this app) use, each in plain words.

Students met SizeRw, chain ids and the cgroup freezer without a word of explanation; here each term
is said plainly, in the current language, in the order the lecture meets them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP

#: (term, meaning). Terms stay as Docker prints them; meanings are translated.
TERMS = (
    ("image", QT_TRANSLATE_NOOP("Glossary", "A read-only template for containers: a stack of layers plus settings "
                                "(the command to run, environment, labels).")),
    ("registry", QT_TRANSLATE_NOOP("Glossary", "A server that stores images by name, such as Docker Hub; pull copies "
                                   "from it, push copies to it.")),
    ("Dockerfile", QT_TRANSLATE_NOOP("Glossary", "A text file of steps (FROM, RUN, COPY, CMD…) that docker build "
                                     "follows to make an image.")),
    ("layer", QT_TRANSLATE_NOOP("Glossary", "The files one step added, changed or deleted, stored once and shared "
                                "by every image that has the same steps below it.")),
    ("build cache", QT_TRANSLATE_NOOP("Glossary", "Steps already built with the same input are reused instead of run "
                                      "again (\"Using cache\"); the first changed step and all after it run again.")),
    ("container", QT_TRANSLATE_NOOP("Glossary", "A running (or stopped) instance of an image: the image's layers "
                                    "plus one writable layer of its own, and its processes.")),
    ("container layer", QT_TRANSLATE_NOOP("Glossary", "The thin writable layer on top of a container's image: "
                                          "everything the container writes goes here, and it is removed with the "
                                          "container.")),
    ("created", QT_TRANSLATE_NOOP("Glossary", "A container that was made but never started: its layer and settings "
                                  "exist, no process has run. Not the same as stopped.")),
    ("exited", QT_TRANSLATE_NOOP("Glossary", "A container whose main process ended (docker stop, or it finished): "
                                 "its files remain; its exit code says how it ended.")),
    ("paused", QT_TRANSLATE_NOOP("Glossary", "A container whose processes are frozen in place: they keep their "
                                 "memory but get no CPU time until unpause.")),
    ("cgroup freezer", QT_TRANSLATE_NOOP("Glossary", "The Linux kernel feature that pause uses: it stops scheduling "
                                         "a group of processes without ending them.")),
    ("exit code", QT_TRANSLATE_NOOP("Glossary", "The number a process ends with: 0 means success, 137 killed "
                                    "(SIGKILL), 143 ended by SIGTERM (docker stop).")),
    ("SizeRw", QT_TRANSLATE_NOOP("Glossary", "The size of a container's own writable layer: the bytes it wrote.")),
    ("SizeRootFs", QT_TRANSLATE_NOOP("Glossary", "Everything a container sees: its image's layers plus its own "
                                     "layer.")),
    ("docker diff", QT_TRANSLATE_NOOP("Glossary", "The files a container added (A), changed (C) or deleted (D) "
                                      "compared with its image.")),
    ("commit", QT_TRANSLATE_NOOP("Glossary", "docker commit turns a container's writable layer into a new image "
                                 "layer: image 2 = image 1 + that layer.")),
    ("diff id", QT_TRANSLATE_NOOP("Glossary", "A fingerprint (sha256) of one layer's contents.")),
    ("chain id", QT_TRANSLATE_NOOP("Glossary", "A fingerprint of a layer together with every layer under it: two "
                                   "images with equal chain ids share that stored layer.")),
    ("digest", QT_TRANSLATE_NOOP("Glossary", "The fingerprint a registry gives an image's manifest: name@sha256:… "
                                 "always means exactly the same layers.")),
    ("Imported from -", QT_TRANSLATE_NOOP("Glossary", "What the history says of a layer made by docker import: a "
                                          "whole file system brought in at once (\"-\" means from standard input).")),
    ("<none>", QT_TRANSLATE_NOOP("Glossary", "An image without a name: an earlier build whose tag moved on, or a "
                                 "build step kept for the cache.")),
    ("Compose", QT_TRANSLATE_NOOP("Glossary", "Describes several services that work together; each service becomes "
                                  "a container labelled with the project's name.")),
    ("volume", QT_TRANSLATE_NOOP("Glossary", "A folder the daemon keeps outside every layer and mounts into "
                                 "containers: what is written there skips the container layer and stays after rm.")),
    ("stdout / stderr", QT_TRANSLATE_NOOP("Glossary", "A program's two output streams: normal output and error "
                                          "messages. docker logs keeps both; the Logs tab colours them apart.")),
    ("docker stats", QT_TRANSLATE_NOOP("Glossary", "The daemon's live measurements of a container: CPU % (100% = one "
                                       "core), memory without the file cache, network and disk bytes.")),
    ("prune", QT_TRANSLATE_NOOP("Glossary", "Removing everything of one kind that nothing uses: stopped containers, "
                                "dangling images, unused volumes, build cache.")),
    ("dangling image", QT_TRANSLATE_NOOP("Glossary", "An image without a tag that no other image is built on, usually "
                                         "an older build whose tag moved to a newer one.")),
    ("reclaimable", QT_TRANSLATE_NOOP("Glossary", "Disk space a prune would free: what no container or other image "
                                      "still needs.")),
)


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossary")
        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 36)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Glossary", "Glossary: Docker's words in plain words"))
        rows = "".join(f"<tr><td style='padding:4px 12px 4px 0'><b><code>{escape(term)}</code></b></td>"
                       f"<td style='padding:4px 0'>{escape(render(meaning))}</td></tr>" for term, meaning in TERMS)
        self.text.setHtml(f"<table>{rows}</table>")
