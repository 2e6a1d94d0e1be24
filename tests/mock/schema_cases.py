"""Every schema the mock validates with, and values to judge against each: shared by the tests that check the
mock's faster validators against the spec's own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from iranpayamak._spec_schemas import load_spec, resolve

SPEC = load_spec()

# One value of every JSON type, and texts that match or miss the spec's usual patterns and formats.
VALUES: list[Any] = [None, True, 0, -1, 2.5, 10**20, "", "x", "09121234567", "2026-12-01", "https://a.ir", [], [1], {}]


def schemas() -> Iterator[tuple[str, Mapping[str, Any], Any]]:
    """Each schema the mock validates with (request bodies and parameters), and every component schema: its
    name, the schema, and the spec's example of it (or None)."""
    for name, schema in SPEC["components"]["schemas"].items():
        yield f"components/{name}", schema, schema.get("example")
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            for reference in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = resolve(SPEC, reference)
                yield f"{operation['operationId']} {parameter['name']}", parameter["schema"], None
            for content in operation.get("requestBody", {}).get("content", {}).values():
                yield f"{operation['operationId']} body", content["schema"], content.get("example")


def schema_params() -> list[Any]:
    """:func:`schemas` as pytest parameters of ``(schema, example)``."""
    return [pytest.param(schema, example, id=name) for name, schema, example in schemas()]


def instances(example: Any) -> Iterator[Any]:
    """:data:`VALUES`, the example, and the example with each field dropped or replaced by each value."""
    yield from VALUES
    if isinstance(example, dict):
        yield example
        for name in example:
            yield {key: value for key, value in example.items() if key != name}
            for value in VALUES:
                yield {**example, name: value}
