"""What every request of the generated client carries, and what its Client object reveals."""

from __future__ import annotations

import importlib.metadata
import re

import httpx
import pytest

import iranpayamak_api
from iranpayamak_api import Client, errors
from iranpayamak_api.api.account import get_balance
from iranpayamak_api.api.sms import send_pattern, send_simple_file
from tests.fakes import API_KEY, FakeService, envelope
from tests.generated.bodies import BALANCE, pattern_body, simple_file_body


def test_every_request_carries_the_key_user_agent_and_accept_headers() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE), envelope(1, code=201))
    client = service.client(iranpayamak_api)
    get_balance.sync(client=client)
    send_simple_file.sync(client=client, body=simple_file_body())
    for request in service.requests:
        assert request.headers["api-key"] == API_KEY
        assert request.headers["user-agent"] == f"iranpayamak-python/{iranpayamak_api.__version__}"
        assert request.headers["accept"] == "application/json"


def test_user_agent_version_is_the_distribution_version() -> None:
    assert iranpayamak_api.__version__ == importlib.metadata.version("iranpayamak")


def test_default_base_url_and_timeouts() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    client = Client(api_key=API_KEY, httpx_args={"transport": httpx.MockTransport(service)})
    get_balance.sync(client=client)
    request = service.requests[0]
    assert str(request.url) == "https://api.iranpayamak.com/ws/v1/account/balance"
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_timeout_given_in_seconds_applies_to_every_phase() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    get_balance.sync(client=service.client(iranpayamak_api, timeout=2.5))
    assert service.requests[0].extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_extra_headers_are_sent_and_base_url_trailing_slash_is_ignored() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    client = service.client(iranpayamak_api, headers={"X-Trace": "abc"}, base_url="http://127.0.0.1:4010/")
    get_balance.sync(client=client)
    assert service.requests[0].headers["x-trace"] == "abc"
    assert str(service.requests[0].url) == "http://127.0.0.1:4010/ws/v1/account/balance"


def test_the_key_never_appears_in_reprs_or_error_texts() -> None:
    service = FakeService(httpx.Response(401, json={"status": "error", "message": "Api-Key not valid", "data": None}))
    client = service.client(iranpayamak_api, headers={"X-Other": "1"})
    copy = client.with_options(max_retries=0)
    with pytest.raises(errors.AuthenticationError) as caught:
        get_balance.sync(client=copy)
    detailed = get_balance.sync_detailed(client=client)
    for text in (
        repr(client),
        str(client),
        repr(copy),
        repr(client.retry_policy),
        repr(caught.value),
        str(caught.value),
        repr(detailed),
    ):
        assert API_KEY not in text


def test_secured_operation_without_a_key_raises_before_sending() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    with pytest.raises(errors.MissingAPIKeyError, match="api_key"):
        get_balance.sync(client=service.client(iranpayamak_api, api_key=None))
    with pytest.raises(errors.MissingAPIKeyError):
        send_pattern.sync(client=service.client(iranpayamak_api, api_key=""), body=pattern_body())
    assert service.requests == []


def test_with_options_shares_the_connection_pool_and_rejects_pool_settings() -> None:
    client = Client(api_key=API_KEY)
    copy = client.with_options(retry_non_idempotent=True, timeout=3.0)
    try:
        assert copy.get_httpx_client() is client.get_httpx_client()
        assert (copy.retry_non_idempotent, client.retry_non_idempotent) == (True, False)
        with pytest.raises(TypeError, match="verify_ssl"):
            client.with_options(verify_ssl=False)
    finally:
        client.close()


def test_a_supplied_httpx_client_is_used_and_left_open() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    http = httpx.Client(transport=httpx.MockTransport(service))
    with Client(api_key=API_KEY, http_client=http) as client:
        get_balance.sync(client=client)
    assert len(service.requests) == 1
    assert not http.is_closed
    http.close()


def test_a_closed_client_refuses_further_calls() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    client = service.client(iranpayamak_api)
    get_balance.sync(client=client)
    pool = client.get_httpx_client()
    client.close()
    assert pool.is_closed
    with pytest.raises(errors.ClientClosedError):
        get_balance.sync(client=client)
    assert len(service.requests) == 1


