"""Every send method takes ``idempotency_key=``: the generated one-request sends as much as the wrapped ones.

Which operations send is said once, in the spec (``x-iranpayamak-sends``); these tests read it from there,
so a send added to the spec without the key fails here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import (
    IdempotencyConflictError,
    IdempotencyUncertainError,
    InvalidArgumentError,
    ServerError,
)
from iranpayamak.testing import MockService

from .conftest import Both, sent

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).parents[2] / "spec" / "iranpayamak.openapi.yaml"
MOBILE = "09121234567"
CSV = b"mobile\n09121234567\n09351234567\n"


def _sends() -> dict[str, str]:
    """operationId -> ``namespace.method`` (public name) of every operation the spec marks as a send."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: operation["x-iranpayamak-method"].replace("._", ".")
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("x-iranpayamak-sends") is True
    }


SENDS = _sends()

# One valid call per generated send, and the argument that makes it another send: ``text`` or its like.
Call = Callable[[Any, str, str], Any]
CALLS: dict[str, Call] = {
    "send_variables": lambda c, text, key: c.sms.send_variables(
        text + " {name}", [{"mobile": MOBILE, "name": "Sara"}], idempotency_key=key
    ),
    "send_variables_file": lambda c, text, key: c.sms.send_variables_file(
        text + " {name}", b"mobile,name\n09121234567,Sara\n", idempotency_key=key
    ),
    "send_peer_to_peer": lambda c, text, key: c.sms.send_peer_to_peer(
        [{"text": text, "recipients": [MOBILE]}], idempotency_key=key
    ),
    "send_peer_to_peer_file": lambda c, text, key: c.sms.send_peer_to_peer_file(
        f"mobile,text\n09121234567,{text}\n".encode(), idempotency_key=key
    ),
    "send_to_number_bank": lambda c, text, key: c.sms.send_to_number_bank(
        text, recipients=[{"bank_id": 5, "offset": 0, "limit": 3}], idempotency_key=key
    ),
    "send_sample": lambda c, text, key: c.sms.send_sample(text, idempotency_key=key),
    "send_simple_file": lambda c, text, key: c.sms.send_simple_file(text, CSV, idempotency_key=key),
    "send_voice": lambda c, text, key: c.voice.send(
        {"first": 1, "second": 2}[text.split()[-1]], recipients=[MOBILE], idempotency_key=key
    ),
    "create_lbs_request": lambda c, text, key: c.lbs.create(
        text, 1795000000, 1795003600, 35.7575, 51.41, 1000, idempotency_key=key
    ),
}
GENERATED = sorted(set(SENDS) - {"send_pattern", "send_simple"})  # those two are wrapped by hand


def test_the_calls_here_cover_every_generated_send() -> None:
    assert sorted(CALLS) == GENERATED


@pytest.mark.parametrize("client_class", [IranPayamak, AsyncIranPayamak])
@pytest.mark.parametrize("operation_id", sorted(SENDS))
def test_every_send_of_the_spec_takes_a_key(client_class: Any, operation_id: str) -> None:
    namespace, name = SENDS[operation_id].split(".")
    client = MockService().client() if client_class is IranPayamak else MockService().async_client()
    parameter = inspect.signature(getattr(getattr(client, namespace), name)).parameters.get("idempotency_key")
    assert parameter is not None, f"{namespace}.{name} takes no idempotency_key"
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is None


@pytest.mark.parametrize("client_class", [IranPayamak, AsyncIranPayamak])
def test_every_public_send_method_is_marked_as_a_send_in_the_spec(client_class: Any) -> None:
    # The other direction: a method that sends, and is named so, cannot escape the marking.
    client = MockService().client() if client_class is IranPayamak else MockService().async_client()
    public = {
        f"{namespace}.{name}"
        for namespace in ("sms", "voice")
        for name in dir(getattr(client, namespace))
        if name.startswith("send") and callable(getattr(getattr(client, namespace), name))
    }
    wrapped = {"sms.send_simple_bulk", "sms.send_pattern_many"}  # bulk forms of marked sends
    assert public - wrapped <= set(SENDS.values())
    for method in sorted(public):
        namespace, name = method.split(".")
        assert "idempotency_key" in inspect.signature(getattr(getattr(client, namespace), name)).parameters


