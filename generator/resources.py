"""Describe every operation as a method of the ergonomic clients: plain data for the resource templates.

Two sources, and no import of the generated package:

- the spec says where each operation lives (``x-iranpayamak-method: namespace.method``; a leading
  ``_`` marks one that a hand-written method wraps) and what each argument means (``$ref: Mobile``,
  ``Schedule``, ``UploadFile``, limits such as ``minLength``);
- openapi-python-client's parser, the same objects its own templates get (``Endpoint``, and the
  ``Property`` classes of parameters, bodies and responses), says how the generated package spells
  each name: the functions' parameters, the models' classes and fields.

This module combines the two into :class:`Method` and :class:`Argument` values. The templates in
``templates/resources`` render them: ``namespace.py.jinja`` one module per namespace, and
``arguments.py.jinja`` one macro per argument kind, as upstream's ``property_templates`` do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import EllipsisType
from typing import Any

from attrs import define, field
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    EnumProperty,
    FileProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    Property,
    StringProperty,
    UnionProperty,
)
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

CONFIG = Path(__file__).resolve().parent / "config.yaml"
"""The tool's settings, whose class overrides name the models."""

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
NAMESPACES = ("sms", "voice", "lbs", "patterns", "reports", "phonebook", "account", "tickets", "reference", "panel")
# Schemas with a meaning beyond their JSON type, and how the resource methods treat them.
SEMANTIC_SCHEMAS = {
    "Mobile": "mobile",
    "LineNumber": "line",
    "NumberFormat": "number_format",
    "Schedule": "schedule",
    "FormSchedule": "form_schedule",
    "UploadFile": "upload",
    "SpreadsheetFile": "spreadsheet",
    "RecipientSheetFile": "sheet",
    "Flag": "flag",
    "MessageText": "message_text",
    "FileMessageText": "message_text",
}
# What the Python argument of each semantic kind accepts, for the docstrings.
KIND_DOCS = {
    "mobile": "A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as 09xxxxxxxxx.",
    "mobiles": "Mobile numbers in any common spelling; each is sent as 09xxxxxxxxx.",
    "line": "The sender line; the client's ``line_number`` when None.",
    "number_format": "``english`` or ``persian`` digits in the delivered text; the client's default when None.",
    "schedule": "When to send, as a datetime (naive means Tehran time); None sends now.",
    "form_schedule": "When to send, as a datetime (naive means Tehran time); None sends now.",
    "upload": "The file: a path, its bytes, or a binary file object.",
    "spreadsheet": "An Excel workbook: a path, its bytes, or a binary file object (``iranpayamak.files`` builds one).",
    "sheet": "An Excel workbook or a CSV file (UTF-8): a path, its bytes, or a binary file object.",
    "secret": "A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in an error.",
}
# String formats the resource methods check themselves (the service would refuse the rest as malformed);
# ``password`` marks a secret: a password, token or code, never quoted in an error and held as a Secret.
CHECKED_FORMATS = ("email", "uri")
SECRET_FORMAT = "password"
# The longest text a query or path parameter takes when the spec gives no limit: percent-encoded, longer
# ones would outgrow the longest URL httpx sends (and no search term or code is anywhere near this).
PARAMETER_MAX_LENGTH = 1000
# Schema keywords that only describe; left out of the item schemas written into the methods.
DESCRIPTIVE_KEYWORDS = frozenset({"description", "examples", "example", "title"})
# File names for uploads given as bytes; the service recognises the format by the extension.
# Generated models the ergonomic clients return as their records (``iranpayamak.records``): correctly
# spelled, snake_case, times as aware datetimes. The generated models keep the wire's names and types.
RECORDS = {
    "InboxMessage": "InboxMessage",
    "SendRequestItem": "DeliveryReport",
    "SendRequest": "SendRequest",
}

UPLOAD_NAMES = {
    "file": "upload.bin",
    "recipients": "recipients.xlsx",
    "recipients_file": "recipients.xlsx",
    "peers_file": "peers.xlsx",
}


