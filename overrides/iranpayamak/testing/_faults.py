"""Injected failures: statuses, latency, dropped connections and broken bodies, per route or for all.

Example::

    mock.faults.add(status=503, headers={"Retry-After": "2"}, times=1)          # next request only
    mock.faults.add(operation="send_pattern", drop=True)                       # processed, then cut off
    mock.faults.add(status=429, probability=0.05, seed=7)                      # 5% of requests
    mock.faults.add(operation="get_balance", drip=0.05)                        # a slow answer
    mock.faults.add(operation="send_pattern", answer=b'{"status":"success","data":1e999}')  # processed, odd 200
"""

from __future__ import annotations

import difflib
import random
import threading
from collections.abc import Collection
from typing import Any

from attrs import define, field

__all__ = ["Fault", "Faults"]


@define
class Fault:
    """One kind of failure and which requests it hits.

    Attributes:
        operation: The operationId (``send_pattern``) it applies to; None for every operation.
        status: Answer with this status instead of processing the request.
        body: The body of that answer (a dict is sent as JSON); the service's error envelope by default.
        headers: Extra headers of that answer, such as ``Retry-After``.
        delay: Seconds to wait before answering.
        drop: Process the request, then cut the connection in the middle of the answer.
        malformed: Process the request, then answer 200 with truncated JSON.
        html: Process the request, then answer 200 with an HTML page, as a proxy might.
        empty: Process the request, then answer 200 with an empty body.
        pad: Process the request, then answer as usual with an extra field that makes the JSON body
            this many bytes long (a huge answer the client must still read).
        drip: Process the request, then send the answer a few bytes at a time, pausing this many
            seconds between pieces (a slow link).
        answer: Process the request, then answer 200 with exactly this body (``application/json``; text is
            sent as UTF-8): a malformed or unexpected success body after the request really took effect.
        times: How many requests it hits before it stops (None: until removed).
        probability: The chance that a matching request is hit.
    """

    operation: str | None = None
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(factory=dict)
    delay: float = 0.0
    drop: bool = False
    malformed: bool = False
    html: bool = False
    empty: bool = False
    pad: int = 0
    drip: float = 0.0
    answer: bytes | str | None = None
    times: int | None = None
    probability: float = 1.0
    random: random.Random = field(factory=random.Random, repr=False)
    hits: int = 0

    @property
    def processes(self) -> bool:
        """Whether the request is carried out before the failure (so a send did happen)."""
        return self.status is None

    @property
    def alters_answer(self) -> bool:
        """Whether the answer to a carried-out request is broken, padded or slowed."""
        return (
            self.drop
            or self.malformed
            or self.html
            or self.empty
            or self.answer is not None
            or self.pad > 0
            or self.drip > 0
        )

    def matches(self, operation_id: str) -> bool:
        return self.operation in (None, operation_id)


class Faults:
    """The failures a mock injects, checked in the order they were added; the first that hits applies.

    Args:
        operations: The operationIds a fault may name; a name outside them is refused when the fault is
            added, so a typo fails the test instead of silently injecting nothing. None accepts any name.
    """

    def __init__(self, operations: Collection[str] | None = None) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._operations = frozenset(operations) if operations is not None else None

    def add(self, *, seed: int | None = None, **settings: Any) -> Fault:
        """Inject a failure (see :class:`Fault` for the settings); returns it so tests can read ``hits``.

        Raises:
            ValueError: ``operation`` names no operation of the spec.
        """
        fault = Fault(**settings, random=random.Random(seed))
        if fault.operation is not None and self._operations is not None and fault.operation not in self._operations:
            close = difflib.get_close_matches(fault.operation, self._operations, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ValueError(f"operation: no operation is called {fault.operation!r}{hint}")
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        with self._lock:
            self._faults.remove(fault)

    def clear(self) -> None:
        """Remove every failure."""
        with self._lock:
            self._faults.clear()

    def pick(self, operation_id: str) -> Fault | None:
        """The failure that hits this request, if any (counting it against ``times``)."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(operation_id):
                    continue
                if fault.times is not None and fault.hits >= fault.times:
                    continue
                if fault.probability < 1.0 and fault.random.random() >= fault.probability:
                    continue
                fault.hits += 1
                return fault
        return None