def _prepared(mock: MockService) -> None:
    # The voice sends need uploaded files 1 and 2: their ids are what the calls above send.
    mock.state.voice_files.update({1: b"RIFF first", 2: b"RIFF second"})


@pytest.mark.parametrize("operation_id", GENERATED)
async def test_a_repeated_send_is_sent_once_and_returns_the_first_result(
    mock: MockService, kind: Any, operation_id: str
) -> None:
    _prepared(mock)
    both = Both(mock, kind)
    call = CALLS[operation_id]
    first = await both.call(call(both.client, "hello first", "order:1"))
    again = await both.call(call(both.client, "hello first", "order:1"))
    assert again == first
    assert sent(mock, operation_id) == 1
    with pytest.raises(IdempotencyConflictError, match="other arguments"):
        await both.call(call(both.client, "hello second", "order:1"))
    assert sent(mock, operation_id) == 1
    other = await both.call(call(both.client, "hello first", "order:2"))  # another key: another send
    assert sent(mock, operation_id) == 2 and other is not None


@pytest.mark.parametrize("operation_id", GENERATED)
async def test_a_send_that_may_have_gone_out_is_not_sent_again(mock: Any, kind: Any, operation_id: str) -> None:
    _prepared(mock)
    both = Both(mock, kind, max_retries=0)
    mock.faults.add(operation=operation_id, status=503, times=1)
    with pytest.raises(ServerError):
        await both.call(CALLS[operation_id](both.client, "hello first", "k"))
    with pytest.raises(IdempotencyUncertainError):
        await both.call(CALLS[operation_id](both.client, "hello first", "k"))
    assert sent(mock, operation_id) == 1


@pytest.mark.parametrize("operation_id", GENERATED)
async def test_unkeyed_sends_are_sent_each_time(mock: Any, kind: Any, operation_id: str) -> None:
    _prepared(mock)
    both = Both(mock, kind)
    for _ in range(2):
        await both.call(CALLS[operation_id](both.client, "hello first", None))  # type: ignore[arg-type]
    assert sent(mock, operation_id) == 2


@pytest.mark.parametrize("operation_id", GENERATED)
async def test_a_bad_key_is_refused_before_any_request(mock: Any, kind: Any, operation_id: str) -> None:
    _prepared(mock)
    both = Both(mock, kind)
    for bad in ("", "x" * 201, 7):
        with pytest.raises(InvalidArgumentError, match="idempotency_key"):
            await both.call(CALLS[operation_id](both.client, "hello first", bad))  # type: ignore[arg-type]
    assert mock.requests == []


async def test_a_file_sent_again_with_the_same_content_is_the_same_send(mock: Any, kind: Any, tmp_path: Path) -> None:
    # A retry reads its file afresh: a path, bytes or an open file of the same content is one send.
    sheet = tmp_path / "recipients.csv"
    sheet.write_bytes(CSV)
    both = Both(mock, kind)
    first = await both.call(both.client.sms.send_simple_file("hi there", sheet, idempotency_key="f"))
    with sheet.open("rb") as handle:
        again = await both.call(both.client.sms.send_simple_file("hi there", handle, idempotency_key="f"))
    assert again == first and sent(mock, "send_simple_file") == 1
    with pytest.raises(IdempotencyConflictError):  # another file under the same key
        await both.call(both.client.sms.send_simple_file("hi there", CSV + b"09901234567\n", idempotency_key="f"))


async def test_a_raw_response_refuses_a_key(mock: Any, kind: Any) -> None:
    both = Both(mock, kind)
    with pytest.raises(InvalidArgumentError, match="idempotency_key"):
        await both.call(both.client.sms.with_raw_response.send_sample("hello", idempotency_key="k"))
    raw = await both.call(both.client.sms.with_raw_response.send_sample("hello"))
    assert raw.status_code == 201 and mock.requests[-1].operation_id == "send_sample"
