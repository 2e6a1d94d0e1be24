"""Validate instances against schemas of the spec, resolving its ``#/components/...`` references."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head")


def validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for ``schema`` in which ``#/components/...`` points into ``spec``."""
    # References in the spec are relative to the document root; giving the schema the document's
    # components makes the same pointers resolve inside it.
    root = {**schema, "components": spec["components"]}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(spec: dict[str, Any], schema: dict[str, Any], instance: Any) -> list[str]:
    """Every reason ``instance`` does not match ``schema`` (empty when it does)."""
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in validator(spec, schema).iter_errors(instance)
    ]


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec."""
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (parameters, responses) to the object it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
