"""A send whose 2xx answer cannot be read may have been delivered: the OTP service counts it (cooldown,
hourly cap) and stores no code, whatever is wrong with the body."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from iranpayamak.errors import OtpCooldownError, ResponseParseError
from iranpayamak.otp import OtpService
from iranpayamak.testing import MockService
from tests.otp.conftest import MOBILE

BODIES = [
    b'{"status": "success", "data": 1e999}',
    b'{"status": "success", "data": Infinity}',
    b'{"status": "success", "data": NaN}',
    b'{"status": "success", "data": ' + b"9" * 10_000 + b"}",
    b'{"status": "success", "data": {"id": 5}}',
    b'{"status": "success", "data": ' + b"[" * 5000 + b"]" * 5000 + b"}",
]


@pytest.mark.parametrize("body", BODIES, ids=["1e999", "Infinity", "NaN", "10k digits", "object", "deep"])
def test_an_unreadable_answer_to_a_send_counts_as_maybe_sent(
    body: bytes, make_service: Callable[..., OtpService], mock: MockService
) -> None:
    service = make_service()
    mock.faults.add(operation="send_pattern", answer=body, times=1)
    with pytest.raises(ResponseParseError):
        service.issue(MOBILE)
    assert len(mock.outbox) == 1  # the service did send it
    with pytest.raises(OtpCooldownError):
        service.issue(MOBILE)  # so no second code goes out at once
    assert len(mock.outbox) == 1
