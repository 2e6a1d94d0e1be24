"""Every operation of the spec is a method of both clients, and each one works end to end.

The test walks the spec's operations, finds each one's method (``x-iranpayamak-method``) on
``IranPayamak`` and ``AsyncIranPayamak``, calls it with the spec's own request example through a fake
transport that answers with the spec's success example, and checks what was sent and returned.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import httpx
import pytest

import iranpayamak_api
from generator.resources import Method, describe
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.pagination import AsyncPager, Page, Pager
from iranpayamak.schedule import format_schedule
from tests.fakes import NOW, FakeService, raw
from tests.generated.test_operations import SPEC, _normalized
from tests.spec.schema_check import operations, resolve

METHODS: list[Method] = describe(SPEC, iranpayamak_api)[0]
BY_ID = {(m, p): o for m, p, o in operations(SPEC)}


def _operation(method: Method) -> tuple[str, str, dict[str, Any]]:
    return next((m, p, o) for (m, p), o in BY_ID.items() if o["operationId"] == method.operation_id)


def test_both_clients_have_a_method_for_each_of_the_63_operations() -> None:
    sync, asynchronous = IranPayamak(api_key="k"), AsyncIranPayamak(api_key="k")
    placed = {operation["x-iranpayamak-method"] for operation in BY_ID.values()}
    assert len(placed) == 63
    for place in placed:
        namespace, name = place.split(".")
        assert callable(getattr(getattr(sync, namespace), name)), place
        assert callable(getattr(getattr(asynchronous, namespace), name)), place


def _schedule_value(example: object) -> datetime | None:
    if not example:
        return None
    text = str(example)
    if text.endswith("Z") or "+" in text[10:]:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    return datetime.fromisoformat(text)


def _call_arguments(method: Method, path: str, operation: dict[str, Any]) -> tuple[list[Any], dict[str, Any], Any]:
    """Arguments from the spec's examples, and the JSON body the call should send."""
    parameters = [
        resolve(SPEC, p) for p in [*SPEC["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    ]
    examples = {p["name"]: p["example"] for p in parameters if "example" in p and p.get("required")}
    body_example: dict[str, Any] = {}
    expected: Any = None
    if "requestBody" in operation:
        media_type, media = next(iter(operation["requestBody"]["content"].items()))
        body_example = dict(media["example"])
        expected = dict(body_example) if media_type == "application/json" else None
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in method.arguments:
        if argument.location in ("path", "query"):
            if argument.wire not in examples:
                continue
            value: Any = examples[argument.wire]
        elif argument.location == "one_of":
            value = body_example
        elif argument.wire in body_example:
            value = body_example[argument.wire]
            if argument.kind == "upload":
                value = b"file-bytes"
            elif argument.kind in ("schedule", "form_schedule"):
                value = _schedule_value(value)
                if expected is not None:
                    expected[argument.wire] = None if value is None else format_schedule(value, now=NOW)
            elif argument.kind == "flag":
                value = bool(value)
            elif value is None and not argument.required and expected is not None:
                del expected[argument.wire]  # an optional None is left out rather than sent as null
        else:
            if argument.kind == "schedule" and expected is not None:
                # Sends always say when: null means now, as real clients send it.
                expected[argument.wire] = None
            continue
        if argument.positional:
            positional.append(value)
        else:
            keywords[argument.name] = value
    return positional, keywords, expected


def _answer(operation: dict[str, Any]) -> tuple[httpx.Response, Any]:
    code = next(c for c in operation["responses"] if str(c).startswith("2"))
    media_type, media = next(iter(resolve(SPEC, operation["responses"][code])["content"].items()))
    if media_type != "application/json":
        return raw(int(code), b"binary-bytes", media_type), b"binary-bytes"
    return httpx.Response(int(code), json=media["example"]), media["example"].get("data")


def _plain(value: Any) -> Any:
    if isinstance(value, Page):
        return [_plain(item) for item in value.items]
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _expected_result(method: Method, data: Any) -> Any:
    if method.result in ("pager", "page"):
        return data["items"]
    if method.namespace == "account" and method.name == "lines" and isinstance(data, dict):
        return data["items"]
    if (method.namespace, method.name) in {("sms", "send_simple"), ("phonebook", "upsert_contacts")}:
        return [data]  # one answer per chunk
    return data


def _check(
    method: Method, verb: str, path: str, service: FakeService, expected_body: Any, result: Any, data: Any
) -> None:
    request = service.requests[0]
    assert request.method == verb
    assert re.fullmatch(re.sub(r"{\w+}", "[^/]+", path), request.url.path)
    if expected_body is not None:
        assert json.loads(request.content) == expected_body
    assert _normalized(_plain(result)) == _normalized(_expected_result(method, data))


@pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
def test_sync_method_sends_the_example_and_returns_the_payload(method: Method) -> None:
    verb, path, operation = _operation(method)
    answer, data = _answer(operation)
    service = FakeService(answer)
    client = service.ergonomic(IranPayamak)
    positional, keywords, expected_body = _call_arguments(method, path, operation)
    result = getattr(getattr(client, method.namespace), method.name)(*positional, **keywords)
    if isinstance(result, Pager):
        result = result.page()
    _check(method, verb, path, service, expected_body, result, data)


@pytest.mark.anyio
@pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
async def test_async_method_sends_the_example_and_returns_the_payload(method: Method) -> None:
    verb, path, operation = _operation(method)
    answer, data = _answer(operation)
    service = FakeService(answer)
    client = service.ergonomic(AsyncIranPayamak)
    positional, keywords, expected_body = _call_arguments(method, path, operation)
    result = getattr(getattr(client, method.namespace), method.name)(*positional, **keywords)
    result = await (result.page() if isinstance(result, AsyncPager) else result)
    _check(method, verb, path, service, expected_body, result, data)
