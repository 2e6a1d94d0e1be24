"""Nested request values checked against the spec's own JSON Schemas, before anything is sent.

The resource methods check each top-level argument with a conversion chosen from its schema
(``iranpayamak._arguments``). Objects and lists nested inside them (phonebook slices, contacts,
peers, pattern variables, cost requests) are checked here, against the schemas of the spec bundled
with the package (``_generated/openapi.json``), so that what the service would refuse as malformed is
refused first, naming the place inside the argument. Only the keywords the spec's request schemas use
are understood (types, ``enum``, lengths, ``pattern``, ranges, ``required``, ``properties``,
``additionalProperties``, ``items``, ``anyOf`` / ``oneOf`` / ``allOf``, ``if`` / ``then`` / ``not``,
and the ``email`` and ``uri`` formats); the others are descriptions.

Example::

    >>> problem({"id": 0, "offset": 0, "limit": 10}, {"$ref": "#/components/schemas/PhonebookSlice"})
    ('.id', 'must be at least 1, got 0')
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._display import shown

__all__ = ["INT64", "UNSENDABLE", "Problem", "format_problem", "problem", "resolved", "spec_pattern"]

INT64 = 2**63 - 1
"""The largest whole number the service takes: its ids and counts are 64-bit."""

UNSENDABLE = re.compile(r"[\x00\ud800-\udfff]")
"""Text the service cannot store: NUL, and lone surrogates, which have no UTF-8 encoding."""

Problem = tuple[str, str] | None
"""Where a value departs from its schema (a path such as ``".a[0].b"``) and how; None where it does not."""

_SPEC = Path(__file__).resolve().parent / "_generated" / "openapi.json"
# Deeper values are refused without looking further: the service's bodies nest three levels at most.
_MAX_DEPTH = 32


@functools.cache
def _components() -> Mapping[str, Any]:
    document: dict[str, Any] = json.loads(_SPEC.read_text(encoding="utf-8"))
    schemas: Mapping[str, Any] = document["components"]["schemas"]
    return schemas


@functools.cache
def spec_pattern(pattern: str) -> re.Pattern[str]:
    """A spec ``pattern`` as a Python regular expression with the spec's meaning.

    JSON Schema patterns follow ECMA-262, where ``$`` only matches at the very end; in Python it also
    matches before a final newline, which would let ``"123\\n"`` pass ``^[0-9]+$``.
    """
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


def format_problem(value: str, kind: str) -> str | None:
    """Why ``value`` is not of the spec's ``format`` ``kind`` (``email``, ``uri``), or None."""
    if kind == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+", value):
        return "is not an email address"
    if kind == "uri":
        parts = urlsplit(value)
        if not (parts.scheme and parts.netloc) or any(char.isspace() for char in value):
            return "is not an absolute URL"
    return None


def problem(value: Any, schema: Mapping[str, Any]) -> Problem:
    """Where ``value`` first departs from ``schema``, and how: ``(".a[0].b", "reason")``, or None.

    The path is relative to the value (``""`` for the value itself); the reason never quotes more
    than a short excerpt of the value.
    """
    return _check(value, schema, "", 0)


def resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema``, or the component it refers to (``$ref``)."""
    while "$ref" in schema:
        schema = _components()[str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


_TYPES: dict[str, str] = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "True or False",
    "array": "a list",
    "object": "a mapping",
    "null": "None",
}


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, dict)
    return kind == "null" and value is None


def _check(value: Any, schema: Mapping[str, Any], path: str, depth: int) -> Problem:
    if depth > _MAX_DEPTH:
        return path, f"is nested deeper than {_MAX_DEPTH} levels"
    schema = resolved(schema)
    found = _check_basics(value, schema, path, depth) or _check_combinations(value, schema, path, depth)
    if found:
        return found
    if isinstance(value, str):
        return _check_text(value, schema, path)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _check_number(value, schema, path)
    if isinstance(value, list | tuple):
        return _check_items(value, schema, path, depth)
    if isinstance(value, dict):
        return _check_object(value, schema, path, depth)
    return None


def _check_basics(value: Any, schema: Mapping[str, Any], path: str, depth: int) -> Problem:
    kinds = schema.get("type")
    if kinds is not None:
        allowed = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is(value, kind) for kind in allowed):
            expected = " or ".join(_TYPES.get(kind, kind) for kind in allowed)
            return path, f"expected {expected}, got {'None' if value is None else type(value).__name__}"
    elif not _is_json(value):
        return path, f"cannot be sent: {type(value).__name__} is not a JSON value"
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        options = ", ".join(repr(option) for option in schema["enum"])
        return path, f"{shown(value)} is not one of {options}"
    if "const" in schema and not _same(value, schema["const"]):
        return path, f"must be {schema['const']!r}"
    return None


def _is_json(value: Any) -> bool:
    return value is None or isinstance(value, str | bool | int | float | list | tuple | dict)


def _same(value: Any, option: Any) -> bool:
    # JSON has no booleans among its numbers: True is not 1 here, as it is not to the service.
    return type(value) is type(option) and value == option


def _check_combinations(value: Any, schema: Mapping[str, Any], path: str, depth: int) -> Problem:
    for part in schema.get("allOf", []):
        found = _check(value, part, path, depth + 1)
        if found:
            return found
    if "anyOf" in schema:
        reasons = [_check(value, part, path, depth + 1) for part in schema["anyOf"]]
        if all(reasons):
            return _first_of(reasons)
    if "oneOf" in schema:
        reasons = [_check(value, part, path, depth + 1) for part in schema["oneOf"]]
        matches = sum(reason is None for reason in reasons)
        if matches == 0:
            return _first_of(reasons)
        if matches > 1:
            return path, "fits more than one of the forms the service takes; leave out the fields of the others"
    if "not" in schema and _check(value, schema["not"], path, depth + 1) is None:
        return path, "has a form the service does not take"
    if "if" in schema and _check(value, schema["if"], path, depth + 1) is None and "then" in schema:
        return _check(value, schema["then"], path, depth + 1)
    return None


def _first_of(reasons: list[Problem]) -> tuple[str, str]:
    # The deepest reason is usually the telling one: the variant that got furthest.
    found = [reason for reason in reasons if reason is not None]
    return max(found, key=lambda reason: len(reason[0]))


def _check_text(value: str, schema: Mapping[str, Any], path: str) -> Problem:
    if UNSENDABLE.search(value):
        return path, "contains a NUL character or an unpaired surrogate, which cannot be sent"
    if "minLength" in schema and len(value.strip()) < schema["minLength"]:
        minimum = schema["minLength"]
        return path, "must not be empty" if minimum == 1 else f"needs at least {minimum} characters"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return path, f"has {len(value)} characters; at most {schema['maxLength']} are allowed"
    if "pattern" in schema and spec_pattern(schema["pattern"]).search(value) is None:
        return path, f"{shown(value)} does not have the expected form ({schema['pattern']})"
    if "format" in schema:
        reason = format_problem(value, schema["format"])
        if reason:
            return path, f"{shown(value)} {reason}"
    return None


def _check_number(value: float, schema: Mapping[str, Any], path: str) -> Problem:
    if isinstance(value, float) and not math.isfinite(value):
        return path, f"must be a finite number, got {value!r}"
    if isinstance(value, int) and abs(value) > INT64:
        return path, f"is beyond the service's 64-bit numbers, got {shown(value)}"
    if "minimum" in schema and value < schema["minimum"]:
        return path, f"must be at least {schema['minimum']}, got {shown(value)}"
    if "maximum" in schema and value > schema["maximum"]:
        return path, f"must be at most {schema['maximum']}, got {shown(value)}"
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return path, f"must be more than {schema['exclusiveMinimum']}, got {shown(value)}"
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        return path, f"must be less than {schema['exclusiveMaximum']}, got {shown(value)}"
    return None


def _check_items(value: list[Any] | tuple[Any, ...], schema: Mapping[str, Any], path: str, depth: int) -> Problem:
    if "minItems" in schema and len(value) < schema["minItems"]:
        minimum = schema["minItems"]
        return path, "must not be empty" if minimum == 1 else f"needs at least {minimum} items"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return path, f"has {len(value)} items; at most {schema['maxItems']} are allowed"
    items = schema.get("items", {})
    for index, item in enumerate(value):
        found = _check(item, items, f"{path}[{index}]", depth + 1)
        if found:
            return found
    return None


def _check_object(value: dict[Any, Any], schema: Mapping[str, Any], path: str, depth: int) -> Problem:
    for key in value:
        if not isinstance(key, str) or UNSENDABLE.search(key):
            return path, f"field names must be text that can be sent, got {shown(key)}"
    for name in schema.get("required", []):
        if name not in value:
            return f"{path}.{name}", "is required"
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties", {})
    for key, item in value.items():
        if key in properties:
            found = _check(item, properties[key], f"{path}.{key}", depth + 1)
        elif extra is False:
            found = (f"{path}.{key}", "is not a field the service takes")
        else:
            found = _check(item, extra if isinstance(extra, Mapping) else {}, f"{path}.{key}", depth + 1)
        if found:
            return found
    return None
