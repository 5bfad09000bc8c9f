"""Go's ``sort.Sort``, element for element.

This reproduces the order in which Go's ``sort.Sort`` leaves a sequence (the unstable
pattern-defeating quicksort, "pdqsort", used since Go 1.19), including the order of elements that
compare equal, so that orders printed by Go programs (dive's inefficient-file list, which dive
sorts with ``sort.Sort`` by cumulative size) can be matched exactly.

It is a port of Go's BSD-licensed code: ported from Go's src/sort/zsortinterface.go, BSD-style
licence, Copyright The Go Authors; together with ``Sort``, ``xorshift`` and ``nextPowerOfTwo``
from src/sort/sort.go. ``Interface.Less(i, j)`` becomes ``less(items[i], items[j])`` and
``Interface.Swap(i, j)`` swaps two list slots; every comparison and swap happens in the same order
as in Go.

One detail depends on the Go release that built the program: the xorshift generator used by
``breakPatterns`` shifts by 13, 17, 5 in Go 1.19 to 1.23 and by 13, 7, 17 from Go 1.24 on (Go
issue 70144). It only runs after a very unbalanced partition, but that is common with many equal
keys, and then the order of equal elements differs between the two; so ``go_sort`` takes the Go
version (default: 1.24, the version named in dive's current go.mod). Before Go 1.19 ``sort.Sort``
was a different quicksort, not ported here.
"""

from __future__ import annotations

from typing import Callable, TypeVar

__all__ = ["go_sort"]

T = TypeVar("T")

_MASK64 = (1 << 64) - 1  # Go's uint/uint64 on a 64-bit platform

# sortedHint values (hint for pdqsort when choosing the pivot).
_UNKNOWN_HINT = 0
_INCREASING_HINT = 1
_DECREASING_HINT = 2

_SHIFTS_GO119 = (13, 17, 5)  # Go 1.19 .. 1.23
_SHIFTS_GO124 = (13, 7, 17)  # Go 1.24 and later


def _bits_len(x: int) -> int:
    """math/bits.Len(uint(x)) for a 64-bit uint."""
    return (x & _MASK64).bit_length()


def _next_power_of_two(length: int) -> int:
    """nextPowerOfTwo: 1 << bits.Len(uint(length)), as a uint."""
    return (1 << _bits_len(length)) & _MASK64


