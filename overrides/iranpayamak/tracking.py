"""Delivery tracking by polling: ``reports.wait_for_delivery`` and ``reports.watch``.

The service has no webhooks, so the client asks for each recipient's status (``reports.items``) until
every one is final, waiting ``poll`` seconds after the first look, then half as long again each time,
up to ``max_poll``. A send request the service rejected or cancelled (or could not pay for) is final
with whatever items it has. The waits go through ``sleep``, and the time through the client's clock,
so tests can pass a sleep that moves a fake clock instead of waiting.

Example::

    delivery = client.reports.wait_for_delivery(send_request_id, timeout=300)
    delivery.statuses        # {'09121234567': 'delivered', '09351234567': 'blacklist'}

    for change in client.reports.watch([first_id, second_id]):
        print(change.mobile, change.previous, "->", change.status)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from attrs import frozen

from ._steps import Call, Emit, Flow, Sleep, Step
from .errors import DeliveryTimeoutError, InvalidArgumentError
from .records import DeliveryReport

__all__ = [
    "FINAL_STATUSES",
    "Delivery",
    "Polling",
    "StatusChange",
    "StatusTracker",
    "wait_flow",
    "watch_flow",
]

FINAL_STATUSES = frozenset(
    {"delivered", "send-failure", "delivery-failure", "delivery-undetermined", "system-error", "blacklist"}
)
"""Delivery statuses that do not change any more (``not-started``, ``in-queue`` and ``sent`` do)."""

_FINAL_REQUESTS = frozenset({"rejected", "cancelled", "insufficient-balance"})
"""Send request statuses that end it, whatever its items say (it may have none)."""


def _text(status: object) -> str:
    return str(getattr(status, "value", status))


@frozen
class StatusChange:
    """A recipient's status as first seen, or as it changed.

    Attributes:
        send_request_id: The send request.
        mobile: The recipient (its item id as text when the service gave no number).
        status: The status now.
        previous: The status before, or None when this is the first look.
        final: Whether ``status`` is final.
    """

    send_request_id: int
    mobile: str
    status: str
    previous: str | None
    final: bool


@frozen
class Delivery:
    """Every recipient's final status of one send request.

    Attributes:
        send_request_id: The send request.
        statuses: Each recipient's status.
        reports: The items as the service last sent them.
    """

    send_request_id: int
    statuses: dict[str, str]
    reports: list[DeliveryReport]

    @property
    def delivered(self) -> list[str]:
        """The recipients whose message was delivered."""
        return [mobile for mobile, status in self.statuses.items() if status == "delivered"]

    @property
    def failed(self) -> list[str]:
        """The recipients whose message was not delivered (every other final status)."""
        return [mobile for mobile, status in self.statuses.items() if status != "delivered"]


class StatusTracker:
    """What is known of some send requests' recipients: the sans-IO core of the watches.

    Example::

        tracker = StatusTracker([1042])
        tracker.observe(1042, reports)   # the changes since the last look
        tracker.pending                  # [1042] until every recipient is final
    """

    def __init__(self, send_request_ids: Iterable[int]) -> None:
        self._statuses: dict[int, dict[str, str]] = {request: {} for request in send_request_ids}
        self._reports: dict[int, list[DeliveryReport]] = {request: [] for request in self._statuses}
        self._ended: set[int] = set()

    @property
    def pending(self) -> list[int]:
        """The send requests with a recipient not yet final (or none seen yet)."""
        return [request for request in self._statuses if not self.finished(request)]

    def finished(self, send_request_id: int) -> bool:
        """Whether every recipient of the send request is final, or the request itself ended."""
        statuses = self._statuses[send_request_id]
        if send_request_id in self._ended:
            return True
        return bool(statuses) and all(status in FINAL_STATUSES for status in statuses.values())

    def observe(self, send_request_id: int, reports: list[DeliveryReport]) -> list[StatusChange]:
        """Take in the send request's items as listed now; return the changes since the last look."""
        known = self._statuses[send_request_id]
        self._reports[send_request_id] = reports
        changes = []
        for report in reports:
            mobile = report.mobile or str(report.id)
            status = _text(report.status)
            if known.get(mobile) != status:
                changes.append(
                    StatusChange(send_request_id, mobile, status, known.get(mobile), status in FINAL_STATUSES)
                )
                known[mobile] = status
        return changes

    def end(self, send_request_id: int) -> None:
        """The send request ended without (more) items: rejected, cancelled or unpaid."""
        self._ended.add(send_request_id)

    def delivery(self, send_request_id: int) -> Delivery:
        """What is known of the send request now."""
        return Delivery(send_request_id, dict(self._statuses[send_request_id]), self._reports[send_request_id])


