"""``desktop.layers.gosort``: a port of Go's ``sort.Sort`` (pdqsort) that must leave elements in
Go's exact order, equal ones included.

The fixed expected orders below were not written by hand: they were printed by real Go toolchains
(go1.19.8 and go1.24.4, Debian's golang-1.19-go and golang-1.24-go) running a small program that
calls ``sort.Sort`` on a ``[]struct{key, idx int}`` whose ``Less`` compares ``key`` (or, for the
non-transitive case, the ``_odd_less`` formula below on ``uint64``) and then prints the ``idx``
column. Go's own tests assert no unstable order; the 30-element input is the one Go's
``TestBreakPatterns`` (src/sort/sort_test.go) uses to reach ``breakPatterns``.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from desktop.layers import gosort
from desktop.layers.gosort import go_sort

VERSIONS = [(1, 19), (1, 24)]


def _key_less(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[1] < b[1]


def _odd_less(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Deterministic but not a strict weak order: drives pdqsort into its heapsort fallback."""
    return ((a[1] * 2654435761 + b[1] * 40503) >> 7) % 5 < 2


def _sorted_pairs(keys: list[int], less=_key_less, **kw) -> list[tuple[int, int]]:
    items = list(enumerate(keys))
    go_sort(items, less, **kw)
    return items


def _assert_sorted_permutation(keys: list[int], items: list[tuple[int, int]]) -> None:
    got = [k for _, k in items]
    assert all(got[i - 1] <= got[i] for i in range(1, len(got)))
    assert Counter(items) == Counter(enumerate(keys))


