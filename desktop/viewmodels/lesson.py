"""The lesson, run: each step performed through the app's own operations and confirmed by the daemon.

A step is *confirmed* only when the live model (fed by the daemon's events) shows what the step
claims: a container in the expected state, an image with one more layer, a file in the container's
diff, a build whose steps came from the cache. It does not matter who did it: the "Do it" button,
a click on the graph, or a command typed in a terminal. Some claims need a question answered by
the daemon (``docker diff``, the layers of an image); those are asked off the GUI thread.

Signals:
    changed(): the step, its status or its detail changed.
    heartbeat(object): the last lines ``lesson-web`` printed, or ``None`` when it prints nothing now.
    focus(str, str): what to point at: ("container", name), ("image", reference), ("layers", reference),
        ("stack", container name: the container on its image; "" keeps the one shown) or ("build", "").
    played(bool): a play through every step ended (True when every step was confirmed).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import lesson as L
from desktop.engine import ContainerRecord, EngineError
from desktop.i18n import render
from desktop.lifecycle import Transition
from desktop.text import QT_TRANSLATE_NOOP, Msg

from .operations import OperationRequest

#: A step not confirmed within this long after "Do it" has failed (seconds).
STEP_TIMEOUT = 120.0
#: How often a question for the daemon (diff, layers) is asked again while a step waits (ms).
PROBE_INTERVAL = 1000


class LessonRunner(QObject):
    changed = Signal()
    heartbeat = Signal(object)
    focus = Signal(str, str)
    played = Signal(bool)

    def __init__(self, daemon, operations, requests, log, settings=None, *, build_runner=None,
                 workdir: str | None = None, confirm=None, parent: QObject | None = None):
        super().__init__(parent)
        self.daemon = daemon
        self.engine = daemon.engine
        self.operations = operations
        self.requests = requests
        self.log = log
        self.settings = settings
        self.steps = L.STEPS
        self.index = 0
        self.status = ["waiting"] * len(self.steps)  # waiting, doing, confirmed, failed
        self.detail: list[str] = [""] * len(self.steps)
        self._build_runner = build_runner  # folder → the BuildRunner to use (the Build panel's, showing it)
        self._own_builds = None
        self._confirm = confirm  # asks before a destructive step (None: do not ask)
        self._workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="lifecycle-lesson-"))
        self._deadline = 0.0
        self._probing = False
        self._probe_results: dict[str, object] = {}
        self._builds: dict[str, dict] = {}  # step key → the build's outcome (counts, steps, image)
        self._image_before_cache = ""
        self.playing = False
        self._delay = 1.0
        self.resetting = False
        self._heartbeat_busy = False
        daemon.container_updated.connect(lambda *_a: self.evaluate())
        daemon.container_removed.connect(lambda *_a: self.evaluate())
        daemon.images_changed.connect(self.evaluate)
        daemon.reset.connect(self.evaluate)
        operations.failed.connect(self._on_operation_failed)
        operations.refused.connect(self._on_operation_failed)
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_INTERVAL)
        self._probe_timer.timeout.connect(self._tick)
        self._probe_timer.start()

    # -- where we are -----------------------------------------------------------------------------
    @property
    def step(self) -> L.LessonStep:
        return self.steps[self.index]

    @property
    def current_status(self) -> str:
        return self.status[self.index]

    def progress(self) -> str:
        return f"{self.index + 1} / {len(self.steps)}"

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if index != self.index:
            self.index = index
            if self.status[index] != "confirmed":
                self.status[index], self.detail[index] = "waiting", ""
            self._probe_results.clear()
        self.changed.emit()
        self.evaluate()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def advance(self) -> None:
        """What a clicker's "next" means: do the step if it is not done, otherwise go to the next."""
        if self.current_status == "confirmed":
            if self.index + 1 < len(self.steps):
                self.next()
        elif self.current_status != "doing":
            self.do_it()

    # -- the world as the daemon last told it ---------------------------------------------------------
    def container(self, name: str) -> ContainerRecord | None:
        return next((c for c in self.daemon.containers.values() if c.name == name), None)

    def image(self, reference: str):
        return next((i for i in self.daemon.images.values() if reference in i.tags), None)

    def lesson_objects(self) -> tuple[int, int]:
        """How many containers and images carry the lesson's label."""
        return (sum(1 for c in self.daemon.containers.values() if L.LESSON_LABEL in c.labels),
                sum(1 for i in self.daemon.images.values() if L.LESSON_LABEL in i.labels))

    # -- doing -------------------------------------------------------------------------------------
    def do_it(self) -> None:
        """Perform the current step through the app's operations (the command is in the activity log)."""
        key = self.step.key
        if self.status[self.index] == "confirmed" or self.resetting:
            return
        self._set(self.index, "doing", "")
        self._deadline = time.monotonic() + STEP_TIMEOUT
        try:
            getattr(self, "_do_" + key.replace("-", "_"))()
        except _Refused as refused:
            if refused.sentence or self.status[self.index] != "failed":  # else ``refused`` has said why
                self._fail(refused.sentence)
            return
        self.evaluate()

    def _op(self, transition: Transition, **kwargs) -> None:
        if not self.operations.perform(OperationRequest(transition, **kwargs)):
            raise _Refused("")  # ``refused`` has said why (see _on_operation_failed)

    def _need(self, name: str) -> ContainerRecord:
        rec = self.container(name)
        if rec is None:
            raise _Refused(QT_TRANSLATE_NOOP(
                "Lesson", "There is no container {name} yet: do the earlier steps first (Previous).").format(name=name))
        return rec

    def _do_image(self) -> None:
        from desktop.lesson.base import busybox_rootfs_tar, find_static_busybox

        changes = [f"LABEL {L.LESSON_LABEL}=1", 'CMD ["sh"]']
        if find_static_busybox() is not None:
            future = self.engine.import_image(busybox_rootfs_tar, L.BASE, changes)
            command = f"docker import --change 'LABEL {L.LESSON_LABEL}=1' rootfs.tar {L.BASE}"
        else:
            local = next((t for i in self.daemon.images.values() for t in i.tags
                          if t.split("/")[-1].startswith("busybox:")), None)
            if local is None:
                raise _Refused(QT_TRANSLATE_NOOP(
                    "Lesson", "The lesson makes its base image from busybox, and there is none here: install the "
                    "busybox-static package (Debian, Ubuntu) or put a busybox image on the daemon, then try again."))
            future = self.engine.build(f"FROM {local}\nLABEL {L.LESSON_LABEL}=1\n", L.BASE)
            command = f"docker build -t {L.BASE} -  # FROM {local}"
        entry = self.log.begin(QT_TRANSLATE_NOOP("Lesson", "Make the lesson's base image {image}").format(image=L.BASE),
                               command)
        self.requests.track(future, lambda _id, e=entry: self.log.finish(e, True, QT_TRANSLATE_NOOP("Lesson", "Done.")),
                            lambda error, e=entry: self._engine_failed(e, error))

    def _write_context(self, version: int) -> Path:
        root = self._workdir / "shop"
        (root / "app").mkdir(parents=True, exist_ok=True)
        (root / "Dockerfile").write_text(L.DOCKERFILE)
        (root / "requirements.txt").write_text(L.REQUIREMENTS)
        source = root / L.SOURCE
        text = L.source_text(version)
        if not source.exists() or source.read_text() != text:
            source.write_text(text)
        return root

    def _build(self, version: int, key: str) -> None:
        if self.image(L.BASE) is None:
            raise _Refused(QT_TRANSLATE_NOOP("Lesson", "The base image {image} is missing: do step 1 first.").format(
                image=L.BASE))
        root = self._write_context(version)
        runner = self._runner(str(root))
        if runner.running:
            raise _Refused(QT_TRANSLATE_NOOP("Lesson", "A build is running already: wait for it to end."))
        self._builds.pop(key, None)

        def finished(_tag: str, image_id: str, k=key, r=runner) -> None:
            counts = r.counts()
            self._builds[k] = {"image": image_id, "steps": [s.status for s in r.steps], "cached": counts.cached,
                               "ran": counts.ran, "total": counts.steps}
            _disconnect(r)
            self.evaluate()

        def failed(sentence: str, r=runner) -> None:
            _disconnect(r)
            self._fail(sentence)

        runner.finished.connect(finished)
        runner.failed.connect(failed)
        runner._lesson_slots = (finished, failed)  # noqa: SLF001 - kept so that they can be disconnected
        if not runner.build("Dockerfile", L.SHOP, None, context=str(root)):
            _disconnect(runner)
            raise _Refused(QT_TRANSLATE_NOOP("Lesson", "A build is running already: wait for it to end."))
        self.focus.emit("build", "")

    def _runner(self, folder: str):
        if self._build_runner is not None:
            return self._build_runner(folder)
        if self._own_builds is None:
            from .build import BuildRunner

            self._own_builds = BuildRunner(self.engine, self.requests, self.log, parent=self)
        return self._own_builds

    def _do_build(self) -> None:
        self._build(1, "build")

    def _do_create(self) -> None:
        self._op(Transition.CREATE, image=L.SHOP, name=L.WEB)

    def _do_start(self) -> None:
        self._op(Transition.START, container=self._need(L.WEB).id)

    def _do_run(self) -> None:
        self._op(Transition.RUN, image=L.SHOP, name=L.RUNNER)

    def _do_stop(self) -> None:
        self._op(Transition.STOP, container=self._need(L.RUNNER).id)

    def _do_restart(self) -> None:
        self._op(Transition.START, container=self._need(L.RUNNER).id)

    def _do_pause(self) -> None:
        self._op(Transition.PAUSE, container=self._need(L.WEB).id)

    def _do_unpause(self) -> None:
        self._op(Transition.UNPAUSE, container=self._need(L.WEB).id)

    def _do_write(self) -> None:
        rec = self._need(L.WEB)
        command = ["sh", "-c", f"echo written in class > {L.NOTE}"]
        entry = self.log.begin(QT_TRANSLATE_NOOP("Lesson", "Write a file in {name}").format(name=L.WEB),
                               f"docker exec {L.WEB} sh -c 'echo written in class > {L.NOTE}'")
        self.requests.track(self.engine.exec_run(rec.id, command),
                            lambda result, e=entry: self._exec_done(e, result),
                            lambda error, e=entry: self._engine_failed(e, error))

    def _exec_done(self, entry: int, result) -> None:
        code, output = result
        if code != 0:
            sentence = QT_TRANSLATE_NOOP("Lesson", "The command in the container failed (exit code {code}): {output}").format(
                code=code, output=output.strip()[:200])
            self.log.finish(entry, False, sentence)
            self._fail(sentence)
            return
        self.log.finish(entry, True, QT_TRANSLATE_NOOP("Lesson", "Done."))
        self.evaluate()

    def _do_commit(self) -> None:
        self._op(Transition.COMMIT, container=self._need(L.WEB).id, new_image=L.SHOP2)

    def _do_remove(self) -> None:
        rec = self._need(L.WEB)
        if self.settings is not None and not self.settings.destructive_allowed:
            raise _Refused(QT_TRANSLATE_NOOP(
                "Lesson", "Removing is switched off (the classroom lock, or Settings): this step can only be watched. "
                "Remove {name} from a terminal to go on.").format(name=L.WEB))
        if self._confirm is not None and not self._confirm(L.WEB):
            raise _Refused(QT_TRANSLATE_NOOP("Lesson", "Not removed: you chose Cancel."))
        self._op(Transition.RM_FORCE, container=rec.id)

    def _do_cache(self) -> None:
        rec = self.image(L.SHOP)
        self._image_before_cache = rec.id if rec else ""
        self._build(1, "cache")

    def _do_change(self) -> None:
        self._build(2, "change")

    def _do_compose_up(self) -> None:
        for service in L.SERVICES:
            name = L.compose_name(service)
            if self.container(name) is not None:
                rec = self.container(name)
                if rec.status != "running":
                    self._op(Transition.START, container=rec.id)
                continue
            labels = {"com.docker.compose.project": L.PROJECT, "com.docker.compose.service": service,
                      "com.docker.compose.container-number": "1", "com.docker.compose.oneoff": "False"}
            self._op(Transition.RUN, image=L.SHOP, name=name, extra={"labels": labels})

    def _do_compose_stop(self) -> None:
        for service in L.SERVICES:
            rec = self._need(L.compose_name(service))
            if rec.status in ("running", "paused"):
                self._op(Transition.STOP, container=rec.id)

    # -- confirming --------------------------------------------------------------------------------
    def evaluate(self) -> None:
        """Check the current step against the model; confirm it when the daemon shows its claim."""
        if self.resetting or not self.daemon.synced:
            return
        i = self.index
        if self.status[i] == "confirmed":
            return
        try:
            verdict = getattr(self, "_check_" + self.step.key.replace("-", "_"))()
        except _Waiting:
            verdict = None
        if verdict is not None:
            self._set(i, "confirmed", verdict)
            self._point()
            if self.playing:
                QTimer.singleShot(int(self._delay * 1000), self._play_next)
        elif self.status[i] == "doing" and time.monotonic() > self._deadline:
            self._fail(QT_TRANSLATE_NOOP(
                "Lesson", "The daemon has not shown the result after {seconds} s: check the activity log, then try "
                "again.").format(seconds=int(STEP_TIMEOUT)))

    def _state_is(self, name: str, *states: str) -> ContainerRecord:
        rec = self.container(name)
        if rec is None or rec.status not in states:
            raise _Waiting
        return rec

    def _check_image(self):
        if self.image(L.BASE) is None:
            raise _Waiting
        return QT_TRANSLATE_NOOP("Lesson", "The Image node now counts {image}; the image list shows it.").format(
            image=L.BASE)

    def _check_build(self):
        if self.image(L.SHOP) is None:
            raise _Waiting
        return self.step.look.format(image=L.SHOP)

    def _check_create(self):
        self._state_is(L.WEB, "created")
        return self.step.look.format(name=L.WEB)

    def _check_start(self):
        self._state_is(L.WEB, "running")
        return self.step.look.format(name=L.WEB)

    def _check_run(self):
        self._state_is(L.RUNNER, "running")
        return self.step.look.format(name=L.RUNNER)

    def _check_stop(self):
        rec = self._state_is(L.RUNNER, "exited")
        from desktop.lesson import exit_code_meaning

        return self.step.look.format(name=L.RUNNER, code=exit_code_meaning(rec.exit_code))

    def _check_restart(self):
        self._state_is(L.RUNNER, "running")
        return self.step.look.format(name=L.RUNNER)

    def _check_pause(self):
        self._state_is(L.WEB, "paused")
        return self.step.look.format(name=L.WEB)

    def _check_unpause(self):
        self._state_is(L.WEB, "running")
        return self.step.look.format(name=L.WEB)

    def _check_write(self):
        rec = self._state_is(L.WEB, "running", "paused", "exited", "created")
        changes = self._probe_results.get("diff")
        if not isinstance(changes, tuple) or not any(c.path == L.NOTE for c in changes):
            self._probe_results.pop("diff", None)
            self._probe("diff", lambda: self.engine.diff(rec.id))
            raise _Waiting
        sizes = self._probe_results.get("size")
        if not isinstance(sizes, tuple):
            self._probe("size", lambda: self.engine.container_size(rec.id))
            raise _Waiting
        from desktop.layers.format import human_size

        return self.step.look.format(file=L.NOTE, size=human_size(sizes[0]))

    def _check_commit(self):
        if self.image(L.SHOP2) is None:
            raise _Waiting
        counts = self._probe_results.get("layers")
        if not isinstance(counts, dict) or counts.get(L.SHOP2, 0) != counts.get(L.SHOP, -5) + 1:
            self._probe_results.pop("layers", None)
            self._probe("layers", lambda: self.engine.layer_counts([L.SHOP, L.SHOP2]))
            raise _Waiting
        return self.step.look.format(image=L.SHOP2, layers=counts[L.SHOP2], base=L.SHOP)

    def _check_remove(self):
        if self.container(L.WEB) is not None or self.image(L.SHOP) is None or self.image(L.SHOP2) is None:
            raise _Waiting
        return self.step.look.format(name=L.WEB, image=L.SHOP, image2=L.SHOP2)

    def _check_cache(self):
        build = self._builds.get("cache")
        if build is None:
            raise _Waiting
        if build["ran"] != 0 or (self._image_before_cache and build["image"] != self._image_before_cache):
            self._builds.pop("cache")
            return self._fail(QT_TRANSLATE_NOOP(
                "Lesson", "{ran} steps ran instead of coming from the cache: the context changed since the first "
                "build. Do it again: the next build is all from the cache.").format(ran=build["ran"]))
        return self.step.look.format(steps=build["total"])

    def _check_change(self):
        build = self._builds.get("change")
        if build is None:
            raise _Waiting
        statuses = build["steps"]
        first = next((n for n, s in enumerate(statuses, 1) if s != "cached"), 0)
        if first == 0:
            self._builds.pop("change")
            return self._fail(QT_TRANSLATE_NOOP("Lesson", "Every step came from the cache: the file did not change."))
        return self.step.look.format(cached=first - 1, first=first, steps=len(statuses))

    def _check_compose_up(self):
        for service in L.SERVICES:
            self._state_is(L.compose_name(service), "running")
        return self.step.look.format(names=", ".join(L.compose_name(s) for s in L.SERVICES), project=L.PROJECT)

    def _check_compose_stop(self):
        for service in L.SERVICES:
            self._state_is(L.compose_name(service), "exited")
        return self.step.look.format(project=L.PROJECT)

    # -- questions for the daemon, asked off the GUI thread -------------------------------------------
    def _probe(self, key: str, make) -> None:
        """Ask the daemon (``make()`` starts the call) unless that question is already being asked."""
        if key in self._probe_results or self._probing:
            return
        self._probing = True
        future = make()

        def done(result, k=key) -> None:
            self._probing = False
            self._probe_results[k] = result
            self.evaluate()

        def failed(_error, k=key) -> None:
            self._probing = False

        self.requests.track(future, done, failed)

    def _tick(self) -> None:
        """Once a second: ask again what a waiting step needs, and read the heartbeat."""
        if self.status[self.index] in ("doing", "waiting") and self.step.key in ("write", "commit"):
            self.evaluate()  # done in a terminal, perhaps: ask again
        rec = self.container(L.WEB)
        if rec is None or rec.status != "running":
            self.heartbeat.emit(None if rec is None or rec.status != "paused" else [])
            return
        if not self._heartbeat_busy:
            self._heartbeat_busy = True
            self.requests.track(self.engine.logs_tail(rec.id, 3), self._on_heartbeat, self._on_heartbeat_failed)

    def _on_heartbeat(self, lines) -> None:
        self._heartbeat_busy = False
        self.heartbeat.emit(list(lines))

    def _on_heartbeat_failed(self, _error) -> None:
        self._heartbeat_busy = False

    # -- outcomes ----------------------------------------------------------------------------------
    def _set(self, index: int, status: str, detail) -> None:
        self.status[index] = status
        self.detail[index] = detail
        self.changed.emit()

    def _fail(self, sentence) -> None:
        self._set(self.index, "failed", sentence)
        if self.playing:
            self.playing = False
            self.played.emit(False)
        return None

    def _engine_failed(self, entry: int, error: EngineError) -> None:
        self.log.finish(entry, False, error.sentence)
        self._fail(error.sentence)

    def _on_operation_failed(self, _req, sentence: str) -> None:
        if self.status[self.index] == "doing":
            self._fail(sentence)

    def _point(self) -> None:
        key = self.step.key
        targets = {
            "image": ("image", L.BASE), "build": ("layers", L.SHOP), "create": ("container", L.WEB),
            "start": ("container", L.WEB), "run": ("container", L.RUNNER), "stop": ("container", L.RUNNER),
            "restart": ("container", L.RUNNER), "pause": ("container", L.WEB), "unpause": ("container", L.WEB),
            "write": ("stack", L.WEB), "commit": ("layers", L.SHOP2), "remove": ("stack", ""),
            "cache": ("build", ""), "change": ("build", ""), "compose-up": ("container", L.compose_name("web")),
            "compose-stop": ("container", L.compose_name("web")),
        }
        kind, target = targets.get(key, ("", ""))
        if kind:
            self.focus.emit(kind, target)

    def shutdown(self) -> None:
        """Stop asking the daemon (the window is closing)."""
        self.playing = False
        self._probe_timer.stop()

    # -- playing and resetting -------------------------------------------------------------------------
    def play(self, delay: float = 1.0) -> None:
        """Do every step from the current one on, by itself; ``played`` says how it ended."""
        self._delay = delay
        self.playing = True
        if self.current_status == "confirmed":
            self._play_next()
        else:
            self.do_it()

    def stop_playing(self) -> None:
        self.playing = False

    def _play_next(self) -> None:
        if not self.playing:
            return
        if self.index + 1 >= len(self.steps):
            self.playing = False
            self.played.emit(all(s == "confirmed" for s in self.status))
            return
        self.next()
        if self.current_status != "confirmed":
            self.do_it()

    def reset(self, on_done=None) -> None:
        """Remove exactly what the lesson made (everything with its label), then start again at step 1."""
        self.playing = False
        self.resetting = True
        self.changed.emit()
        entry = self.log.begin(QT_TRANSLATE_NOOP("Lesson", "Reset the lesson"),
                               f"docker rm -f $(docker ps -aq --filter label={L.LESSON_LABEL}); "
                               f"docker rmi $(docker images -q --filter label={L.LESSON_LABEL})")

        def done(counts, e=entry) -> None:
            self.log.finish(e, True, QT_TRANSLATE_NOOP(
                "Lesson", "Removed {containers} containers and {images} images of the lesson; nothing else.").format(
                containers=counts[0], images=counts[1]))
            self._after_reset(True, on_done)

        def failed(error, e=entry) -> None:
            self.log.finish(e, False, error.sentence)
            self._after_reset(False, on_done, error.sentence)

        self.requests.track(self.engine.remove_labelled(f"{L.LESSON_LABEL}"), done, failed)

    def _after_reset(self, ok: bool, on_done, sentence=None) -> None:
        import shutil

        shutil.rmtree(self._workdir / "shop", ignore_errors=True)
        self.resetting = False
        self._builds.clear()
        self._probe_results.clear()
        self.status = ["waiting"] * len(self.steps)
        self.detail = [""] * len(self.steps)
        self.index = 0
        if not ok:
            self.detail[0] = sentence or ""
            self.status[0] = "failed"
        self.changed.emit()
        if on_done is not None:
            on_done(ok)
        self.evaluate()

    def caption(self, index: int | None = None) -> str:
        step = self.steps[self.index if index is None else index]
        return render(step.caption.format(name=L.WEB, file=L.SOURCE))


class _Waiting(Exception):
    """The step's claim is not (yet) what the daemon shows."""


class _Refused(Exception):
    def __init__(self, sentence: Msg | str):
        super().__init__(str(sentence))
        self.sentence = sentence


def _disconnect(runner) -> None:
    slots = getattr(runner, "_lesson_slots", None)
    if not slots:
        return
    for signal, slot in zip((runner.finished, runner.failed), slots):
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
    runner._lesson_slots = None  # noqa: SLF001
