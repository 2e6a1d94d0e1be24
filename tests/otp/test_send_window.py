"""A send's hold on the number never lapses while the send can still complete, and a send that ends
after its hold lapsed never replaces a newer code.

httpx's read timeout bounds each read of the socket, not the whole answer, so an answer that trickles
in could outlast the send window. The services send through the client with a ``total_timeout`` that
ends inside the window, and a commit only lands while the reservation is still its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import APITimeoutError, OtpCooldownError
from iranpayamak.otp import AsyncMemoryStore, AsyncOtpService, MemoryStore, OtpService, OtpStore
from iranpayamak.otp.settings import default_send_window
from iranpayamak.testing import MockServer, MockService
from tests.otp.conftest import MOBILE, PATTERN, SECRET, FakeClock, during_send


def test_a_send_that_ends_after_its_window_lapsed_does_not_replace_the_newer_code(
    make_service: Callable[..., OtpService],
    client: IranPayamak,
    mock: MockService,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_service(resend_cooldown=[0], send_window=60)
    second = make_service(resend_cooldown=[0], send_window=60)
    newer: list[str] = []

    def meanwhile() -> None:
        # The first send is still waiting for its answer when its window lapses: another server may
        # then send a code of its own, which the app reports as sent.
        clock.advance(61)
        issued = second.issue(MOBILE)
        assert issued.code is not None
        newer.append(issued.code)

    during_send(monkeypatch, client, meanwhile)
    with pytest.raises(APITimeoutError, match="send window") as late:
        first.issue(MOBILE)
    assert late.value.may_have_reached_service
    assert len(mock.outbox) == 2  # both SMS went out; only the newer code is kept
    older = mock.outbox[0].text.rsplit(" ", 1)[-1]
    assert older != newer[0]
    assert second.verify(MOBILE, older) is False
    assert second.verify(MOBILE, newer[0]) is True


def test_a_late_send_still_counts_for_the_cooldown(
    make_service: Callable[..., OtpService], client: IranPayamak, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(resend_cooldown=[120], send_window=60)
    during_send(monkeypatch, client, lambda: clock.advance(61))
    with pytest.raises(APITimeoutError):
        service.issue(MOBILE)
    with pytest.raises(OtpCooldownError):
        service.issue(MOBILE)


@pytest.fixture
def slow_mock() -> Iterator[MockServer]:
    """A mock on a real port whose pattern sends are carried out, then answered 64 bytes every 50 ms
    (about 1.6 s for the whole answer)."""
    with MockServer() as mock:
        mock.faults.add(operation="send_pattern", drip=0.05, pad=2000)
        yield mock


def test_a_trickling_answer_is_cut_off_inside_the_send_window(slow_mock: MockServer) -> None:
    with slow_mock.client(max_retries=0) as client:
        service = OtpService(client, pattern=PATTERN, store=MemoryStore(), secret=SECRET, send_window=0.4)
        with pytest.raises(APITimeoutError) as cut:
            service.issue(MOBILE)
        assert cut.value.may_have_reached_service
        assert len(slow_mock.outbox) == 1  # the SMS went out: the cooldown applies, no second code
        with pytest.raises(OtpCooldownError):
            service.issue(MOBILE)


@pytest.mark.anyio
async def test_a_trickling_answer_is_cut_off_inside_the_send_window_async(slow_mock: MockServer) -> None:
    async with slow_mock.async_client(max_retries=0) as client:
        service = AsyncOtpService(client, pattern=PATTERN, store=AsyncMemoryStore(), secret=SECRET, send_window=0.4)
        with pytest.raises(APITimeoutError) as cut:
            await service.issue(MOBILE)
        assert cut.value.may_have_reached_service
        assert len(slow_mock.outbox) == 1
        with pytest.raises(OtpCooldownError):
            await service.issue(MOBILE)


def test_the_default_window_covers_the_clients_total_timeout(store: OtpStore) -> None:
    client = IranPayamak(api_key="k").with_options(total_timeout=20)
    assert default_send_window(client) == 50.0
    assert OtpService(client, pattern=PATTERN, store=store, secret=SECRET).settings.send_window == 50.0


def test_sends_are_held_to_the_window_whatever_the_client_allows() -> None:
    # The service's own copy of the client gives up a margin before the window ends; the caller's
    # client keeps its settings.
    client = AsyncIranPayamak(api_key="k")
    service = AsyncOtpService(client, pattern=PATTERN, store=AsyncMemoryStore(), send_window=100)
    assert client.api.total_timeout is None
    assert service._sender.api.total_timeout == 75.0
