"""Class the change between two versions of the OpenAPI document, operation by operation.

Why not an off-the-shelf OpenAPI diff tool: ``@pb33f/openapi-changes`` downloads its Go binary from
GitHub when npm installs it, which cannot work without network; ``api-smart-diff`` (npm) runs offline
but, on this OpenAPI 3.1 document, fails inside its own rules on ``required`` changes, classes a
removed request field as compatible and the same response retype once as breaking and once not.
So this small classifier reads the two documents as an SDK user sees them: operations by
``operationId``, and inside each, its parameters, request body fields and result fields (under
``data``), with their types, enums and whether they are required. The rules, from the caller's side:

- operation added: compatible; removed: breaking;
- request field or parameter added optional: compatible; added required, removed, renamed, made
  required, narrowed (accepts less), or an enum value removed: breaking; made optional, widened, an
  enum value added: compatible;
- result field added or made required: compatible; removed, renamed, made optional, widened (may give
  what old code does not expect): breaking; narrowed, an enum value added or removed: compatible
  (the generated models keep values they do not know, issue 11).
"""

from __future__ import annotations

from typing import Any

from generator.api_diff import Change

Document = dict[str, Any]
Field = dict[str, Any]
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_DEPTH = 3


def operations(document: Document) -> dict[str, tuple[str, str, dict[str, Any], list[Any]]]:
    """Each operation by id: (method, path, operation, parameters including the path item's)."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in _METHODS:
                parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                found[operation["operationId"]] = (method.upper(), path, operation, parameters)
    return found


def _resolve(document: Document, node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _types(document: Document, schema: Any, depth: int = 0) -> list[str]:
    """The kinds of value a schema accepts, as sorted words (``["integer", "null"]``, ``["array[string]"]``)."""
    schema = _resolve(document, schema)
    if not isinstance(schema, dict) or depth > _DEPTH:
        return ["any"]
    found: set[str] = set()
    for key in ("oneOf", "anyOf"):
        for alternative in schema.get(key, []):
            found.update(_types(document, alternative, depth + 1))
    for part in schema.get("allOf", []):
        found.update(t for t in _types(document, part, depth + 1) if t != "any")
    kinds = schema.get("type", [])
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        if kind == "array":
            found.add(f"array[{'|'.join(_types(document, schema.get('items', {}), depth + 1))}]")
        else:
            found.add(kind)
    if "enum" in schema and not kinds:
        found.update(sorted({type(value).__name__.replace("str", "string") for value in schema["enum"]}))
    return sorted(found) or ["any"]


def _fields(document: Document, schema: Any, prefix: str, required: bool, depth: int = 0) -> dict[str, Field]:
    """The named fields inside a schema, by dotted name, through allOf/oneOf/anyOf and list items."""
    schema = _resolve(document, schema)
    if not isinstance(schema, dict) or depth > _DEPTH:
        return {}
    found: dict[str, Field] = {}
    parts = [schema, *(_resolve(document, s) for key in ("allOf", "oneOf", "anyOf") for s in schema.get(key, []))]
    for part in parts:
        if not isinstance(part, dict):
            continue
        if part is not schema and any(key in part for key in ("allOf", "oneOf", "anyOf")):
            found.update(_fields(document, part, prefix, required, depth + 1))
            continue
        if "items" in part:
            found.update(_fields(document, part["items"], prefix, required, depth + 1))
        needed = set(part.get("required", []))
        for name, value in part.get("properties", {}).items():
            key = f"{prefix}{name}"
            resolved = _resolve(document, value)
            enum = resolved.get("enum") if isinstance(resolved, dict) else None
            found[key] = {
                "required": name in needed,
                "types": _types(document, value),
                "enum": sorted(map(str, enum)) if enum else None,
            }
            found.update(_fields(document, value, f"{key}.", required, depth + 1))
    return found


def _operation_fields(document: Document, operation: dict[str, Any], parameters: list[Any]) -> dict[str, Field]:
    found: dict[str, Field] = {}
    for parameter in parameters:
        parameter = _resolve(document, parameter)
        schema = parameter.get("schema", {})
        resolved = _resolve(document, schema)
        enum = resolved.get("enum") if isinstance(resolved, dict) else None
        found[f"parameter {parameter['name']}"] = {
            "required": bool(parameter.get("required")),
            "types": _types(document, schema),
            "enum": sorted(map(str, enum)) if enum else None,
        }
    body = _resolve(document, operation.get("requestBody", {}))
    for content in body.get("content", {}).values():
        for name, field in _fields(document, content.get("schema", {}), "", True).items():
            found.setdefault(f"body field {name}", field)
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        for content in _resolve(document, response).get("content", {}).values():
            for name, field in _fields(document, content.get("schema", {}), "", True).items():
                if name.startswith("data."):
                    found.setdefault(f"result field {name.removeprefix('data.')}", field)
    return found


def compare(old: Document, new: Document) -> list[Change]:
    """The changes from ``old`` to ``new``, classed for callers of the SDK; sorted and deterministic.

    Example::

        >>> compare({"paths": {"/a": {"get": {"operationId": "a"}}}}, {"paths": {}})[0].what
        'operation removed (GET /a)'
    """
    before, after = operations(old), operations(new)
    changes = []
    for op in sorted(before.keys() - after.keys()):
        changes.append(Change("spec", op, f"operation removed ({before[op][0]} {before[op][1]})", True))
    for op in sorted(after.keys() - before.keys()):
        changes.append(Change("spec", op, f"operation added ({after[op][0]} {after[op][1]})", False))
    for op in sorted(before.keys() & after.keys()):
        old_method, old_path, old_operation, old_parameters = before[op]
        new_method, new_path, new_operation, new_parameters = after[op]
        if (old_method, old_path) != (new_method, new_path):
            what = f"moved from {old_method} {old_path} to {new_method} {new_path} (the SDK follows)"
            changes.append(Change("spec", op, what, False))
        old_fields = _operation_fields(old, old_operation, old_parameters)
        new_fields = _operation_fields(new, new_operation, new_parameters)
        changes.extend(_field_changes(op, old_fields, new_fields))
    return sorted(changes)


def _is_result(name: str) -> bool:
    return name.startswith("result ")


def _field_changes(op: str, old: dict[str, Field], new: dict[str, Field]) -> list[Change]:
    changes: list[Change] = []

    def change(name: str, what: str, breaking: bool) -> None:
        changes.append(Change("spec", f"{op}: {name}", what, breaking))

    gone = sorted(name for name in old.keys() - new.keys() if name.rpartition(".")[0] not in old.keys() - new.keys())
    came = sorted(name for name in new.keys() - old.keys() if name.rpartition(".")[0] not in new.keys() - old.keys())
    for name in gone:
        # One field gone and one come beside it, of the same type, is a rename.
        parent, kind = name.rpartition(".")[0], name.split(" ")[0]
        twin = next(
            (
                n
                for n in came
                if n.rpartition(".")[0] == parent and n.split(" ")[0] == kind and new[n]["types"] == old[name]["types"]
            ),
            None,
        )
        if twin is not None:
            came.remove(twin)
            change(name, f"renamed to {twin.rpartition(' ')[2].rpartition('.')[2]!r}", True)
        else:
            change(name, "removed", True)
    for name in came:
        required = new[name]["required"]
        change(name, f"added ({'required' if required else 'optional'})", required and not _is_result(name))
    for name in sorted(old.keys() & new.keys()):
        result = _is_result(name)
        was, now = old[name], new[name]
        if now["required"] != was["required"]:
            what = "now required" if now["required"] else "now optional"
            change(name, what, now["required"] != result)
        if now["types"] != was["types"]:
            wider = set(was["types"]) <= set(now["types"])
            narrower = set(now["types"]) <= set(was["types"])
            what = f"type {' | '.join(was['types'])} -> {' | '.join(now['types'])}"
            change(name, what, not (narrower if result else wider))
        if now["enum"] != was["enum"]:
            added = sorted(set(now["enum"] or []) - set(was["enum"] or []))
            removed = sorted(set(was["enum"] or []) - set(now["enum"] or []))
            if added:
                change(name, f"enum value(s) added: {', '.join(added)}", False)
            if removed:
                change(name, f"enum value(s) removed: {', '.join(removed)}", not result)
    return changes
