"""The mock's validators, built with the spec's references copied in, judge exactly as the spec's own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from iranpayamak._spec_schemas import fast_validator, load_spec, resolve, validator

SPEC = load_spec()

# One value of every JSON type, and texts that match or miss the spec's usual patterns and formats.
VALUES: list[Any] = [None, True, 0, -1, 2.5, 10**20, "", "x", "09121234567", "2026-12-01", "https://a.ir", [], [1], {}]


def _schemas() -> Iterator[Any]:
    """Every schema the mock validates with (request bodies and parameters), and every component schema."""
    for name, schema in SPEC["components"]["schemas"].items():
        yield pytest.param(schema, schema.get("example"), id=f"components/{name}")
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            for reference in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = resolve(SPEC, reference)
                yield pytest.param(parameter["schema"], None, id=f"{operation['operationId']} {parameter['name']}")
            for content in operation.get("requestBody", {}).get("content", {}).values():
                yield pytest.param(content["schema"], content.get("example"), id=f"{operation['operationId']} body")


def _instances(example: Any) -> Iterator[Any]:
    yield from VALUES
    if isinstance(example, dict):
        yield example
        for name in example:
            yield {key: value for key, value in example.items() if key != name}
            for value in VALUES:
                yield {**example, name: value}


def _verdicts(checker: Draft202012Validator, instance: Any) -> list[tuple[str, str, str]]:
    return sorted((repr(list(e.absolute_path)), str(e.validator), e.message) for e in checker.iter_errors(instance))


@pytest.mark.parametrize(("schema", "example"), list(_schemas()))
def test_every_request_gets_the_same_errors_from_both_validators(schema: Mapping[str, Any], example: Any) -> None:
    spec_own, fast = validator(SPEC, schema), fast_validator(SPEC, schema)
    for instance in _instances(example):
        assert _verdicts(fast, instance) == _verdicts(spec_own, instance), instance


def test_keywords_beside_a_reference_still_apply() -> None:
    spec = {"components": {"schemas": {"Text": {"type": "string"}}}}
    fast = fast_validator(spec, {"$ref": "#/components/schemas/Text", "minLength": 3})
    assert [error.message for error in fast.iter_errors("ab")] == ["'ab' is too short"]
    assert [error.message for error in fast.iter_errors(5)] == ["5 is not of type 'string'"]


def test_a_schema_that_refers_to_itself_is_still_checked() -> None:
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}},
    }
    spec = {"components": {"schemas": {"Tree": tree}}}
    fast = fast_validator(spec, {"$ref": "#/components/schemas/Tree"})
    assert fast.is_valid({"children": [{"children": []}]})
    assert [list(error.absolute_path) for error in fast.iter_errors({"children": [{"children": 1}]})] == [
        ["children", 0, "children"]
    ]
