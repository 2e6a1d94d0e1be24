"""Describe every operation as a method of the ergonomic clients, for the resource templates.

The spec says where each operation lives (``x-iranpayamak-method: namespace.method``) and what each
argument means (``$ref: Mobile``, ``Schedule``, ``UploadFile``, limits such as ``minLength``); the
freshly generated low-level package says how its functions and models spell each name. This module
combines the two into :class:`Method` descriptions that ``templates/resources/resources.py.jinja``
renders once for ``IranPayamak`` and once for ``AsyncIranPayamak``.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import define, field
from openapi_python_client.strings import PythonIdentifier

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


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


@define
class Argument:
    """One parameter of a resource method."""

    name: str
    wire: str
    kind: str
    annotation: str
    required: bool
    description: str
    convert: str
    location: str = "body"
    nullable: bool = False
    positional: bool = False
    secret: bool = False
    """Held as a ``Secret`` from the start of the method, and never quoted in an error."""


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
    at_least_one: list[tuple[str, str]] = field(factory=list)


class Spec:
    """The spec with ``$ref`` resolution and ``allOf`` flattening."""

    def __init__(self, document: dict[str, Any], api: types.ModuleType) -> None:
        self.document = document
        self.api = api
        models = importlib.import_module(f"{api.__name__}.models")
        # Models refer to each other under TYPE_CHECKING; hints resolve against all of them.
        self.names = {name: getattr(models, name) for name in models.__all__}

    def hints(self, obj: Any) -> dict[str, Any]:
        """The resolved type hints of a generated function or model."""
        return typing.get_type_hints(obj, localns=self.names)

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

    def mobile_paths(self, schema: dict[str, Any], prefix: str = "", depth: int = 0) -> list[str]:
        """Where Mobile values sit inside an object schema, as ``a.b`` / ``a[]`` paths."""
        if depth > 4:
            return []
        paths = []
        properties, _ = self.flatten(schema)
        for name, prop in properties.items():
            here = f"{prefix}{name}"
            if self.ref_name(prop) == "Mobile":
                paths.append(here)
            elif prop.get("type") == "array" and self.ref_name(prop.get("items", {})) == "Mobile":
                paths.append(f"{here}[]")
            elif prop.get("type") == "array" and self._is_object(prop.get("items", {})):
                paths += self.mobile_paths(prop["items"], f"{here}[].", depth + 1)
            elif self._is_object(prop):
                paths += self.mobile_paths(prop, f"{here}.", depth + 1)
        return paths

    def _is_object(self, schema: dict[str, Any]) -> bool:
        resolved = self.resolve(schema)
        return resolved.get("type") == "object" or "allOf" in resolved

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in self.document["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]


def _classes_in(annotation: Any) -> list[type]:
    """The classes named by a type hint (through unions and ``list[...]``)."""
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        return [annotation]
    return [found for arg in typing.get_args(annotation) for found in _classes_in(arg)]


def _model_class(annotation: Any) -> type:
    for candidate in _classes_in(annotation):
        if issubclass(candidate, enum.Enum) or hasattr(candidate, "from_dict"):
            return candidate
    raise TypeError(f"no model or enum class in {annotation!r}")


def _type_text(annotation: Any, imports: set[str], api: str) -> str:
    """Source text of a type hint of the generated package, recording the model imports it needs."""
    if annotation is Any:
        return "Any"
    if annotation is type(None):
        return "None"
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        parts = [_type_text(arg, imports, api) for arg in typing.get_args(annotation)]
        parts = [part for part in parts if part != "Unset"]
        return " | ".join(sorted(set(parts), key=lambda part: (part == "None", parts.index(part))))
    if origin is list:
        (item,) = typing.get_args(annotation)
        return f"builtins.list[{_type_text(item, imports, api)}]"
    if origin is dict:
        key, value = typing.get_args(annotation)
        return f"builtins.dict[{_type_text(key, imports, api)}, {_type_text(value, imports, api)}]"
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__name__
        if annotation.__name__ == "Unset":
            return "Unset"
        if annotation.__module__.startswith(f"{api}.models."):
            imports.add(annotation.__name__)
            return annotation.__name__
        if annotation.__name__ == "File":
            return "File"
    raise TypeError(f"cannot write the type {annotation!r}")


class Describer:
    """Builds the :class:`Method` of each operation."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        # Model names the annotations use, and those the current method needs at run time.
        self.imports: set[str] = set()
        self.runtime: set[str] = set()
        self.api_name = spec.api.__name__

    def use(self, name: str) -> str:
        """Record that the current method's code needs model ``name`` when it runs."""
        self.imports.add(name)
        self.runtime.add(name)
        return name

    def methods(self) -> list[Method]:
        found = [self.method(path, verb, operation) for path, verb, operation in self.spec.operations()]
        return sorted(found, key=lambda method: (NAMESPACES.index(method.namespace), method.name))

    def method(self, path: str, verb: str, operation: dict[str, Any]) -> Method:
        namespace, name = operation["x-iranpayamak-method"].split(".")
        operation_id = operation["operationId"]
        module_path = f"{self.api_name}.api.{operation['tags'][0]}.{operation_id}"
        module = importlib.import_module(module_path)
        signature = inspect.signature(module.sync)
        hints = self.spec.hints(module.sync)
        arguments: list[Argument] = []
        self.runtime = set()

        path_item = self.spec.document["paths"][path]
        parameters = [
            self.spec.resolve_node(p) for p in [*path_item.get("parameters", []), *operation.get("parameters", [])]
        ]
        for parameter in parameters:
            python = _python_name(parameter["name"])
            if python not in signature.parameters:
                raise KeyError(f"{operation_id}: generated function has no parameter {python!r}")
            arguments.append(
                self.argument(
                    python,
                    parameter["name"],
                    parameter["schema"],
                    hints[python],
                    required=parameter.get("required", False),
                    description=parameter.get("description", ""),
                    positional=parameter["in"] == "path",
                    location=parameter["in"],
                )
            )

        body_class, body_kind = None, "none"
        at_least_one: list[tuple[str, str]] = []
        if "requestBody" in operation:
            media_type, media = next(iter(operation["requestBody"]["content"].items()))
            body_hint = hints["body"]
            if "oneOf" in media["schema"]:
                body_kind = "one_of"
                classes = [self.use(_type_text(c, self.imports, self.api_name)) for c in _classes_in(body_hint)]
                for cls_name in classes:
                    self.component(cls_name)
                body_class = ", ".join(classes)
                annotation = " | ".join([*classes, *(f"wire.{cls_name}" for cls_name in classes)])
                arguments.append(
                    Argument(
                        name="request",
                        wire="body",
                        kind="one_of",
                        annotation=annotation,
                        required=True,
                        positional=True,
                        description=(
                            "The request: one of the models, or a dict of its wire shape (``iranpayamak_api.wire``)."
                        ),
                        convert=f'args.one_of(({body_class},), request, "request")',
                        location="one_of",
                    )
                )
            else:
                body_kind = "multipart" if media_type == "multipart/form-data" else "json"
                model = _model_class(body_hint)
                body_class = _type_text(model, self.imports, self.api_name)
                field_hints = self.spec.hints(model)
                properties, required = self.spec.flatten(media["schema"])
                at_least_one = self.alternatives(media["schema"])
                for wire, schema in properties.items():
                    python = _python_name(wire)
                    if python not in field_hints:
                        raise KeyError(f"{operation_id}: {model.__name__} has no field {python!r}")
                    arguments.append(
                        self.argument(
                            python,
                            wire,
                            schema,
                            field_hints[python],
                            required=wire in required,
                            description=self.describe(schema),
                            positional=False,
                            location="body",
                        )
                    )

        self.order(arguments)
        success = self.success(operation)
        result, returns, item = self.returns(success, hints["return"])
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
        clashes = sorted(reserved & {a.name for a in arguments})
        if clashes:
            raise ValueError(f"{operation_id}: argument names clash with the template's locals: {clashes}")
        if body_class is not None:
            self.runtime -= set(body_class.split(", "))
        record = RECORDS.get(item or returns)
        if record is not None:
            # Returned as the client's record (iranpayamak.records): spelled right, times aware.
            item = f"records.{record}" if item is not None else None
            returns = f"records.{record}"
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
            imports=sorted(self.runtime),
            at_least_one=at_least_one,
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

    def returns(self, success: tuple[str, dict[str, Any]], hint: Any) -> tuple[str, str, str | None]:
        media_type, schema = success
        if media_type != "application/json":
            return "file", "bytes", None
        model = _model_class(hint)
        data_hint = self.spec.hints(model)["data"]
        properties, _ = self.spec.flatten(schema)
        data_schema = self.spec.resolve(properties["data"])
        page = self._page_schema(properties["data"])
        if page is not None:
            # The page's model; an inferred list's data may also be a plain list of its items.
            page_model = next(c for c in _classes_in(data_hint) if c.__name__ == self.spec.ref_name(page))
            items_hint = self.spec.hints(page_model)["items"]
            item = _type_text(typing.get_args(items_hint)[0], self.imports, self.api_name)
            return "pager", item, item
        listed = self._listed(data_schema, data_hint)
        if listed is not None:
            return "items", _type_text(listed, self.imports, self.api_name), None
        text = _type_text(data_hint, self.imports, self.api_name)
        return ("optional_data" if "Unset" in repr(data_hint) else "data"), text, None

    def _page_schema(self, data: dict[str, Any]) -> dict[str, Any] | None:
        """The reference to the page model of paged data (the data itself, or one branch of its anyOf)."""
        for candidate in [data, *self.spec.resolve(data).get("anyOf", [])]:
            parts = self.spec.resolve(candidate).get("allOf", [])
            if "$ref" in candidate and any(
                self.spec.ref_name(part) in ("PageMeta", "InferredPageMeta") for part in parts
            ):
                return candidate
        return None

    def _listed(self, data_schema: dict[str, Any], data_hint: Any) -> Any:
        """The ``list[...]`` hint of data that is a list or an object wrapping it in ``items``, else None."""
        branches = [self.spec.resolve(branch) for branch in data_schema.get("anyOf", [])]
        wrapped = [branch for branch in branches if "items" in branch.get("properties", {})]
        if len(branches) != 2 or len(wrapped) != 1 or not any(branch.get("type") == "array" for branch in branches):
            return None
        return next(arg for arg in typing.get_args(data_hint) if typing.get_origin(arg) is list)

    def argument(
        self,
        name: str,
        wire: str,
        schema: dict[str, Any],
        hint: Any,
        *,
        required: bool,
        description: str,
        positional: bool,
        location: str,
    ) -> Argument:
        kind, annotation, convert, nullable = self.conversion(name, wire, schema, hint, location)
        if kind in KIND_DOCS and not schema.get("description"):
            description = KIND_DOCS[kind]
        elif kind == "mobiles":
            description = f"{description} {KIND_DOCS[kind]}".strip()
        elif kind in ("model", "models"):
            description = f"{description} {self.wire_keys(schema)}".strip()
        return Argument(
            location=location,
            name=name,
            wire=wire,
            kind=kind,
            annotation=annotation,
            required=required,
            description=description,
            convert=convert,
            nullable=nullable,
            positional=positional,
            secret=kind == "secret",
        )

    def conversion(
        self, name: str, wire: str, schema: dict[str, Any], hint: Any, location: str = "body"
    ) -> tuple[str, str, str, bool]:
        """(kind, parameter annotation, conversion expression, nullable) for one argument."""
        spec = self.spec
        ref = spec.ref_name(schema)
        # Errors name the Python argument the caller wrote, not the field name on the wire.
        where = f'"{name}"'
        nullable_variants = [part for part in schema.get("anyOf", []) if part.get("type") != "null"]
        if len(nullable_variants) == 1 and len(schema.get("anyOf", [])) == 2:
            kind, annotation, convert, _ = self.conversion(name, wire, nullable_variants[0], hint, location)
            return kind, annotation, convert, True

        if ref in SEMANTIC_SCHEMAS:
            kind = SEMANTIC_SCHEMAS[ref]
            if kind == "mobile":
                return kind, "str", f"args.mobile({name}, {where})", False
            if kind == "line":
                return kind, "str | int | None", f"args.line({name}, {where})", False
            if kind == "number_format":
                self.imports.add("NumberFormat")
                return kind, "NumberFormat | str | None", f"args.number_format_or_default({name}, {where})", False
            if kind in {"schedule", "form_schedule"}:
                return kind, "datetime | None", f"args.{kind}({name}, {where})", kind == "schedule"
            if kind == "upload":
                default = UPLOAD_NAMES.get(wire, f"{wire}.bin")
                return kind, "FileInput", f'args.upload({name}, {where}, "{default}")', False
            if kind in ("spreadsheet", "sheet"):
                default = UPLOAD_NAMES.get(wire, "")
                default = default if default.endswith(".xlsx") else "workbook.xlsx"
                return kind, "FileInput", f'args.{kind}({name}, {where}, "{default}")', False
            if kind == "flag":
                return kind, "bool", f"{self.use('Flag')}(int(args.boolean({name}, {where})))", False
            if kind == "message_text":
                limits = self.limits(spec.resolve(schema), ("minLength", "min_length"))
                return kind, "str", f"args.message_text({name}, {where}{limits})", False

        resolved = spec.resolve(schema)
        types_ = resolved.get("type")
        type_list = types_ if isinstance(types_, list) else [types_]
        nullable = "null" in type_list
        main = next((t for t in type_list if t != "null"), None)

        if "enum" in resolved:
            cls = _model_class(hint)
            cls_name = self.use(_type_text(cls, self.imports, self.api_name))
            base = "int" if issubclass(cls, int) else "str"
            return "enum", f"{cls_name} | {base}", f"args.enum({cls_name}, {name}, {where})", nullable
        if main == "object" or "allOf" in resolved:
            cls = _model_class(hint)
            cls_name = self.use(_type_text(cls, self.imports, self.api_name))
            if "properties" not in resolved and "allOf" not in resolved and "additionalProperties" in resolved:
                return "text_map", "Mapping[str, str | int]", f"args.text_map({cls_name}, {name}, {where})", nullable
            paths = tuple(spec.mobile_paths(schema))
            self.component(cls_name)
            return (
                "model",
                self.nested(cls_name, schema),
                f"args.model({cls_name}, {name}, {where}, {paths!r})",
                nullable,
            )
        if main == "array":
            items = resolved.get("items", {})
            limits = self.limits(resolved, ("minItems", "min_items"), ("maxItems", "max_items"))
            if spec.ref_name(items) == "Mobile":
                return "mobiles", "Iterable[str | int]", f"args.mobiles({name}, {where}{limits})", nullable
            if spec._is_object(items):
                cls = _model_class(hint)
                cls_name = self.use(_type_text(cls, self.imports, self.api_name))
                paths = tuple(spec.mobile_paths(items))
                self.component(cls_name)
                return (
                    "models",
                    f"Iterable[{self.nested(cls_name, items)}]",
                    f"args.models({cls_name}, {name}, {where}, {paths!r}{limits})",
                    nullable,
                )
            item_type = {"integer": "int", "string": "str", "number": "float"}[self.spec.resolve(items)["type"]]
            each = {key: value for key, value in items.items() if key not in DESCRIPTIVE_KEYWORDS}
            return "items", f"Iterable[{item_type}]", f"args.items({name}, {where}{limits}, each={each!r})", nullable
        if main == "string":
            limits = self.limits(resolved, ("minLength", "min_length"), ("maxLength", "max_length"))
            if location in ("query", "path") and "maxLength" not in resolved:
                limits += f", max_length={PARAMETER_MAX_LENGTH}"
            if "pattern" in resolved:
                limits += f", pattern={resolved['pattern']!r}"
            if resolved.get("format") in CHECKED_FORMATS:
                limits += f", format={resolved['format']!r}"
            if resolved.get("format") == SECRET_FORMAT:
                return "secret", "str", f"args.string({name}, {where}{limits}, secret=True)", nullable
            return "string", "str", f"args.string({name}, {where}{limits})", nullable
        if main == "integer":
            limits = self.limits(resolved, ("minimum", "minimum"), ("maximum", "maximum"))
            return "integer", "int", f"args.integer({name}, {where}{limits})", nullable
        if main == "number":
            limits = self.limits(resolved, ("minimum", "minimum"), ("maximum", "maximum"))
            return "number", "float", f"args.number({name}, {where}{limits})", nullable
        if main == "boolean":
            return "boolean", "bool", f"args.boolean({name}, {where})", nullable
        if main is None and not resolved.get("anyOf"):
            return "any", "Any", name, True
        variants = resolved.get("anyOf") or resolved.get("oneOf") or []
        if all(variant.get("type") in {"string", "integer", "number", "null"} for variant in variants):
            return "any", "str | int | float | None", name, True
        raise TypeError(f"no conversion for {wire}: {schema!r}")

    def nested(self, cls_name: str, schema: dict[str, Any]) -> str:
        """The annotation of a nested object: its model, or a dict of its wire shape (``iranpayamak_api.wire``,
        so a type checker names a misspelled key)."""
        extra = self.spec.resolve(schema).get("additionalProperties")
        if isinstance(extra, dict):
            # Keys beyond the named ones (a recipient's variables) need PEP 728, which mypy lacks.
            return f"{cls_name} | Mapping[str, str | int]"
        return f"{cls_name} | wire.{cls_name}"

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
        if isinstance(self.spec.resolve(element).get("additionalProperties"), dict):
            return f"A dict takes the keys {keys} and one per variable."
        return f"A dict takes the keys of ``iranpayamak_api.wire.{self.spec.ref_name(element)}``, as sent: {keys}."

    def component(self, name: str) -> None:
        """Check that model ``name`` is a schema of the spec: ``args.model`` checks values against the
        component named like the model class, so a renamed model would go unchecked."""
        if name not in self.spec.document["components"]["schemas"]:
            raise ValueError(f"model {name} is not a component schema of the spec; args.model could not check it")

    @staticmethod
    def limits(schema: dict[str, Any], *pairs: tuple[str, str]) -> str:
        return "".join(f", {keyword}={schema[key]!r}" for key, keyword in pairs if key in schema)


def describe(document: dict[str, Any], api: types.ModuleType) -> tuple[list[Method], list[str]]:
    """The methods of every operation and the model names they use."""
    describer = Describer(Spec(document, api))
    methods = describer.methods()
    return methods, sorted(describer.imports)


def render(document: dict[str, Any], api: types.ModuleType, templates: Path, output: Path, version: str) -> None:
    """Write ``resources.py`` and ``async_resources.py`` (and the package marker) into ``output``."""
    import jinja2

    methods, models = describe(document, api)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    namespaces = {ns: [m for m in methods if m.namespace == ns] for ns in NAMESPACES}
    output.mkdir(parents=True, exist_ok=True)
    for is_async, filename in ((False, "resources.py"), (True, "async_resources.py")):
        text = environment.get_template("resources.py.jinja").render(
            namespaces=namespaces, models=models, is_async=is_async, version=version
        )
        (output / filename).write_text(text, encoding="utf-8")
    (output / "__init__.py").write_text(environment.get_template("init.py.jinja").render(), encoding="utf-8")
    # The mock server validates requests against the spec itself; JSON loads without a YAML parser.
    (output / "openapi.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8"
    )
