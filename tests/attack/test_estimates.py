"""Attacks on ``max_cost``: the service's ``calculate_cost`` answering odd figures."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import CostLimitError
from iranpayamak.testing import MockClock, MockService
from tests import search

from .conftest import START, Both, sent

MOBILE = "09121234567"
MAX_COST = 100  # below what the mock's tariff makes of one message, so a fallback estimate refuses too


@settings(max_examples=search.examples(quick=15, slow=150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    figure=st.integers(max_value=-1) | st.floats(max_value=-1e-6, allow_nan=False, allow_infinity=False),
    wrapped=st.booleans(),
    asynchronous=st.booleans(),
)
def test_a_negative_figure_never_lets_a_send_past_max_cost(figure: float, wrapped: bool, asynchronous: bool) -> None:
    """Defect: a negative ``calculate_cost`` figure (a garbled or odd answer) was taken as the
    estimate, which is below any ``max_cost``: the send went out unchecked."""
    with MockService(clock=MockClock(start=START)) as mock:
        data: Any = {"cost": figure} if wrapped else figure
        mock.faults.add(operation="calculate_cost", answer=json.dumps({"status": "success", "data": data}))
        both = Both(mock, AsyncIranPayamak if asynchronous else IranPayamak)

        async def send() -> None:
            await both.call(both.client.sms.send_simple("hi", [MOBILE], max_cost=MAX_COST))

        with pytest.raises(CostLimitError):
            anyio.run(send)
        assert sent(mock, "send_simple") == 0
