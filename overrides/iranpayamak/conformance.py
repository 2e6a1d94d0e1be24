"""Recorded traffic checked against the spec: where the real service and ``spec/iranpayamak.openapi.yaml`` differ.

Record with ``IranPayamak(record_to="recordings")`` (or ``IRANPAYAMAK_RECORD=recordings``), then run
``iranpayamak conformance recordings``. Each recorded answer is validated against the response the spec
declares for its operation and status, with the validator the mock judges requests by. The report
names, per operation:

- **differences**: what the service did that the spec does not allow (a status it does not declare, a
  body that is not JSON, a value of another type, a missing required field, a value outside an enum
  or a pattern), each with the place in the spec that is stricter than what was seen and the edit to
  make there;
- **unnamed fields**: fields the service sent that the spec does not name. The client keeps them (in
  ``additional_properties``); naming them in the spec gives them types.

Needs ``jsonschema`` (the ``cli`` and ``mock`` extras). Requests are not checked: the client builds
them from the spec, and recordings mask their secrets.

Example::

    >>> report = check("recordings")                       # doctest: +SKIP
    >>> print(report.text())                               # doctest: +SKIP
    >>> report.ok                                          # doctest: +SKIP
    False
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen
from jsonschema.exceptions import ValidationError, best_match

from ._spec_schemas import load_spec, resolve, validator

__all__ = ["Difference", "OperationReport", "Report", "check"]

_METHODS = ("get", "put", "post", "delete", "patch")
# How many recorded files a finding lists as examples.
_EXAMPLES = 3


@frozen
class Difference:
    """One way the recorded answers of an operation differ from the spec (the same way in every file listed).

    Attributes:
        kind: ``status`` (a status the spec does not declare), ``media`` (a body that is not what the
            spec declares, e.g. HTML), ``schema`` (a body the schema refuses), or ``unnamed`` (a field
            the schema does not name, which the client keeps).
        status: The HTTP status of the answers.
        where: The place in the body (``data.items[*].id``), empty for the body itself.
        message: What the service sent that the spec does not allow.
        spec_location: The part of the spec to edit, as a JSON pointer (``#/components/schemas/...``).
        edit: The edit that would make the spec allow what was seen.
        count: How many recorded answers showed it.
        files: Some of the recordings that showed it.
    """

    kind: str
    status: int
    where: str
    message: str
    spec_location: str
    edit: str
    count: int = 1
    files: tuple[str, ...] = ()


@frozen
class OperationReport:
    """What the recordings of one operation showed."""

    operation: str
    exchanges: int
    statuses: Mapping[int, int]
    differences: tuple[Difference, ...]
    unnamed: tuple[Difference, ...]

    @property
    def conforms(self) -> bool:
        """No recorded answer did what the spec does not allow."""
        return not self.differences


@frozen
class Report:
    """The conformance of a folder of recordings."""

    directory: str
    operations: tuple[OperationReport, ...]
    unreadable: tuple[tuple[str, str], ...] = field(factory=tuple)

    @property
    def ok(self) -> bool:
        """There were recordings, every one was read, and every answer is one the spec allows."""
        return bool(self.operations) and not self.unreadable and all(report.conforms for report in self.operations)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""

        def finding(item: Difference) -> dict[str, Any]:
            return {
                "kind": item.kind,
                "status": item.status,
                "where": item.where,
                "message": item.message,
                "spec_location": item.spec_location,
                "edit": item.edit,
                "count": item.count,
                "files": list(item.files),
            }

        return {
            "directory": self.directory,
            "ok": self.ok,
            "operations": [
                {
                    "operation": report.operation,
                    "exchanges": report.exchanges,
                    "statuses": {str(status): count for status, count in sorted(report.statuses.items())},
                    "differences": [finding(item) for item in report.differences],
                    "unnamed": [finding(item) for item in report.unnamed],
                }
                for report in self.operations
            ],
            "unreadable": [{"file": name, "reason": reason} for name, reason in self.unreadable],
        }

    def text(self) -> str:
        """The report as plain text, one block per operation."""
        total = sum(report.exchanges for report in self.operations)
        operations = _counted(len(self.operations), "operation")
        lines = [f"Checked {_counted(total, 'recorded answer')} of {operations} in {self.directory}."]
        for report in self.operations:
            seen = ", ".join(f"{status} ×{count}" for status, count in sorted(report.statuses.items()))
            verdict = "conforms" if report.conforms else _counted(len(report.differences), "difference")
            lines.append("")
            lines.append(f"{report.operation}: {_counted(report.exchanges, 'answer')} ({seen}): {verdict}")
            for item in report.differences:
                lines.extend(_described("✗", item))
            for item in report.unnamed:
                lines.extend(_described("+", item))
        for name, reason in self.unreadable:
            lines.append(f"\n✗ {name}: not a recording ({reason})")
        differences = sum(len(report.differences) for report in self.operations)
        lines.append("")
        lines.append(
            "No recordings were found: record with IRANPAYAMAK_RECORD=DIR (or record_to=DIR) first."
            if not self.operations and not self.unreadable
            else "The spec allows every answer recorded."
            if self.ok
            else f"{_counted(differences, 'difference')}: edit spec/iranpayamak.openapi.yaml as suggested, run "
            "scripts/regenerate, then the tests."
        )
        return "\n".join(lines)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _described(mark: str, item: Difference) -> list[str]:
    place = f" {item.where}" if item.where else ""
    return [
        f"  {mark} {item.status}{place}: {item.message} (×{item.count})",
        f"      spec: {item.spec_location}",
        f"      edit: {item.edit}",
        f"      seen in: {', '.join(item.files)}",
    ]


def _media_type(headers: Any) -> str:
    value = headers.get("content-type", "") if isinstance(headers, Mapping) else ""
    return str(value).partition(";")[0].strip().lower()


def _is_file(media: str) -> bool:
    return not (media == "application/json" or media.endswith("+json") or media.startswith("text/"))


def _media_problem(response: Mapping[str, Any], content: Mapping[str, Any]) -> tuple[str, str] | None:
    """What is wrong with the kind of body an answer has, given the media types its response declares,
    and the edit that would allow it; None when nothing is."""
    kind, sent = response.get("body_kind"), _media_type(response.get("headers"))
    declared = [media.lower() for media in content]
    shown = ", ".join(declared) or "no body"
    if kind == "empty":
        return None if not declared else (f"an empty body where the spec declares {shown}", "allow an empty body here")
    if kind == "json" and any(not _is_file(media) and not media.startswith("text/") for media in declared):
        return None
    if sent in declared or (kind == "binary" and any(_is_file(media) for media in declared)):
        return None  # a file's bytes may be any type the service names, even ones that read as JSON
    return (
        f"a {kind} body ({sent or 'no content type'}) where the spec declares {shown}",
        f"declare the {sent or kind} body the service sends here",
    )


def _pointers(node: Any, pointer: str, found: dict[int, str]) -> None:
    """Map each schema object of the spec (by identity) to its JSON pointer."""
    if isinstance(node, dict):
        found.setdefault(id(node), pointer)
        for key, value in node.items():
            _pointers(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}", found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _pointers(value, f"{pointer}/{index}", found)


def _where(path: Any) -> str:
    text = ""
    for part in path:
        text += "[*]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _edit(error: ValidationError) -> str:
    keyword, expected, seen = str(error.validator), error.validator_value, error.instance
    if keyword == "required":
        missing = re.match(r"'([^']+)' is a required property", error.message)
        name = missing.group(1) if missing else "the field"
        return f"drop {name!r} from `required` here: the service left it out"
    if keyword == "type":
        types = expected if isinstance(expected, list) else [expected]
        return f"allow {_json_type(seen)} here, e.g. type: [{', '.join([*types, _json_type(seen)])}]"
    if keyword == "enum":
        return f"add {seen!r} to the enum here"
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        return "name the field in `properties` here, or allow additional properties"
    if keyword in ("anyOf", "oneOf"):
        return f"add a branch to the {keyword} here that allows what was sent"
    return f"relax `{keyword}: {json.dumps(expected, ensure_ascii=False)}` here: the service sent {seen!r}"


class _Checker:
    """Validates recorded answers against the bundled spec, remembering where each schema lives."""

    def __init__(self) -> None:
        self.spec = load_spec()
        self.pointers: dict[int, str] = {}
        _pointers(self.spec, "#", self.pointers)
        self.operations: dict[str, tuple[str, str, Mapping[str, Any]]] = {
            operation["operationId"]: (method, path, operation)
            for path, item in self.spec["paths"].items()
            for method, operation in item.items()
            if method in _METHODS
        }

    def response_of(self, operation: Mapping[str, Any], status: int) -> tuple[str, Mapping[str, Any]] | None:
        responses = operation["responses"]
        for code in (str(status), f"{status // 100}XX", "default"):
            if code in responses:
                return code, resolve(self.spec, responses[code])
        return None

    def differences(self, record: Mapping[str, Any], operation_id: str) -> Iterator[Difference]:
        method, path, operation = self.operations[operation_id]
        response = record["response"]
        status = int(response["status"])
        declared = self.response_of(operation, status)
        if declared is None:
            listed = ", ".join(str(code) for code in operation["responses"])
            yield Difference(
                "status",
                status,
                "",
                f"the spec declares no {status} answer for this operation (it lists {listed})",
                f"#/paths/{path.replace('/', '~1')}/{method}/responses",
                f"declare a {status} response, with the body the service sent",
            )
            return
        code, declaration = declared
        content = declaration.get("content", {})
        base = f"#/paths/{path.replace('/', '~1')}/{method}/responses/{code}"
        problem = _media_problem(response, content)
        if problem is not None:
            yield Difference("media", status, "", problem[0], f"{base}/content", problem[1])
            return
        if response.get("body_kind") != "json" or "application/json" not in content:
            return  # a file, or a page the spec declares (a proxy's 5XX): no schema to judge it by
        body = response.get("body")
        schema = content["application/json"].get("schema", {})
        root = f"{base}/content/application~1json/schema"
        for error in validator(self.spec, schema).iter_errors(body):
            detail = best_match(error.context) if error.context else error
            location = self.pointers.get(id(detail.schema), root)
            keyword = str(detail.validator)
            message = detail.message if len(detail.message) <= 200 else detail.message[:200] + "..."
            if detail is not error:
                outer = self.pointers.get(id(error.schema), root)
                message += f" (no alternative of the {error.validator} at {outer}/{error.validator} matched)"
            yield Difference(
                "schema", status, _where(detail.absolute_path), message, f"{location}/{keyword}", _edit(detail)
            )
        yield from self._unnamed(body, [schema], [], status, root)

    def _candidates(self, schemas: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The schemas an instance must or may match: references followed, combinations opened."""
        found: list[Mapping[str, Any]] = []
        pending = list(schemas)
        while pending and len(found) < 64:
            schema = resolve(self.spec, pending.pop(0))
            if not isinstance(schema, Mapping):
                continue
            found.append(schema)
            for keyword in ("allOf", "anyOf", "oneOf"):
                pending.extend(schema.get(keyword, []))
        return found

    def _unnamed(
        self, value: Any, schemas: list[Mapping[str, Any]], path: list[str | int], status: int, root: str
    ) -> Iterator[Difference]:
        candidates = self._candidates(schemas)
        if isinstance(value, dict):
            naming = [schema for schema in candidates if "properties" in schema]
            open_maps = any(isinstance(schema.get("additionalProperties"), Mapping) for schema in candidates)
            for key, item in value.items():
                inner = [schema["properties"][key] for schema in naming if key in schema["properties"]]
                if not inner and naming and not open_maps:
                    location = self.pointers.get(id(naming[-1]), root)
                    yield Difference(
                        "unnamed",
                        status,
                        _where([*path, key]),
                        f"a field the spec does not name ({_json_type(item)})",
                        f"{location}/properties",
                        f"name {key!r} here (type: {_json_type(item)}) to give it a type",
                    )
                inner += [
                    schema["additionalProperties"]
                    for schema in candidates
                    if isinstance(schema.get("additionalProperties"), Mapping)
                ]
                if inner:
                    yield from self._unnamed(item, inner, [*path, key], status, root)
        elif isinstance(value, list):
            items = [schema["items"] for schema in candidates if isinstance(schema.get("items"), Mapping)]
            if items:
                for index, item in enumerate(value):
                    yield from self._unnamed(item, items, [*path, index], status, root)


def _grouped(findings: list[tuple[Difference, str]]) -> tuple[Difference, ...]:
    counts: Counter[tuple[Any, ...]] = Counter()
    files: dict[tuple[Any, ...], list[str]] = {}
    first: dict[tuple[Any, ...], Difference] = {}
    for item, name in findings:
        # The same place refusing different values is one difference (its message quotes the first value).
        key = (item.kind, item.status, item.where, item.spec_location)
        counts[key] += 1
        first.setdefault(key, item)
        listed = files.setdefault(key, [])
        if name not in listed and len(listed) < _EXAMPLES:
            listed.append(name)
    return tuple(
        Difference(
            first[key].kind,
            first[key].status,
            first[key].where,
            first[key].message,
            first[key].spec_location,
            first[key].edit,
            counts[key],
            tuple(files[key]),
        )
        for key in sorted(counts, key=lambda key: (key[1], key[2], key[0], key[3]))
    )


# How deeply a recorded body may nest, as the mock allows (the service's bodies nest three levels):
# judged here, not left to whichever of the decoder and the validator meets Python's recursion limit.
_MAX_DEPTH = 64


def _too_deep(value: Any) -> bool:
    pending = [(value, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > _MAX_DEPTH:
            return True
        if isinstance(node, Mapping):
            pending.extend((item, depth + 1) for item in node.values())
        elif isinstance(node, list):
            pending.extend((item, depth + 1) for item in node)
    return False


def _read(file: Path) -> tuple[Mapping[str, Any], str]:
    """A recording and its operation, or an error saying why the file is not one."""
    record = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(record, Mapping) or not isinstance(record.get("response"), Mapping):
        raise ValueError("not a recorded exchange (no response)")
    operation, response = record.get("operation"), record["response"]
    if not isinstance(operation, str):
        raise ValueError("its operation is not a name")
    if isinstance(response.get("status"), bool) or not isinstance(response.get("status"), int):
        raise ValueError("its status is not a number")
    if not isinstance(response.get("headers", {}), Mapping):
        raise ValueError("its headers are not a mapping")
    if _too_deep(response.get("body")):
        raise RecursionError  # reported as "nested too deeply"
    return record, operation


def check(directory: str | os.PathLike[str]) -> Report:
    """Check every recording (``*.json``) in ``directory`` against the bundled spec.

    Raises:
        FileNotFoundError: ``directory`` does not exist.
        NotADirectoryError: ``directory`` is a file.
    """
    folder = Path(directory)
    if not folder.exists():
        raise FileNotFoundError(f"no such folder: {folder}")
    if not folder.is_dir():
        raise NotADirectoryError(f"not a folder: {folder}")
    checker = _Checker()
    statuses: dict[str, Counter[int]] = {}
    differences: dict[str, list[tuple[Difference, str]]] = {}
    unnamed: dict[str, list[tuple[Difference, str]]] = {}
    unreadable: list[tuple[str, str]] = []
    for file in sorted(folder.glob("*.json")):
        try:
            record, operation = _read(file)
            if operation not in checker.operations:
                raise ValueError(f"the spec has no operation {operation!r}")
            found = list(checker.differences(record, operation))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            reason = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
            unreadable.append((file.name, reason[:300]))
            continue
        statuses.setdefault(operation, Counter())[int(record["response"]["status"])] += 1
        for item in found:
            (unnamed if item.kind == "unnamed" else differences).setdefault(operation, []).append((item, file.name))
    return Report(
        directory=str(folder),
        operations=tuple(
            OperationReport(
                operation=operation,
                exchanges=sum(counts.values()),
                statuses=dict(counts),
                differences=_grouped(differences.get(operation, [])),
                unnamed=_grouped(unnamed.get(operation, [])),
            )
            for operation, counts in sorted(statuses.items())
        ),
        unreadable=tuple(unreadable),
    )
