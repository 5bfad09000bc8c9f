"""Composition root: parse arguments, build everything, own shutdown.

``lifecycle-explorer`` with no arguments opens the window. Sub-commands work without a window:
``export`` renders a view to PNG/SVG and ``layers`` prints an image's layer table.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Sequence

from desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger("desktop")


_HELP_IN = {"lang": None}  # set when --help is asked for: the help is then said in that language


def translate(context: str, source: str) -> str:
    """The help texts, marked for lupdate; translated only when help is shown (Qt stays unloaded otherwise)."""
    if _HELP_IN["lang"] is None:
        return source
    from desktop.i18n import translate as qt_translate

    return qt_translate(context, source)


#: argparse's own words, marked for lupdate; argparse asks for them through ``argparse._`` (gettext).
_ARGPARSE_WORDS = (
    translate("Argparse", "usage: "),
    translate("Argparse", "positional arguments"),
    translate("Argparse", "options"),
    translate("Argparse", "show this help message and exit"),
    translate("Argparse", "%(prog)s: error: %(message)s\n"),
    translate("Argparse", "the following arguments are required: %s"),
    translate("Argparse", "unrecognized arguments: %s"),
    translate("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    translate("Argparse", "argument %(argument_name)s: %(message)s"),
    translate("Argparse", "expected one argument"),
    translate("Argparse", "invalid %(type)s value: %(value)r"),
)


class _Retry(Exception):
    """Parse again, now in the user's language (raised by the first attempt's error)."""


class _Parser(argparse.ArgumentParser):
    """On a usage mistake, say it in the user's language: load it, then parse once more."""

    def error(self, message):  # noqa: D102 - argparse API
        if _HELP_IN["lang"] is None:
            raise _Retry()
        super().error(message)


def _prepare_help(argv: Sequence[str], force: bool = False) -> None:
    """``-h``/``--help`` anywhere (or a usage mistake): load the language first, so argparse speaks it."""
    if not force and not any(a in ("-h", "--help") for a in argv):
        return
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import install_language, normalize_language

    lang = None
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = normalize_language(argv[i + 1])
        elif a.startswith("--lang="):
            lang = normalize_language(a.split("=", 1)[1])
    if QCoreApplication.instance() is None:
        QCoreApplication(["lifecycle-explorer"])
    _HELP_IN["lang"] = install_language(lang)
    from desktop.i18n import translate as qt_translate

    argparse._ = lambda text: qt_translate("Argparse", text)  # argparse's words, through gettext's name


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    argv = list(sys.argv[1:] if argv is None else argv)
    _prepare_help(argv)
    try:
        return _parse(argv)
    except _Retry:
        _prepare_help(argv, force=True)
        return _parse(argv)


