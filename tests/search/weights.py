"""Every posting's weight of a term, read with `whoosh_private.delta_blocks`: what the tests
compare whoosh's own reading and the engine's bits with."""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from lecturekit.search.whoosh_private import delta_blocks


def all_weights(matcher: Any) -> dict[int, float]:
    """Document number -> weight of every posting of a leaf *matcher* (deletions included)."""
    frequencies: dict[int, float] = {}
    for steps, raw_weights in delta_blocks(matcher):
        ids = list(accumulate(steps))
        if raw_weights is None or isinstance(raw_weights, float):  # one weight for the block
            frequencies.update(dict.fromkeys(ids, raw_weights or 1.0))
        else:
            frequencies.update(zip(ids, raw_weights, strict=False))
    return frequencies