MobilePath = tuple[str | EllipsisType, ...]
"""Where a mobile number sits inside a nested argument: the keys leading there, ``...`` for each item."""


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


def nested_annotation(model: str, *, open_keys: bool = False) -> str:
    """The annotation of a nested argument whose model class is ``model``: the model, or a dict of its wire
    shape (``iranpayamak_api.wire``, so a type checker names a misspelled key).

    The one place a nested parameter's type is written. A schema with keys beyond its named ones
    (``open_keys``: a recipient's variables) would need PEP 728, which mypy lacks: a plain mapping.
    """
    return f"{model} | Mapping[str, str | int]" if open_keys else f"{model} | wire.{model}"


def annotation(kind: str, model: str | None = None, base: str = "str", *, open_keys: bool = False) -> str:
    """The annotation of an argument of ``kind`` (``model``: its class; ``base``: an enum's value type;
    ``open_keys``: a nested object takes keys beyond its named ones)."""
    nested = nested_annotation(model, open_keys=open_keys) if model is not None else ""
    return {
        "mobile": "str",
        "mobiles": "Iterable[str | int]",
        "line": "str | int | None",
        "number_format": "NumberFormat | str | None",
        "schedule": "datetime | None",
        "form_schedule": "datetime | None",
        "upload": "FileInput",
        "spreadsheet": "FileInput",
        "sheet": "FileInput",
        "flag": "bool",
        "message_text": "str",
        "enum": f"{model} | {base}",
        "text_map": "Mapping[str, str | int]",
        "model": nested,
        "models": f"Iterable[{nested}]",
        "string": "str",
        "secret": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "any": "Any",
    }[kind]


@define
class Argument:
    """One parameter of a resource method: what the template needs to write its signature and its check."""

    name: str
    wire: str
    kind: str
    """Which macro of ``arguments.py.jinja`` checks and converts it (``mobile``, ``model``, ``integer``...)."""
    annotation: str
    required: bool
    description: str
    location: str = "body"
    nullable: bool = False
    positional: bool = False
    secret: bool = False
    """Held as a ``Secret`` from the start of the method, and never quoted in an error."""
    model: str | None = None
    """The model or enum class its conversion uses."""
    limits: dict[str, Any] = field(factory=dict)
    """Keyword arguments of its check, in order (``min_length=1``...)."""
    mobile_paths: tuple[MobilePath, ...] = ()
    each: dict[str, Any] | None = None
    """The schema each item of a plain list must match."""
    file_name: str = ""
    """The file name an upload given as bytes is sent under."""
    alternatives: tuple[str, ...] = ()
    """The classes of a body that is one of several models."""


@define
class Method:
    """One operation as a method of a namespace."""

    namespace: str
    name: str
    operation_id: str
    module: str
    summary: str
    description: str
    arguments: list[Argument]
    body_class: str | None
    body_kind: str
    result: str
    returns: str
    item: str | None = None
    record: str | None = None
    """The class of ``iranpayamak.records`` the result (or each item) is returned as, if any."""
    imports: list[str] = field(factory=list)
    """Models the method's code needs when it runs."""
    annotations: list[str] = field(factory=list)
    """Models its signature names (imported for type checkers only)."""
    at_least_one: list[tuple[str, str]] = field(factory=list)
    sends: bool = False
    """The operation sends messages (``x-iranpayamak-sends``): its public method takes ``idempotency_key``."""

    @property
    def keyed(self) -> bool:
        """The method takes ``idempotency_key`` (a wrapped ``_`` send leaves that to its hand-written method)."""
        return self.sends and not self.name.startswith("_")

    @property
    def public_name(self) -> str:
        """The name users call: a private ``_x`` is wrapped by the hand-written ``x`` of the namespace."""
        return self.name.lstrip("_")