def _parse(argv: list[str]) -> argparse.Namespace:
    lang_help = translate("Cli", "ko or en")
    image_help = translate("Cli", "image name, tag or id")
    file_help = translate("Cli", "file to write: .png or .svg")
    parser = _Parser(
        prog="lifecycle-explorer",
        description=translate("Cli", "Lifecycle Explorer: see the Docker container lifecycle and image layers, live."),
        epilog=translate("Cli", "The daemon is found like the docker CLI finds it: DOCKER_HOST, DOCKER_CONTEXT, "
                         "then the current context."),
    )
    parser.add_argument("--version", action="store_true", help=translate("Cli", "print the version and exit"))
    parser.add_argument("--lang", metavar="CODE", type=_language_code,
                        help=translate("Cli", "language of the window and of the commands' output: ko or en "
                                       "(default: the system's)"))
    parser.add_argument("--read-only", action="store_true",
                        help=translate("Cli", "classroom lock: nothing destructive (remove, kill, remove image) and "
                                       "no tag moved; the menus cannot undo it (`safety/read_only=true` in the "
                                       "settings file does the same)"))
    parser.add_argument("--presentation", action="store_true",
                        help=translate("Cli", "start in presentation mode: full screen, projector-size text "
                                       "(F11 leaves it)"))
    parser.add_argument("--lesson", action="store_true",
                        help=translate("Cli", "open the lesson (the lecture, step by step) when the window starts"))
    parser.add_argument("--host", metavar="URL",
                        help=translate("Cli", "daemon address (overrides DOCKER_HOST and contexts)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "start offscreen, render each view once, report, exit"))
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help=translate("Cli", "add the app to your desktop menu"))
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help=translate("Cli", "remove what --install-desktop-entry wrote"))
    parser.add_argument("--settings", metavar="FILE", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    export = sub.add_parser("export", help=translate("Cli", "render a view to a PNG or SVG file without opening a window"))
    export_sub = export.add_subparsers(dest="what", required=True)
    e_life = export_sub.add_parser("lifecycle", help=translate("Cli", "the lifecycle graph with the current counts"))
    e_life.add_argument("output", help=file_help)
    e_life.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    e_layers = export_sub.add_parser("layers", help=translate("Cli", "the layer chart of one image"))
    e_layers.add_argument("image", help=image_help)
    e_layers.add_argument("output", help=file_help)
    e_layers.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    layers = sub.add_parser("layers", help=translate("Cli", "print the layer table of an image"))
    layers.add_argument("image", help=image_help)
    layers.add_argument("--format", choices=("json", "csv"), default="json")
    layers.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    build = sub.add_parser("build", help=translate("Cli", "build an image from a folder, printing each step as it "
                                                   "finishes (from the cache or ran)"))
    build.add_argument("context", help=translate("Cli", "the build context: the folder that holds the Dockerfile"))
    build.add_argument("-t", "--tag", required=True, help=translate("Cli", "name and tag of the new image"))
    build.add_argument("-f", "--file", default="Dockerfile", help=translate("Cli", "the Dockerfile, inside the context"))
    build.add_argument("--build-arg", action="append", default=[], metavar="KEY=VALUE",
                       help=translate("Cli", "a build argument (repeat for more)"))
    build.add_argument("--no-cache", action="store_true", help=translate("Cli", "run every step, use no cache"))
    build.add_argument("--format", choices=("text", "jsonl"), default="text")
    build.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    lesson = sub.add_parser("lesson", help=translate("Cli", "the lecture as a lesson; with --auto, every step "
                                                     "performed and confirmed by itself"))
    lesson.add_argument("--auto", action="store_true",
                        help=translate("Cli", "play every step by itself and exit (0 when the daemon confirmed them all)"))
    lesson.add_argument("--show", action="store_true",
                        help=translate("Cli", "with --auto: play it in the window instead of without one"))
    lesson.add_argument("--delay", type=float, default=0.5, metavar="SECONDS",
                        help=translate("Cli", "pause between steps when playing (default 0.5)"))
    lesson.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    analyze = sub.add_parser("analyze", help=translate("Cli", "what each layer holds, the wasted space and the "
                                                       "efficiency, computed as dive computes them"))
    analyze.add_argument("image", nargs="?", help=image_help)
    analyze.add_argument("--format", choices=("text", "json", "dive"), default="text",
                         help=translate("Cli", "dive: dive's own JSON export, for scripts written for dive --json"))
    analyze.add_argument("--archive", metavar="FILE", help=translate("Cli", "read a saved image (docker save) "
                                                                     "instead of asking the daemon"))
    analyze.add_argument("--ci", action="store_true",
                         help=translate("Cli", "apply dive's rules and exit 1 when one fails"))
    for flag, alias, rule, default in (("--lowest-efficiency", "--lowestEfficiency", "lowestEfficiency", "0.9"),
                                       ("--highest-wasted-bytes", "--highestWastedBytes", "highestWastedBytes",
                                        "disabled"),
                                       ("--highest-user-wasted-percent", "--highestUserWastedPercent",
                                        "highestUserWastedPercent", "0.1")):
        analyze.add_argument(flag, alias, dest=rule, metavar="VALUE", default=None,
                             help=translate("Cli", "dive's rule {rule} (default {default}; 'disabled' turns it "
                                            "off)").format(rule=rule, default=default))
    analyze.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    df = sub.add_parser("df", help=translate("Cli", "where the disk went: images, containers, volumes and build "
                                             "cache, as the daemon counts them"))
    df.add_argument("--format", choices=("text", "json"), default="text")
    df.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    for name, helptext in (("pull", translate("Cli", "download an image from its registry, layer by layer")),
                           ("push", translate("Cli", "upload an image to its registry, layer by layer"))):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("reference", help=translate("Cli", "image reference, e.g. 127.0.0.1:5000/app:1"))
        cmd.add_argument("--format", choices=("text", "jsonl"), default="text")
        cmd.add_argument("--lang", type=_language_code, default=argparse.SUPPRESS, help=lang_help)
    return parser.parse_args(argv)


def _language_code(value: str) -> str:
    from desktop.i18n import LANGUAGES, normalize_language

    code = normalize_language(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}: choose one of {', '.join(LANGUAGES)}")
    return code


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" noise; keep the rest."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("LCX_LOG", "WARNING"), format="%(levelname)s %(name)s: %(message)s")
    if args.self_test or args.command == "export" or os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        quiet_offscreen_warnings()  # the offscreen platform's size-hint notices are not the app's to report
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(args)
    if args.command == "layers":
        from desktop.cli import print_layers

        return print_layers(args.image, args.format, host=args.host, lang=args.lang)
    if args.command == "build":
        from desktop.cli import build_image

        return build_image(args.context, args.tag, args.file, args.build_arg, args.no_cache, args.format,
                           host=args.host, lang=args.lang)
    if args.command == "lesson" and args.auto and not args.show:
        from desktop.cli import run_lesson

        return run_lesson(args.delay, host=args.host, lang=args.lang)
    if args.command == "analyze":
        from desktop.cli import analyze_image

        rules = {r: getattr(args, r) for r in ("lowestEfficiency", "highestWastedBytes", "highestUserWastedPercent")}
        return analyze_image(args.image, args.format, host=args.host, archive=args.archive, ci=args.ci, rules=rules,
                             lang=args.lang)
    if args.command == "df":
        from desktop.cli import print_disk_usage

        return print_disk_usage(args.format, host=args.host, lang=args.lang)
    if args.command in ("pull", "push"):
        from desktop.cli import transfer_image

        return transfer_image(args.command, args.reference, args.format, host=args.host, lang=args.lang)
    if args.command == "export":
        from desktop.cli import export_view

        return export_view(args.what, getattr(args, "image", None), args.output, host=args.host, lang=args.lang)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(host=args.host, lang=args.lang)
    return run_gui(args)


