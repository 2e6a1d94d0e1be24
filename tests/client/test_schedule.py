"""Schedules: datetimes become Tehran wall-clock text; past times are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from iranpayamak.errors import InvalidArgumentError
from iranpayamak.schedule import format_schedule

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2026, 11, 28, 9, 30), "2026-11-28 09:30:00"),
        (datetime(2026, 11, 28, 6, 0, tzinfo=UTC), "2026-11-28 09:30:00"),
        (datetime(2026, 11, 28, 10, 0, tzinfo=timezone(timedelta(hours=4))), "2026-11-28 09:30:00"),
        (datetime(2026, 11, 27, 11, 31, 15, 999), "2026-11-27 11:31:15"),
    ],
)
def test_values_become_tehran_time(value: datetime, text: str) -> None:
    assert format_schedule(value, now=NOW) == text


@pytest.mark.parametrize(
    "value",
    [NOW, NOW - timedelta(seconds=1), datetime(2026, 11, 27, 11, 30), datetime(2000, 1, 1)],
    ids=["now", "a second ago", "naive Tehran now", "long ago"],
)
def test_times_that_are_not_in_the_future_are_refused(value: datetime) -> None:
    with pytest.raises(InvalidArgumentError, match="not in the future") as caught:
        format_schedule(value, now=NOW)
    assert caught.value.field == "schedule"


@pytest.mark.parametrize("value", ["2026-12-01 10:00:00", 1795000000, None])
def test_only_datetimes_are_accepted(value: object) -> None:
    with pytest.raises(InvalidArgumentError, match="expected a datetime"):
        format_schedule(value, now=NOW)  # type: ignore[arg-type]
