"""Calls built from the spec's own examples, for tests that exercise every operation.

For each operation the spec has a request example (when it has a body), examples of its required
parameters, and a success example. These helpers turn them into arguments for the generated
functions and for the ergonomic clients' methods, and say what the calls should send and return.
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from datetime import datetime
from types import ModuleType
from typing import Any

import httpx
import yaml

from generator.resources import Method, describe
from iranpayamak.pagination import Page
from iranpayamak.schedule import format_schedule
from tests.conftest import SPEC_PATH
from tests.fakes import NOW, raw
from tests.spec.schema_check import operations, resolve

with SPEC_PATH.open(encoding="utf-8") as _file:
    SPEC: dict[str, Any] = yaml.safe_load(_file)

OPERATIONS = operations(SPEC)
"""(METHOD, path, operation) for every operation."""

METHODS: list[Method] = describe(SPEC)
"""Every operation as a method of the ergonomic clients."""


def operation_of(method: Method) -> tuple[str, str, dict[str, Any]]:
    """The spec operation behind an ergonomic method."""
    return next((verb, path, op) for verb, path, op in OPERATIONS if op["operationId"] == method.operation_id)


def low_level_module(operation: dict[str, Any]) -> ModuleType:
    """The generated module of an operation."""
    return importlib.import_module(f"iranpayamak_api.api.{operation['tags'][0]}.{operation['operationId']}")


def python_name(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _parameters(path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(SPEC, p) for p in [*SPEC["paths"][path].get("parameters", []), *operation.get("parameters", [])]]


def success(operation: dict[str, Any]) -> tuple[int, str, Any]:
    """The success status, media type and example of an operation."""
    code = next(c for c in operation["responses"] if str(c).startswith("2"))
    media_type, media = next(iter(resolve(SPEC, operation["responses"][code])["content"].items()))
    return int(code), media_type, media["example"]


def answer(operation: dict[str, Any]) -> httpx.Response:
    """The success example as an answer (binary examples as a few bytes)."""
    code, media_type, example = success(operation)
    if media_type == "application/json":
        return httpx.Response(code, json=example)
    return raw(code, b"binary-bytes", media_type)


def low_level_call(path: str, operation: dict[str, Any]) -> tuple[list[Any], dict[str, Any], Any]:
    """Positional and keyword arguments of the generated ``sync``, and the JSON body it should send."""
    module = low_level_module(operation)
    parameters = _parameters(path, operation)
    positional = [p["example"] for p in parameters if p["in"] == "path"]
    keywords = {python_name(p["name"]): p["example"] for p in parameters if p["in"] == "query" and p.get("required")}
    assert set(keywords) <= set(inspect.signature(module.sync).parameters), (operation["operationId"], keywords)
    expected = None
    if "requestBody" in operation:
        keywords["body"], expected = _low_level_body(module, operation)
    return positional, keywords, expected


def _low_level_body(module: ModuleType, operation: dict[str, Any]) -> tuple[Any, dict[str, Any] | None]:
    media_type, media = next(iter(operation["requestBody"]["content"].items()))
    example = dict(media["example"])
    annotation = inspect.signature(module.sync).parameters["body"].annotation
    if media_type == "multipart/form-data":
        for key, value in example.items():
            if isinstance(value, str) and value.startswith("(binary"):
                example[key] = b"file-bytes"
    for candidate in typing.get_args(annotation) or (annotation,):
        try:
            body = candidate.from_dict(example)
        except (KeyError, TypeError, ValueError):
            continue  # the example is another branch of a oneOf body
        if media_type != "application/json" or body.to_dict() == media["example"]:
            return body, (media["example"] if media_type == "application/json" else None)
    raise AssertionError(f"no body model of {operation['operationId']} reproduces the example")


def _schedule_value(example: object) -> datetime | None:
    if not example:
        return None
    return datetime.fromisoformat(str(example).replace("Z", "+00:00"))


SPREADSHEET = b"PK\x03\x04" + b"workbook-bytes"
"""Bytes that start like an .xlsx workbook, for arguments that must be one."""


def ergonomic_call(method: Method) -> tuple[list[Any], dict[str, Any], Any]:
    """Arguments of an ergonomic method from the spec's examples, and the JSON body it should send.

    Schedules are formatted against ``tests.fakes.NOW``; clients in these tests use that clock.
    """
    _, path, operation = operation_of(method)
    examples = {p["name"]: p["example"] for p in _parameters(path, operation) if "example" in p and p.get("required")}
    body_example: dict[str, Any] = {}
    expected: Any = None
    if "requestBody" in operation:
        media_type, media = next(iter(operation["requestBody"]["content"].items()))
        body_example = dict(media["example"])
        expected = dict(body_example) if media_type == "application/json" else None
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in method.arguments:
        if argument.location in ("path", "query"):
            if argument.wire not in examples:
                continue
            value: Any = examples[argument.wire]
        elif argument.location == "one_of":
            value = body_example
        elif argument.wire in body_example:
            value = body_example[argument.wire]
            if argument.kind == "upload":
                value = b"file-bytes"
            elif argument.kind in ("spreadsheet", "sheet"):
                value = SPREADSHEET
            elif argument.kind in ("schedule", "form_schedule"):
                value = _schedule_value(value)
                if expected is not None:
                    expected[argument.wire] = None if value is None else format_schedule(value, now=NOW)
            elif argument.kind == "flag":
                value = bool(value)
            elif value is None and not argument.required and expected is not None:
                del expected[argument.wire]  # an optional None is left out rather than sent as null
        else:
            if argument.kind == "schedule" and expected is not None:
                # Sends always say when: null means now, as real clients send it.
                expected[argument.wire] = None
            continue
        if argument.positional:
            positional.append(value)
        else:
            keywords[argument.name] = value
    return positional, keywords, expected


def wire(value: Any) -> Any:
    """What a result was parsed from, as data: a record of ``iranpayamak.records`` is compared by the
    generated model it holds (``raw``), whose names are the wire's."""
    from iranpayamak import records

    if isinstance(value, records.InboxMessage | records.DeliveryReport | records.SendRequest):
        value = value.raw
    return value.to_dict() if hasattr(value, "to_dict") else value


def plain(value: Any) -> Any:
    """A result as JSON-like data, for comparing with the spec's examples."""
    if isinstance(value, Page):
        return [plain(item) for item in value.items]
    if isinstance(value, list):
        return [plain(item) for item in value]
    return wire(value)


def expected_result(method: Method, data: Any) -> Any:
    """What an ergonomic method returns for an answer whose ``data`` is ``data``."""
    if method.result in ("pager", "page"):
        return data["items"]
    if method.namespace == "account" and method.public_name == "lines" and isinstance(data, dict):
        return data["items"]
    if (method.namespace, method.public_name) in {("sms", "send_simple"), ("phonebook", "upsert_contacts")}:
        return [data]  # one answer per chunk
    if method.namespace == "panel" and method.public_name in ("login", "verify_two_factor"):
        from iranpayamak.resources.panel import PanelSession

        # The examples carry a token under `data.token`: the session holds it, and the answer whole.
        return PanelSession(token=data["token"], two_factor_required=False, data=data)
    return data


def normalized(value: Any) -> Any:
    """JSON data with date-time strings replaced by datetimes, as models may re-spell the offset."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})", value):
        return datetime.fromisoformat(value)
    return value
