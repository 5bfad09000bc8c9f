"""After an outage the log says what changed meanwhile, from two listings."""

from __future__ import annotations

from desktop.engine import ContainerRecord, ImageRecord
from desktop.viewmodels.daemon import changes_while_away


def c(cid, name, status):
    return ContainerRecord(id=cid, name=name, image="img", image_id="sha256:i", status=status)


def i(iid, tag):
    return ImageRecord(id=iid, tags=(tag,), size=1, created=0.0)


def test_each_kind_of_change_is_named():
    old_c = {"a": c("a", "web", "running"), "b": c("b", "db", "running")}
    new_c = {"a": c("a", "web", "exited"), "n": c("n", "job", "created")}
    old_i = {"x": i("x", "old:1")}
    new_i = {"y": i("y", "new:1")}
    text = str(changes_while_away(old_c, new_c, old_i, new_i))
    assert "containers created: job" in text
    assert "containers removed: db" in text
    assert "web (running → exited)" in text
    assert "images added: new:1" in text and "images removed: old:1" in text


def test_nothing_changed_is_said_too():
    same = {"a": c("a", "web", "running")}
    assert "nothing changed" in str(changes_while_away(same, dict(same), {}, {}))
