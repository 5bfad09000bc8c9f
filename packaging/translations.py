#!/usr/bin/env python3
"""Keep the translation sources in step with the code, and compile them.

    python packaging/translations.py update        # lupdate: new strings into resources/translations/*.ts
    python packaging/translations.py fill A.json…  # put translations from {"Context": {"source": "번역"}}
    python packaging/translations.py check         # list unfinished or missing entries; exit 1 if any
    python packaging/translations.py compile DIR   # lrelease: the .qm files into DIR (the bundle build)

The Korean file holds every string; the English one only the plural forms ("%n image(s)" → "1 image",
"2 images"), since English is the source language. Both tools ship in PySide6-Essentials.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "lifecycle_explorer"
LANGS = ("ko", "en")


def _tool(name: str) -> str:
    import PySide6

    path = Path(PySide6.__file__).parent / name
    if not path.is_file():
        raise SystemExit(f"{name} is missing from PySide6 ({path}): install PySide6-Essentials")
    return str(path)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def ts_file(lang: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{lang}.ts"


def extract(target: Path, lang: str, plural_only: bool = False) -> None:
    """Run lupdate over the package into ``target`` (kept translations stay, vanished ones go)."""
    cmd = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
           "-target-language", lang]
    if plural_only:
        cmd.append("-pluralonly")
    cmd += [*sources(), "-ts", str(target)]
    subprocess.run(cmd, check=True, cwd=ROOT)


def messages(path: Path):
    """Yield (context, source, translation element, message element) for every message."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source"), msg.find("translation"), msg
    return tree


def unfinished(path: Path) -> list[tuple[str, str]]:
    bad = []
    for ctx, source, tr, msg in messages(path):
        forms = tr.findall("numerusform") if msg.get("numerus") == "yes" else [tr]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or any(not (f.text or "").strip() for f in forms):
            bad.append((ctx, source))
    return bad


def fill(json_files: list[str], lang: str = "ko") -> int:
    table: dict[tuple[str, str], object] = {}
    for name in json_files:
        for ctx, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
            for source, text in entries.items():
                table[(ctx, source)] = text
    path = ts_file(lang)
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            if key not in table:
                continue
            tr = msg.find("translation")
            text = table[key]
            if msg.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = str(text)
            tr.attrib.pop("type", None)
            filled += 1
    _write(tree, path)
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def current_translations(path: Path) -> dict[tuple[str, str], object]:
    """Every finished translation in ``path``: a text, or the list of plural forms."""
    found: dict[tuple[str, str], object] = {}
    if not path.is_file():
        return found
    for ctx, source, tr, msg in messages(path):
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")]
        value = forms if msg.get("numerus") == "yes" else (tr.text or "")
        if value and (not isinstance(value, list) or all(value)):
            found[(ctx, source)] = value
    return found


def restore(path: Path, kept: dict[tuple[str, str], object]) -> None:
    """Put back translations that an update left unfinished for the very same (context, source)."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            tr = msg.find("translation")
            if key not in kept or tr.get("type") not in ("unfinished", None):
                continue
            forms = [f.text for f in tr.findall("numerusform")]
            if tr.get("type") != "unfinished" and (tr.text or all(forms) and forms):
                continue
            value = kept[key]
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = value[0] if isinstance(value, list) else value
            tr.attrib.pop("type", None)
    _write(tree, path)


def mark_plurals(path: Path) -> None:
    """Flag every "%n" message as a plural one (lupdate's Python reader misses a count in a variable)."""
    tree = ET.parse(path)
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if "%n" in source and msg.get("numerus") != "yes":
            msg.set("numerus", "yes")
            text = tr.text or ""
            tr.text = None
            ET.SubElement(tr, "numerusform").text = text
    _write(tree, path)


def english_forms(source: str) -> list[str]:
    """"%n image(s)" → ["%n image", "%n images"]; "%n process(es)" → ["%n process", "%n processes"]."""
    one = source.replace("(es)", "").replace("(s)", "")
    many = source.replace("(es)", "es").replace("(s)", "s")
    return [one, many]


def write_english_plurals() -> None:
    """The English file: only the plural messages, each with its singular and plural form.

    Forms already written by hand in the file are kept; new ones are derived from "(s)"/"(es)".
    """
    kept: dict[tuple[str, str], list[str]] = {}
    if ts_file("en").is_file():
        for ctx, source, tr, _msg in messages(ts_file("en")):
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if all(forms) and len(forms) == 2:
                kept[(ctx, source)] = forms
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    by_context: dict[str, list[str]] = {}
    for ctx, source, _tr, _msg in messages(ts_file("ko")):
        if "%n" in source:
            by_context.setdefault(ctx, []).append(source)
    for ctx in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for source in by_context[ctx]:
            msg = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            for form in kept.get((ctx, source), english_forms(source)):
                ET.SubElement(tr, "numerusform").text = form
    _write(ET.ElementTree(root), ts_file("en"))


def compile_to(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file(lang)), "-qm",
                        str(directory / f"{CATALOGUE}_{lang}.qm")], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "check", "compile"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        kept = current_translations(ts_file("ko"))
        extract(ts_file("ko"), "ko")
        mark_plurals(ts_file("ko"))
        restore(ts_file("ko"), kept)  # lupdate forgets a plural's forms when it misses the count
        write_english_plurals()
        print(f"updated {', '.join(str(ts_file(lang).relative_to(ROOT)) for lang in LANGS)}")
        return 0
    if argv[0] == "fill":
        print(f"filled {fill(argv[1:])} translations")
        return 0
    if argv[0] == "compile":
        compile_to(Path(argv[1]) if len(argv) > 1 else TS_DIR)
        return 0
    status = 0
    for lang in LANGS:
        bad = unfinished(ts_file(lang))
        for ctx, source in bad:
            print(f"{lang}: unfinished [{ctx}] {source!r}")
        status |= bool(bad)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
