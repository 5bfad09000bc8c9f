"""Performing lifecycle transitions: check, log the equivalent CLI, call the engine, explain failures.

The state shown never changes here: only the daemon's events move a container (see
``DaemonModel``). This object reports what was asked and how the daemon answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.engine import EngineError
from desktop.i18n import render
from desktop.lifecycle import SPECS, State, Transition, check, cli_command, explain_daemon_answer, state_from_status
from desktop.lifecycle.references import check_container_name, check_reference
from desktop.text import QT_TRANSLATE_NOOP

from .activity import ActivityLog
from .daemon import DaemonModel
from .requests import RequestRunner


@dataclass(frozen=True)
class OperationRequest:
    """One transition with its arguments, as the user chose them."""

    transition: Transition
    container: str | None = None  # id
    image: str | None = None  # reference (tag or id)
    name: str | None = None
    command: str | None = None
    new_image: str | None = None
    message: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def split_reference(ref: str) -> tuple[str, str | None]:
    """``repo[:tag]`` → (repo, tag); a port in a registry host is not a tag, nor is a digest."""
    if "@" in ref:
        return ref.split("@", 1)[0], None
    last = ref.rsplit("/", 1)[-1]
    if ":" in last:
        repo, tag = ref.rsplit(":", 1)
        return repo, tag
    return ref, None


def names_problem(req: OperationRequest):
    """Why the names in ``req`` break Docker's grammar (a sentence), or ``None`` when they are fine."""
    call = SPECS[req.transition].engine_call
    if call in ("create", "run", "pull", "push"):
        problem = check_reference(req.image or "")
        if problem is None and call not in ("pull", "push"):
            problem = check_container_name(req.name or "")
        return problem
    if call == "commit":
        return check_reference(req.new_image or "", allow_digest=False)
    return None


class LifecycleOperations(QObject):
    """Runs ``OperationRequest``s through the engine.

    Signals:
        refused(object, str): the request and why the model refuses it from the current state
            (in the current language; the activity log keeps the translatable message).
        started(object, str): the request and its CLI equivalent.
        succeeded(object, object): the request and the engine's result (a new id for run/create/commit).
        failed(object, str): the request and a sentence saying what happened and what to do (in the
            current language).
    """

    refused = Signal(object, str)
    started = Signal(object, str)
    succeeded = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, daemon: DaemonModel, requests: RequestRunner, log: ActivityLog,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._daemon = daemon
        self._requests = requests
        self._log = log
        self.labels: dict[str, str] = {}  # added to what the app creates (tests use it to clean up)

    def state_of(self, container_id: str | None) -> State | None:
        rec = self._daemon.containers.get(container_id or "")
        return state_from_status(rec.status) if rec else None

    def describe(self, req: OperationRequest) -> str:
        """The equivalent docker command, with real names."""
        rec = self._daemon.containers.get(req.container or "")
        return cli_command(
            req.transition,
            container=rec.name if rec else req.container,
            image=req.image,
            new_image=req.new_image,
            name=req.name,
            command=req.command,
        )

    def perform(self, req: OperationRequest) -> bool:
        """Start the operation; False when the model refused it (``refused`` says why)."""
        spec = SPECS[req.transition]
        if spec.engine_call == "pull":
            state = State.REGISTRY
        elif spec.engine_call in ("push", "create", "run", "remove_image"):
            state = State.IMAGE
        else:
            state = self.state_of(req.container)
        if state is None:
            reason = QT_TRANSLATE_NOOP(
                "LifecycleOperations", "The container no longer exists (it may have been removed elsewhere)."
            )
            self._refuse(req, reason)
            return False
        verdict = check(req.transition, state)
        if not verdict.allowed:
            self._refuse(req, verdict.reason or QT_TRANSLATE_NOOP("LifecycleOperations", "Not allowed now."))
            return False
        problem = names_problem(req)
        if problem is not None:
            self._refuse(req, problem)  # nothing is sent: the daemon would half-make it
            return False
        try:
            cli = self.describe(req)
        except ValueError as exc:
            self._refuse(req, f"{exc}.")
            return False
        future = self._call(req)
        entry = self._log.begin(self._summary(req), cli)
        self.started.emit(req, cli)
        self._requests.track(
            future,
            lambda result, r=req, e=entry: self._on_done(r, e, result),
            lambda error, r=req, e=entry, s=state: self._on_error(r, e, s, error),
        )
        return True

    def _refuse(self, req: OperationRequest, reason: str) -> None:
        outcome = QT_TRANSLATE_NOOP("LifecycleOperations", "Not done: {reason}").format(reason=reason)
        self._log.note("you", self._summary(req), self._safe_cli(req), outcome, ok=False)
        self.refused.emit(req, render(reason))

    def _safe_cli(self, req: OperationRequest) -> str:
        try:
            return self.describe(req)
        except ValueError:
            return ""

    def _summary(self, req: OperationRequest) -> str:
        spec = SPECS[req.transition]
        rec = self._daemon.containers.get(req.container or "")
        target = rec.name if rec else (req.image or req.container or "")
        if not target:
            return spec.verb
        return QT_TRANSLATE_NOOP("LifecycleOperations", "{operation} {target}").format(operation=spec.verb, target=target)

    def _call(self, req: OperationRequest):
        """The engine call the model names for this transition (``TransitionSpec.engine_call``)."""
        engine = self._daemon.engine
        call = SPECS[req.transition].engine_call
        labels = {**self.labels, **req.extra.get("labels", {})}
        if call in ("create", "run"):
            return engine.create(req.image or "", name=req.name, command=req.command, labels=labels,
                                 start=call == "run")
        if call == "commit":
            repo, tag = split_reference(req.new_image or "")
            return engine.commit(req.container or "", repo, tag, req.message, labels=labels or None)
        if call in ("pull", "push"):
            return engine.transfer(call, req.image or "")
        if call == "remove_image":
            return engine.remove_image(req.image or "")
        kwargs: dict[str, Any] = {}
        if req.transition is Transition.RM_FORCE:
            kwargs["force"] = True
        if call in ("stop", "restart"):
            kwargs["timeout"] = req.extra.get("timeout", 10)
        return getattr(engine, call)(req.container or "", **kwargs)

    def _on_done(self, req: OperationRequest, entry: int, result: Any) -> None:
        outcome: str = QT_TRANSLATE_NOOP("LifecycleOperations", "Done.")
        if req.transition is Transition.COMMIT and isinstance(result, str):
            rec = self._daemon.containers.get(req.container or "")
            name = rec.name if rec else (req.container or "")[:12]
            outcome = QT_TRANSLATE_NOOP(
                "LifecycleOperations",
                "The writable layer of container {name} became the top layer of image {image} ({id}).",
            ).format(name=name, image=req.new_image, id=result.split(":", 1)[-1][:12])
        elif req.transition in (Transition.RUN, Transition.CREATE) and isinstance(result, str):
            outcome = QT_TRANSLATE_NOOP("LifecycleOperations", "Done: container {id}.").format(id=result[:12])
        self._log.finish(entry, True, outcome)
        self.succeeded.emit(req, result)

    def _on_error(self, req: OperationRequest, entry: int, state: State, error: EngineError) -> None:
        sentence = error.sentence
        if error.status_code in (304, 404, 409, 500) and error.kind != "unreachable":
            explained = explain_daemon_answer(req.transition, error.status_code, state)
            if not explained.startswith("The daemon answered HTTP"):  # keep the daemon's own words then
                sentence = explained
        self._log.finish(entry, False, sentence)
        self.failed.emit(req, render(sentence))
