"""Attacks on the fingerprints of keyed sends: the same request must be recognised however its
arguments are spelled, and two different requests must not be taken for one.

Each test names the defect it found; all run on both clients against the mock.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from iranpayamak.schedule import TEHRAN

from .conftest import START, Both, sent

pytestmark = pytest.mark.anyio

PATTERN = "mockOtp001"
MOBILE = "09121234567"
LINE = "90008361"  # the mock's shared line, the clients' default
WHEN = START + timedelta(hours=2)

# Two spellings of one send's options: the same line, number format and send time.
SPELLINGS = {
    "schedule-utc-vs-tehran": ({"schedule": WHEN}, {"schedule": WHEN.astimezone(TEHRAN)}),
    "schedule-aware-vs-naive-tehran": (
        {"schedule": WHEN.astimezone(TEHRAN)},
        {"schedule": WHEN.astimezone(TEHRAN).replace(tzinfo=None)},
    ),
    "default-vs-named-format": ({}, {"number_format": "english"}),
    "default-vs-named-line": ({}, {"line_number": LINE}),
    "line-text-vs-number": ({"line_number": LINE}, {"line_number": int(LINE)}),
}


@pytest.mark.parametrize(("first", "second"), SPELLINGS.values(), ids=SPELLINGS.keys())
async def test_a_retry_spelling_the_same_options_otherwise_gets_the_first_result(
    both: Both, first: dict[str, Any], second: dict[str, Any]
) -> None:
    """Defect: ``send_pattern``, ``send_pattern_many`` and ``send_simple`` (and ``send_simple_bulk``)
    fingerprinted ``line_number``, ``number_format`` and ``schedule`` as given, not as sent: a retry
    naming the same send time in another time zone (or naive Tehran time), the client's default line
    or format by name, or the line as a number, was refused as "other arguments"; in a bulk rerun its
    recipients were then reported "not sent". The generated sends fingerprint the request's body and
    were not affected."""
    sms = both.client.sms
    for options in (first, second):
        pattern = await both.call(sms.send_pattern(PATTERN, MOBILE, {"code": "1234"}, idempotency_key="p", **options))
        many = await both.call(
            sms.send_pattern_many(PATTERN, [MOBILE], {"code": "1234"}, idempotency_key="m", **options)
        )
        simple = await both.call(sms.send_simple("hi", [MOBILE], idempotency_key="s", **options))
        bulk = await both.call(sms.send_simple_bulk("hi", [MOBILE], idempotency_key="b", **options))
        assert [result.error for result in many] == [None] and bulk.failed == []
        if options is first:
            ids = (pattern, many.send_request_ids, simple, bulk.sent)
        assert (pattern, many.send_request_ids, simple, bulk.sent) == ids
    assert (sent(both.mock, "send_pattern"), sent(both.mock, "send_simple")) == (2, 2)
