"""The public Python API of both packages as a flat, comparable map, read statically with griffe.

``surface(root)`` loads ``iranpayamak_api`` and ``iranpayamak`` from a checkout (``root/generated`` and
``root/overrides``) without importing them, and returns one record per public name, keyed by the path a
user writes: ``iranpayamak_api.api.sms.send_pattern.sync``, ``iranpayamak.errors.ApiError``, and, for
the namespaces of the ergonomic clients, ``IranPayamak.sms.send_pattern``.

Three things griffe's own ``find_breaking_changes`` does not cover are added here, because the
generated code depends on them: the namespaces live in a private module (``iranpayamak._generated``)
and are reached only through the clients' attributes; the models are attrs classes, whose ``__init__``
is synthesised from their fields; and result and attribute types are compared (griffe leaves them as
a TODO). Each record is plain JSON, so the same map is the recorded API snapshot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import griffe

PACKAGES = ("iranpayamak_api", "iranpayamak")
# The clients whose attributes are the namespaces a user calls: client.sms.send_pattern(...).
CLIENTS = {"IranPayamak": "iranpayamak.client.IranPayamak", "AsyncIranPayamak": "iranpayamak.client.AsyncIranPayamak"}
_ATTRS_DECORATORS = ("_attrs_define", "define", "frozen", "attr.s", "attrs.define", "attrs.frozen", "attr.attrs")

Record = dict[str, Any]


def load(root: Path) -> griffe.ModulesCollection:
    """Load both packages of the checkout at ``root`` into one griffe collection (nothing is imported)."""
    loader = griffe.GriffeLoader(
        search_paths=[root / "overrides", root / "generated"], allow_inspection=False, store_source=False
    )
    for package in PACKAGES:
        loader.load(package)
    return loader.modules_collection


def surface(root: Path) -> dict[str, Record]:
    """Every public name of both packages at ``root`` with its signature, sorted by path.

    Example::

        >>> api = surface(Path("."))
        >>> api["IranPayamak.account.balance"]["kind"]
        'function'
    """
    collection = load(root)
    found: dict[str, Record] = {}
    for package in PACKAGES:
        _walk(collection[package], package, found, collection, ())
    for name, path in CLIENTS.items():
        _walk(_target(collection, path), name, found, collection, ())
    return dict(sorted(found.items()))


def _target(collection: griffe.ModulesCollection, path: str) -> griffe.Object | None:
    try:
        obj = collection[path]
        return obj.final_target if obj.is_alias else obj  # type: ignore[no-any-return]
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _text(expression: object) -> str | None:
    return None if expression is None else str(expression)


def _is_private_path(path: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in path.split("."))


def _walk(
    obj: griffe.Object | griffe.Alias | None,
    path: str,
    found: dict[str, Record],
    collection: griffe.ModulesCollection,
    chain: tuple[str, ...],
) -> None:
    if obj is None or path in found:
        return
    if obj.is_alias:
        target_path = obj.target_path  # type: ignore[union-attr]
        if not target_path.startswith(PACKAGES) or not _is_private_path(target_path):
            # Walked where it is defined (or not ours): the alias itself is the contract.
            found[path] = {"kind": "alias", "target": target_path}
            return
        obj = _target(collection, target_path)
        if obj is None:
            found[path] = {"kind": "alias", "target": target_path}
            return
    assert isinstance(obj, griffe.Object)
    if obj.is_module:
        found[path] = {"kind": "module"}
        for name, member in obj.members.items():
            if member.is_public and not name.startswith("_"):
                _walk(member, f"{path}.{name}", found, collection, chain)
    elif obj.is_class:
        _class(obj, path, found, collection, chain)
    elif obj.is_function:
        found[path] = _function(obj)
    elif obj.is_attribute:
        found[path] = {"kind": "attribute", "annotation": _text(getattr(obj, "annotation", None))}


def _class(
    cls: griffe.Object,
    path: str,
    found: dict[str, Record],
    collection: griffe.ModulesCollection,
    chain: tuple[str, ...],
) -> None:
    assert isinstance(cls, griffe.Class)
    found[path] = {"kind": "class", "bases": [str(base) for base in cls.bases]}
    if cls.path in chain:
        return
    chain = (*chain, cls.path)
    if any(str(decorator.value).endswith(_ATTRS_DECORATORS) for decorator in cls.decorators):
        found[f"{path}.__init__"] = _attrs_init(cls)
    for name, member in cls.all_members.items():
        if name.startswith("_") and name != "__init__":
            continue
        member_path = f"{path}.{name}"
        if name == "__init__" and member_path in found:
            continue
        namespace = _namespace_class(_annotation(member), collection) if member.is_attribute else None
        if namespace is not None and len(chain) < 3:
            _class(namespace, member_path, found, collection, chain)
        else:
            _walk(member, member_path, found, collection, chain)


def _annotation(member: griffe.Object | griffe.Alias) -> object:
    try:
        # Inherited members are aliases of the base class's.
        target = member.final_target if isinstance(member, griffe.Alias) else member
        return getattr(target, "annotation", None)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _namespace_class(annotation: object, collection: griffe.ModulesCollection) -> griffe.Object | None:
    """The class of an attribute typed by one of our classes (a client's namespace), if it is one."""
    canonical = getattr(annotation, "canonical_path", None)
    if not isinstance(canonical, str) or not canonical.startswith(PACKAGES):
        return None
    target = _target(collection, canonical)
    return target if target is not None and target.is_class else None


def _function(function: griffe.Object) -> Record:
    assert isinstance(function, griffe.Function)
    parameters = [
        [p.name, p.kind.value, _text(p.annotation), _text(p.default), p.required]
        for p in function.parameters
        if p.name not in ("self", "cls")
    ]
    return {"kind": "function", "parameters": parameters, "returns": _text(function.returns)}


def _attrs_init(cls: griffe.Class) -> Record:
    """The ``__init__`` attrs writes for ``cls``: its annotated fields in order, keyword-or-positional."""
    parameters = []
    for name, member in cls.members.items():
        if not member.is_attribute or member.is_alias or "property" in member.labels:
            continue
        value = _text(member.value)  # type: ignore[union-attr]
        if member.annotation is None or (value is not None and "init=False" in value):  # type: ignore[union-attr]
            continue
        required = value is None
        parameters.append(
            [name.lstrip("_"), "positional or keyword", _text(member.annotation), value, required]  # type: ignore[union-attr]
        )
    return {"kind": "function", "parameters": parameters, "returns": None}
