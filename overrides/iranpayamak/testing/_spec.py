"""The mock's view of the spec: its operations, and request validation against their schemas.

Routes and validation come from the same OpenAPI document the clients are generated from (bundled
with the package as ``_generated/openapi.json``), so the mock cannot drift from the spec.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from attrs import frozen
from jsonschema import Draft202012Validator
from starlette.convertors import Convertor, register_url_convertor

from .._spec_schemas import fast_validator as _validator
from .._spec_schemas import load_spec
from .._spec_schemas import resolve as _resolve
from ._acceptance import Acceptance, acceptance

__all__ = ["MAX_DEPTH", "Invalid", "Operation", "has_unpaired_surrogate", "load_operations", "load_spec"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

MAX_DEPTH = 64
"""How deeply a JSON body may nest; the service's bodies nest three levels at most. Deeper bodies are
refused (422) before validation, whose recursion would otherwise exhaust the stack."""


class _IdConvertor(Convertor[int]):
    """An integer path parameter of at most 18 digits (ids are 64-bit): a longer one is not found (404),
    rather than reaching ``int()``, which refuses more than 4,300 digits with an exception."""

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("mock_id", _IdConvertor())


class Invalid(Exception):
    """A request that does not match the spec; ``errors`` maps each field to its messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{field}: {', '.join(messages)}" for field, messages in errors.items()))
        self.errors = errors


def _field(path: list[str | int], error_validator: str, message: str) -> str:
    """Laravel-style dotted field name (``peers.0.text``) of a validation error."""
    parts = [str(part) for part in path]
    if error_validator == "required":
        missing = re.match(r"'([^']+)' is a required property", message)
        if missing:
            parts.append(missing.group(1))
    return ".".join(parts) or "body"


