"""Where a timeline row's markers go so that none touches another (Qt-free).

Each marker would sit on its date. Markers whose dates are so close that their symbols
would touch (the same day, or neighbouring days at a zoom where a day is a few pixels)
form a cluster: the first stays on its date, the next ones are moved right, just clear of
the one before, up to `shown` markers; the rest of the cluster is stood for by a "+n"
count placed after the last marker shown. So nothing is drawn on top of anything, at any
zoom, and a moved marker is never more than `shown - 1` symbols away from its date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

CLEAR = 2  # px of background left between two symbols, and before a count


@dataclass(frozen=True)
class Spacing:
    # Per marker: its centre (same unit as the input), or None when behind a count.
    centres: list[float | None]
    # Index of a shown marker -> how many markers its count stands for (after it).
    counts: dict[int, int]
    # Per count (same keys): the left edge of the count's badge.
    count_left: dict[int, float]
    # Per marker behind a count: the shown marker whose count it is in; else None.
    owner: list[int | None]


def spread(natural: Sequence[float], half_widths: Sequence[float], shown: int,
           count_width: Callable[[int], float]) -> Spacing:
    """`natural`: the centre of each marker on its date, in ascending order;
    `half_widths`: half of each symbol's drawn width; `count_width(n)`: the width of the
    "+n" badge."""
    centres: list[float | None] = []
    counts: dict[int, int] = {}
    count_left: dict[int, float] = {}
    owner: list[int | None] = []
    last: int | None = None  # the last marker shown
    in_cluster = 0
    right = float("-inf")  # where the drawn things end so far (symbol or count)
    for index, (centre, half) in enumerate(zip(natural, half_widths, strict=True)):
        if last is None or centre - half >= right + CLEAR:
            centres.append(centre)  # clear of everything before: on its date
            owner.append(None)
            last, in_cluster, right = index, 1, centre + half
            continue
        previous = centres[last]
        assert previous is not None
        if in_cluster < shown and last not in counts:
            moved = max(centre, previous + half_widths[last] + CLEAR + half)
            centres.append(moved)
            owner.append(None)
            last, in_cluster, right = index, in_cluster + 1, moved + half
            continue
        centres.append(None)  # behind the count after the last marker shown
        owner.append(last)
        counts[last] = counts.get(last, 0) + 1
        count_left[last] = previous + half_widths[last] + CLEAR
        right = count_left[last] + count_width(counts[last])
    return Spacing(centres, counts, count_left, owner)