class Spec:
    """The spec with ``$ref`` resolution and ``allOf`` flattening."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def ref_name(self, schema: dict[str, Any]) -> str | None:
        ref = schema.get("$ref")
        return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.document["components"]["schemas"][self.ref_name(schema)]
        return schema

    def resolve_node(self, node: dict[str, Any]) -> dict[str, Any]:
        """A parameter or response, following ``$ref`` into any component section."""
        while "$ref" in node:
            _, section, kind, name = node["$ref"].split("/")
            node = self.document[section][kind][name]
        return node

    def flatten(self, schema: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
        """The properties and required names of an object schema, ``allOf`` parts merged."""
        schema = self.resolve(schema)
        properties: dict[str, dict[str, Any]] = {}
        required: list[str] = []
        for part in schema.get("allOf", []):
            part_properties, part_required = self.flatten(part)
            properties.update(part_properties)
            required += [name for name in part_required if name not in required]
        properties.update(schema.get("properties", {}))
        required += [name for name in schema.get("required", []) if name not in required]
        return properties, required

    def mobile_paths(self, schema: dict[str, Any], prefix: MobilePath = (), depth: int = 0) -> list[MobilePath]:
        """Where Mobile values sit inside an object schema: the keys leading there, ``...`` for each item."""
        if depth > 4:
            return []
        paths: list[MobilePath] = []
        properties, _ = self.flatten(schema)
        for name, prop in properties.items():
            here = (*prefix, name)
            if self.ref_name(prop) == "Mobile":
                paths.append(here)
            elif prop.get("type") == "array" and self.ref_name(prop.get("items", {})) == "Mobile":
                paths.append((*here, ...))
            elif prop.get("type") == "array" and self.is_object(prop.get("items", {})):
                paths += self.mobile_paths(prop["items"], (*here, ...), depth + 1)
            elif self.is_object(prop):
                paths += self.mobile_paths(prop, here, depth + 1)
        return paths

    def is_object(self, schema: dict[str, Any]) -> bool:
        resolved = self.resolve(schema)
        return resolved.get("type") == "object" or "allOf" in resolved

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in self.document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]


def endpoints(document: dict[str, Any], config: Path = CONFIG) -> dict[str, Endpoint]:
    """openapi-python-client's description of each operation, by operation id (its generated module's name)."""
    settings = Config.from_sources(ConfigFile.load_from_path(config), MetaType.NONE, config, "utf-8", False, None)
    data = GeneratorData.from_dict(document, config=settings)
    if isinstance(data, GeneratorError):
        raise ValueError(f"openapi-python-client could not read the spec: {data.header}: {data.detail}")
    return {str(e.name): e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints}


def _wire(prop: Property) -> str:
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


def _fields(model: ModelProperty) -> dict[str, Property]:
    """A model's properties by their wire names."""
    return {_wire(prop): prop for prop in [*model.required_properties, *model.optional_properties]}


def _field(model: ModelProperty, python_name: str) -> Property:
    found = [prop for prop in _fields(model).values() if prop.python_name == python_name]
    if not found:
        raise KeyError(f"{model.class_info.name} has no field {python_name!r}")
    return found[0]


def _classes(prop: Property) -> list[ModelProperty | EnumProperty]:
    """The model and enum classes a property names (through unions and lists), in order."""
    if isinstance(prop, ModelProperty | EnumProperty):
        return [prop]
    if isinstance(prop, UnionProperty):
        return [found for inner in prop.inner_properties for found in _classes(inner)]
    if isinstance(prop, ListProperty):
        return _classes(prop.inner_property)
    return []


def _class(prop: Property) -> ModelProperty | EnumProperty:
    found = _classes(prop)
    if not found:
        raise TypeError(f"no model or enum class in {prop.python_name}")
    return found[0]


_SCALARS = {StringProperty: "str", IntProperty: "int", FloatProperty: "float", BooleanProperty: "bool"}


