"""The bundled spec and the JSON Schema validator built from it, which the mock and ``conformance`` share.

Needs ``jsonschema`` (the ``mock`` and ``cli`` extras). The same schemas, checked with the same format
rules, judge what the mock is sent and what a real service was recorded answering, so a shape the mock
accepts is a shape conformance accepts (the mock's :func:`fast_validator` gives :func:`validator`'s
verdicts, only sooner).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

__all__ = ["SPEC_PATH", "conforms_to_format", "fast_validator", "inlined", "load_spec", "resolve", "validator"]

SPEC_PATH = Path(__file__).resolve().parent / "_generated" / "openapi.json"
"""The spec the package was generated from, bundled as JSON."""


@cache
def load_spec() -> dict[str, Any]:
    """The bundled OpenAPI document."""
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` with its ``$ref`` followed (repeatedly) inside ``spec``."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


_FORMATS = FormatChecker()


@_FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    # jsonschema checks "uri" only with an optional package installed; the mock checks it always.
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc) and not any(char.isspace() for char in value)


def validator(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator of ``schema``, a part of ``spec`` (its ``#/components/...`` references resolve)."""
    return Draft202012Validator({**schema, "components": spec["components"]}, format_checker=_FORMATS)


# Where JSON Schema 2020-12 nests schemas: one, a list of them, or a map of names to them.
_ONE = (
    "additionalProperties",
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


class _Recursive(Exception):
    """A schema that refers to itself (or outside the spec): it cannot be copied out in full."""


def _inlined(spec: Mapping[str, Any], schema: Any, following: tuple[str, ...]) -> Any:
    if not isinstance(schema, Mapping):
        return schema  # true or false
    if "$ref" in schema:
        reference = schema["$ref"]
        if reference in following or not str(reference).startswith("#/"):
            raise _Recursive(reference)
        target = _inlined(spec, resolve(spec, {"$ref": reference}), (*following, reference))
        rest = {key: value for key, value in schema.items() if key != "$ref"}
        if not rest:
            return target
        # Keywords beside a reference apply too (2020-12), so both go under one allOf.
        schema = {**rest, "allOf": [target, *rest.get("allOf", [])]}
    copied = dict(schema)
    for key in _ONE:
        if key in copied:
            copied[key] = _inlined(spec, copied[key], following)
    for key in _LISTS:
        if key in copied:
            copied[key] = [_inlined(spec, part, following) for part in copied[key]]
    for key in _MAPS:
        if key in copied:
            copied[key] = {name: _inlined(spec, part, following) for name, part in copied[key].items()}
    return copied


def inlined(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """``schema`` with every reference into ``spec`` copied in (and keywords beside a reference moved under
    an ``allOf`` with it), so it stands alone; None when it refers to itself and cannot be copied out in full."""
    try:
        copied: Mapping[str, Any] = _inlined(spec, schema, ())
    except _Recursive:
        return None
    return copied


def fast_validator(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator with :func:`validator`'s verdicts and messages, ``schema``'s references copied in.

    jsonschema looks a reference up in its registry each time it meets one, which costs about as much
    as the rest of the check; with the references copied in, validation takes about half the time (the
    mock validates every request). Its errors' ``schema`` are copies, not the spec's own objects, so
    :mod:`iranpayamak.conformance`, which names the spec location of each error, uses :func:`validator`.
    A schema that refers to itself cannot be copied out in full and gets :func:`validator`.
    """
    standalone = inlined(spec, schema)
    if standalone is None:
        return validator(spec, schema)
    return Draft202012Validator(standalone, format_checker=_FORMATS)


def conforms_to_format(value: object, name: str) -> bool:
    """Whether ``value`` has the format ``name`` as the validators of this module judge it (True for a format
    they do not check)."""
    return _FORMATS.conforms(value, name)
