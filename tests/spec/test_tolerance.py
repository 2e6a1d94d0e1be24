"""The tolerance rule of the spec's ``info``: an answer no documentation page shows is described
permissively, and the client reads every shape the rule allows.

An answer is inferred when its operation is (``x-iranpayamak-source: inferred``) or its success body is
(``x-iranpayamak-response-source: inferred``). Both halves are checked for every such operation, so a
new operation, or an edit that makes an inferred answer strict again, fails here:

- the spec: no object below ``data`` requires a field, except the ``items`` of an object wrapping a
  list, and a list is accepted both as an array and wrapped in ``items``;
- the client: the operation's example with every record emptied, and with every whole number written
  as text, comes back from the ergonomic method without an error.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from generator.resources import Method
from iranpayamak import IranPayamak
from tests.fakes import FakeService
from tests.spec.schema_check import resolve
from tests.spec_examples import METHODS, OPERATIONS, SPEC, ergonomic_call, operation_of, success


def _inferred(operation: dict[str, Any]) -> bool:
    return "inferred" in (operation.get("x-iranpayamak-source"), operation.get("x-iranpayamak-response-source"))


def _json_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    code = next(code for code in operation["responses"] if str(code).startswith("2"))
    media = resolve(SPEC, operation["responses"][code]).get("content", {}).get("application/json")
    return None if media is None else media["schema"]


INFERRED = [
    method
    for method in METHODS
    if _inferred(operation_of(method)[2]) and _json_schema(operation_of(method)[2]) is not None
]


def _ids(method: Method) -> str:
    return method.operation_id


def _parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """``schema`` resolved, with the parts it is made of (allOf, anyOf, oneOf), recursively."""
    resolved = resolve(SPEC, schema)
    parts = [resolved]
    for key in ("allOf", "anyOf", "oneOf"):
        for part in resolved.get(key, []):
            parts += _parts(part)
    return parts


def _data(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of the ``data`` of an answer, or None for an answer without one."""
    for part in _parts(schema):
        if "data" in part.get("properties", {}):
            return dict(part["properties"]["data"])
    return None


def _required_below(schema: dict[str, Any], where: str, seen: frozenset[str]) -> list[str]:
    """Every required field of every object ``schema`` reaches (a wrapper's ``items`` excepted)."""
    name = schema.get("$ref")
    if name is not None:
        if name in seen:
            return []
        seen = seen | {name}
    found: list[str] = []
    for part in _parts(schema):
        invented = [field for field in part.get("required", []) if field != "items"]
        found += [f"{where}.{field}" for field in invented]
        for prop, sub in part.get("properties", {}).items():
            found += _required_below(sub, f"{where}.{prop}", seen)
        if isinstance(part.get("items"), dict):
            found += _required_below(part["items"], f"{where}[]", seen)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in part.get(key, []):
                if "$ref" in sub:  # resolved parts were walked above; a reference may lead further
                    found += _required_below(sub, where, seen)
    return found


@pytest.mark.parametrize("method", INFERRED, ids=_ids)
def test_an_inferred_answer_requires_no_field_below_data(method: Method) -> None:
    schema = _json_schema(operation_of(method)[2])
    assert schema is not None
    data = _data(schema)
    assert data is None or _required_below(data, "data", frozenset()) == []


@pytest.mark.parametrize("method", INFERRED, ids=_ids)
def test_an_inferred_list_is_taken_as_an_array_and_wrapped_in_items(method: Method) -> None:
    schema = _json_schema(operation_of(method)[2])
    assert schema is not None
    data = _data(schema) or {}
    branches = [resolve(SPEC, branch) for branch in resolve(SPEC, data).get("anyOf", [data])]
    kinds = {"array" for branch in branches if branch.get("type") == "array"}
    kinds |= {"wrapped" for branch in branches for part in _parts(branch) if "items" in part.get("properties", {})}
    assert kinds in (set(), {"array", "wrapped"})


def _emptied(value: Any) -> Any:
    """``value`` with every record emptied: objects keep only the ``items`` they wrap."""
    if isinstance(value, dict):
        return {key: _emptied(item) for key, item in value.items() if key == "items"}
    if isinstance(value, list):
        return [_emptied(item) for item in value]
    return value


def _as_text(value: Any) -> Any:
    """``value`` with every whole number written as text, as PHP may write it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value


def _read(method: Method, body: Any, status: int) -> None:
    service = FakeService(httpx.Response(status, json=body))
    client = service.ergonomic(IranPayamak, max_retries=0)
    positional, keywords, _ = ergonomic_call(method)
    returned = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
    assert not inspect.isawaitable(returned)
    if hasattr(returned, "page") and callable(returned.page):
        returned.page()


@pytest.mark.parametrize("method", INFERRED, ids=_ids)
def test_an_inferred_answer_with_its_records_emptied_is_read(method: Method) -> None:
    status, _, example = success(operation_of(method)[2])
    if isinstance(example, dict) and "data" in example:
        _read(method, {**example, "data": _emptied(example["data"])}, status)
    else:
        _read(method, _emptied(example), status)


@pytest.mark.parametrize("method", INFERRED, ids=_ids)
def test_an_inferred_answer_with_its_numbers_written_as_text_is_read(method: Method) -> None:
    status, _, example = success(operation_of(method)[2])
    if isinstance(example, dict) and "data" in example:
        _read(method, {**example, "data": _as_text(example["data"])}, status)


def test_inferred_answers_are_found() -> None:
    assert len(INFERRED) >= 20


def _responses() -> list[tuple[str, dict[str, Any]]]:
    """Every response object of the spec: the shared ones and each operation's own (not references)."""
    found = [(f"components.responses.{name}", response) for name, response in SPEC["components"]["responses"].items()]
    for _, _, operation in OPERATIONS:
        found += [
            (f"{operation['operationId']} {code}", response)
            for code, response in operation["responses"].items()
            if "$ref" not in response
        ]
    return found


def test_every_response_says_where_its_shape_comes_from() -> None:
    sources = {where: response.get("x-iranpayamak-source") for where, response in _responses()}
    assert {where: source for where, source in sources.items() if source not in ("documented", "inferred")} == {}


def test_a_success_answer_is_inferred_exactly_when_its_operation_says_so() -> None:
    for _, _, operation in OPERATIONS:
        code = next(code for code in operation["responses"] if str(code).startswith("2"))
        expected = "inferred" if _inferred(operation) else "documented"
        assert operation["responses"][code]["x-iranpayamak-source"] == expected, operation["operationId"]
