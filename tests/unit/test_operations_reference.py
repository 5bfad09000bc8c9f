"""Image references as the commit dialog takes them."""

import pytest

from desktop.viewmodels.operations import split_reference


@pytest.mark.parametrize("ref,expected", [
    ("web", ("web", None)),
    ("web:v2", ("web", "v2")),
    ("registry.local:5000/team/web", ("registry.local:5000/team/web", None)),
    ("registry.local:5000/team/web:v2", ("registry.local:5000/team/web", "v2")),
    ("web@sha256:" + "a" * 64, ("web", None)),
])
def test_split_reference(ref, expected):
    assert split_reference(ref) == expected
