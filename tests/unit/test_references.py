"""Image references and container names are checked by Docker's grammar before any call."""

from __future__ import annotations

import pytest

from desktop.lifecycle.references import check_container_name, check_reference, expand_reference, parse_reference

DIGEST = "sha256:" + "ab" * 32


@pytest.mark.parametrize("text", [
    "busybox", "busybox:latest", "library/busybox:1.36", "my-app_2.x:v1.0-rc.1", "a__b/c--d/e.f",
    "127.0.0.1:5000/shop/web:1", "localhost/app", "Registry.Example.com:443/team/app:2",
    f"busybox@{DIGEST}", f"busybox:1@{DIGEST}", "[::1]:5000/app:x", "x" * 255,
])
def test_valid_references(text):
    assert check_reference(text) is None, check_reference(text)


@pytest.mark.parametrize("text, words", [
    ("MyImage:latest", "capital"),
    ("my image", "spaces"),
    ("a::b", "not a valid name part"),
    ("x@sha256:abc", "digest"),
    (":onlytag", "empty"),
    ("x" * 300, "255"),
    ("app:", "tag after ':' is empty"),
    ("app:-bad", "tag '-bad' is not valid"),
    ("app:" + "t" * 129, "is not valid"),
    ("-app", "not a valid name part"),
    ("app.", "not a valid name part"),
    ("team//app", "empty part"),
    ("", "empty"),
    ("bad_host!:5000/app", "not a valid"),
])
def test_invalid_references_name_the_rule(text, words):
    message = check_reference(text)
    assert message is not None and words in message, message
    assert message.context == "References"  # a sentence the app translates


def test_a_new_image_cannot_choose_its_digest():
    assert check_reference(f"app@{DIGEST}") is None
    message = check_reference(f"app@{DIGEST}", allow_digest=False)
    assert message is not None and "digest" in message


def test_references_split_like_docker():
    ref = parse_reference("127.0.0.1:5000/shop/web:1")
    assert (ref.domain, ref.path, ref.tag) == ("127.0.0.1:5000", "shop/web", "1")
    assert parse_reference("localhost:5000/app").domain == "localhost:5000"
    assert parse_reference("shop/web").domain == ""


@pytest.mark.parametrize("short, full", [
    ("python:3.7-slim", "docker.io/library/python:3.7-slim"),
    ("busybox", "docker.io/library/busybox:latest"),
    ("team/app:2", "docker.io/team/app:2"),
    ("127.0.0.1:5000/app", "127.0.0.1:5000/app:latest"),
])
def test_expansion_says_where_an_image_comes_from(short, full):
    assert expand_reference(short) == full


@pytest.mark.parametrize("name, ok", [
    ("", True), ("web", True), ("web-1.a_b", True), ("a", False), ("-web", False), ("my web", False),
    ("w" * 300, False), ("wéb", False),
])
def test_container_names(name, ok):
    assert (check_container_name(name) is None) == ok
