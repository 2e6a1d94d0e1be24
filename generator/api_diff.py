"""Compare two public Python APIs (maps from ``generator.surface``) and class each change for users.

The rules are griffe's (``griffe check``), applied to the flat records so that they also reach the
clients' namespaces, the attrs models' ``__init__`` and the types griffe does not compare:

- a public name removed, or turned into another kind of object: breaking; a name added: compatible;
- a parameter removed, renamed, moved between positions, given another kind that callers cannot use
  the old way, given another default, or made required; a required parameter added: breaking;
  an optional parameter added, or a required one made optional: compatible;
- a parameter's type that accepts everything it accepted before (``str`` to ``str | int``) and a result
  or attribute type that gives nothing it did not give before (``str | None`` to ``str``): compatible;
  any other change of type: breaking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True, order=True)
class Change:
    """One change a user of a layer would notice, classed ``breaking`` or compatible.

    ``layer`` is ``spec`` (the web service's operations) or the package it concerns; ``subject`` the
    operation, field or Python name; ``what`` what happened to it, in words.
    """

    layer: str
    subject: str
    what: str
    breaking: bool


def _a(kind: str) -> str:
    """``kind`` with its indefinite article: "an alias", "a function"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _layer(path: str) -> str:
    return "iranpayamak_api" if path.startswith("iranpayamak_api") else "iranpayamak"


def _members(annotation: str | None) -> set[str]:
    """The top-level members of a ``|`` union, as written (``"str | int | None"`` -> three members)."""
    if annotation is None:
        return set()
    members: set[str] = set()
    depth, current = 0, ""
    for char in annotation:
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "|" and depth == 0:
            members.add(current.strip())
            current = ""
        else:
            current += char
    members.add(current.strip())
    return members


def _within(inner: str | None, outer: str | None) -> bool:
    return _members(inner) <= _members(outer)


def compare(old: dict[str, Record], new: dict[str, Record]) -> list[Change]:
    """Every difference between two API maps, sorted; deterministic for the same inputs.

    Example::

        >>> old = {"m.f": {"kind": "function", "parameters": [], "returns": "int"}}
        >>> compare(old, {})[0].what
        'removed'
    """
    changes: list[Change] = []
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    # Members of a removed or added object follow it; only the outermost is worth a line.
    for paths, what, breaking in ((removed, "removed", True), (added, "added", False)):
        for path in paths:
            parent = path.rpartition(".")[0]
            if parent not in paths:
                changes.append(Change(_layer(path), path, what, breaking))
    for path in sorted(set(old) & set(new)):
        changes.extend(_record_changes(path, old[path], new[path]))
    return sorted(changes)


def _record_changes(path: str, old: Record, new: Record) -> list[Change]:
    layer = _layer(path)
    if old["kind"] != new["kind"]:
        return [Change(layer, path, f"changed from {_a(old['kind'])} to {_a(new['kind'])}", True)]
    if old["kind"] == "alias" and old["target"] != new["target"]:
        return [Change(layer, path, f"now names {new['target']} (was {old['target']})", True)]
    if old["kind"] == "class":
        lost = [base for base in old["bases"] if base not in new["bases"]]
        return [Change(layer, path, f"no longer derives from {', '.join(lost)}", True)] if lost else []
    if old["kind"] == "attribute" and old["annotation"] != new["annotation"]:
        breaking = not _within(new["annotation"], old["annotation"])
        return [Change(layer, path, f"type {old['annotation']} -> {new['annotation']}", breaking)]
    if old["kind"] == "function":
        return _function_changes(layer, path, old, new)
    return []


_POSITIONAL = ("positional-only", "positional or keyword")


def _function_changes(layer: str, path: str, old: Record, new: Record) -> list[Change]:
    changes: list[Change] = []

    def change(what: str, breaking: bool) -> None:
        changes.append(Change(layer, path, what, breaking))

    old_params = {p[0]: (index, p) for index, p in enumerate(old["parameters"])}
    new_params = {p[0]: (index, p) for index, p in enumerate(new["parameters"])}
    gone = [name for name in old_params if name not in new_params]
    came = [name for name in new_params if name not in old_params]
    for name in gone:
        index, (_, _, annotation, _, _) = old_params[name]
        # A parameter at the same place with the same type and a new name is one change, not two.
        twin = next((n for n in came if new_params[n][0] == index and new_params[n][1][2] == annotation), None)
        if twin is not None:
            came.remove(twin)
            change(f"parameter {name!r} renamed to {twin!r}", True)
        else:
            change(f"parameter {name!r} removed", True)
    for name in came:
        required = new_params[name][1][4]
        change(f"{'required' if required else 'optional'} parameter {name!r} added", required)
    for name in old_params.keys() & new_params.keys():
        (old_index, (_, old_kind, old_type, old_default, old_required)) = old_params[name]
        (new_index, (_, new_kind, new_type, new_default, new_required)) = new_params[name]
        if new_required and not old_required:
            change(f"parameter {name!r} is now required", True)
        elif old_required and not new_required:
            change(f"parameter {name!r} is now optional", False)
        elif not new_required and old_default != new_default:
            change(f"parameter {name!r} default {old_default} -> {new_default}", True)
        if old_kind != new_kind:
            widened = old_kind == "keyword-only" and new_kind == "positional or keyword"
            change(f"parameter {name!r} {old_kind} -> {new_kind}", not widened)
        elif old_kind in _POSITIONAL and old_index != new_index:
            change(f"parameter {name!r} moved from position {old_index + 1} to {new_index + 1}", True)
        if old_type != new_type:
            change(f"parameter {name!r} type {old_type} -> {new_type}", not _within(old_type, new_type))
    if old["returns"] != new["returns"] and old["returns"] not in (None, "None"):
        change(f"result {old['returns']} -> {new['returns']}", not _within(new["returns"], old["returns"]))
    return sorted(changes)
