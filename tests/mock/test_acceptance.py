"""The mock's compiled fast path never accepts a request the spec's own validator refuses.

The mock answers a request valid when fastjsonschema's compiled check says so, without asking jsonschema;
if the two ever disagreed that way, the mock would accept what the spec forbids. The search mutates the
spec's examples field by field with values chosen where the two libraries' rules differ (1.0 against 1,
booleans against integers and enums of numbers, e-mail addresses and URIs their format rules judge
differently, deep and empty containers).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iranpayamak._spec_schemas import validator
from iranpayamak.testing._acceptance import Acceptance, acceptance
from iranpayamak.testing._spec import _properties

from .schema_cases import SPEC, instances, schema_params, schemas

CASES = list(schemas())

# Values where JSON Schema drafts, Python equality or the two libraries' format rules could part ways.
# fmt: off
TRICKY: list[Any] = [
    None, True, False, 0, 1, -1, 1.0, 0.0, 2.5, -0.0, 2**63, 10**30, 1e300, "", " ", "0", "1", "true",
    "09121234567", "+989121234567", "۰۹۱۲۱۲۳۴۵۶۷", "a@b", "a@b.c", "a..b@c.ir", ".a@b.ir", "a@b..ir",
    "user@mail.example.com", "@", "x@", "https://a.ir", "http://a", "ftp://x.y/z", "https:/a.ir", "a.ir",
    "https://a b.ir", "//a.ir", "2026-12-01", "2026-12-01T10:00:00Z", "2026-12-01T10:00:00+03:30",
    "2026-12-01 10:00:00", "2026-02-30T10:00:00Z", "2026-12-01T25:00:00Z", "english", "persian", "ENGLISH",
    "\u200c", "x" * 300, [], [None], [1, 1], {}, {"": None}, [[[]]],
]
# fmt: on
_TRICKY = st.sampled_from(TRICKY)


@cache
def _judges(index: int) -> tuple[Acceptance, Draft202012Validator]:
    _, schema, _ = CASES[index]
    return acceptance(SPEC, schema), validator(SPEC, schema)


def _valid(checker: Draft202012Validator, value: Any) -> bool:
    return next(iter(checker.iter_errors(value)), None) is None


@pytest.mark.parametrize(("schema", "example"), schema_params())
def test_the_fast_path_agrees_with_the_spec_on_every_listed_value(schema: Mapping[str, Any], example: Any) -> None:
    accepts, spec_own = acceptance(SPEC, schema), validator(SPEC, schema)
    for instance in instances(example):
        assert accepts(instance) == _valid(spec_own, instance), instance


def _seed(schema: Mapping[str, Any], example: Any) -> Any:
    """The example, or without one an object of the schema's own fields (so their rules, formats above all,
    are tried too)."""
    if example is not None:
        return example
    fields = _properties(SPEC, schema)
    return dict.fromkeys(fields) if fields else None


@pytest.mark.parametrize(("schema", "example"), schema_params())
def test_the_fast_path_agrees_with_the_spec_on_every_tricky_value_of_every_field(
    schema: Mapping[str, Any], example: Any
) -> None:
    accepts, spec_own = acceptance(SPEC, schema), validator(SPEC, schema)
    seed = _seed(schema, example)
    candidates: list[Any] = list(TRICKY)
    if isinstance(seed, dict):
        candidates += [{**seed, name: value} for name in seed for value in TRICKY]
    for candidate in candidates:
        assert accepts(candidate) == _valid(spec_own, candidate), candidate


def test_the_spec_examples_take_the_fast_path() -> None:
    """Every example the spec gives of a request is accepted without jsonschema: the path is really fast."""
    examples = [(name, schema, example) for name, schema, example in CASES if example is not None]
    assert examples
    for name, schema, example in examples:
        if _valid(validator(SPEC, schema), example):
            assert acceptance(SPEC, schema)(example), name


_JSON = st.recursive(
    _TRICKY | st.text(max_size=12) | st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@st.composite
def _mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """``value`` with some of its fields (at any depth) dropped, replaced or added."""
    if depth > 3 or not isinstance(value, dict | list) or draw(st.integers(0, 4)) == 0:
        return draw(_JSON) if draw(st.booleans()) else value
    if isinstance(value, list):
        return [draw(_mutated(item, depth + 1)) for item in value] + draw(st.lists(_JSON, max_size=1))
    mutated: dict[str, Any] = {}
    for key, item in value.items():
        choice = draw(st.integers(0, 5))
        if choice == 0:
            continue  # dropped
        mutated[key] = draw(_mutated(item, depth + 1)) if choice > 1 else draw(_JSON)
    if draw(st.integers(0, 5)) == 0:
        mutated[draw(st.text(max_size=6))] = draw(_JSON)
    return mutated


@st.composite
def _cases(draw: st.DrawFn) -> tuple[int, Any]:
    index = draw(st.integers(0, len(CASES) - 1))
    _, schema, example = CASES[index]
    seed = _seed(schema, example)
    return index, draw(_mutated(draw(_JSON) if seed is None else seed))


@settings(max_examples=600, deadline=None)
@given(_cases())
def test_the_fast_path_never_accepts_what_the_spec_refuses(case: tuple[int, Any]) -> None:
    index, value = case
    accepts, spec_own = _judges(index)
    if accepts(value):
        assert _valid(spec_own, value), (CASES[index][0], value)
