"""The operations documented with a panel token send it when the client holds one (spec audit R1, R2, C12).

The LBS pages, ``pay_order``, ``list_lines`` and ``logout`` declare a bearer token only. A client that
holds a panel token (from ``panel.login``) sends ``Authorization: Bearer`` to them and not the key;
one without sends the key instead, and ``logout``, which has no session to end without a token, is
refused before the network. The mock implements both schemes as the spec declares them.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest

import iranpayamak_api
from iranpayamak import IranPayamak
from iranpayamak.errors import AuthenticationError, ConfigurationError, IranPayamakError
from iranpayamak.resources.panel import PanelSession
from iranpayamak.testing import MockService
from iranpayamak.testing._handlers.panel import PANEL_USER, TWO_FACTOR_CODE
from iranpayamak_api import Client
from iranpayamak_api.api.sms import list_lbs_requests as get_lbs_request_list
from iranpayamak_api.errors import MissingAPIKeyError, MissingPanelTokenError
from tests.client.test_undocumented_answers import both_clients
from tests.fakes import API_KEY, FakeService

# What each bearer-documented method is called with against the mock (a campaign it has made first).
CAMPAIGN = {
    "text": "تخفیف ویژه",
    "start_time": 1_900_000_000,
    "end_time": 1_900_003_600,
    "latitude": 35.7,
    "longitude": 51.4,
    "radius": 500,
}


def _run(outcome: Any) -> Any:
    if inspect.isawaitable(outcome):

        async def wait() -> Any:
            return await outcome

        return asyncio.run(wait())
    return outcome


def _bearer_calls(client: Any) -> dict[str, Any]:
    """Call every bearer-documented operation but logout; their results by operation id."""
    results: dict[str, Any] = {}
    created = _run(client.lbs.create(**CAMPAIGN))
    results["create_lbs_request"] = created
    campaign = created if isinstance(created, int) else 1
    listed = client.lbs.list()
    results["list_lbs_requests"] = _run(listed)
    results["get_lbs_request"] = _run(client.lbs.get(campaign))
    results["update_lbs_request"] = _run(client.lbs.update(campaign, **CAMPAIGN))
    results["cancel_lbs_request"] = _run(client.lbs.cancel(campaign))
    results["list_lines"] = _run(client.account.lines())
    order = _run(client.account.charge_wallet(50_000))
    results["pay_order"] = _run(client.account.pay_order(str(order["orderId"]), payment_source="wallet"))
    return results


@both_clients
def test_a_token_from_login_authenticates_every_bearer_documented_operation(cls: type[Any]) -> None:
    mock = MockService()
    client = mock.client() if cls is IranPayamak else mock.async_client()
    session = _run(client.panel.login(*PANEL_USER))
    assert isinstance(session, PanelSession) and session.token and not session.two_factor_required
    panel = client.with_options(panel_token=session.token)
    before = len(mock.requests)
    _bearer_calls(panel)
    sent = mock.requests[before:]
    assert {request.operation_id for request in sent} >= {
        "create_lbs_request",
        "list_lbs_requests",
        "get_lbs_request",
        "update_lbs_request",
        "cancel_lbs_request",
        "list_lines",
        "pay_order",
    }
    for request in sent:
        if request.operation_id == "charge_wallet":
            assert "authorization" not in request.headers and request.headers["api-key"] == mock.api_key
        else:
            # The documented scheme only: the key does not travel where the page does not ask for it.
            assert request.headers["authorization"] == f"Bearer {session.token}", request.operation_id
            assert "api-key" not in request.headers, request.operation_id
    _run(panel.panel.logout())
    with pytest.raises(AuthenticationError) as refused:
        _run(panel.lbs.get(1))
    assert refused.value.hint is not None and "refused" in refused.value.hint
    assert session.token not in str(refused.value)


@both_clients
def test_two_factor_sign_in_gives_the_token_after_the_code(cls: type[Any]) -> None:
    mock = MockService()
    client = mock.client() if cls is IranPayamak else mock.async_client()
    challenge = _run(client.panel.login(*PANEL_USER, method="sms"))
    assert challenge.two_factor_required and challenge.token
    # The challenge is not a session yet: the mock refuses it as a bearer token.
    with pytest.raises(AuthenticationError):
        _run(client.with_options(panel_token=challenge.token).lbs.get(1))
    session = _run(client.panel.verify_two_factor(challenge.token, TWO_FACTOR_CODE, method="sms"))
    assert session.token == challenge.token and not session.two_factor_required
    assert _run(client.with_options(panel_token=session.token).account.lines()) is not None


@both_clients
def test_without_a_token_the_bearer_documented_operations_send_the_key(cls: type[Any]) -> None:
    mock = MockService()
    client = mock.client() if cls is IranPayamak else mock.async_client()
    before = len(mock.requests)
    _bearer_calls(client)
    for request in mock.requests[before:]:
        assert request.headers["api-key"] == mock.api_key and "authorization" not in request.headers
    sent = len(mock.requests)
    with pytest.raises(MissingPanelTokenError) as missing:
        _run(client.panel.logout())
    assert "panel_token" in str(missing.value)
    assert len(mock.requests) == sent  # refused before the network


@both_clients
def test_a_401_on_a_bearer_documented_operation_says_the_page_asks_for_a_token(cls: type[Any]) -> None:
    # A service that enforces the documented scheme refuses the key on LBS operations.
    service = FakeService(httpx.Response(401, json={"message": "Unauthenticated."}))
    client = service.ergonomic(cls, panel_token=None)
    with pytest.raises(AuthenticationError) as refused:
        _run(client.lbs.get(3))
    assert refused.value.operation == "get_lbs_request"
    assert refused.value.hint is not None and "panel token" in refused.value.hint
    assert "panel_token=" in str(refused.value)
    # Operations documented with the key get no such hint: the key itself is the problem there.
    with pytest.raises(AuthenticationError) as plain:
        _run(client.account.balance())
    assert plain.value.hint is None and "panel" not in str(plain.value)


def test_the_token_comes_from_the_environment_and_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    token = "7|kXb2Qm9TqzR4vW8yLd3HfN6pJc1sAe5G"
    monkeypatch.setenv("IRANPAYAMAK_PANEL_TOKEN", token)
    echoed = httpx.Response(401, json={"message": f"token {token} expired"})
    service = FakeService(echoed)
    client = IranPayamak(api_key=API_KEY, base_url="https://api.test", http_client=service_client(service))
    with pytest.raises(AuthenticationError) as refused:
        client.lbs.list().page()
    assert service.requests[0].headers["authorization"] == f"Bearer {token}"
    assert token not in str(refused.value) and token not in json.dumps(refused.value.body)
    assert token not in repr(client) and token not in repr(client.api)


def service_client(service: FakeService) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(service))


@pytest.mark.parametrize("value", [b"bytes", 12, ["list"]])
def test_a_token_that_is_not_text_is_refused_by_name(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="panel_token must be text"):
        Client(api_key="k", panel_token=value)


def test_a_token_a_header_cannot_carry_is_refused_without_quoting_it() -> None:
    with pytest.raises(ConfigurationError) as refused:
        Client(api_key="k", panel_token="abc\ndef-secret")
    assert "def-secret" not in str(refused.value)


def test_the_low_level_client_chooses_the_credentials_by_the_spec() -> None:
    both = Client(api_key="k", panel_token="t")
    assert both.credentials_for("get_lbs_request") == ("PanelBearer",)
    assert both.credentials_for("get_balance") == ("ApiKeyAuth",)
    assert both.credentials_for("register_panel_user") == ()
    key_only = Client(api_key="k")
    assert key_only.credentials_for("get_lbs_request") == ("ApiKeyAuth",)
    with pytest.raises(MissingPanelTokenError):
        key_only.credentials_for("logout")
    token_only = Client(panel_token="t")
    assert token_only.credentials_for("logout") == ("PanelBearer",)
    with pytest.raises(MissingAPIKeyError):
        token_only.credentials_for("get_balance")
    assert both.with_options(panel_token=None).credentials_for("pay_order") == ("ApiKeyAuth",)


# --- Found by an outside attack ------------------------------------------------------------------------


def test_a_key_given_in_headers_in_any_case_stays_home_when_the_token_goes() -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "data": []}))
    client = service.client(iranpayamak_api, headers={"api-key": API_KEY})
    get_lbs_request_list.sync(client=client)
    sent = service.requests[0].headers
    assert sent["authorization"].startswith("Bearer ") and "api-key" not in sent


def test_a_wrong_key_gets_no_panel_token_hint() -> None:
    # The service named the key itself as the problem: pointing at a panel token would mislead.
    service = FakeService(httpx.Response(401, json={"message": "Api-Key not valid"}))
    client = service.ergonomic(IranPayamak, panel_token=None)
    with pytest.raises(AuthenticationError) as refused:
        client.account.lines()
    assert refused.value.hint is None and "panel" not in str(refused.value)


def test_a_client_with_only_a_panel_token_calls_the_operations_that_take_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IRANPAYAMAK_API_KEY", raising=False)
    mock = MockService()
    token = mock.client().panel.login(*PANEL_USER).token
    client = IranPayamak(panel_token=token, base_url=mock.url, http_client=httpx.Client(transport=mock.transport()))
    assert isinstance(client.lbs.list(), list)
    with pytest.raises(MissingAPIKeyError):
        client.account.balance()
    with pytest.raises(MissingAPIKeyError):
        IranPayamak(base_url=mock.url)


def test_redirects_to_another_host_never_carry_the_key() -> None:
    seen: list[httpx.Request] = []

    def redirecting(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.test":
            return httpx.Response(302, headers={"location": "https://evil.example/steal"})
        return httpx.Response(200, json={"status": "success", "data": {"balanceAmount": 1, "balanceCount": 1}})

    # Your own client follows redirects; each request of ours says not to.
    http = httpx.Client(transport=httpx.MockTransport(redirecting), follow_redirects=True)
    client = IranPayamak(api_key=API_KEY, base_url="https://api.test", http_client=http, max_retries=0)
    with pytest.raises(IranPayamakError):
        client.account.balance()
    assert [request.url.host for request in seen] == ["api.test"]
    with pytest.raises(ConfigurationError, match="follow_redirects"):
        Client(api_key=API_KEY, http_client=http, follow_redirects=True)
