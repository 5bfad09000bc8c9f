"""Help → Glossary says Docker's jargon in plain words, in the current language."""

from __future__ import annotations

import re


def test_the_glossary_explains_every_term_in_both_languages(qtbot):
    from desktop.i18n import install_language
    from desktop.ui.glossary import TERMS, GlossaryDialog

    dialog = GlossaryDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for term in ("SizeRw", "SizeRootFs", "chain id", "cgroup freezer", "Imported from -", "created"):
        assert term in text
    assert "the bytes it wrote" in text
    install_language("ko")
    try:
        qtbot.waitUntil(lambda: "용어집" in dialog.windowTitle(), timeout=3000)  # a language change rewrites it
        text = dialog.text.toPlainText()
        lines = [line for line in text.splitlines() if line.strip()]
        assert len([line for line in lines if re.search(r"[가-힣]", line)]) >= len(TERMS)
        assert "용어집" in dialog.windowTitle()
    finally:
        install_language("en")
