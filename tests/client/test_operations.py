"""Every operation of the spec is a method of both clients, and each one works end to end.

The test walks the spec's operations, finds each one's method (``x-iranpayamak-method``) on
``IranPayamak`` and ``AsyncIranPayamak``, calls it with the spec's own request example through a fake
transport that answers with the spec's success example, and checks what was sent and returned.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from generator.resources import Method
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.pagination import AsyncPager, Pager
from tests.fakes import FakeService
from tests.spec_examples import (
    METHODS,
    OPERATIONS,
    answer,
    ergonomic_call,
    expected_result,
    normalized,
    operation_of,
    plain,
    success,
)


def test_both_clients_have_a_method_for_each_of_the_63_operations() -> None:
    sync, asynchronous = IranPayamak(api_key="k"), AsyncIranPayamak(api_key="k")
    placed = {operation["x-iranpayamak-method"] for _, _, operation in OPERATIONS}
    assert len(placed) == 63
    for place in placed:
        namespace, name = place.split(".")
        name = name.lstrip("_")  # a private operation is wrapped by the public method of that name
        assert callable(getattr(getattr(sync, namespace), name)), place
        assert callable(getattr(getattr(asynchronous, namespace), name)), place


def _check(method: Method, service: FakeService, expected_body: Any, result: Any) -> None:
    verb, path, operation = operation_of(method)
    request = service.requests[0]
    assert request.method == verb
    assert re.fullmatch(re.sub(r"{\w+}", "[^/]+", path), request.url.path)
    if expected_body is not None:
        assert json.loads(request.content) == expected_body
    _, media_type, example = success(operation)
    data = example.get("data") if media_type == "application/json" else b"binary-bytes"
    assert normalized(plain(result)) == normalized(expected_result(method, data))


@pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
def test_sync_method_sends_the_example_and_returns_the_payload(method: Method) -> None:
    service = FakeService(answer(operation_of(method)[2]))
    client = service.ergonomic(IranPayamak)
    positional, keywords, expected_body = ergonomic_call(method)
    result = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
    if isinstance(result, Pager):
        result = result.page()
    _check(method, service, expected_body, result)


@pytest.mark.anyio
@pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
async def test_async_method_sends_the_example_and_returns_the_payload(method: Method) -> None:
    service = FakeService(answer(operation_of(method)[2]))
    client = service.ergonomic(AsyncIranPayamak)
    positional, keywords, expected_body = ergonomic_call(method)
    result = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
    result = await (result.page() if isinstance(result, AsyncPager) else result)
    _check(method, service, expected_body, result)
