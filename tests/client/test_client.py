"""Constructing the clients: environment defaults, settings, sharing, and the plain-named results."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, Balance, IranPayamak
from iranpayamak.errors import InvalidArgumentError, ResponseParseError
from tests.fakes import API_KEY, FakeService, envelope
from tests.generated.bodies import BALANCE


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IRANPAYAMAK_API_KEY", "env-key")
    monkeypatch.setenv("IRANPAYAMAK_BASE_URL", "http://127.0.0.1:4010")
    monkeypatch.setenv("IRANPAYAMAK_LINE_NUMBER", "3000505")
    client = IranPayamak()
    assert client.api.api_key == "env-key"
    assert client.api.base_url == "http://127.0.0.1:4010"
    assert client.line_number == "3000505"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IRANPAYAMAK_LINE_NUMBER", "3000505")
    client = IranPayamak(api_key="k", line_number="۹۰۰۰۸۳۶۱")
    assert client.line_number == "90008361"


def test_default_line_and_number_format_fill_every_send() -> None:
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak, line_number="3000505", number_format="persian")
    client.sms.send_sample("hi")
    client.sms.send_sample("hi", line_number="90008361", number_format="english")
    first, second = service.json_bodies()
    assert (first["line_number"], first["number_format"]) == ("3000505", "persian")
    assert (second["line_number"], second["number_format"]) == ("90008361", "english")


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"line_number": "PRO"}, "line_number"),
        ({"number_format": "fa"}, "number_format"),
        ({"chunk_size": 0}, "chunk_size"),
        ({"max_retries": -1}, "max_retries"),
        ({"base_url": "api.iranpayamak.com"}, "base_url"),
    ],
)
def test_invalid_settings_are_refused(settings: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        IranPayamak(api_key="k", **settings)
    assert caught.value.field == field


def test_repr_hides_the_key() -> None:
    client = IranPayamak(api_key=API_KEY)
    assert API_KEY not in repr(client)
    assert repr(client) == "IranPayamak(base_url='https://api.iranpayamak.com', line_number='90008361')"


def test_with_options_shares_the_pool_and_changes_only_per_call_settings() -> None:
    client = IranPayamak(api_key="k")
    patient = client.with_options(max_retries=5, retry_non_idempotent=True)
    assert patient.api.max_retries == 5 and patient.api.retry_non_idempotent
    assert client.api.max_retries == 2
    assert patient.api.get_httpx_client() is client.api.get_httpx_client()
    with pytest.raises(TypeError, match="base_url"):
        client.with_options(base_url="http://localhost")
    client.close()


def test_balance_in_plain_names_with_both_spellings() -> None:
    snake = {"status": "success", "message": None, "data": {"balance_amount": 7000, "balance_count": 35}}
    service = FakeService(httpx.Response(200, json=BALANCE), httpx.Response(200, json=snake))
    client = service.ergonomic(IranPayamak)
    balance = client.account.balance()
    assert isinstance(balance, Balance)
    assert (balance.amount, balance.count) == (5000, 25)
    assert repr(balance).startswith("Balance(amount=5000, count=25, details=[")
    assert (client.account.balance().amount, client.account.balance().count) == (7000, 35)


def test_a_balance_without_amounts_is_a_parse_error() -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "message": None, "data": {}}))
    with pytest.raises(ResponseParseError, match="balanceAmount"):
        service.ergonomic(IranPayamak).account.balance()


@pytest.mark.parametrize(
    "data",
    [
        [{"line_number": "90008361"}, {"number": "3000505"}],
        {"items": [{"line_number": "90008361"}, {"number": "3000505"}]},
    ],
    ids=["list", "wrapped in items"],
)
def test_lines_are_one_list_whatever_the_shape(data: Any) -> None:
    service = FakeService(envelope(data))
    lines = service.ergonomic(IranPayamak).account.lines(is_dedicated=True)
    assert [line.line_number or line.number for line in lines] == ["90008361", "3000505"]
    assert service.requests[0].url.params["is_dedicated"] == "1"


def test_one_client_is_safe_to_share_between_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda n: client.sms.send_pattern("P", f"0912{n:07d}", {}), range(64)))
    assert ids == [1] * 64
    assert len(service.requests) == 64


@pytest.mark.anyio
async def test_async_client_as_a_context_manager() -> None:
    service = FakeService(httpx.Response(200, json=BALANCE))
    async with service.ergonomic(AsyncIranPayamak) as client:
        assert (await client.account.balance()).amount == 5000


NAMESPACES = {
    "sms",
    "voice",
    "lbs",
    "patterns",
    "reports",
    "phonebook",
    "account",
    "tickets",
    "reference",
    "panel",
    "otp",
}


@pytest.mark.parametrize("cls", [IranPayamak, AsyncIranPayamak])
def test_every_namespace_is_the_type_its_annotation_says(cls: type[IranPayamak] | type[AsyncIranPayamak]) -> None:
    # The namespaces are cached properties that import their class on first use; nothing but this test ties
    # them to what type checkers see (the annotations name classes imported for type checking only, hence the
    # comparison by name).
    properties = {name: value for name, value in vars(cls).items() if isinstance(value, functools.cached_property)}
    assert set(properties) == NAMESPACES
    client = cls(api_key=API_KEY, base_url="http://127.0.0.1:9")
    for name, prop in sorted(properties.items()):
        namespace = getattr(client, name)
        assert type(namespace).__name__ == prop.func.__annotations__["return"], name
        assert getattr(client, name) is namespace  # created once
        assert prop.__doc__, name
    assert set(dir(client)) >= NAMESPACES
    with pytest.raises(AttributeError, match="no attribute 'smss'"):
        client.smss  # type: ignore[union-attr]  # noqa: B018