# -- (1) sorted, nothing lost ---------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_random_lists_with_many_duplicates_come_out_sorted(version):
    rng = random.Random(20240519)
    lengths = list(range(0, 40)) + [rng.randrange(40, 301) for _ in range(40)] + [299, 300]
    for n in lengths:
        for key_range in (1, 2, 3, 5, 17, max(n, 1), 10**9):
            keys = [rng.randrange(key_range) for _ in range(n)]
            _assert_sorted_permutation(keys, _sorted_pairs(keys, go_version=version))


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("n", [13, 50, 51, 64, 100, 257, 300])
def test_patterned_lists_come_out_sorted(version, n):
    patterns = [
        list(range(n)),
        list(range(n, 0, -1)),
        [7] * n,
        [min(i, n - i) for i in range(n)],  # organ pipe
        [i % 7 for i in range(n)],  # sawtooth
        [(n - i) // 3 for i in range(n)],  # descending runs of equal keys
        [i // 2 for i in range(n)],
    ]
    nearly = list(range(n))
    nearly[n // 3], nearly[2 * n // 3] = nearly[2 * n // 3], nearly[n // 3]
    patterns.append(nearly)
    for keys in patterns:
        _assert_sorted_permutation(keys, _sorted_pairs(keys, go_version=version))


def test_works_on_any_elements_and_less():
    words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime", "cherry", "grape",
             "melon", "mango", "peach", "quince", "lemon", "olive"]
    got = list(words)
    go_sort(got, lambda a, b: a < b)
    assert got == sorted(words)
    go_sort(got, lambda a, b: len(a) > len(b))
    assert [len(w) for w in got] == sorted((len(w) for w in words), reverse=True)


def test_zero_or_one_element_never_calls_less():
    def boom(a, b):
        raise AssertionError("less called")

    for items in ([], [1]):
        go_sort(items, boom)


def test_go_before_1_19_is_refused():
    with pytest.raises(ValueError):
        go_sort([3, 2, 1], lambda a, b: a < b, go_version=(1, 18))


# -- (2) up to 12 elements: Go's insertionSort, hence stable -------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_up_to_twelve_elements_keep_equal_ones_in_input_order(version):
    rng = random.Random(7)
    for n in range(0, 13):
        for key_range in (1, 2, 3, 4, 12):
            for _ in range(30):
                keys = [rng.randrange(key_range) for _ in range(n)]
                items = _sorted_pairs(keys, go_version=version)
                assert items == sorted(enumerate(keys), key=lambda p: p[1])  # Python's sort is stable


# -- (3) Go's own output, element for element ------------------------------------------------------

_C30 = [10] * 30
_C30[(30 // 4) * 1], _C30[(30 // 4) * 2], _C30[(30 // 4) * 3] = 0, 1, 2  # Go's TestBreakPatterns input

INPUTS: dict[str, list[int]] = {
    "n15": [3, 1, 2, 1, 3, 1, 1, 2, 2, 2, 1, 3, 3, 1, 2],
    "breakpatterns30": _C30,
    "mod7_100": [i % 7 for i in range(100)],
    "rand60": [
        3, 1, 2, 1, 3, 2, 1, 3, 2, 3, 1, 2, 2, 0, 1, 3, 1, 1, 3, 0, 2, 3, 3, 0, 1, 2, 3, 2, 2, 1,
        2, 3, 3, 2, 1, 3, 1, 1, 0, 1, 0, 2, 2, 3, 0, 2, 1, 1, 3, 2, 1, 1, 2, 3, 1, 2, 3, 2, 2, 3,
    ],
    "desc79": [
        38, 38, 38, 37, 37, 36, 36, 35, 35, 35, 34, 34, 33, 33, 32, 32, 31, 30, 30, 29, 28, 28, 27,
        26, 24, 24, 23, 22, 22, 22, 22, 22, 21, 20, 20, 19, 19, 19, 18, 17, 17, 17, 17, 17, 16, 16,
        16, 15, 15, 15, 14, 14, 13, 12, 10, 10, 10, 9, 8, 8, 8, 7, 6, 5, 5, 5, 4, 3, 3, 3, 2, 2, 2,
        1, 1, 1, 0, 0, 0,
    ],
    "nontransitive79": [(i * 100) % 1000 for i in range(79)],
}

#: The ``idx`` column after Go's ``sort.Sort``, per Go release (see the module docstring).
GO_ORDERS: dict[str, dict[str, list[int]]] = {
    "n15": {
        "1.19": [
            6, 1, 13, 3, 10, 5, 8, 7, 9, 2, 14, 0, 4, 11, 12
        ],
        "1.24": [
            6, 1, 13, 3, 10, 5, 7, 9, 8, 2, 14, 4, 0, 11, 12
        ],
    },
    "breakpatterns30": {
        "1.19": [
            7, 14, 21, 5, 29, 3, 6, 1, 8, 9, 10, 11, 17, 13, 0, 16, 4, 24, 18, 19, 20, 15, 22, 23,
            12, 25, 26, 27, 28, 2
        ],
        "1.24": [
            7, 14, 21, 20, 27, 5, 6, 1, 8, 9, 10, 11, 12, 13, 15, 4, 2, 0, 18, 19, 16, 3, 22, 23,
            24, 25, 26, 17, 28, 29
        ],
    },
    "mod7_100": {
        "1.19": [
            21, 56, 63, 49, 70, 98, 42, 7, 35, 77, 28, 84, 0, 91, 14, 29, 99, 57, 1, 64, 85, 15, 22,
            50, 43, 92, 71, 36, 8, 78, 44, 65, 79, 58, 9, 2, 86, 37, 51, 23, 72, 93, 30, 16, 59, 38,
            31, 66, 17, 3, 73, 45, 52, 80, 10, 24, 87, 94, 25, 39, 60, 4, 95, 11, 53, 88, 18, 67,
            81, 32, 46, 74, 89, 19, 61, 75, 5, 96, 33, 54, 12, 68, 82, 47, 26, 40, 20, 69, 48, 55,
            90, 13, 27, 83, 6, 62, 34, 97, 76, 41
        ],
        "1.24": [
            21, 56, 63, 49, 70, 98, 42, 7, 35, 77, 28, 84, 0, 91, 14, 29, 99, 57, 1, 64, 85, 15, 22,
            50, 43, 92, 71, 36, 8, 78, 44, 86, 79, 58, 30, 2, 51, 37, 23, 65, 72, 93, 16, 9, 24, 87,
            31, 66, 73, 94, 52, 80, 45, 38, 10, 59, 3, 17, 25, 39, 60, 4, 95, 11, 53, 88, 18, 67,
            81, 32, 46, 74, 89, 19, 61, 75, 5, 96, 33, 54, 12, 68, 82, 47, 26, 40, 20, 69, 48, 55,
            90, 13, 27, 83, 6, 62, 34, 97, 76, 41
        ],
    },
    "rand60": {
        "1.19": [
            13, 44, 40, 38, 23, 19, 46, 24, 54, 51, 10, 34, 47, 6, 14, 1, 16, 17, 39, 3, 37, 36, 50,
            29, 8, 41, 58, 27, 28, 57, 30, 33, 52, 55, 11, 49, 12, 20, 5, 45, 2, 25, 42, 9, 21, 43,
            0, 7, 48, 35, 53, 18, 15, 22, 32, 31, 56, 4, 26, 59
        ],
        "1.24": [
            13, 44, 40, 38, 23, 19, 46, 24, 51, 50, 10, 47, 1, 6, 14, 34, 16, 17, 39, 3, 37, 36, 54,
            29, 45, 49, 58, 27, 28, 57, 30, 55, 33, 52, 8, 25, 11, 20, 5, 12, 2, 41, 42, 15, 22, 32,
            0, 21, 48, 35, 9, 18, 53, 43, 7, 31, 56, 4, 26, 59
        ],
    },
    "desc79": {
        "1.19": [
            78, 77, 76, 75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57,
            56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35,
            34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13,
            12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0
        ],
        "1.24": [
            78, 77, 76, 75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57,
            56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35,
            34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13,
            12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0
        ],
    },
    "nontransitive79": {
        "1.19": [
            12, 72, 22, 2, 52, 32, 62, 42, 35, 18, 5, 78, 25, 68, 45, 15, 38, 55, 8, 75, 65, 48, 28,
            58, 30, 70, 10, 60, 40, 50, 0, 20, 53, 33, 1, 61, 36, 76, 3, 13, 26, 41, 73, 43, 71, 23,
            46, 6, 21, 63, 31, 51, 56, 11, 66, 16, 29, 39, 59, 49, 19, 69, 9, 4, 24, 74, 54, 34, 64,
            14, 44, 47, 17, 7, 67, 27, 37, 77, 57
        ],
        "1.24": [
            12, 22, 42, 72, 2, 62, 32, 52, 5, 18, 45, 25, 55, 48, 35, 8, 78, 75, 38, 15, 65, 68, 28,
            58, 30, 70, 10, 60, 40, 50, 0, 20, 53, 33, 1, 61, 36, 76, 3, 13, 26, 41, 73, 43, 71, 23,
            46, 6, 21, 63, 31, 51, 56, 11, 66, 16, 29, 39, 59, 49, 19, 69, 9, 4, 24, 74, 54, 34, 64,
            14, 44, 47, 17, 7, 67, 27, 37, 77, 57
        ],
    },}


def _cases():
    for name in INPUTS:
        for version in ("1.19", "1.24"):
            yield pytest.param(name, version, id=f"{name}-go{version}")


@pytest.mark.parametrize("name,version", list(_cases()))
def test_same_order_as_go(name, version):
    keys = INPUTS[name]
    less = _odd_less if name == "nontransitive79" else _key_less
    items = _sorted_pairs(keys, less, go_version=tuple(int(p) for p in version.split(".")))
    assert [i for i, _ in items] == GO_ORDERS[name][version]


def test_default_is_go_1_24():
    for name, keys in INPUTS.items():
        less = _odd_less if name == "nontransitive79" else _key_less
        assert [i for i, _ in _sorted_pairs(keys, less)] == GO_ORDERS[name]["1.24"]


def test_the_go_cases_are_unstable_and_reach_every_branch(monkeypatch):
    """The fixed cases are worth having: Go's order is not the stable one, the two xorshift
    variants give different orders, and together they pass through every part of pdqsort."""
    reached: Counter[str] = Counter()
    for method in ("heap_sort", "break_patterns", "partial_insertion_sort", "partition_equal",
                   "reverse_range", "partition"):
        original = getattr(gosort._Sorter, method)

        def counted(self, *args, _original=original, _method=method):
            reached[_method] += 1
            return _original(self, *args)

        monkeypatch.setattr(gosort._Sorter, method, counted)
    for name, keys in INPUTS.items():
        less = _odd_less if name == "nontransitive79" else _key_less
        _sorted_pairs(keys, less)
    assert set(reached) == {"heap_sort", "break_patterns", "partial_insertion_sort", "partition_equal",
                            "reverse_range", "partition"}
    stable = {name: sorted(range(len(keys)), key=lambda i: keys[i]) for name, keys in INPUTS.items()}
    assert all(GO_ORDERS[name]["1.24"] != stable[name] for name in INPUTS if name != "nontransitive79")
    assert sum(GO_ORDERS[name]["1.19"] != GO_ORDERS[name]["1.24"] for name in INPUTS) >= 4
