"""The bundled spec and the JSON Schema validator built from it, which the mock and ``conformance`` share.

Needs ``jsonschema`` (the ``mock`` and ``cli`` extras). One validator judges what the mock is sent and
what a real service was recorded answering, so a shape the mock accepts is a shape conformance accepts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

__all__ = ["SPEC_PATH", "load_spec", "resolve", "validator"]

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
