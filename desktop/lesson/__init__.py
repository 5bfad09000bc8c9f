"""The lecture as a lesson: its claims in its order, each one a step shown happening on the daemon.

Pure: no Qt, no docker. What each step says (a title and a caption, translatable), the command it
stands for, and what to look at once the daemon has confirmed it. ``desktop.viewmodels.lesson``
performs and verifies the steps; ``desktop.ui.lesson_view`` presents them.

Everything the lesson makes carries ``LESSON_LABEL`` and a ``lesson-`` or ``lesson/`` name: its base
image is imported with the label, so every image built or committed from it inherits the label, and
so do the containers made from those images. "Reset lesson" removes exactly what carries it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.text import QT_TRANSLATE_NOOP, Msg

LESSON_LABEL = "io.github.lifecycle_explorer.lesson"
BASE = "lesson/base:1"
SHOP = "lesson/shop:1"
SHOP2 = "lesson/shop:2"
WEB = "lesson-web"
RUNNER = "lesson-run"
PROJECT = "lesson"
SERVICES = ("web", "db")
NOTE = "/srv/shop/app/note.txt"
#: The container's own program: a heartbeat, so that pause (frozen) and stop (gone) can be seen.
HEARTBEAT = "trap 'exit 0' TERM; while true; do echo \"tick $(date +%T)\"; sleep 1; done"

#: The lecture's seven-step Dockerfile, with the base image made here and commands that need no network.
DOCKERFILE = f"""FROM {BASE}
RUN mkdir -p /srv && echo "system packages: up to date" > /srv/updated.txt
COPY ./requirements.txt /tmp/
RUN cp /tmp/requirements.txt /srv/installed.txt
COPY . /srv/shop
WORKDIR /srv/shop/app
CMD ["sh", "-c", "{HEARTBEAT.replace('"', chr(92) + '"')}"]
"""
REQUIREMENTS = "flask==2.0\nrequests==2.28\n"
SOURCE = "app/manage.py"


def source_text(version: int) -> str:
    """The source file the fifth step copies; the lesson changes it to break the cache there."""
    return f"print('shop, version {version}')\n"


def compose_name(service: str) -> str:
    return f"{PROJECT}-{service}-1"


@dataclass(frozen=True)
class LessonStep:
    """One claim of the lecture."""

    key: str
    title: Msg
    caption: Msg
    look: Msg  # what to look at once it is confirmed
    command: str  # the docker command it stands for


STEPS: tuple[LessonStep, ...] = (
    LessonStep(
        "image",
        QT_TRANSLATE_NOOP("Lesson", "Images come first"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "Every container starts from an image. Images usually come from a registry such as Docker Hub; "
            "this lesson makes its own small one here, from a folder of files, so no network is needed."),
        QT_TRANSLATE_NOOP("Lesson", "The Image node now counts {image}; the image list shows it."),
        f"docker import rootfs.tar {BASE}",
    ),
    LessonStep(
        "build",
        QT_TRANSLATE_NOOP("Lesson", "A Dockerfile describes an image"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "A Dockerfile lists the steps that make an image: start FROM an image, RUN commands, COPY files "
            "in, set the command. docker build runs them in order, and each step leaves a layer or a setting."),
        QT_TRANSLATE_NOOP("Lesson", "The Build panel shows the seven steps; the Layers tab shows {image}."),
        f"docker build -t {SHOP} .",
    ),
    LessonStep(
        "create",
        QT_TRANSLATE_NOOP("Lesson", "create: a container that does not run yet"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker create makes a container from the image: its own writable layer and its settings. "
            "No program runs yet. A created container has never run; it is not a stopped one."),
        QT_TRANSLATE_NOOP("Lesson", "{name} sits on the Created node."),
        f"docker create --name {WEB} {SHOP}",
    ),
    LessonStep(
        "start",
        QT_TRANSLATE_NOOP("Lesson", "start: its program runs"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker start runs the container's program. This one prints a heartbeat every second."),
        QT_TRANSLATE_NOOP("Lesson", "{name} moved to Running; its heartbeat ticks below."),
        f"docker start {WEB}",
    ),
    LessonStep(
        "run",
        QT_TRANSLATE_NOOP("Lesson", "run = create + start"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker run does both at once: it creates a container and starts it, in one command."),
        QT_TRANSLATE_NOOP("Lesson", "{name} went straight to Running along the run arrow."),
        f"docker run -d --name {RUNNER} {SHOP}",
    ),
    LessonStep(
        "stop",
        QT_TRANSLATE_NOOP("Lesson", "stop: the container halts"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker stop asks the program to end (SIGTERM), and kills it if it does not within the timeout. "
            "The container remains, with its files; only its processes are gone."),
        QT_TRANSLATE_NOOP("Lesson", "{name} is on the Exited node; {code}"),
        f"docker stop {RUNNER}",
    ),
    LessonStep(
        "restart",
        QT_TRANSLATE_NOOP("Lesson", "start again"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "A stopped container can be started again: the same container, with the files it had."),
        QT_TRANSLATE_NOOP("Lesson", "{name} is Running again."),
        f"docker start {RUNNER}",
    ),
    LessonStep(
        "pause",
        QT_TRANSLATE_NOOP("Lesson", "pause: the processes freeze"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker pause freezes the container's processes where they are: they still exist but get no "
            "CPU time. Compare stop, which ends them."),
        QT_TRANSLATE_NOOP("Lesson", "{name} is Paused: its heartbeat stopped ticking, yet its processes are listed."),
        f"docker pause {WEB}",
    ),
    LessonStep(
        "unpause",
        QT_TRANSLATE_NOOP("Lesson", "unpause: they go on"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker unpause lets the frozen processes go on from where they were; nothing was restarted."),
        QT_TRANSLATE_NOOP("Lesson", "{name} is Running; the heartbeat ticks again."),
        f"docker unpause {WEB}",
    ),
    LessonStep(
        "write",
        QT_TRANSLATE_NOOP("Lesson", "The container writes to its own layer"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "The image's layers are read-only. What a container changes goes into its own thin writable layer "
            "on top: here a command writes a file inside {name}."),
        QT_TRANSLATE_NOOP("Lesson", "docker diff lists {file}; the container layer grew to {size}."),
        f"docker exec {WEB} sh -c 'echo written in class > {NOTE}'",
    ),
    LessonStep(
        "commit",
        QT_TRANSLATE_NOOP("Lesson", "commit: the container layer becomes an image layer"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker commit copies the container's writable layer into a new read-only layer on top of the "
            "image: image 2 = image 1 + layer D."),
        QT_TRANSLATE_NOOP("Lesson", "{image} has {layers} layers, one more than {base}: the file is in the new top layer."),
        f"docker commit {WEB} {SHOP2}",
    ),
    LessonStep(
        "remove",
        QT_TRANSLATE_NOOP("Lesson", "rm: the container layer goes, the image layers stay"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "docker rm removes the container and its writable layer with it. The image layers it stood on "
            "are untouched: other containers and images still use them."),
        QT_TRANSLATE_NOOP("Lesson", "{name} is gone; {image} and {image2} are still here, layer for layer."),
        f"docker rm -f {WEB}",
    ),
    LessonStep(
        "cache",
        QT_TRANSLATE_NOOP("Lesson", "Build again: every step from the cache"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "Building the same Dockerfile with the same files again runs nothing: the builder finds each step "
            "already made and reuses it (Using cache). That is build's advantage over commit: it can be repeated."),
        QT_TRANSLATE_NOOP("Lesson", "All {steps} steps came from the cache; the image is the same one."),
        f"docker build -t {SHOP} .",
    ),
    LessonStep(
        "change",
        QT_TRANSLATE_NOOP("Lesson", "Change a source file: the cache breaks there"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "Now one source file changes ({file}). The steps before the COPY that takes it are still reused; "
            "from that step on, every step runs again."),
        QT_TRANSLATE_NOOP("Lesson", "Steps 1–{cached} came from the cache, {first}–{steps} ran: the banner names the step."),
        f"docker build -t {SHOP} .",
    ),
    LessonStep(
        "compose-up",
        QT_TRANSLATE_NOOP("Lesson", "Compose: services start together"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "Compose describes several services that work together. It makes one container per service, "
            "labelled with the project's name, and starts them as a group."),
        QT_TRANSLATE_NOOP("Lesson", "The container list groups {names} under the project {project}."),
        f"docker compose -p {PROJECT} up -d",
    ),
    LessonStep(
        "compose-stop",
        QT_TRANSLATE_NOOP("Lesson", "…and stop together"),
        QT_TRANSLATE_NOOP(
            "Lesson",
            "Stopping the project stops all of its services at once. That is the end of the lesson: Reset "
            "removes everything it made, and nothing else."),
        QT_TRANSLATE_NOOP("Lesson", "Both services of {project} are on the Exited node."),
        f"docker compose -p {PROJECT} stop",
    ),
)


def step_index(key: str) -> int:
    return next(i for i, s in enumerate(STEPS) if s.key == key)


def exit_code_meaning(code: int | None) -> Msg:
    """What an exit code says, in words (the list and the lesson show it beside the number)."""
    if code is None:
        return QT_TRANSLATE_NOOP("ExitCode", "no exit code yet")
    if code == 0:
        return QT_TRANSLATE_NOOP("ExitCode", "exit code 0: the program ended normally")
    if code == 137:
        return QT_TRANSLATE_NOOP(
            "ExitCode", "exit code 137: killed (SIGKILL), e.g. by docker kill or when it ignored docker stop "
            "for the whole timeout")
    if code == 143:
        return QT_TRANSLATE_NOOP("ExitCode", "exit code 143: ended by SIGTERM (docker stop), without handling it")
    if code == 130:
        return QT_TRANSLATE_NOOP("ExitCode", "exit code 130: interrupted (Ctrl+C, SIGINT)")
    if code in (126, 127):
        return QT_TRANSLATE_NOOP("ExitCode", "exit code {code}: the command could not be run or was not found").format(
            code=code)
    if code > 128:
        return QT_TRANSLATE_NOOP("ExitCode", "exit code {code}: ended by signal {signal}").format(
            code=code, signal=code - 128)
    return QT_TRANSLATE_NOOP("ExitCode", "exit code {code}: the program reported an error").format(code=code)
