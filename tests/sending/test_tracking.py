"""Delivery tracking and inbox watching by polling, on the mock's clock, in both clients."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak.errors import DeliveryTimeoutError, InvalidArgumentError
from iranpayamak.testing import MockService
from tests import search

from .conftest import START, Both

pytestmark = pytest.mark.anyio


async def test_wait_for_delivery_returns_every_recipients_final_status(both: Both) -> None:
    both.mock.fail("09351234567", "blacklist")
    [send_request_id] = await both.call(both.client.sms.send_simple("hi", ["09121234567", "09351234567"]))
    delivery = await both.call(both.client.reports.wait_for_delivery(send_request_id, sleep=both.sleep()))
    assert delivery.statuses == {"09121234567": "delivered", "09351234567": "blacklist"}
    assert delivery.delivered == ["09121234567"] and delivery.failed == ["09351234567"]


async def test_polls_back_off_up_to_max_poll(both: Both) -> None:
    waits: list[float] = []
    both.mock.state.delivery_seconds = 60.0

    def record(seconds: float) -> Any:
        waits.append(seconds)
        both.mock.advance(seconds)

    async def record_async(seconds: float) -> None:
        record(seconds)

    sleep = record if both.kind.__name__ == "IranPayamak" else record_async
    [send_request_id] = await both.call(both.client.sms.send_simple("hi", ["09121234567"]))
    await both.call(both.client.reports.wait_for_delivery(send_request_id, poll=2, max_poll=10, sleep=sleep))
    assert waits[:5] == [2, 3, 4.5, 6.75, 10] and set(waits[5:]) <= {10}
    assert sum(waits) >= 61


async def test_wait_for_delivery_gives_up_at_the_timeout_with_the_statuses_so_far(both: Both) -> None:
    both.mock.state.delivery_seconds = 3600.0
    [send_request_id] = await both.call(both.client.sms.send_simple("hi", ["09121234567"]))
    with pytest.raises(DeliveryTimeoutError) as caught:
        await both.call(both.client.reports.wait_for_delivery(send_request_id, timeout=60, sleep=both.sleep()))
    assert caught.value.statuses == {"09121234567": "sent"} and caught.value.send_request_id == send_request_id
    assert (both.mock.now() - START).total_seconds() <= 60


async def test_watch_yields_each_change_as_it_happens(both: Both) -> None:
    ids = await both.call(both.client.sms.send_simple("hi", ["09121234567", "09351234567"], chunk_size=1))
    both.mock.fail("09351234567", "delivery-failure")  # recorded when sent: only later sends fail
    changes = await both.collect(both.client.reports.watch(ids, poll=0.5, sleep=both.sleep()), limit=100)
    by_mobile: dict[str, list[str]] = {}
    for change in changes:
        by_mobile.setdefault(change.mobile, []).append(change.status)
    assert by_mobile == {
        "09121234567": ["in-queue", "sent", "delivered"],
        "09351234567": ["in-queue", "sent", "delivered"],
    }
    assert [change.final for change in changes if change.status == "delivered"] == [True, True]
    assert all(change.previous != change.status for change in changes)


async def test_a_rejected_send_request_is_final_without_items(both: Both) -> None:
    with both.mock.state.lock:
        request = both.mock.state.record_rejected("simple", "90008361", "hi")
    delivery = await both.call(both.client.reports.wait_for_delivery(request.id, sleep=both.sleep()))
    assert delivery.statuses == {}


async def test_bad_polling_settings_are_refused_before_any_request(both: Both) -> None:
    for arguments in ({"poll": 0}, {"timeout": -1}, {"max_poll": float("nan")}, {"poll": True}):
        with pytest.raises(InvalidArgumentError):
            await both.call(both.client.reports.wait_for_delivery(1042, **arguments))
    with pytest.raises(InvalidArgumentError, match="cursor"):
        both.client.reports.watch_inbox(cursor="not a cursor")
    assert both.mock.requests == []


async def test_watch_inbox_yields_each_message_once_in_order(both: Both) -> None:
    for text in ("one", "two", "two"):  # two identical texts in the same second are two messages
        both.mock.receive("09121234567", text)
    both.mock.advance(1)
    both.mock.receive("09351234567", "three")
    events = await both.collect(both.client.reports.watch_inbox(limit=2, sleep=both.sleep()), limit=4)
    assert [event.message.text for event in events] == ["one", "two", "two", "three"]
    both.mock.receive("09121234567", "four")
    resumed = await both.collect(both.client.reports.watch_inbox(events[-1].cursor, sleep=both.sleep()), limit=1)
    assert [event.message.text for event in resumed] == ["four"]


# --- Exactly once across restarts, searched ----------------------------------------------------------

TEXTS = st.sampled_from(["سلام", "yes", "no", "لغو"])
ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("receive"), st.sampled_from(["09121234567", "09351234567"]), TEXTS),
        st.tuples(st.just("tick"), st.integers(0, 2), st.just("")),
        st.tuples(st.just("read"), st.integers(1, 4), st.just("")),
        st.tuples(st.just("restart"), st.just(0), st.just("")),
    ),
    max_size=30,
)


@settings(max_examples=search.examples(quick=30, slow=300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS, limit=st.integers(1, 3))
def test_a_restarted_watch_with_a_persisted_cursor_neither_misses_nor_repeats(
    actions: list[tuple[str, Any, str]], limit: int
) -> None:
    with MockService() as mock:
        client = mock.client(clock=mock.now)
        arrived: list[tuple[str, str]] = []
        handled: list[tuple[str, str]] = []
        saved: str | None = None
        watch = None

        def read(count: int) -> None:
            nonlocal saved, watch
            if watch is None:
                watch = client.reports.watch_inbox(saved, limit=limit, sleep=lambda _s: (_ for _ in ()).throw(Idle()))
            for _ in range(count):
                try:
                    event = next(watch)
                except Idle:
                    watch = None  # caught up: the next read starts a fresh poll from the saved cursor
                    return
                handled.append((event.message.from_, event.message.text))
                saved = event.cursor  # persisted after handling, as a worker would

        for action, value, text in actions:
            if action == "receive":
                mock.receive(value, text)
                arrived.append((value, text))
            elif action == "tick":
                mock.advance(value)
            elif action == "read":
                read(value)
            else:
                watch = None  # the worker restarts: only the saved cursor survives
        watch = None
        read(len(arrived) + 1)
        assert handled == arrived


class Idle(Exception):
    """The watch caught up and would now wait."""