async def _with_both_pools() -> tuple[Client, httpx.Client, httpx.AsyncClient]:
    """A client that has made a synchronous and an asynchronous call, and its two pools."""
    service = FakeService(httpx.Response(200, json=BALANCE), httpx.Response(200, json=BALANCE))
    client = service.client(iranpayamak_api)
    get_balance.sync(client=client)
    await get_balance.asyncio(client=client)
    return client, client.get_httpx_client(), client.get_async_httpx_client()


@pytest.mark.anyio
async def test_aclose_closes_the_synchronous_pool_too() -> None:
    client, *pools = await _with_both_pools()
    await client.aclose()
    assert [pool.is_closed for pool in pools] == [True, True]
    with pytest.raises(errors.ClientClosedError):
        get_balance.sync(client=client)


@pytest.mark.anyio
async def test_close_with_an_asynchronous_pool_open_closes_the_sync_one_and_warns() -> None:
    client, sync_pool, async_pool = await _with_both_pools()
    with pytest.warns(ResourceWarning, match="await Client.aclose"):
        client.close()
    assert sync_pool.is_closed and not async_pool.is_closed
    await client.aclose()  # still closes what close() could not
    assert async_pool.is_closed


def test_close_of_a_synchronous_client_closes_everything_it_opened(recwarn: pytest.WarningsRecorder) -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    client = service.client(iranpayamak_api)
    get_balance.sync(client=client)
    pool = client.get_httpx_client()
    client.close()
    assert pool.is_closed and client._pool.async_ is None
    assert [warning for warning in recwarn if issubclass(warning.category, ResourceWarning)] == []


def test_closing_a_with_options_copy_leaves_the_original_working() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    client = service.client(iranpayamak_api)
    with client.with_options(max_retries=0) as copy:
        get_balance.sync(client=copy)
    get_balance.sync(client=client)
    assert len(service.requests) == 2


def test_closing_during_a_retry_wait_is_reported_as_closed() -> None:
    service = FakeService(httpx.Response(503))
    client = service.client(iranpayamak_api)
    closing = iranpayamak_api.RetryPolicy(sleep=lambda _: client.close())
    with pytest.raises(errors.ClientClosedError):
        get_balance.sync(client=client.with_options(retry_policy=closing))
    assert len(service.requests) == 1


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"api_key": "abc\u0645"}, "api_key has characters"),
        ({"headers": {"X-Trace": "a\nb"}}, "'X-Trace' header"),
        ({"base_url": "http://[::1"}, "not a URL"),
        ({"base_url": "ftp://files.example"}, "http(s) URL"),
        ({"base_url": "https://"}, "http(s) URL"),
    ],
)
def test_unusable_settings_fail_at_construction_without_echoing_the_key(
    settings: dict[str, object], message: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match=re.escape(message)) as caught:
        Client(**{"api_key": API_KEY, **settings})  # type: ignore[arg-type]
    assert API_KEY not in str(caught.value)


def test_a_key_with_a_stray_line_break_is_trimmed() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    get_balance.sync(client=service.client(iranpayamak_api, api_key=f"  {API_KEY}\n"))
    assert service.requests[0].headers["api-key"] == API_KEY


def test_redirects_to_another_host_do_not_carry_the_key() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.test":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/balance"})
        return httpx.Response(200, json=BALANCE)

    service = FakeService(answer)
    get_balance.sync(client=service.client(iranpayamak_api, follow_redirects=True))
    first, second = service.requests
    assert first.headers["api-key"] == API_KEY
    assert "api-key" not in second.headers


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Client(api_key=API_KEY, max_retries=-1)


@pytest.mark.anyio
async def test_async_client_sends_the_same_headers() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    async with service.client(iranpayamak_api) as client:
        balance = await get_balance.asyncio(client=client)
    assert balance.data.balance_amount == 5000
    assert service.requests[0].headers["api-key"] == API_KEY