class _Sorter:
    """The package-level functions of Go's pdqsort, bound to one list and one ``less``."""

    def __init__(self, items: list, less: Callable[[object, object], bool], shifts: tuple[int, int, int]) -> None:
        self.items = items
        self._less_fn = less
        self.shifts = shifts

    # -- the Interface -------------------------------------------------------------------------

    def less(self, i: int, j: int) -> bool:
        items = self.items
        return bool(self._less_fn(items[i], items[j]))

    def swap(self, i: int, j: int) -> None:
        items = self.items
        items[i], items[j] = items[j], items[i]

    # -- insertion sort and heapsort -----------------------------------------------------------

    def insertion_sort(self, a: int, b: int) -> None:
        """insertionSort sorts data[a:b] using insertion sort."""
        for i in range(a + 1, b):
            j = i
            while j > a and self.less(j, j - 1):
                self.swap(j, j - 1)
                j -= 1

    def sift_down(self, lo: int, hi: int, first: int) -> None:
        """siftDown implements the heap property on data[lo:hi]; first is the heap root's offset."""
        root = lo
        while True:
            child = 2 * root + 1
            if child >= hi:
                break
            if child + 1 < hi and self.less(first + child, first + child + 1):
                child += 1
            if not self.less(first + root, first + child):
                return
            self.swap(first + root, first + child)
            root = child

    def heap_sort(self, a: int, b: int) -> None:
        first = a
        lo = 0
        hi = b - a
        # Max-heap first (hi > 12 here, so // truncates as Go's / does).
        i = (hi - 1) // 2
        while i >= 0:
            self.sift_down(i, hi, first)
            i -= 1
        # Then move the largest to the end, one at a time.
        i = hi - 1
        while i >= 0:
            self.swap(first, first + i)
            self.sift_down(lo, i, first)
            i -= 1

    # -- pdqsort -------------------------------------------------------------------------------

    def pdqsort(self, a: int, b: int, limit: int) -> None:
        """pdqsort sorts data[a:b]; limit is the number of bad pivots allowed before heapsort."""
        max_insertion = 12

        was_balanced = True  # was the last split reasonably even?
        was_partitioned = True  # was the range already partitioned (no swap needed)?

        while True:
            length = b - a

            if length <= max_insertion:
                self.insertion_sort(a, b)
                return

            # Too many bad pivots: heapsort the rest.
            if limit == 0:
                self.heap_sort(a, b)
                return

            # An unbalanced last split: scatter a few elements first.
            if not was_balanced:
                self.break_patterns(a, b)
                limit -= 1

            pivot, hint = self.choose_pivot(a, b)
            if hint == _DECREASING_HINT:
                self.reverse_range(a, b)
                # Reversing moved the pivot to the mirrored position.
                pivot = (b - 1) - (pivot - a)
                hint = _INCREASING_HINT

            # Looks sorted already: try to finish with a few shifts.
            if was_balanced and was_partitioned and hint == _INCREASING_HINT:
                if self.partial_insertion_sort(a, b):
                    return

            # Pivot not above data[a-1] (so equal to it): split off the keys equal to the pivot.
            if a > 0 and not self.less(a - 1, pivot):
                mid = self.partition_equal(a, b, pivot)
                a = mid
                continue

            mid, already_partitioned = self.partition(a, b, pivot)
            was_partitioned = already_partitioned

            left_len, right_len = mid - a, b - mid
            balance_threshold = length // 8
            if left_len < right_len:
                was_balanced = left_len >= balance_threshold
                self.pdqsort(a, mid, limit)
                a = mid + 1
            else:
                was_balanced = right_len >= balance_threshold
                self.pdqsort(mid + 1, b, limit)
                b = mid

    def partition(self, a: int, b: int, pivot: int) -> tuple[int, bool]:
        """One quicksort partition around data[pivot]; returns (newpivot, alreadyPartitioned)."""
        self.swap(a, pivot)
        i, j = a + 1, b - 1  # inclusive bounds of the elements remaining to be partitioned

        while i <= j and self.less(i, a):
            i += 1
        while i <= j and not self.less(j, a):
            j -= 1
        if i > j:
            self.swap(j, a)
            return j, True
        self.swap(i, j)
        i += 1
        j -= 1

        while True:
            while i <= j and self.less(i, a):
                i += 1
            while i <= j and not self.less(j, a):
                j -= 1
            if i > j:
                break
            self.swap(i, j)
            i += 1
            j -= 1
        self.swap(j, a)
        return j, False

    def partition_equal(self, a: int, b: int, pivot: int) -> int:
        """Partitions data[a:b] into elements equal to data[pivot] followed by greater ones."""
        self.swap(a, pivot)
        i, j = a + 1, b - 1  # inclusive bounds of the elements remaining to be partitioned

        while True:
            while i <= j and not self.less(a, i):
                i += 1
            while i <= j and self.less(a, j):
                j -= 1
            if i > j:
                break
            self.swap(i, j)
            i += 1
            j -= 1
        return i

    def partial_insertion_sort(self, a: int, b: int) -> bool:
        """Partially sorts data[a:b]; True if it is sorted at the end."""
        max_steps = 5  # adjacent out-of-order pairs fixed at most
        shortest_shifting = 50  # shorter ranges are never shifted
        i = a + 1
        for _ in range(max_steps):
            while i < b and not self.less(i, i - 1):
                i += 1

            if i == b:
                return True

            if b - a < shortest_shifting:
                return False

            self.swap(i, i - 1)

            # Move the smaller one leftwards (Go's loop stops at 1, not at a+1).
            if i - a >= 2:
                j = i - 1
                while j >= 1:
                    if not self.less(j, j - 1):
                        break
                    self.swap(j, j - 1)
                    j -= 1
            # Move the greater one rightwards.
            if b - i >= 2:
                j = i + 1
                while j < b:
                    if not self.less(j, j - 1):
                        break
                    self.swap(j, j - 1)
                    j += 1
        return False

    def break_patterns(self, a: int, b: int) -> None:
        """Scatters some elements around to break patterns that cause imbalanced partitions."""
        length = b - a
        if length >= 8:
            random = length & _MASK64  # xorshift(length)
            s1, s2, s3 = self.shifts
            modulus = _next_power_of_two(length)

            idx = a + (length // 4) * 2 - 1
            while idx <= a + (length // 4) * 2 + 1:
                # random.Next()
                random ^= (random << s1) & _MASK64
                random ^= random >> s2
                random ^= (random << s3) & _MASK64
                other = random & ((modulus - 1) & _MASK64)  # int(uint(random.Next()) & (modulus - 1))
                if other >= length:
                    other -= length
                self.swap(idx, a + other)
                idx += 1

    def choose_pivot(self, a: int, b: int) -> tuple[int, int]:
        """Chooses a pivot in data[a:b]: static below 8, median of three below 50, else ninther."""
        shortest_ninther = 50
        max_swaps = 4 * 3

        l = b - a  # noqa: E741 (Go's name)

        swaps = [0]
        i = a + l // 4 * 1
        j = a + l // 4 * 2
        k = a + l // 4 * 3

        if l >= 8:
            if l >= shortest_ninther:
                # Median of medians of three adjacent elements.
                i = self.median_adjacent(i, swaps)
                j = self.median_adjacent(j, swaps)
                k = self.median_adjacent(k, swaps)
            # The median of i, j, k becomes the pivot.
            j = self.median(i, j, k, swaps)

        if swaps[0] == 0:
            return j, _INCREASING_HINT
        if swaps[0] == max_swaps:
            return j, _DECREASING_HINT
        return j, _UNKNOWN_HINT

    def order2(self, a: int, b: int, swaps: list[int]) -> tuple[int, int]:
        """Returns x, y with data[x] <= data[y], where x, y = a, b or b, a."""
        if self.less(b, a):
            swaps[0] += 1
            return b, a
        return a, b

    def median(self, a: int, b: int, c: int, swaps: list[int]) -> int:
        """Returns the index among a, b, c of the median of data[a], data[b], data[c]."""
        a, b = self.order2(a, b, swaps)
        b, c = self.order2(b, c, swaps)
        a, b = self.order2(a, b, swaps)
        return b

    def median_adjacent(self, a: int, swaps: list[int]) -> int:
        """The index of the median of data[a-1], data[a], data[a+1]."""
        return self.median(a - 1, a, a + 1, swaps)

    def reverse_range(self, a: int, b: int) -> None:
        i = a
        j = b - 1
        while i < j:
            self.swap(i, j)
            i += 1
            j -= 1


def go_sort(items: list[T], less: Callable[[T, T], bool], *, go_version: tuple[int, int] = (1, 24)) -> None:
    """Sort ``items`` in place exactly as Go's ``sort.Sort`` would (unstable; same final order).

    ``less(a, b)`` reports whether element ``a`` must sort before element ``b`` (Go's ``Less``).
    ``go_version`` is the (major, minor) of the Go release that built the program being matched;
    it only selects breakPatterns' xorshift shifts (Go 1.19-1.23 vs 1.24 and later).
    """
    if tuple(go_version) < (1, 19):
        raise ValueError("Go before 1.19 used a different sort.Sort algorithm, not reproduced here")
    shifts = _SHIFTS_GO119 if tuple(go_version) < (1, 24) else _SHIFTS_GO124
    n = len(items)
    if n <= 1:
        return
    limit = _bits_len(n)
    _Sorter(items, less, shifts).pdqsort(0, n, limit)
