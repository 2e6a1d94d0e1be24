"""``conform`` settles answers exactly as it did before its per-class plans (``_oracle_conform``).

Models are drawn with every field mostly of a shape its type hint allows (any option of a union,
nested models, numbers where text is declared, 0, 1 or 2 where a boolean is), else any JSON value,
null, a model of another class, or ``UNSET``; each is built twice, and the two implementations must settle it to
the same values, of the same types, or refuse it with the same message.
"""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak_api import models
from iranpayamak_api._conform import _MODELS, conform
from iranpayamak_api.types import UNSET, Unset
from tests import search
from tests.generated import _oracle_conform as oracle

MODELS = [cls for cls in (getattr(models, name) for name in sorted(models.__all__)) if attrs.has(cls)]

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@dataclass(frozen=True)
class _Model:
    """A model to build: its class and its fields' values (built afresh for each implementation)."""

    cls: type
    fields: dict[str, Any]


def _build(recipe: Any) -> Any:
    if isinstance(recipe, _Model):
        instance = object.__new__(recipe.cls)
        if "additional_properties" in attrs.fields_dict(recipe.cls):
            instance.additional_properties = {}
        for name, value in recipe.fields.items():
            setattr(instance, name, _build(value))
        return instance
    if isinstance(recipe, list):
        return [_build(item) for item in recipe]
    if isinstance(recipe, dict):
        return {key: _build(value) for key, value in recipe.items()}
    return recipe


def _shape(value: Any) -> Any:
    """``value`` with every type spelled out (``1``, ``1.0`` and ``True`` differ)."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            tuple((f.name, _shape(getattr(value, f.name))) for f in attrs.fields(type(value))),
        )
    if isinstance(value, list):
        return ("list", tuple(_shape(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((key, _shape(item)) for key, item in value.items()))
    if value is UNSET:
        return ("UNSET",)
    return (type(value).__qualname__, repr(value))


def _outcome(settle: Any, recipe: Any) -> tuple[str, Any]:
    try:
        return ("settled", _shape(settle(_build(recipe))))
    except TypeError as refused:
        return ("refused", str(refused))


def _fitting(draw: st.DrawFn, hint: Any, depth: int) -> Any:
    """A value of a shape ``hint`` allows (possibly after conversion)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _value(draw, draw(st.sampled_from(typing.get_args(hint))), depth)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return [_value(draw, item, depth) for _ in range(draw(st.integers(0, 2)))]
    if origin is typing.Literal:
        return draw(st.sampled_from(typing.get_args(hint)))
    if hint is Unset:
        return UNSET
    if hint is str:
        return draw(st.text(max_size=5) | st.integers() | st.floats())
    if hint is bool:
        return draw(st.booleans() | st.sampled_from([0, 1, 2]))
    if hint is int or hint is float:
        return draw(st.integers() | st.floats() | st.booleans())
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return draw(st.sampled_from(list(hint)))
    if isinstance(hint, type) and attrs.has(hint) and depth < 3:
        return _model(draw, hint, depth + 1)
    return draw(_JSON)


def _value(draw: st.DrawFn, hint: Any, depth: int) -> Any:
    kind = draw(st.sampled_from(["fitting"] * 12 + ["json", "null", "unset", "other model"]))
    if kind == "fitting":
        return _fitting(draw, hint, depth)
    if kind == "json":
        return draw(_JSON)
    if kind == "null":
        return None
    if kind == "unset" or depth >= 3:
        return UNSET
    return _model(draw, draw(st.sampled_from(MODELS)), depth + 1)


def _model(draw: st.DrawFn, cls: type, depth: int) -> _Model:
    hints = typing.get_type_hints(cls, localns=_MODELS)
    fields = [field.name for field in attrs.fields(cls) if field.name != "additional_properties"]
    return _Model(cls, {name: _value(draw, hints[name], depth) for name in fields})


@st.composite
def _recipes(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 19)) == 0:
        return draw(_JSON)  # not a model: returned as it is
    return _model(draw, draw(st.sampled_from(MODELS)), 0)


@settings(max_examples=search.examples(quick=600, slow=6000), deadline=None)
@given(_recipes())
def test_the_plans_settle_and_refuse_as_before(recipe: Any) -> None:
    assert _outcome(conform, recipe) == _outcome(oracle.conform, recipe)


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_every_model_has_a_plan_matching_its_fields(cls: type) -> None:
    # An empty list in every field: refused by most, settled by list fields.
    recipe = _Model(cls, {f.name: [] for f in attrs.fields(cls) if f.name != "additional_properties"})
    assert _outcome(conform, recipe) == _outcome(oracle.conform, recipe)