def type_text(prop: Property) -> tuple[str, frozenset[str]]:
    """Source text of the generated type of ``prop`` (``Unset`` left out), and the model classes it names."""
    if isinstance(prop, AnyProperty):
        return "Any", frozenset()
    if isinstance(prop, NoneProperty):
        return "None", frozenset()
    if isinstance(prop, UnionProperty):
        written = [type_text(inner) for inner in prop.inner_properties]
        parts = [text for text, _ in written]
        # In the generated package's order (openapi-python-client sorts a union's types ignoring case), None last.
        text = " | ".join(sorted(set(parts), key=lambda part: (part == "None", part.removeprefix("builtins.").lower())))
        return text, frozenset().union(*(names for _, names in written))
    if isinstance(prop, ListProperty):
        inner, names = type_text(prop.inner_property)
        return f"builtins.list[{inner}]", names
    if isinstance(prop, ModelProperty | EnumProperty):
        return prop.class_info.name, frozenset({prop.class_info.name})
    if isinstance(prop, FileProperty):
        return "File", frozenset()
    if type(prop) in _SCALARS:
        return _SCALARS[type(prop)], frozenset()
    raise TypeError(f"cannot write the type of {prop.python_name} ({type(prop).__name__})")


def _limits(schema: dict[str, Any], *pairs: tuple[str, str]) -> dict[str, Any]:
    return {keyword: schema[key] for key, keyword in pairs if key in schema}


