"""Errors built from an answer that quotes the client's secrets show them masked, and only them.

A service (or a proxy in front of it) may echo what it was sent: "invalid key: sk-...". The errors a
client raises go into logs and error trackers, so every quote of its API key, its base URL's password
and the Basic credentials made from them is replaced by ``****``; everything else an error carries
stays as the service sent it.
"""

from __future__ import annotations

import base64
import json
import traceback
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iranpayamak_api
from iranpayamak_api import errors
from iranpayamak_api.api.account import get_balance
from iranpayamak_api.api.sms import send_pattern
from tests import search
from tests.fakes import FakeService, raw
from tests.generated.bodies import pattern_body

KEY = "sk-live-93c1f0e7a2"
PASSWORD = "gw-Secret-771"
BASIC = base64.b64encode(f"gateway:{PASSWORD}".encode()).decode()
SECRETS = (KEY, PASSWORD, BASIC)


def _client(*answers: httpx.Response) -> iranpayamak_api.Client:
    service = FakeService(*answers)
    client: iranpayamak_api.Client = service.client(
        iranpayamak_api, api_key=KEY, base_url=f"https://gateway:{PASSWORD}@api.test", max_retries=0
    )
    return client


def _shown(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error) + repr(getattr(error, "body", None))


def test_a_key_quoted_in_an_error_message_is_masked_in_every_place_the_error_shows_it() -> None:
    body = {"status": "error", "message": f"Api-Key not valid: {KEY}", "data": {"sent": [KEY, 3]}}
    client = _client(httpx.Response(401, json=body, headers={"X-Echo": f"Basic {BASIC}"}))
    with pytest.raises(errors.AuthenticationError) as caught:
        get_balance.sync(client=client)
    error = caught.value
    assert str(error) == "HTTP 401: Api-Key not valid: ****"
    assert error.message == "Api-Key not valid: ****"
    assert error.body == {"status": "error", "message": "Api-Key not valid: ****", "data": {"sent": ["****", 3]}}
    assert error.headers["x-echo"] == "Basic ****"
    assert not any(secret in _shown(error) for secret in SECRETS)


def test_field_errors_that_quote_the_password_are_masked_and_still_name_their_fields() -> None:
    body = {"status": "error", "messages": {"line_number": [f"bad line for gateway:{PASSWORD}"], "text": "required"}}
    client = _client(httpx.Response(422, json=body))
    with pytest.raises(errors.ValidationError) as caught:
        get_balance.sync(client=client)
    assert caught.value.field_errors == {"line_number": ["bad line for gateway:****"], "text": ["required"]}


def test_an_unreadable_success_body_that_quotes_the_key_is_masked_and_drops_its_chained_error() -> None:
    client = _client(raw(200, f'{{"status": "success", "data": "{KEY}'))
    with pytest.raises(errors.ResponseParseError) as caught:
        get_balance.sync(client=client)
    error = caught.value
    assert KEY not in error.body and "****" in error.body
    assert error.__cause__ is None and error.__suppress_context__
    assert not any(secret in _shown(error) for secret in SECRETS)


def test_an_error_that_quotes_no_secret_is_left_exactly_as_it_was() -> None:
    # Nothing is lost for the usual errors: the cause (which line of the body failed) stays chained.
    client = _client(raw(200, '{"status": "success", "data": {"balanceAmount": "lots"'))
    with pytest.raises(errors.ResponseParseError) as caught:
        get_balance.sync(client=client)
    assert caught.value.__cause__ is not None


@pytest.mark.anyio
async def test_the_async_operations_mask_the_same_way() -> None:
    body = {"status": "error", "message": f"bad key {KEY}"}
    client = _client(httpx.Response(200, json=body))
    with pytest.raises(errors.APIError) as caught:
        await send_pattern.asyncio(client=client, body=pattern_body())
    assert caught.value.message == "bad key ****"


# Decoded JSON: what an error's body can be. No "*", so that no two keys can become one once masked.
_text = st.text(st.characters(blacklist_characters="*"), max_size=12)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_text, children, max_size=4),
    max_leaves=25,
)


def _with_secret(value: Any, rng: Any) -> Any:
    """``value`` with the key spliced into some of its texts, keys included."""
    if isinstance(value, str):
        cut = rng.randint(0, len(value))
        return value[:cut] + KEY + value[cut:] if rng.random() < 0.5 else value
    if isinstance(value, list):
        return [_with_secret(item, rng) for item in value]
    if isinstance(value, dict):
        return {_with_secret(key, rng): _with_secret(item, rng) for key, item in value.items()}
    return value


@settings(max_examples=search.examples(quick=200, slow=2000), deadline=None)
@given(body=_json, choices=st.randoms(use_true_random=False))
def test_a_masked_body_quotes_no_secret_and_keeps_what_quoted_none(body: Any, choices: Any) -> None:
    echoed = _with_secret(body, choices)
    error = errors.APIError("failed", status_code=400, body=echoed, headers={})
    masked = errors.withhold_secrets(error, SECRETS).body
    assert KEY not in json.dumps(masked, ensure_ascii=False)
    if KEY not in json.dumps(echoed, ensure_ascii=False):
        assert masked is echoed  # untouched, not even copied
    else:
        # The same shape with each quote replaced: masking the original text gives the same JSON.
        assert json.dumps(masked, ensure_ascii=False) == json.dumps(echoed, ensure_ascii=False).replace(KEY, "****")


def test_a_body_nested_deeper_than_masking_rebuilds_is_cut_where_it_quotes_a_secret() -> None:
    deep: Any = KEY
    for _ in range(200):
        deep = [deep]
    error = errors.withhold_secrets(
        errors.APIError("x", status_code=400, body={"a": deep, "b": 1}, headers={}), SECRETS
    )
    assert KEY not in repr(error.body)[:10_000] and error.body["b"] == 1


def test_a_secret_that_contains_another_is_masked_whole() -> None:
    error = errors.APIError("bad key pw-1-and-more", status_code=401, body=None, headers={})
    assert errors.withhold_secrets(error, ["pw-1", "pw-1-and-more"]).message == "bad key ****"


def test_a_key_in_a_header_name_is_masked_whatever_its_case() -> None:
    answer = httpx.Response(401, headers=[(f"X-Echo-{KEY.upper()}", "1")], json={"status": "error"})
    client = _client(answer)
    with pytest.raises(errors.AuthenticationError) as caught:
        get_balance.sync(client=client)
    names = [name.decode() for name, _ in caught.value.headers.raw]
    assert "X-Echo-****" in names
    assert caught.value.__traceback__ is None or not any(KEY.upper() in text for text in _shown(caught.value))


def test_a_key_spelled_in_json_escapes_is_found_and_masked() -> None:
    escaped = "".join(f"\\u{ord(character):04x}" for character in KEY)
    client = _client(raw(200, '{"status": "success", "data": {"balanceAmount": "x", "echo": "' + escaped + '"}}'))
    with pytest.raises(errors.ResponseParseError) as caught:
        get_balance.sync(client=client)
    error = caught.value
    assert escaped not in error.body and KEY not in error.body and '"echo": "****"' in error.body
    assert error.__cause__ is None and not any(secret in _shown(error) for secret in SECRETS)
