"""THE PREVIOUS IMPLEMENTATION of ``iranpayamak_api._conform``, frozen here as a test oracle; not shipped.

This is ``conform`` as it was before the per-class plans (commit 7e7c685): every call re-read each
field's hint (``typing.get_origin``/``get_args``, ``attrs.fields``) and spelled out each field's path.
Left out, as they did not change: the model lookup its hints resolve against, and ``UNSET`` (imported
from the package). ``test_conform.py`` checks that the plans settle every drawn model exactly as this
code did, and refuse exactly what it refused, with the same message.
Do not edit it to make a test pass: a difference is either a bug in the new code or a change of
behaviour that must be decided on its own.
"""

from __future__ import annotations

import math
import types
import typing
from typing import Any, TypeVar

import attrs

from iranpayamak_api._conform import _MODELS
from iranpayamak_api.types import UNSET, Unset

__all__ = ["conform"]

T = TypeVar("T")

_hints: dict[type, dict[str, Any]] = {}

# Types a null fits as it is; in an optional field of any other type, null reads as absent.
_TAKE_NULL = (type(None), Any, object)


def conform(value: T) -> T:
    """``value``, with every field of every model inside it settled to its declared type.

    Raises:
        TypeError: A field holds a value that its type cannot take; the message names the field.
    """
    if attrs.has(type(value)):
        _model(value, type(value).__name__)
    return value


def _field_hints(cls: type) -> dict[str, Any]:
    hints = _hints.get(cls)
    if hints is None:
        hints = _hints[cls] = typing.get_type_hints(cls, localns=_MODELS)
    return hints


def _model(instance: Any, where: str) -> None:
    hints = _field_hints(type(instance))
    for attribute in attrs.fields(type(instance)):
        if attribute.name == "additional_properties":
            continue  # undeclared fields, kept exactly as received
        current = getattr(instance, attribute.name)
        settled = _fit(current, hints[attribute.name], f"{where}.{attribute.name}")
        if settled is not current:
            setattr(instance, attribute.name, settled)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _fit(value: Any, hint: Any, where: str) -> Any:
    """``value`` as ``hint`` declares it: kept, converted (see the module's rules), or refused."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and Unset in options and not any(option in _TAKE_NULL for option in options):
            return UNSET
        # An option the value already has wins over one it could be converted to.
        for option in options:
            if _is_exactly(value, option):
                return _fit(value, option, where)
        for option in options:
            try:
                return _fit(value, option, where)
            except TypeError:
                continue
        raise TypeError(f"{where}: {_kind(value)} is not {hint}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{where}: expected a list, got {_kind(value)}")
        (item,) = typing.get_args(hint) or (Any,)
        settled = [_fit(element, item, f"{where}[{index}]") for index, element in enumerate(value)]
        return value if all(a is b for a, b in zip(settled, value, strict=True)) else settled
    if origin is dict:
        if not isinstance(value, dict):
            raise TypeError(f"{where}: expected an object, got {_kind(value)}")
        return value
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            raise TypeError(f"{where}: {value!r} is not one of {typing.get_args(hint)}")
        return value
    if hint is Any or hint is object:
        return value
    if hint is type(None):
        if value is not None:
            raise TypeError(f"{where}: expected null, got {_kind(value)}")
        return value
    if hint is str:
        return _text(value, where)
    if hint is bool:
        return _flag(value, where)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{where}: expected a whole number, got {_kind(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{where}: expected a number, got {_kind(value)}")
        return float(value)
    if isinstance(hint, type):
        if not isinstance(value, hint):
            raise TypeError(f"{where}: expected {hint.__name__}, got {_kind(value)}")
        if attrs.has(hint):
            _model(value, where)
        return value
    return value  # a kind of hint the models do not use: trusted


def _is_exactly(value: Any, option: Any) -> bool:
    if option is Any or option is object:
        return True
    origin = typing.get_origin(option) or option
    if option is type(None):
        return value is None
    if option is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(origin, type) and isinstance(value, origin)


def _text(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    raise TypeError(f"{where}: expected text, got {_kind(value)}")


def _flag(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise TypeError(f"{where}: expected true or false, got {_kind(value)}")
