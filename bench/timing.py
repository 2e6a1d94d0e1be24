"""CPU and wall time of a block of work in this process."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["Stopwatch", "Timing", "stopwatch"]


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
