"""CPU and wall time of a block of work in this process."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["Stopwatch", "Timing", "best", "stopwatch", "total"]


@dataclass(frozen=True)
class Timing:
    """How long ``calls`` operations took: CPU time of this process, and elapsed time.

    ``time.process_time()`` counts every thread of this process and nothing else, so with the server
    in another process it is the client's own cost.
    """

    calls: int
    cpu_s: float
    wall_s: float

    @property
    def cpu_us_per_call(self) -> float:
        """Client CPU time per operation, in microseconds."""
        return self.cpu_s / self.calls * 1e6

    @property
    def wall_us_per_call(self) -> float:
        """Elapsed time per operation, in microseconds."""
        return self.wall_s / self.calls * 1e6

    @property
    def per_second(self) -> float:
        """Operations per second of elapsed time."""
        return self.calls / self.wall_s

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.calls + other.calls, self.cpu_s + other.cpu_s, self.wall_s + other.wall_s)


class Stopwatch:
    """Filled in when its ``with stopwatch(calls)`` block ends."""

    def __init__(self, calls: int) -> None:
        self.calls = calls
        self.timing = Timing(calls, 0.0, 0.0)


@contextmanager
def stopwatch(calls: int) -> Iterator[Stopwatch]:
    """Time the block as ``calls`` operations.

    Garbage left by earlier work is collected first, so one subject does not pay for another's;
    collection stays on inside the block, because the garbage a client makes is part of its cost.
    """
    gc.collect()
    watch = Stopwatch(calls)
    cpu, wall = time.process_time(), time.perf_counter()
    yield watch
    watch.timing = Timing(calls, time.process_time() - cpu, time.perf_counter() - wall)


def total(timings: list[Timing]) -> Timing:
    """Every round together."""
    summed = Timing(0, 0.0, 0.0)
    for timing in timings:
        summed = summed + timing
    return summed


def best(timings: list[Timing]) -> Timing:
    """The best of rounds of equal size: the least CPU time and the least elapsed time of any round.

    On a shared machine a round is only ever slowed down (another process, a cold cache), so the best
    one is the closest to the subject's own cost. The two may come from different rounds.
    """
    if len({timing.calls for timing in timings}) != 1:
        raise ValueError("the best of rounds compares rounds of one size")
    return Timing(timings[0].calls, min(t.cpu_s for t in timings), min(t.wall_s for t in timings))
