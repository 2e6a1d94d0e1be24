"""Every operation of the spec is generated, sends what the spec says, and reads what it answers.

For each of the 63 operations the request example of the spec is turned into the generated body
model, the call goes through a fake transport answering with the spec's success example, and the
test checks the method, path, query and JSON body that were sent and the model that came back.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

import iranpayamak_api
from iranpayamak_api.types import UNSET, File
from tests.fakes import FakeService
from tests.spec_examples import OPERATIONS, answer, low_level_call, low_level_module, normalized, python_name, success

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def test_there_is_one_module_per_operation() -> None:
    assert len(OPERATIONS) == 63
    for _, _, operation in OPERATIONS:
        module = low_level_module(operation)
        for function in FUNCTIONS:
            assert callable(getattr(module, function)), (operation["operationId"], function)


def test_docstrings_come_from_the_spec() -> None:
    for _, _, operation in OPERATIONS:
        module = low_level_module(operation)
        summary = operation["summary"].rstrip(".")
        assert module.__doc__ is not None and summary in module.__doc__
        assert module.sync.__doc__ is not None and summary in module.sync.__doc__
        assert "Raises:" in module.sync.__doc__


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [pytest.param(m, p, o, id=o["operationId"]) for m, p, o in OPERATIONS],
)
def test_operation_sends_the_spec_example_and_parses_the_answer(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    service = FakeService(answer(operation))
    positional, keywords, expected_body = low_level_call(path, operation)

    result = low_level_module(operation).sync(*positional, client=service.client(iranpayamak_api), **keywords)

    request = service.requests[0]
    assert request.method == method
    path_values = dict(zip(re.findall(r"{(\w+)}", path), positional, strict=True))
    assert request.url.path == path.format(**path_values)
    for name, value in keywords.items():
        if name != "body":
            assert request.url.params[next(p for p in request.url.params if python_name(p) == name)] == str(value)
    if expected_body is not None:
        assert json.loads(request.content) == expected_body
    _, media_type, example = success(operation)
    if media_type == "application/json":
        assert normalized(result.to_dict()) == normalized(example)
    else:
        assert isinstance(result, File) and result.payload.read() == b"binary-bytes"


def test_optional_query_parameters_are_left_out_unless_given() -> None:
    from iranpayamak_api.api.reports import list_send_request_items
    from iranpayamak_api.models import DeliveryStatus

    page = {"currentPage": 1, "totalPages": 0, "totalItems": 0, "itemsPerPage": 10, "items": []}
    service = FakeService(httpx.Response(200, json={"status": "success", "data": page, "messages": None}))
    client = service.client(iranpayamak_api)
    list_send_request_items.sync(1, client=client)
    list_send_request_items.sync(1, client=client, status=DeliveryStatus.DELIVERED, search=UNSET, limit=50)
    assert dict(service.requests[0].url.params) == {"page": "1", "limit": "10"}
    assert dict(service.requests[1].url.params) == {"page": "1", "limit": "50", "status": "delivered"}
