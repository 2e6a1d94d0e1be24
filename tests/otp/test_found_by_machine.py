"""Defects the OTP state machine (tests/searching/test_otp_machine.py) found, each as its smallest case.

An interrupt that reaches ``OtpService.issue`` while it records a send that went out (Ctrl-C, or
``SystemExit`` from a worker's shutdown, during the store's round trip) leaves the send uncounted: no
cooldown and no entry against the hourly cap, only the reservation, which lapses after
``send_window``. A second SMS can then go out within the cooldown, and beyond the cap. The README
promises otherwise: a send that may have gone out (a cancelled request, among others) "starts the
cooldown and counts towards the cap". ``AsyncOtpService`` does count it (the update is shielded from
cancellation); interrupts during the reservation and the send are counted too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

from iranpayamak.errors import OtpCooldownError, OtpRateLimitError
from iranpayamak.otp import Change, OtpService, OtpStore
from iranpayamak.testing import MockService

from .conftest import MOBILE, FakeClock

T = TypeVar("T")


class InterruptedStore:
    """A store whose ``interrupt_on``-th update is interrupted before it is applied, as Ctrl-C during
    its round trip would be; the others go to ``inner``."""

    def __init__(self, inner: OtpStore, interrupt_on: int) -> None:
        self.inner = inner
        self.interrupt_on = interrupt_on
        self.calls = 0

    def update(self, key: str, change: Change[T]) -> T:
        self.calls += 1
        if self.calls == self.interrupt_on:
            raise KeyboardInterrupt
        return self.inner.update(key, change)


@pytest.mark.parametrize(
    ("limits", "refusal"),
    [
        ({"resend_cooldown": [60]}, OtpCooldownError),
        ({"resend_cooldown": [0], "per_number_hourly_cap": 1}, OtpRateLimitError),
    ],
    ids=["cooldown", "hourly cap"],
)
def test_a_send_interrupted_while_it_is_recorded_still_counts(
    make_service: Callable[..., OtpService],
    store: OtpStore,
    mock: MockService,
    clock: FakeClock,
    limits: dict[str, object],
    refusal: type[Exception],
) -> None:
    interrupted = make_service(store=InterruptedStore(store, interrupt_on=2), send_window=20, **limits)
    with pytest.raises(KeyboardInterrupt):
        interrupted.issue(MOBILE)  # 1: the reservation; 2: recording the code that was sent
    assert len(mock.outbox) == 1  # the SMS went out
    clock.advance(21)  # the reservation has lapsed; the cooldown (or the hour) has not
    with pytest.raises(refusal):
        make_service(send_window=20, **limits).issue(MOBILE)
    assert len(mock.outbox) == 1


def _wrong(code: str) -> str:
    return "".join("1" if digit != "1" else "2" for digit in code)


@pytest.mark.parametrize("cap", [None, 5], ids=["no cap", "a cap, which keeps the record for an hour"])
def test_wrong_codes_entered_after_the_row_ended_go_with_their_code(
    make_service: Callable[..., OtpService], clock: FakeClock, cap: int | None
) -> None:
    # The quiet spell (cooldown_reset) ends the row while the code still works; the two wrong codes
    # entered then concern that code alone. Once it has expired they are forgotten, whatever else
    # keeps the number's record: the next code gets all three attempts, with or without a cap.
    service = make_service(
        ttl=120, max_attempts=3, resend_cooldown=[0], cooldown_reset=30, per_number_hourly_cap=cap, lockout=60
    )
    first = service.issue(MOBILE).code
    assert first is not None
    clock.advance(119.75)
    assert [service.verify(MOBILE, _wrong(first)) for _ in range(2)] == [False, False]
    clock.advance(3480)  # the first code expired long ago; the hour of the cap has not passed
    second = service.issue(MOBILE).code
    assert second is not None
    assert [service.verify(MOBILE, _wrong(second)) for _ in range(2)] == [False, False]  # not locked yet
    assert service.verify(MOBILE, second) is True