def _desktop_entry(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop import integration
    from desktop.i18n import install_language, render

    if QCoreApplication.instance() is None:
        QCoreApplication(["lifecycle-explorer"])
    install_language(args.lang)
    try:
        if args.install_desktop_entry:
            paths = integration.install_desktop_entry()
            print(render(integration.describe(paths)))
        else:
            paths = integration.uninstall_desktop_entry()
            print(render(integration.describe(paths, removed=True)))
    except integration.IntegrationError as exc:
        print(render(exc.args[0] if exc.args else str(exc)), file=sys.stderr)
        return 1
    return 0


#: How long a thread may keep Python's lock while another waits for it (seconds; Python's default is 5 ms).
GUI_SWITCH_INTERVAL = 0.001


def favour_gui_thread() -> float:
    """Let the GUI thread have Python's lock sooner; returns the interval that was in force.

    Every call from Qt into Python (a slot, a paint, a timer) must take the lock. While a worker
    thread is busy in Python (reading a build's million lines, decoding a pull's progress), each of
    those calls waits until the worker is made to let go, up to the switch interval, and a repaint
    that makes several calls waits several times. A shorter interval bounds each wait; the worker
    loses a little throughput, the window none of its responsiveness.
    """
    was = sys.getswitchinterval()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    return was


#: A full collection waits while daemon events keep arriving (a burst of 50 pauses): it takes
#: 15-25 ms of the GUI thread, which is then not drawing the burst. Quiet this long, it runs.
FULL_GC_DEFER_S = 1.0
#: ... but never waits longer than this, however busy the daemon stays (memory stays flat).
FULL_GC_MAX_DEFER_S = 30.0


class GuiThreadGc:
    """Python's cycle collector runs on the GUI thread only, on a timer.

    Left automatic, it runs in whichever thread happens to allocate, and a cycle holding a Qt
    object then destroys that object in a worker thread: Qt takes its signal lock there while the
    GUI thread, holding Python's lock, waits for the same Qt lock (a deadlock seen in CI).
    pyqtgraph's GarbageCollector does the same for the same reason.

    Full (generation 2) collections are put off while the daemon is busy (``note_busy``), for at
    most ``FULL_GC_MAX_DEFER_S``; the young generations are collected as usual meanwhile.
    """

    def __init__(self, interval_ms: int = 500, clock=None):
        import gc
        import time

        from PySide6.QtCore import QTimer

        self._clock = clock or time.monotonic
        self._busy_at: float | None = None
        self._deferred_since: float | None = None
        self._was_enabled = gc.isenabled()
        self._frozen = False
        gc.disable()
        self.timer = QTimer()
        self.timer.setObjectName("guiThreadGc")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        import gc

        if not self._frozen:
            # What exists once the window is up (modules, Qt wrappers, the views) lives as long as
            # the app: set it aside, so that a full collection later walks only what came after
            # (a full pass over everything took 15 ms of the GUI thread, mid-build). No collection
            # first: that pass would cost the same stall now; startup leaves next to no garbage.
            self._frozen = True
            gc.freeze()
            return
        limits, counts = gc.get_threshold(), gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                if generation == 2 and not self.due():
                    continue  # the daemon is busy: the younger generations only, for now
                gc.collect(generation)
                break

    def note_busy(self, *_args) -> None:
        """Daemon events arrived: a full collection now would stall the drawing of them."""
        self._busy_at = self._clock()

    def due(self) -> bool:
        """Whether a full collection may run now (quiet long enough, or put off long enough)."""
        now = self._clock()
        if self._busy_at is None or now - self._busy_at >= FULL_GC_DEFER_S:
            self._deferred_since = None
            return True
        if self._deferred_since is None:
            self._deferred_since = now
        if now - self._deferred_since >= FULL_GC_MAX_DEFER_S:
            self._deferred_since = None
            return True
        return False

    def stop(self) -> None:
        import gc

        self.timer.stop()
        gc.unfreeze()
        gc.collect()  # on this (GUI) thread, while the workers have stopped
        if self._was_enabled:
            gc.enable()


class Application:
    """Everything the window needs, built in one place, and shut down in one place."""

    def __init__(self, host: str | None = None, settings_path: str | None = None, tabs=None,
                 lang: str | None = None, read_only: bool = False):
        from desktop.engine import Engine, resolve_endpoint
        from desktop.i18n import install_language
        from desktop.settings import Settings
        from desktop.ui.appearance import Appearance
        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow
        from desktop.viewmodels.activity import ActivityLog
        from desktop.viewmodels.daemon import DaemonModel
        from desktop.viewmodels.narrator import EventNarrator
        from desktop.viewmodels.requests import RequestRunner

        self.gc = GuiThreadGc()
        favour_gui_thread()
        settings = Settings(settings_path)
        settings.locked = bool(read_only)
        # --lang wins for this run; otherwise the language chosen in the menu; otherwise the system's.
        install_language(lang or settings.language or None)
        self.appearance = Appearance(settings)
        self.endpoint = resolve_endpoint(base_url=host)
        self.engine = Engine(self.endpoint)
        self.daemon = DaemonModel(self.endpoint, self.engine)
        log = ActivityLog()
        self.narrator = EventNarrator(log)
        self.daemon.events_arrived.connect(self.narrator.on_events)
        self.daemon.events_arrived.connect(self.gc.note_busy)
        self.ctx = AppContext(
            engine=self.engine,
            daemon=self.daemon,
            requests=RequestRunner(),
            log=log,
            settings=settings,
            narrator=self.narrator,
            appearance=self.appearance,
        )
        self.window = MainWindow(self.ctx, default_tabs() if tabs is None else tabs)
        self._shut_down = False
        self.clean_exit = True

    def start(self) -> None:
        if not self._shut_down:  # a start scheduled for after the first paint may come after a quit
            self.daemon.start()

    def start_after_first_paint(self) -> None:
        """Connect once the window is on screen: the watcher's first requests would slow its paint."""
        self.window.after_first_paint(self.start)

    def shutdown_for_quit(self) -> bool:
        """Quit: the process must end within 2 s, whatever the daemon does (``QUIT_TIMEOUT``)."""
        return self.shutdown(QUIT_TIMEOUT)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Stop the watcher and the workers and wait for them; safe to call twice."""
        if self._shut_down:
            return True
        self._shut_down = True
        import time

        deadline = time.monotonic() + timeout  # one deadline for everything, not one each
        if self.window.isVisible():
            self.window.close()  # saves the window state and shuts the views down
        else:
            self.window.shutdown_views()
        self.ctx.settings.sync()  # nothing the user chose is lost, whatever the daemon does next
        ok = self.daemon.stop(max(0.0, deadline - time.monotonic()))
        ok = self.engine.shutdown(max(0.0, deadline - time.monotonic())) and ok
        self.narrator.shutdown()
        self.appearance.shutdown()
        self.gc.stop()
        self.clean_exit = ok
        return ok


def _play_lesson(app, panel, delay: float) -> None:
    """``lesson --auto --show``: the lesson plays itself in the window, from a clean start, and the
    app quits when it ends (exit status 0 only when the daemon confirmed every step)."""
    from PySide6.QtWidgets import QApplication

    runner = panel.runner

    def ended(ok: bool) -> None:
        runner.reset(lambda clean: QApplication.exit(0 if ok and clean else 1))

    def begin() -> None:
        if not app.daemon.synced:
            QTimer.singleShot(200, begin)
            return
        runner.played.connect(ended)
        runner.reset(lambda ok: runner.play(delay) if ok else QApplication.exit(1))

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, begin)


QUIT_TIMEOUT = 1.5  # seconds to let threads end before the process leaves without them


def default_tabs():
    """The central views, in order. Each module is imported when its view is built (see LazyView)."""

    def lifecycle(ctx, window):
        from desktop.ui.lifecycle_view import LifecycleView

        return LifecycleView(ctx, window)

    def layers(ctx, window):
        from desktop.ui.layers_view import LayersView

        return LayersView(ctx, window)

    def container(ctx, window):
        from desktop.ui.container_view import ContainerView

        return ContainerView(ctx, window)

    def disk(ctx, window):
        from desktop.ui.disk_view import DiskView

        return DiskView(ctx, window)

    return [("Lifecycle", lifecycle), ("Layers", layers), ("Container", container), ("Disk", disk)]


def run_gui(args: argparse.Namespace, after_start=None) -> int:
    """Open the window and run until quit. ``after_start(app)`` runs once it is up (tests drive it)."""
    from PySide6.QtWidgets import QApplication

    from desktop import release_pyside_import_hook

    release_pyside_import_hook()

    QApplication.setApplicationName("lifecycle-explorer")
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    # The first argument names the X11 window class: keep it "lifecycle-explorer" under `python -m` too.
    qapp = QApplication.instance() or QApplication(["lifecycle-explorer"])
    from PySide6.QtCore import QTimer

    QTimer.singleShot(400, lambda: _set_icon(qapp))  # after the first paint: loading it takes a while
    app = Application(host=args.host, settings_path=args.settings, lang=args.lang, read_only=args.read_only)
    qapp.aboutToQuit.connect(app.shutdown_for_quit)
    app.window.show()
    if args.presentation:
        app.window.presentation_action.setChecked(True)
    app.start_after_first_paint()
    lesson = getattr(args, "command", None) == "lesson"
    if args.lesson or lesson:
        panel = app.window.open_lesson()
        if lesson and getattr(args, "auto", False):
            _play_lesson(app, panel, args.delay)
    if after_start is not None:
        after_start(app)
    code = qapp.exec()
    app.shutdown_for_quit()
    if not app.clean_exit:
        # A daemon call is still hanging (a frozen daemon, a build in flight). Everything worth keeping
        # is saved; waiting for the call would keep the process alive long after the window closed.
        log.info("quitting with daemon calls still running")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _set_icon(qapp) -> None:
    try:
        from desktop.ui.icons import app_icon

        qapp.setWindowIcon(app_icon())
    except Exception:  # an icon problem must never stop the app
        log.debug("no application icon", exc_info=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
