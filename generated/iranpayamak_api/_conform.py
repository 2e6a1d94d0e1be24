# Hand-written runtime: edit generator/runtime/iranpayamak_api/_conform.py; scripts/regenerate copies it here.
"""Checking a parsed answer against the types its models declare.

The generated ``from_dict`` methods convert numbers and dates, but pass text, booleans, lists and
objects through as the JSON had them. Without a check, a body with ``null``, a list or an object where
the spec promises text would reach the caller inside a model whose type says otherwise, and fail far
away, in the caller's code. :func:`conform` walks a parsed model once, right after parsing, and
settles every field:

- a value of the declared type is kept;
- a number where text is declared becomes its text, and 0 or 1 where a boolean is declared becomes
  the boolean (PHP services write both ways);
- ``null`` in an optional field reads as absent (``UNSET``), as it does for numbers;
- anything else raises ``TypeError`` naming the field, which the operation reports as
  ``ResponseParseError``.

Every answer is checked, so the work a type hint asks for is planned once per model class (a
function per field, built from its hint) and a field's path is spelled out only when it is refused.
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from .types import UNSET, Unset

__all__ = ["conform"]

T = TypeVar("T")

Fit = Callable[[Any], Any]
"""Settles a value to one type hint: returns it (the same object when it fits as it is) or raises."""

# Each model class's plan: its declared fields (not additional_properties), each with its Fit.
_plans: dict[type, tuple[tuple[str, Fit], ...]] = {}

# Types a null fits as it is; in an optional field of any other type, null reads as absent.
_TAKE_NULL = (type(None), Any, object)


class _Models(Mapping[str, Any]):
    """The models by name, each imported when a type hint names it (models refer to each other only
    for type checkers, so their hints resolve against this)."""

    def __getitem__(self, name: str) -> Any:
        from . import models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        from . import models

        return iter(models.__all__)

    def __len__(self) -> int:
        from . import models

        return len(models.__all__)


_MODELS = _Models()


class _Refused(TypeError):
    """A value its hint cannot take: the reason, and the path to it collected on the way out (the
    innermost step first), so that nothing is spelled out for the values that fit."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.steps: list[str] = []

    def at(self, root: str) -> str:
        return f"{root}{''.join(reversed(self.steps))}: {self.reason}"


def conform(value: T) -> T:
    """``value``, with every field of every model inside it settled to its declared type.

    Raises:
        TypeError: A field holds a value that its type cannot take; the message names the field.
    """
    cls = type(value)
    if attrs.has(cls):
        try:
            _settle(value)
        except _Refused as refused:
            raise TypeError(refused.at(cls.__name__)) from None
    return value


def _plan(cls: type) -> tuple[tuple[str, Fit], ...]:
    plan = _plans.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls, localns=_MODELS)
        # Undeclared fields (additional_properties) are kept exactly as received.
        fields = (field.name for field in attrs.fields(cls) if field.name != "additional_properties")
        plan = _plans[cls] = tuple((name, _fit(hints[name])) for name in fields)
    return plan


def _settle(instance: Any) -> None:
    for name, fit in _plan(type(instance)):
        current = getattr(instance, name)
        try:
            settled = fit(current)
        except _Refused as refused:
            refused.steps.append(f".{name}")
            raise
        if settled is not current:
            setattr(instance, name, settled)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _fit(hint: Any) -> Fit:
    """How to settle a value to ``hint``: keep, convert (see the module's rules), or refuse it."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _union(hint)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return _list(_fit(item))
    if origin is dict:
        return _expect(dict, "expected an object")
    if origin is typing.Literal:
        return _literal(typing.get_args(hint))
    if hint is Any or hint is object:
        return _keep
    if hint is type(None):
        return _null
    if hint is str:
        return _text
    if hint is bool:
        return _flag
    if hint is int:
        return _whole
    if hint is float:
        return _number
    if isinstance(hint, type):
        return _instance(hint)
    return _keep  # a kind of hint the models do not use: trusted


def _union(hint: Any) -> Fit:
    options = typing.get_args(hint)
    null_is_unset = Unset in options and not any(option in _TAKE_NULL for option in options)
    fits = [_fit(option) for option in options]
    exact = list(zip((_exactly(option) for option in options), fits, strict=True))

    def fit(value: Any) -> Any:
        if value is None and null_is_unset:
            return UNSET
        # An option the value already has wins over one it could be converted to.
        for has, option_fit in exact:
            if has(value):
                return option_fit(value)
        for option_fit in fits:
            try:
                return option_fit(value)
            except TypeError:
                continue
        raise _Refused(f"{_kind(value)} is not {hint}")

    return fit


def _list(item: Fit) -> Fit:
    def fit(value: Any) -> Any:
        if not isinstance(value, list):
            raise _Refused(f"expected a list, got {_kind(value)}")
        settled = []
        for index, element in enumerate(value):
            try:
                settled.append(item(element))
            except _Refused as refused:
                refused.steps.append(f"[{index}]")
                raise
        return value if all(a is b for a, b in zip(settled, value, strict=True)) else settled

    return fit


def _expect(kind: type, expected: str) -> Fit:
    def fit(value: Any) -> Any:
        if not isinstance(value, kind):
            raise _Refused(f"{expected}, got {_kind(value)}")
        return value

    return fit


def _literal(choices: tuple[Any, ...]) -> Fit:
    def fit(value: Any) -> Any:
        if value not in choices:
            raise _Refused(f"{value!r} is not one of {choices}")
        return value

    return fit


def _instance(hint: type) -> Fit:
    model = attrs.has(hint)

    def fit(value: Any) -> Any:
        if not isinstance(value, hint):
            raise _Refused(f"expected {hint.__name__}, got {_kind(value)}")
        if model:
            _settle(value)
        return value

    return fit


def _exactly(option: Any) -> Callable[[Any], bool]:
    """Whether a value already is of the union's ``option`` (no conversion needed)."""
    if option is Any or option is object:
        return lambda value: True
    if option is type(None):
        return lambda value: value is None
    if option is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    origin = typing.get_origin(option) or option
    if isinstance(origin, type):
        return lambda value: isinstance(value, origin)
    return lambda value: False


def _keep(value: Any) -> Any:
    return value


def _null(value: Any) -> Any:
    if value is not None:
        raise _Refused(f"expected null, got {_kind(value)}")
    return value


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    raise _Refused(f"expected text, got {_kind(value)}")


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _Refused(f"expected true or false, got {_kind(value)}")


def _whole(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(f"expected a whole number, got {_kind(value)}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Refused(f"expected a number, got {_kind(value)}")
    return float(value)
