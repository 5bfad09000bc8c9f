"""The translation files are complete, in step with the code, consistent, and load in Qt.

A string added to the code without a Korean translation fails here (``lupdate`` finds it and the
committed ``.ts`` does not have it finished), so every later string is born translatable.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: the same tool the developers run)

KO = translations.ts_file("ko")
EN = translations.ts_file("en")
GLOSSARY = ROOT / "resources" / "translations" / "glossary.tsv"

#: Latin words a Korean sentence may keep: Docker's own names, commands and protocol words.
ALLOWED_LATIN = {
    "docker", "buildkit", "end", "mib", "kib", "terminal", "utc", "emulator", "exit", "freezer", "gnome", "log", "stats", "tail", "xterm", "dockerfile", "engine", "api", "http", "https", "cli", "id", "ids", "json", "csv", "png", "svg",
    "sigterm", "sigkill", "stopsignal", "cgroup", "tls", "ssh", "unix", "tcp", "sudo", "systemctl", "stdout",
    "stderr", "sha", "sha256", "qt", "pyside6", "python", "busybox", "lifecycle", "explorer", "xdg", "data",
    "home", "desktop", "entry", "metainfo", "macos", "windows", "linux", "exe", "app", "bin", "diff", "usr",
    "local", "share", "applications", "icons", "hicolor", "var", "run", "sock", "tmp",
    # docker sub-commands and options, kept as typed
    "pull", "push", "create", "start", "stop", "kill", "restart", "pause", "unpause", "rm", "rmi", "commit",
    "login", "text", "jsonl", "return",  # a docker sub-command, the CLI's --format values, the Return key
    "build", "tag", "images", "image", "ps", "inspect", "history", "top", "save", "version", "context", "use",
    "exec", "logs", "name", "force", "no", "cache", "from", "copy", "add", "workdir", "cmd", "env", "label",
    "entrypoint", "expose", "volume", "user", "arg", "onbuild", "healthcheck", "shell", "nop", "latest",
    "using", "running", "removing", "intermediate", "container", "step", "successfully", "built", "tagged",
    "size", "sizerw", "sizerootfs", "sharedsize", "chainid", "diffid", "rootfs", "layers", "compose",
    "project", "service", "host", "verify", "cert", "path", "root", "system", "uninstall", "install",
    "format", "lang", "ko", "en", "export", "layer", "self", "test", "mb", "kb", "gb", "px", "missing",
    "imported", "none", "status", "exited", "created", "paused", "restarting", "dead", "file", "folder",
    "utf", "pid", "english", "key", "key2", "value", "value2", "dockerignore", "cpu", "containerd", "f5", "f9", "f11", "ctrl", "shift", "del", "alt",
    # keys a presentation clicker sends, the lesson's option, a signal, a package and the systems that ship it
    "pagedown", "pageup", "backspace", "space", "enter", "auto", "import", "sigint", "static", "debian", "ubuntu",
    "hello", "txt",  # an example path
    "dive", "archive", "disabled",  # the tool whose numbers analyze reproduces, an option, a rule value
}


def _load(path: Path):
    return list(translations.messages(path))


def test_korean_file_has_no_unfinished_entry():
    bad = translations.unfinished(KO)
    assert not bad, f"{len(bad)} Korean entries unfinished, e.g. {bad[:5]}"


def test_english_plural_forms_are_finished():
    bad = translations.unfinished(EN)
    assert not bad, f"English plural forms missing: {bad[:5]}"
    for _ctx, source, tr, msg in _load(EN):
        forms = [f.text for f in tr.findall("numerusform")]
        assert msg.get("numerus") == "yes" and len(forms) == 2, (source, forms)
        assert "(s)" not in forms[0] and "(s)" not in forms[1], forms


def test_every_string_in_the_code_is_in_the_committed_files(tmp_path):
    """Run lupdate over the code into a copy: nothing may be new, and nothing stale may stay."""
    copy = tmp_path / "ko.ts"
    shutil.copy(KO, copy)
    translations.extract(copy, "ko")
    committed = {(c, s) for c, s, _t, _m in _load(KO)}
    fresh = {(c, s) for c, s, _t, _m in _load(copy)}
    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing, (f"{len(missing)} strings in the code are not in ko.ts: run "
                         f"`python packaging/translations.py update` and translate them, e.g. {missing[:5]}")
    assert not stale, f"ko.ts holds strings the code no longer has (run update): {stale[:5]}"


def test_english_file_holds_exactly_the_plural_messages():
    plural = {(c, s) for c, s, _t, m in _load(KO) if "%n" in s}
    assert plural, "no plural message at all: English would say '1 image(s)'"
    assert {(c, s) for c, s, _t, _m in _load(EN)} == plural
    for _c, s, _t, m in _load(KO):
        assert ("%n" in s) == (m.get("numerus") == "yes"), s


MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def _marked_calls():
    """Every translate()/QT_TRANSLATE_NOOP() call in the package, read with Python's own parser.

    lupdate's Python reader silently skips some calls (a count that is an attribute or a call, a call
    inside an f-string); this finds them all, so none can escape the catalogue.
    """
    import ast

    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in MARKERS or path.name in ("i18n.py", "text.py"):
                continue
            if isinstance(node.func, ast.Attribute) and not (isinstance(node.func.value, ast.Name)
                                                              and node.func.value.id in ("QCoreApplication", "i18n")):
                continue  # some other object's translate(), e.g. str.translate
            yield path.relative_to(ROOT), node


def test_every_marked_call_uses_literals_and_is_in_the_catalogue():
    import ast

    committed = {(c, s) for c, s, _t, _m in _load(KO)}
    problems = []
    for path, node in _marked_calls():
        where = f"{path}:{node.lineno}"
        args = node.args
        if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
            problems.append(f"{where}: context and source must be string literals (lupdate reads them)")
            continue
        if node.keywords:
            problems.append(f"{where}: keyword arguments hide the call from lupdate; use .format() after it")
            continue
        key = (args[0].value, args[1].value)
        if key not in committed:
            problems.append(f"{where}: {key} is not in ko.ts (lupdate missed it: put the count in a local "
                            f"variable, keep the call out of f-strings)")
    assert not problems, "\n".join(problems[:30])


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)(?:[:!][^}]*)?\}", text or ""))


def _translations():
    for ctx, source, tr, msg in _load(KO):
        texts = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
        for text in texts:
            yield ctx, source, text


def test_translations_keep_every_placeholder():
    for ctx, source, text in _translations():
        assert _placeholders(text) == _placeholders(source), (ctx, source, text)
        if "%n" in source:
            assert "%n" in text, (ctx, source, text)


def test_translations_keep_markup_and_accelerators():
    for ctx, source, text in _translations():
        for tag in re.findall(r"</?\w+", source):
            assert source.count(tag) == text.count(tag), (ctx, source, text, tag)
        if re.search(r"&\w", source.replace("&nbsp;", "")):
            assert re.search(r"&\w", text.replace("&nbsp;", "")), f"accelerator lost: {ctx} {source!r} → {text!r}"


def glossary() -> list[tuple[str, str, bool]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("en\t"):
            continue
        en, ko, checked, *_ = (line.split("\t") + ["", ""])[:4]
        rows.append((en, ko, checked == "yes"))
    return rows


def test_glossary_terms_are_used_consistently():
    """Where the English says "image", the Korean says 이미지 (or keeps the docker word itself)."""
    rows = [r for r in glossary() if r[2]]
    assert rows, "the glossary has no checked terms"
    problems = []
    for ctx, source, text in _translations():
        plain = re.sub(r"<[^>]+>|`[^`]*`|\{\w+[^}]*\}", " ", source)
        for en, ko, _ in rows:
            if re.search(rf"(?<![\w-]){re.escape(en)}(?![\w-])", plain, re.IGNORECASE):
                if ko not in text and not re.search(rf"\b{re.escape(en)}\b", text, re.IGNORECASE):
                    problems.append(f"[{ctx}] {source!r}: {en!r} → expected {ko!r} in {text!r}")
    assert not problems, f"{len(problems)} inconsistent terms:\n" + "\n".join(problems[:20])


def test_korean_has_no_stray_english_words():
    problems = []
    for ctx, source, text in _translations():
        plain = re.sub(r"<[^>]+>|`[^`]*`|\{\w+[^}]*\}|&\w+;|\(&\w\)|%n|%\(\w+\)[sr]|%[sr]", " ", text)
        for word in re.findall(r"[A-Za-z][A-Za-z0-9]{2,}", plain):
            if word.lower() not in ALLOWED_LATIN:
                problems.append(f"[{ctx}] {word!r} in {text!r}")
    assert not problems, f"{len(problems)} English words left in Korean:\n" + "\n".join(problems[:20])


def test_compiled_catalogue_translates_in_qt(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translations.compile_to(tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "lifecycle_explorer_ko.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") not in ("", "&File")
        assert re.search(r"[가-힣]", QCoreApplication.translate("MainWindow", "Activity log"))
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_app_loads_korean_and_english_and_back(qapp, tmp_path, monkeypatch):
    from desktop import i18n
    from desktop.text import QT_TRANSLATE_NOOP

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    try:
        assert i18n.install_language("ko") == "ko"
        ko = i18n.render(QT_TRANSLATE_NOOP("MainWindow", "Activity log"))
        assert re.search(r"[가-힣]", ko)
        assert i18n.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own qtbase_ko for standard buttons
        assert i18n.install_language("en") == "en"
        assert i18n.render(QT_TRANSLATE_NOOP("MainWindow", "Activity log")) == "Activity log"
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "ko_KR.UTF-8"}, "ko"), ({"LANG": "en_US.UTF-8"}, "en"), ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US"}, "ko"),
    ({"LANGUAGE": "fr:ko", "LANG": "en_US.UTF-8"}, "ko"), ({"LANG": "de_DE.UTF-8"}, "en"),
])
def test_system_language_follows_the_locale(monkeypatch, env, expected):
    from desktop.i18n import system_language

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert system_language() == expected


def test_msg_keeps_english_and_translation_data():
    from desktop.text import QT_TRANSLATE_NOOP, join

    m = QT_TRANSLATE_NOOP("Ctx", "{name} stopped").format(name="web")
    assert m == "web stopped" and m.context == "Ctx" and m.source == "{name} stopped"
    assert join([m, QT_TRANSLATE_NOOP("Ctx", "Done.")]) == "web stopped Done."
    with pytest.raises(TypeError):
        m.format("positional")


def test_translation_tools_ship_with_pyside6():
    for tool in ("lupdate", "lrelease"):
        out = subprocess.run([translations._tool(tool), "-version"], capture_output=True, text=True)
        assert out.returncode == 0 and re.search(rf"{tool} version 6\.", out.stdout + out.stderr)


def test_ts_files_are_valid_xml():
    for path in (KO, EN):
        root = ET.parse(path).getroot()
        assert root.tag == "TS" and root.get("language") == path.stem.split("_")[-1]
