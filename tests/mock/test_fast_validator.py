"""The mock's validators, built with the spec's references copied in, judge exactly as the spec's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from iranpayamak._spec_schemas import fast_validator, validator

from .schema_cases import SPEC, instances, schema_params


def _verdicts(checker: Draft202012Validator, instance: Any) -> list[tuple[str, str, str]]:
    return sorted((repr(list(e.absolute_path)), str(e.validator), e.message) for e in checker.iter_errors(instance))


@pytest.mark.parametrize(("schema", "example"), schema_params())
def test_every_request_gets_the_same_errors_from_both_validators(schema: Mapping[str, Any], example: Any) -> None:
    spec_own, fast = validator(SPEC, schema), fast_validator(SPEC, schema)
    for instance in instances(example):
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
