"""Every operation of the spec is generated, sends what the spec says, and reads what it answers.

For each of the 63 operations the request example of the spec is turned into the generated body
model, the call goes through a fake transport answering with the spec's success example, and the
test checks the method, path, query and JSON body that were sent and the model that came back.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import typing
from datetime import datetime
from types import ModuleType
from typing import Any

import httpx
import pytest

import iranpayamak_api
from iranpayamak_api.types import UNSET, File
from tests.fakes import FakeService, raw
from tests.spec.schema_check import operations, resolve

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _spec() -> dict[str, Any]:
    import yaml

    from tests.conftest import SPEC_PATH

    with SPEC_PATH.open(encoding="utf-8") as f:
        loaded: dict[str, Any] = yaml.safe_load(f)
    return loaded


SPEC = _spec()
OPERATIONS = operations(SPEC)


def _module(operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"iranpayamak_api.api.{operation['tags'][0]}.{operation['operationId']}")


def _python_name(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _normalized(value: Any) -> Any:
    """JSON data with date-time strings replaced by datetimes, as models may re-spell the offset."""
    if isinstance(value, dict):
        return {key: _normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalized(item) for item in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})", value):
        return datetime.fromisoformat(value)
    return value


def test_there_is_one_module_per_operation() -> None:
    assert len(OPERATIONS) == 63
    for _, _, operation in OPERATIONS:
        module = _module(operation)
        for function in FUNCTIONS:
            assert callable(getattr(module, function)), (operation["operationId"], function)


def test_docstrings_come_from_the_spec() -> None:
    for _, _, operation in OPERATIONS:
        module = _module(operation)
        summary = operation["summary"].rstrip(".")
        assert module.__doc__ is not None and summary in module.__doc__
        assert module.sync.__doc__ is not None and summary in module.sync.__doc__
        assert "Raises:" in module.sync.__doc__


def _success(operation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    code = next(c for c in operation["responses"] if str(c).startswith("2"))
    content = resolve(SPEC, operation["responses"][code])["content"]
    media_type, media = next(iter(content.items()))
    return media_type, {"code": int(code), "example": media["example"]}


def _answer(operation: dict[str, Any]) -> httpx.Response:
    media_type, success = _success(operation)
    if media_type == "application/json":
        return httpx.Response(success["code"], json=success["example"])
    return raw(success["code"], b"binary-bytes", media_type)


def _body(module: ModuleType, operation: dict[str, Any]) -> tuple[Any, dict[str, Any] | None]:
    """The generated body model built from the spec's request example, and that example."""
    media_type, media = next(iter(operation["requestBody"]["content"].items()))
    example = dict(media["example"])
    annotation = inspect.signature(module.sync).parameters["body"].annotation
    candidates = typing.get_args(annotation) or (annotation,)
    if media_type == "multipart/form-data":
        for key, value in example.items():
            if isinstance(value, str) and value.startswith("(binary"):
                example[key] = b"file-bytes"
    for candidate in candidates:
        body = candidate.from_dict(example)
        if media_type != "application/json" or body.to_dict() == media["example"]:
            return body, (media["example"] if media_type == "application/json" else None)
    raise AssertionError(f"no body model of {operation['operationId']} reproduces the example")


def _arguments(module: ModuleType, path: str, operation: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    parameters = [
        resolve(SPEC, p) for p in [*SPEC["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    ]
    positional = [p["example"] for p in parameters if p["in"] == "path"]
    keywords = {_python_name(p["name"]): p["example"] for p in parameters if p["in"] == "query" and p.get("required")}
    signature = inspect.signature(module.sync)
    assert set(keywords) <= set(signature.parameters), (operation["operationId"], keywords)
    return positional, keywords


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [pytest.param(m, p, o, id=o["operationId"]) for m, p, o in OPERATIONS],
)
def test_operation_sends_the_spec_example_and_parses_the_answer(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    module = _module(operation)
    service = FakeService(_answer(operation))
    positional, keywords = _arguments(module, path, operation)
    expected_body = None
    if "requestBody" in operation:
        keywords["body"], expected_body = _body(module, operation)

    result = module.sync(*positional, client=service.client(iranpayamak_api), **keywords)

    request = service.requests[0]
    assert request.method == method
    path_values = dict(zip(re.findall(r"{(\w+)}", path), positional, strict=True))
    assert request.url.path == path.format(**path_values)
    for name, value in keywords.items():
        if name != "body":
            assert request.url.params[next(p for p in request.url.params if _python_name(p) == name)] == str(value)
    if expected_body is not None:
        assert json.loads(request.content) == expected_body
    media_type, success = _success(operation)
    if media_type == "application/json":
        assert _normalized(result.to_dict()) == _normalized(success["example"])
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