@frozen
class Polling:
    """How often to look, and for how long.

    Attributes:
        poll: Seconds before the second look; each later wait is 1.5 times the one before.
        max_poll: The longest wait between looks.
        timeout: Seconds to keep looking; None for as long as it takes.
        clock: The client's clock.
    """

    poll: float
    max_poll: float
    timeout: float | None
    clock: Callable[[], datetime]

    @classmethod
    def checked(cls, poll: object, max_poll: object, timeout: object, clock: Callable[[], datetime]) -> Polling:
        """The settings checked.

        Raises:
            InvalidArgumentError: A number of seconds is not above 0 (``timeout`` may be None).
        """
        values: dict[str, Any] = {}
        for field, value in (("poll", poll), ("max_poll", max_poll), ("timeout", timeout)):
            if value is None and field == "timeout":
                values[field] = None
                continue
            reason = "expected a number of seconds above 0" + (", or None" if field == "timeout" else "")
            try:
                seconds = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
            except OverflowError:  # a whole number past a float's range
                seconds = None
            if seconds is None or not 0 < seconds < float("inf"):
                raise InvalidArgumentError(f"{field}: {reason}", field=field, reason=reason)
            values[field] = seconds
        return cls(values["poll"], max(values["max_poll"], values["poll"]), values["timeout"], clock)


def _look(tracker: StatusTracker, send_request_id: int, emit: bool) -> Flow[Step, None]:
    reports: list[DeliveryReport] = yield Call("reports", "_every_item", (send_request_id,))
    changes = tracker.observe(send_request_id, reports)
    if not reports:
        request: Any = yield Call("reports", "send_request", (send_request_id,))
        if _text(request.status) in _FINAL_REQUESTS:
            tracker.end(send_request_id)
    for change in changes if emit else ():
        yield Emit(change)


def _poll(tracker: StatusTracker, polling: Polling, emit: bool) -> Flow[Step, bool]:
    """Look until every send request is finished (True) or the time is up (False)."""
    started = polling.clock()
    wait = polling.poll
    while True:
        for send_request_id in tracker.pending:
            yield from _look(tracker, send_request_id, emit)
        if not tracker.pending:
            return True
        elapsed = (polling.clock() - started).total_seconds()
        if polling.timeout is not None and elapsed + wait > polling.timeout:
            return False
        yield Sleep(wait)
        wait = min(wait * 1.5, polling.max_poll)


def wait_flow(send_request_id: int, polling: Polling) -> Flow[Step, Delivery]:
    """Every recipient's final status of one send request.

    Raises:
        DeliveryTimeoutError: ``polling.timeout`` passed first (with the statuses so far).
    """
    tracker = StatusTracker([send_request_id])
    if not (yield from _poll(tracker, polling, emit=False)):
        statuses = tracker.delivery(send_request_id).statuses
        raise DeliveryTimeoutError(
            f"send request {send_request_id}: not every recipient had a final status after "
            f"{polling.timeout:g} s ({sum(status in FINAL_STATUSES for status in statuses.values())} of "
            f"{len(statuses)} final)",
            send_request_id=send_request_id,
            statuses=statuses,
        )
    return tracker.delivery(send_request_id)


def watch_flow(send_request_ids: list[int], polling: Polling) -> Flow[Step, None]:
    """Emit each :class:`StatusChange` of the send requests until all are final or the time is up."""
    yield from _poll(StatusTracker(send_request_ids), polling, emit=True)