class Describer:
    """Builds the :class:`Method` of each operation from the spec and the parser's endpoints."""

    def __init__(self, spec: Spec, found: dict[str, Endpoint]) -> None:
        self.spec = spec
        self.endpoints = found

    def methods(self) -> list[Method]:
        found = [self.method(path, verb, operation) for path, verb, operation in self.spec.operations()]
        return sorted(found, key=lambda method: (NAMESPACES.index(method.namespace), method.name))

    def method(self, path: str, verb: str, operation: dict[str, Any]) -> Method:
        namespace, name = operation["x-iranpayamak-method"].split(".")
        operation_id = operation["operationId"]
        endpoint = self.endpoints[operation_id]
        module_path = f"iranpayamak_api.api.{operation['tags'][0]}.{operation_id}"
        parameters = {_wire(p): p for p in [*endpoint.path_parameters, *endpoint.query_parameters]}
        arguments: list[Argument] = []

        path_item = self.spec.document["paths"][path]
        for parameter in [
            self.spec.resolve_node(p) for p in [*path_item.get("parameters", []), *operation.get("parameters", [])]
        ]:
            prop = parameters.get(parameter["name"])
            if prop is None or prop.python_name != _python_name(parameter["name"]):
                raise KeyError(f"{operation_id}: generated function has no parameter {parameter['name']!r}")
            arguments.append(
                self.argument(
                    prop.python_name,
                    parameter["name"],
                    parameter["schema"],
                    prop,
                    required=parameter.get("required", False),
                    description=parameter.get("description", ""),
                    positional=parameter["in"] == "path",
                    location=parameter["in"],
                )
            )

        body_class, body_kind, alternatives = None, "none", []
        at_least_one: list[tuple[str, str]] = []
        if "requestBody" in operation:
            media_type, media = next(iter(operation["requestBody"]["content"].items()))
            body = endpoint.bodies[0].prop
            if "oneOf" in media["schema"]:
                body_kind = "one_of"
                alternatives = [found.class_info.name for found in _classes(body)]
                for cls_name in alternatives:
                    self.component(cls_name)
                body_class = ", ".join(alternatives)
                arguments.append(
                    Argument(
                        name="request",
                        wire="body",
                        kind="one_of",
                        annotation=" | ".join([*alternatives, *(f"wire.{cls_name}" for cls_name in alternatives)]),
                        required=True,
                        positional=True,
                        description=(
                            "The request: one of the models, or a dict of its wire shape (``iranpayamak_api.wire``)."
                        ),
                        location="one_of",
                        alternatives=tuple(alternatives),
                    )
                )
            else:
                body_kind = "multipart" if media_type == "multipart/form-data" else "json"
                model = _class(body)
                assert isinstance(model, ModelProperty)
                body_class = model.class_info.name
                alternatives = [body_class]
                properties, required = self.spec.flatten(media["schema"])
                at_least_one = self.alternatives(media["schema"])
                for wire, schema in properties.items():
                    prop = _field(model, _python_name(wire))
                    arguments.append(
                        self.argument(
                            prop.python_name,
                            wire,
                            schema,
                            prop,
                            required=wire in required,
                            description=self.describe(schema),
                            positional=False,
                            location="body",
                        )
                    )

        self.order(arguments)
        result, returns, item, returned = self.returns(self.success(operation), self.success_prop(endpoint, operation))
        if result == "pager":
            if any(a.name == "page" and a.location == "query" for a in arguments):
                arguments = [a for a in arguments if a.name != "page"]
            else:
                # A paged answer without a page parameter: only its first page can be had.
                result = "page"
        for argument in arguments:
            if result in ("pager", "page") and argument.name == "limit" and argument.location == "query":
                # Pages are as large as the client's page_size unless the call says otherwise: the
                # service's default of 10 makes reading a long list ten times slower.
                argument.kind = "page_size"
                argument.description = "Items per page; the client's ``page_size`` (100 by default) when None."
        reserved = {"args", "body", "result", "content", "fetch", "operation", "self", "page", "save_to"}
        sends = operation.get("x-iranpayamak-sends", False) is True
        if sends:
            reserved |= {"send", "keyed", "idempotency_key"}
        clashes = sorted(reserved & {a.name for a in arguments})
        if clashes:
            raise ValueError(f"{operation_id}: argument names clash with the template's locals: {clashes}")
        record = RECORDS.get(item or returns)
        if sends and (body_kind == "none" or result not in ("data", "optional_data") or record or returned):
            # A keyed send stores its result as JSON to give it back to a repeat: an id, ids or a payload.
            raise ValueError(f"{operation_id}: a send must have a body and return the answer's plain data")
        if record is not None:
            # Returned as the client's record (iranpayamak.records): spelled right, times aware.
            item = f"records.{record}" if item is not None else None
            returns = f"records.{record}"
        runtime = {_runtime_model(a) for a in arguments} - {None, *alternatives}
        named = {a.model for a in arguments if a.model is not None} | set(alternatives) | returned
        if any(a.kind == "number_format" for a in arguments):
            named.add("NumberFormat")
        return Method(
            namespace=namespace,
            name=name,
            operation_id=operation_id,
            module=module_path,
            summary=operation["summary"],
            description=operation.get("description", "").strip(),
            arguments=arguments,
            body_class=body_class,
            body_kind=body_kind,
            result=result,
            returns=returns,
            item=item,
            record=record,
            imports=sorted(name for name in runtime if name is not None),
            annotations=sorted(named),
            at_least_one=at_least_one,
            sends=sends,
        )

    def alternatives(self, schema: dict[str, Any]) -> list[tuple[str, str]]:
        """Pairs of body fields of which at least one must be given.

        The spec writes "a or b" as ``if: {not: {required: [a]}}, then: {required: [b]}``.
        """
        resolved = self.spec.resolve(schema)
        condition = resolved.get("if", {}).get("not", {}).get("required", [])
        consequence = resolved.get("then", {}).get("required", [])
        if len(condition) == 1 and len(consequence) == 1:
            return [(_python_name(condition[0]), _python_name(consequence[0]))]
        return []

    def describe(self, schema: dict[str, Any]) -> str:
        """The description of a property, from itself, its schema, or for lists the schema of an item."""
        for candidate in (schema, self.spec.resolve(schema)):
            if candidate.get("description"):
                return " ".join(str(candidate["description"]).split())
        items = self.spec.resolve(schema).get("items")
        if items:
            inner = self.describe(items)
            return f"A list; each item is {inner[0].lower()}{inner[1:]}" if inner else ""
        return ""

    @staticmethod
    def order(arguments: list[Argument]) -> None:
        """Required arguments positionally in spec order (path parameters first), the rest by keyword.

        Line numbers and number formats are keyword-only even when required: the client fills them in.
        """
        for argument in arguments:
            if argument.required and argument.kind not in {"line", "number_format"}:
                argument.positional = True
        arguments.sort(key=lambda argument: not argument.positional)

    def success(self, operation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        code = next(c for c in operation["responses"] if str(c).startswith("2"))
        content = self.spec.resolve_node(operation["responses"][code])["content"]
        media_type, media = next(iter(content.items()))
        return media_type, media["schema"]

    @staticmethod
    def success_prop(endpoint: Endpoint, operation: dict[str, Any]) -> Property:
        code = next(str(c) for c in operation["responses"] if str(c).startswith("2"))
        return next(r.prop for r in endpoint.responses.patterns if r.status_code.pattern == code)

    def returns(
        self, success: tuple[str, dict[str, Any]], prop: Property
    ) -> tuple[str, str, str | None, frozenset[str]]:
        """(result kind, return type, item type, models named) of an operation's success answer."""
        media_type, schema = success
        if media_type != "application/json":
            return "file", "bytes", None, frozenset()
        model = _class(prop)
        assert isinstance(model, ModelProperty)
        data = _field(model, "data")
        properties, _ = self.spec.flatten(schema)
        data_schema = self.spec.resolve(properties["data"])
        page = self._page_schema(properties["data"])
        if page is not None:
            # The page's model; an inferred list's data may also be a plain list of its items.
            page_model = next(c for c in _classes(data) if c.class_info.name == self.spec.ref_name(page))
            assert isinstance(page_model, ModelProperty)
            items = _field(page_model, "items")
            assert isinstance(items, ListProperty)
            item, names = type_text(items.inner_property)
            return "pager", item, item, names
        listed = self._listed(data_schema, data)
        if listed is not None:
            text, names = type_text(listed)
            return "items", text, None, names
        text, names = type_text(data)
        return ("data" if data.required else "optional_data"), text, None, names

    def _page_schema(self, data: dict[str, Any]) -> dict[str, Any] | None:
        """The reference to the page model of paged data (the data itself, or one branch of its anyOf)."""
        for candidate in [data, *self.spec.resolve(data).get("anyOf", [])]:
            parts = self.spec.resolve(candidate).get("allOf", [])
            if "$ref" in candidate and any(
                self.spec.ref_name(part) in ("PageMeta", "InferredPageMeta") for part in parts
            ):
                return candidate
        return None

    def _listed(self, data_schema: dict[str, Any], data: Property) -> Property | None:
        """The list property of data that is a list or an object wrapping it in ``items``, else None."""
        branches = [self.spec.resolve(branch) for branch in data_schema.get("anyOf", [])]
        wrapped = [branch for branch in branches if "items" in branch.get("properties", {})]
        if len(branches) != 2 or len(wrapped) != 1 or not any(branch.get("type") == "array" for branch in branches):
            return None
        assert isinstance(data, UnionProperty)
        return next(inner for inner in data.inner_properties if isinstance(inner, ListProperty))

    def argument(
        self,
        name: str,
        wire: str,
        schema: dict[str, Any],
        prop: Property,
        *,
        required: bool,
        description: str,
        positional: bool,
        location: str,
    ) -> Argument:
        argument = self.conversion(name, wire, schema, prop, location)
        if argument.kind in KIND_DOCS and not schema.get("description"):
            description = KIND_DOCS[argument.kind]
        elif argument.kind == "mobiles":
            description = f"{description} {KIND_DOCS[argument.kind]}".strip()
        elif argument.kind in ("model", "models"):
            description = f"{description} {self.wire_keys(schema)}".strip()
        argument.required, argument.description, argument.positional = required, description, positional
        argument.secret = argument.kind == "secret"
        return argument

    def conversion(self, name: str, wire: str, schema: dict[str, Any], prop: Property, location: str) -> Argument:
        """The argument's kind and what its check needs (class, limits, mobile paths...), from its schema."""
        spec = self.spec
        ref = spec.ref_name(schema)

        def make(kind: str, model: str | None = None, nullable: bool = False, **details: Any) -> Argument:
            written = details.pop("annotation", None) or annotation(
                kind, model, details.pop("base", "str"), open_keys=details.pop("open_keys", False)
            )
            return Argument(
                name=name,
                wire=wire,
                kind=kind,
                annotation=written,
                required=False,
                description="",
                location=location,
                nullable=nullable,
                model=model,
                **details,
            )

        nullable_variants = [part for part in schema.get("anyOf", []) if part.get("type") != "null"]
        if len(nullable_variants) == 1 and len(schema.get("anyOf", [])) == 2:
            argument = self.conversion(name, wire, nullable_variants[0], prop, location)
            argument.nullable = True
            return argument

        if ref in SEMANTIC_SCHEMAS:
            kind = SEMANTIC_SCHEMAS[ref]
            if kind in ("mobile", "line", "number_format"):
                return make(kind)
            if kind in {"schedule", "form_schedule"}:
                return make(kind, nullable=kind == "schedule")
            if kind == "upload":
                return make(kind, file_name=UPLOAD_NAMES.get(wire, f"{wire}.bin"))
            if kind in ("spreadsheet", "sheet"):
                default = UPLOAD_NAMES.get(wire, "")
                return make(kind, file_name=default if default.endswith(".xlsx") else "workbook.xlsx")
            if kind == "flag":
                return make(kind, model="Flag")
            if kind == "message_text":
                return make(kind, limits=_limits(spec.resolve(schema), ("minLength", "min_length")))

        resolved = spec.resolve(schema)
        types_ = resolved.get("type")
        type_list = types_ if isinstance(types_, list) else [types_]
        nullable = "null" in type_list
        main = next((t for t in type_list if t != "null"), None)

        if "enum" in resolved:
            found = _class(prop)
            assert isinstance(found, EnumProperty)
            base = "int" if found.value_type is int else "str"
            return make("enum", found.class_info.name, nullable, base=base)
        if main == "object" or "allOf" in resolved:
            cls_name = _class(prop).class_info.name
            if "properties" not in resolved and "allOf" not in resolved and "additionalProperties" in resolved:
                return make("text_map", cls_name, nullable)
            self.component(cls_name)
            paths = tuple(spec.mobile_paths(schema))
            return make("model", cls_name, nullable, mobile_paths=paths, open_keys=self.open_keys(schema))
        if main == "array":
            items = resolved.get("items", {})
            limits = _limits(resolved, ("minItems", "min_items"), ("maxItems", "max_items"))
            if spec.ref_name(items) == "Mobile":
                return make("mobiles", nullable=nullable, limits=limits)
            if spec.is_object(items):
                cls_name = _class(prop).class_info.name
                self.component(cls_name)
                paths = tuple(spec.mobile_paths(items))
                return make(
                    "models", cls_name, nullable, mobile_paths=paths, limits=limits, open_keys=self.open_keys(items)
                )
            item_type = {"integer": "int", "string": "str", "number": "float"}[spec.resolve(items)["type"]]
            each = {key: value for key, value in items.items() if key not in DESCRIPTIVE_KEYWORDS}
            return make("items", nullable=nullable, limits=limits, each=each, annotation=f"Iterable[{item_type}]")
        if main == "string":
            limits = _limits(resolved, ("minLength", "min_length"), ("maxLength", "max_length"))
            if location in ("query", "path") and "maxLength" not in resolved:
                limits["max_length"] = PARAMETER_MAX_LENGTH
            if "pattern" in resolved:
                limits["pattern"] = resolved["pattern"]
            if resolved.get("format") in CHECKED_FORMATS:
                limits["format"] = resolved["format"]
            kind = "secret" if resolved.get("format") == SECRET_FORMAT else "string"
            return make(kind, nullable=nullable, limits=limits)
        if main in ("integer", "number"):
            return make(
                main, nullable=nullable, limits=_limits(resolved, ("minimum", "minimum"), ("maximum", "maximum"))
            )
        if main == "boolean":
            return make("boolean", nullable=nullable)
        if main is None and not resolved.get("anyOf"):
            return make("any", nullable=True)
        variants = resolved.get("anyOf") or resolved.get("oneOf") or []
        if all(variant.get("type") in {"string", "integer", "number", "null"} for variant in variants):
            return make("any", nullable=True, annotation="str | int | float | None")
        raise TypeError(f"no conversion for {wire}: {schema!r}")

    def open_keys(self, schema: dict[str, Any]) -> bool:
        """Whether an object schema takes keys beyond its named ones (typed ``additionalProperties``)."""
        return isinstance(self.spec.resolve(schema).get("additionalProperties"), dict)

    def wire_keys(self, schema: dict[str, Any]) -> str:
        """The docstring's sentence on the keys a dict takes: the wire's, not the methods' snake_case."""
        element = schema
        variants = [part for part in element.get("anyOf", []) if part.get("type") != "null"]
        if len(variants) == 1:
            element = variants[0]
        if self.spec.resolve(element).get("type") == "array":
            element = self.spec.resolve(element)["items"]
        properties, _ = self.spec.flatten(element)
        keys = ", ".join(f"``{key}``" for key in properties)
        if self.open_keys(element):
            return f"A dict takes the keys {keys} and one per variable."
        return f"A dict takes the keys of ``iranpayamak_api.wire.{self.spec.ref_name(element)}``, as sent: {keys}."

    def component(self, name: str) -> None:
        """Check that model ``name`` is a schema of the spec: ``args.model`` checks values against the
        component named like the model class, so a renamed model would go unchecked."""
        if name not in self.spec.document["components"]["schemas"]:
            raise ValueError(f"model {name} is not a component schema of the spec; args.model could not check it")


def _runtime_model(argument: Argument) -> str | None:
    """The model class an argument's check uses when the method runs (its annotation alone needs none)."""
    return argument.model if argument.kind in {"enum", "model", "models", "text_map", "flag"} else None


def describe(document: dict[str, Any], config: Path = CONFIG) -> list[Method]:
    """The method of every operation, sorted by namespace and name."""
    return Describer(Spec(document), endpoints(document, config)).methods()


def python_source(value: Any) -> str:
    """Python source of a literal: tuples (of mobile paths) with ``...`` written as such, the rest by ``repr``."""
    if value is ...:
        return "..."
    if isinstance(value, tuple):
        parts = [python_source(part) for part in value]
        return f"({parts[0]},)" if len(parts) == 1 else f"({', '.join(parts)})"
    return repr(value)


def render(document: dict[str, Any], templates: Path, output: Path, version: str) -> None:
    """Write ``resources/<namespace>.py`` for each namespace, ``openapi.json`` and package markers into ``output``."""
    import jinja2

    methods = describe(document)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["python"] = python_source
    # A method named `_x` is wrapped by a hand-written `x`; its raw-response twin keeps the public name.
    environment.filters["public"] = lambda name: name.lstrip("_")
    resources = output / "resources"
    resources.mkdir(parents=True, exist_ok=True)
    for namespace in NAMESPACES:
        found = [m for m in methods if m.namespace == namespace]
        text = environment.get_template("namespace.py.jinja").render(
            namespace=namespace,
            methods=found,
            models=sorted({model for method in found for model in method.annotations}),
            private=any(method.name.startswith("_") for method in found),
            version=version,
        )
        (resources / f"{namespace}.py").write_text(text, encoding="utf-8")
    (resources / "__init__.py").write_text(
        environment.get_template("resources_init.py.jinja").render(namespaces=NAMESPACES), encoding="utf-8"
    )
    (output / "__init__.py").write_text(environment.get_template("init.py.jinja").render(), encoding="utf-8")
    # The mock server validates requests against the spec itself; JSON loads without a YAML parser.
    (output / "openapi.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8"
    )
