"""Open a shell inside a container in the user's own terminal emulator (``docker exec -it … sh``).

The terminal is found the way desktop tools find it: ``$TERMINAL`` first, then Debian's
``x-terminal-emulator`` alternative, then common terminals by name. Each terminal takes the command
to run after its own flag (``-e``, ``-x``, ``--``, or nothing).
"""

from __future__ import annotations

import os
import shlex
import shutil
from typing import Callable, Mapping

#: Known terminals and what comes before the command to run.
TERMINALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("x-terminal-emulator", ("-e",)),
    ("gnome-terminal", ("--",)),
    ("konsole", ("-e",)),
    ("xfce4-terminal", ("-x",)),
    ("mate-terminal", ("-x",)),
    ("tilix", ("-e",)),
    ("terminator", ("-x",)),
    ("kitty", ()),
    ("alacritty", ("-e",)),
    ("wezterm", ("start", "--")),
    ("foot", ()),
    ("qterminal", ("-e",)),
    ("lxterminal", ("-e",)),
    ("ptyxis", ("--",)),
    ("kgx", ("--",)),
    ("urxvt", ("-e",)),
    ("st", ("-e",)),
    ("xterm", ("-e",)),
)
_FLAGS = dict(TERMINALS)


def find_terminal(env: Mapping[str, str] | None = None,
                  which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The terminal's command line up to the command it should run, or None when there is none."""
    env = os.environ if env is None else env
    chosen = (env.get("TERMINAL") or "").strip()
    if chosen:
        try:
            parts = shlex.split(chosen)
        except ValueError:
            parts = []
        if parts and which(parts[0]):
            program = which(parts[0]) or parts[0]
            if len(parts) > 1:  # the user gave the flags too
                return [program, *parts[1:]]
            return [program, *_FLAGS.get(os.path.basename(parts[0]), ("-e",))]
    for name, flags in TERMINALS:
        path = which(name)
        if path:
            return [path, *flags]
    return None


def shell_command(docker_cli: str, endpoint, container: str, shell: str = "sh") -> list[str]:
    """``docker … exec -it <container> sh`` on the daemon the app is connected to: through the same
    context (its certificates included), the inherited ``DOCKER_HOST``, or ``-H`` with its address."""
    command = [docker_cli]
    context = getattr(endpoint, "context", None)
    source = getattr(endpoint, "source", "explicit")
    if context and context != "default":
        command += ["--context", context]
    elif source != "DOCKER_HOST" and getattr(endpoint, "base_url", ""):
        command += ["-H", endpoint.base_url]
    return command + ["exec", "-it", container, shell]


def shell_in_terminal(endpoint, container: str, env: Mapping[str, str] | None = None,
                      which: Callable[[str], str | None] = shutil.which) -> tuple[list[str] | None, str]:
    """The full command line to start, or None and why not (``"no-terminal"`` or ``"no-docker"``)."""
    terminal = find_terminal(env, which)
    if terminal is None:
        return None, "no-terminal"
    docker_cli = which("docker")
    if not docker_cli:
        return None, "no-docker"
    return terminal + shell_command(docker_cli, endpoint, container), ""
