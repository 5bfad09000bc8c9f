"""A container's ``docker inspect`` in plain words: what runs, with what, from where, and how it ended."""

from __future__ import annotations

import html
import shlex
from typing import Any, Mapping

from desktop.i18n import render, translate
from desktop.viewmodels.stats import bytes_size


def _q(words) -> str:
    if not words:
        return ""
    if isinstance(words, str):
        return words
    return " ".join(shlex.quote(str(w)) for w in words)


def _e(value: Any) -> str:
    return html.escape(str(value))


def sections(d: Mapping[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """``(section title, [(name, value), ...])`` in reading order; values are plain text."""
    from desktop.lesson import exit_code_meaning

    cfg = d.get("Config") or {}
    host = d.get("HostConfig") or {}
    state = d.get("State") or {}
    out: list[tuple[str, list[tuple[str, str]]]] = []

    status = state.get("Status") or ""
    rows = [(translate("Details", "Name"), (d.get("Name") or "").lstrip("/")),
            (translate("Details", "ID"), d.get("Id") or ""),
            (translate("Details", "Image"), f"{cfg.get('Image') or ''}  ({(d.get('Image') or '')[7:19]})"),
            (translate("Details", "State"), status)]
    if status in ("exited", "dead"):
        rows.append((translate("Details", "Exit code"), render(exit_code_meaning(state.get("ExitCode")))))
        if state.get("OOMKilled"):
            rows.append((translate("Details", "Out of memory"), translate(
                "Details", "yes: the kernel killed it for using more memory than its limit")))
        if state.get("Error"):
            rows.append((translate("Details", "Error"), state["Error"]))
    if state.get("StartedAt", "").startswith("0001") is False and state.get("StartedAt"):
        rows.append((translate("Details", "Started"), state["StartedAt"][:19].replace("T", " ") + " UTC"))
    if status in ("exited", "dead") and state.get("FinishedAt") and not state["FinishedAt"].startswith("0001"):
        rows.append((translate("Details", "Finished"), state["FinishedAt"][:19].replace("T", " ") + " UTC"))
    policy = host.get("RestartPolicy") or {}
    name = policy.get("Name") or "no"
    if name == "on-failure" and policy.get("MaximumRetryCount"):
        name += f":{policy['MaximumRetryCount']}"
    rows.append((translate("Details", "Restart policy"), translate(
        "Details", "{policy}, restarted {count} times").format(policy=name, count=d.get("RestartCount") or 0)))
    health = state.get("Health")
    if health:
        last = (health.get("Log") or [{}])[-1]
        rows.append((translate("Details", "Health"), translate(
            "Details", "{status} ({streak} failed checks in a row); last check said: {output}").format(
            status=health.get("Status") or "", streak=health.get("FailingStreak") or 0,
            output=(last.get("Output") or "").strip()[:200])))
    out.append((translate("Details", "Container"), rows))

    rows = [(translate("Details", "Runs"), _q([d.get("Path") or "", *(d.get("Args") or [])]).strip()),
            (translate("Details", "Entrypoint"), _q(cfg.get("Entrypoint")) or translate("Details", "(none)")),
            (translate("Details", "Command"), _q(cfg.get("Cmd")) or translate("Details", "(none)")),
            (translate("Details", "Working directory"), cfg.get("WorkingDir") or "/"),
            (translate("Details", "User"), cfg.get("User") or translate("Details", "root (the image's default)")),
            (translate("Details", "Terminal"), translate("Details", "yes (-t)") if cfg.get("Tty") else translate("Details", "no"))]
    out.append((translate("Details", "What it runs"), rows))

    env = [tuple(e.split("=", 1)) if "=" in e else (e, "") for e in cfg.get("Env") or []]
    out.append((translate("Details", "Environment"), [(k, v) for k, v in env]))

    mounts = []
    for m in d.get("Mounts") or []:
        kind = m.get("Type") or ""
        source = m.get("Name") if kind == "volume" else m.get("Source")
        mode = translate("Details", "read-write") if m.get("RW", True) else translate("Details", "read-only")
        mounts.append((m.get("Destination") or "", f"{kind}: {source or ''} ({mode})"))
    if not mounts:
        mounts.append(("", translate("Details", "none: everything it writes goes into its own layer and is lost with rm")))
    out.append((translate("Details", "Mounts and volumes"), mounts))

    ports = []
    bound = (d.get("NetworkSettings") or {}).get("Ports") or {}
    for port in sorted(set(cfg.get("ExposedPorts") or {}) | set(bound)):
        bindings = bound.get(port) or (host.get("PortBindings") or {}).get(port) or []
        where = ", ".join(f"{b.get('HostIp') or '0.0.0.0'}:{b.get('HostPort')}" for b in bindings if b.get("HostPort"))
        if where:
            said = translate("Details", "published on {where}").format(where=where)
        elif bindings:
            said = translate("Details", "published on a port the daemon picks when it starts")
        else:
            said = translate("Details", "exposed, not published")
        ports.append((port, said))
    if not ports:
        ports.append(("", translate("Details", "none")))
    ports.append((translate("Details", "Network mode"), host.get("NetworkMode") or ""))
    out.append((translate("Details", "Ports and network"), ports))

    limits = [(translate("Details", "Memory limit"), bytes_size(host["Memory"]) if host.get("Memory")
               else translate("Details", "none (all of the host's memory)")),
              (translate("Details", "CPU limit"), f"{host['NanoCpus'] / 1e9:g}" if host.get("NanoCpus")
               else translate("Details", "none (all of the host's CPUs)"))]
    out.append((translate("Details", "Limits"), limits))

    labels = sorted((cfg.get("Labels") or {}).items())
    out.append((translate("Details", "Labels"), labels or [("", translate("Details", "none"))]))
    return out


def details_html(d: Mapping[str, Any]) -> str:
    parts = []
    for title, rows in sections(d):
        parts.append(f"<h3>{_e(title)}</h3><table cellspacing='0' cellpadding='2'>")
        if not rows:
            parts.append(f"<tr><td><i>{_e(translate('Details', 'none'))}</i></td></tr>")
        for name, value in rows:
            parts.append(f"<tr><td valign='top' style='padding-right:16px'><b>{_e(name)}</b></td>"
                         f"<td><code>{_e(value)}</code></td></tr>")
        parts.append("</table>")
    return "".join(parts)