def _errors(validator: Draft202012Validator, instance: Any, prefix: list[str | int]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for error in validator.iter_errors(instance):
        field = _field([*prefix, *error.absolute_path], str(error.validator), error.message)
        found.setdefault(field, []).append(error.message)
    return found


# Numerals as they are written in a URL or a form: int() and float() also take white space around them,
# underscores and other scripts' digits ("\f8", "1_0", "٨"), which no integer parameter of the spec is.
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _from_text(text: str, kind: object) -> Any:
    """A value sent as text (query, path, form field), converted to the schema's type where it reads as one."""
    try:
        if kind == "integer":
            return int(text) if _INTEGER_TEXT.fullmatch(text) else text
        if kind == "number":
            if not _NUMBER_TEXT.fullmatch(text):
                return text
            number = float(text)
            return number if math.isfinite(number) else text  # "nan" and "inf" are no JSON numbers
        if kind == "boolean":
            return {"true": True, "1": True, "false": False, "0": False}[text.lower()]
    except (ValueError, KeyError):
        return text
    return text


@frozen
class Parameter:
    """A query or path parameter and how to read it from text."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    validator: Draft202012Validator
    accepts: Acceptance

    def read(self, text: Any) -> Any:
        """The parameter's value from its text form, converted to the schema's type where possible."""
        return _from_text(text, self.schema.get("type")) if isinstance(text, str) else text


@frozen
class Operation:
    """One operation of the spec, ready to route and validate."""

    operation_id: str
    method: str
    path: str
    # The spec's security alternatives, each the schemes it needs together; empty when none is needed.
    security: tuple[frozenset[str], ...]
    parameters: tuple[Parameter, ...]
    body_type: str | None
    body_required: bool
    body_validator: Draft202012Validator | None
    body_accepts: Acceptance | None
    body_properties: Mapping[str, Mapping[str, Any]]
    success_status: int
    success_type: str
    envelope_key: str

    @property
    def route(self) -> str:
        """The path in Starlette's syntax: integer path parameters only match digits, as routes that
        share a prefix (``/phone_book_data/bulk-upsert`` and ``/phone_book_data/{id}``) need."""
        route = self.path
        for parameter in self.parameters:
            if parameter.location == "path" and parameter.schema.get("type") == "integer":
                route = route.replace(f"{{{parameter.name}}}", f"{{{parameter.name}:mock_id}}")
        return route

    def read_parameters(self, query: Mapping[str, str], path: Mapping[str, str]) -> dict[str, Any]:
        """The query and path parameters, converted and validated.

        Raises:
            Invalid: A required parameter is missing or a value does not match its schema.
        """
        values: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        declared = {parameter.name for parameter in self.parameters}
        for name in query:
            if name not in declared:
                # Undeclared parameters are refused, so a misspelt filter is not silently ignored.
                errors[name or "(empty)"] = [f"The {name!r} parameter is not accepted here."]
            elif len(getattr(query, "getlist", lambda _name: [None])(name)) > 1:
                # Every parameter of the spec is a single value; a repeated one is not silently cut to its last.
                errors[name] = [f"The {name} field must be given once."]
        for parameter in self.parameters:
            source: Mapping[str, Any] = path if parameter.location == "path" else query
            if parameter.name not in source:
                if parameter.required:
                    errors[parameter.name] = [f"The {parameter.name} field is required."]
                elif "default" in parameter.schema:
                    values[parameter.name] = parameter.schema["default"]
                continue
            value = parameter.read(source[parameter.name])
            if not parameter.accepts(value):
                errors.update(_errors(parameter.validator, value, [parameter.name]))
            values[parameter.name] = _whole_numbers(value)
        if errors:
            raise Invalid(errors)
        return values

    def read_json(self, raw: bytes) -> Any:
        """The JSON body, validated.

        Raises:
            Invalid: The body is missing, not JSON (``NaN``, ``Infinity`` and numbers beyond a double are
                not), nested deeper than :data:`MAX_DEPTH`, or does not match its schema.
        """
        if not raw.strip():
            if self.body_required:
                raise Invalid({"body": ["A JSON body is required."]})
            return {}
        try:
            body = json.loads(raw, parse_constant=_no_constant, parse_float=_finite)
        except (ValueError, RecursionError):  # the parser recurses too: very deep input exhausts the stack
            raise Invalid({"body": ["The body is not valid JSON."]}) from None
        if _deeper_than(body, MAX_DEPTH):
            raise Invalid({"body": [f"The body is nested deeper than {MAX_DEPTH} levels."]})
        if has_unpaired_surrogate(body):
            # PHP's json_decode refuses "\ud800" (JSON_ERROR_UTF16); kept, it could not be sent back out.
            raise Invalid({"body": ["The body is not valid JSON: it has an unpaired UTF-16 surrogate."]})
        return self._validated(body)

    def read_form(self, fields: Mapping[str, str], files: Mapping[str, bytes]) -> Any:
        """A multipart form, its text fields converted to the schema's types, validated.

        Raises:
            Invalid: A field is missing or does not match its schema.
        """
        body: dict[str, Any] = {}
        for name, text in fields.items():
            body[name] = _from_text(text, self.body_properties.get(name, {}).get("type"))
        for name, content in files.items():
            # Validation sees a file as the text form of its bytes, as a binary string schema expects.
            body[name] = content.decode("latin-1")
        return self._validated(body)

    def _validated(self, body: Any) -> Any:
        assert self.body_validator is not None and self.body_accepts is not None
        if not self.body_accepts(body):
            errors = _errors(self.body_validator, body, [])
            if errors:
                raise Invalid(errors)
        return _whole_numbers(body)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is beyond the range of a number")
    return number


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects in ``value`` nest more than ``limit`` levels (without recursing)."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            if level > limit:
                return True
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_unpaired_surrogate(value: Any) -> bool:
    """Whether a text inside decoded JSON (a value or a key) holds a lone surrogate, which no UTF-8 can carry."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _whole_numbers(value: Any) -> Any:
    """``value`` with floats such as ``3.0`` as ints: JSON Schema counts them as integers, Python does not."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    return value


def _properties(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The properties of an object schema, resolving references and merging ``allOf``."""
    schema = _resolve(spec, schema)
    found: dict[str, Mapping[str, Any]] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(spec, part))
    for name, prop in schema.get("properties", {}).items():
        found[name] = _resolve(spec, prop)
    return found


def _operation(spec: Mapping[str, Any], path: str, method: str, operation: Mapping[str, Any]) -> Operation:
    parameters = []
    for raw in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(spec, raw)
        schema = _resolve(spec, parameter["schema"])
        parameters.append(
            Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required")),
                schema=schema,
                validator=_validator(spec, parameter["schema"]),
                accepts=acceptance(spec, parameter["schema"]),
            )
        )
    body_type, body_validator, body_accepts, properties = None, None, None, {}
    body = operation.get("requestBody")
    if body:
        body_type, media = next(iter(body["content"].items()))
        body_validator = _validator(spec, media["schema"])
        body_accepts = acceptance(spec, media["schema"])
        properties = _properties(spec, media["schema"])
    code = next(c for c in operation["responses"] if str(c).startswith("2"))
    response = _resolve(spec, operation["responses"][code])
    success_type, success_media = next(iter(response["content"].items()))
    success_properties = _properties(spec, success_media["schema"])
    return Operation(
        operation_id=operation["operationId"],
        method=method.upper(),
        path=path,
        security=tuple(frozenset(requirement) for requirement in operation.get("security", [])),
        parameters=tuple(parameters),
        body_type=body_type,
        body_required=bool(body and body.get("required")),
        body_validator=body_validator,
        body_accepts=body_accepts,
        body_properties=properties,
        success_status=int(code),
        success_type=success_type,
        envelope_key="message" if "message" in success_properties else "messages",
    )


@cache
def load_operations() -> tuple[Operation, ...]:
    """Every operation of the bundled spec."""
    spec = load_spec()
    return tuple(
        _operation(spec, path, method, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    )
