"""Render ``docs/api.md``, the API reference in the manner of openai-python's ``api.md``.

It is built from two sources only, so that it follows the generator's internals without depending on
them: the spec (summaries, HTTP calls, tags, the examples of request bodies and parameters) and the
public package as griffe reads it statically (``generator.surface``: each method's signature and result
type). ``scripts/regenerate`` writes it and ``--check`` compares it like the generated code.

An example passes each argument the spec has an example for, from the example of the field or parameter
of the same name (``lineNumber`` and ``line_number`` are the same name); a file is passed as bytes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import spec_diff, surface

ROOT = Path(__file__).resolve().parent.parent
API_MD = ROOT / "docs" / "api.md"
TEMPLATES = Path(__file__).resolve().parent / "templates" / "reference"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def _examples(document: dict[str, Any], operation: dict[str, Any], parameters: list[Any]) -> dict[str, Any]:
    """The spec's example value of each parameter and body field of an operation, by snake_case name."""
    found: dict[str, Any] = {}
    for parameter in parameters:
        parameter = spec_diff._resolve(document, parameter)
        schema = spec_diff._resolve(document, parameter.get("schema", {}))
        value = parameter.get("example", schema.get("example") if isinstance(schema, dict) else None)
        if value is not None:
            found[_snake(parameter["name"])] = value
    body = spec_diff._resolve(document, operation.get("requestBody", {}))
    for content in body.get("content", {}).values():
        example = content.get("example")
        if example is None and content.get("examples"):
            example = next(iter(content["examples"].values())).get("value")
        if isinstance(example, dict):
            # A method that takes the whole body as one argument names it so.
            found.setdefault("request", example)
            for name, value in example.items():
                found.setdefault(_snake(name), value)
    return found


def _signature(record: surface.Record) -> str:
    parts, keyword_only = [], False
    for name, kind, annotation, default, required in record["parameters"]:
        if kind == "keyword-only" and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = f"{name}: {annotation}" if annotation else name
        parts.append(text if required else f"{text} = {default}")
    return ", ".join(parts)


_MISSING = object()


def _example(namespace: str, method: str, record: surface.Record, values: dict[str, Any]) -> str:
    arguments = []
    for name, kind, annotation, _, required in record["parameters"]:
        value = values.get(name, values.get(name.rstrip("_"), _MISSING))
        if value is _MISSING:
            if required:
                raise SystemExit(
                    f"docs/api.md: no example in the spec for the required argument {name!r} of "
                    f"client.{namespace}.{method}; add an example to the field or parameter it comes from"
                )
            continue
        if not required and "datetime" in (annotation or ""):
            continue  # the spec's example is text; a datetime needs an import, and the argument is optional
        literal = _literal(value, annotation or "")
        arguments.append(literal if required and kind != "keyword-only" else f"{name}={literal}")
    call = f"client.{namespace}.{method}({', '.join(arguments)})"
    return f"from iranpayamak.files import workbook\n\n{call}" if "workbook(" in call else call


def _literal(value: Any, annotation: str) -> str:
    if "FileInput" in annotation:
        # The spec can only describe a file's content: an example passes a workbook built in place, or bytes.
        return 'workbook([["09121234567"]])' if "xlsx" in str(value) else 'b"..."'
    if annotation.startswith("bool") and value in (0, 1):
        return str(bool(value))
    # JSON and Python agree on everything in the spec's examples except these three words.
    text = json.dumps(value, ensure_ascii=False)
    return re.sub(r"\b(true|false|null)\b", lambda m: {"true": "True", "false": "False", "null": "None"}[m[0]], text)


def render(tree: Path) -> str:
    """``docs/api.md`` for the checkout at ``tree`` (its spec and its public package)."""
    document = yaml.safe_load((tree / "spec" / "iranpayamak.openapi.yaml").read_text(encoding="utf-8"))
    api = surface.surface(tree)
    descriptions = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    namespaces: dict[str, dict[str, Any]] = {}
    for operation_id, (method, path, operation, parameters) in spec_diff.operations(document).items():
        namespace, _, name = operation["x-iranpayamak-method"].partition(".")
        name = name.lstrip("_")  # a private operation is documented as the public method that wraps it
        record = api.get(f"IranPayamak.{namespace}.{name}")
        if record is None or record["kind"] != "function":
            raise SystemExit(f"docs/api.md: client.{namespace}.{name} ({operation_id}) is not in the public API")
        tag = operation.get("tags", [namespace])[0]
        entry = namespaces.setdefault(
            namespace, {"name": namespace, "description": descriptions.get(tag, ""), "methods": []}
        )
        entry["methods"].append(
            {
                "name": name,
                "parameters": _signature(record),
                "returns": record["returns"],
                "summary": operation.get("summary", ""),
                "http": f"{method} {path}",
                "module": f"{tag}.{operation_id}",
                "example": _example(namespace, name, record, _examples(document, operation, parameters)),
            }
        )
    for entry in namespaces.values():
        entry["methods"].sort(key=lambda m: m["name"])
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    ordered = [namespaces[name] for name in sorted(namespaces)]
    return _format(environment.get_template("api.md.jinja").render(namespaces=ordered))


def _format(markdown: str) -> str:
    """The page with its Python blocks formatted as ``ruff format .`` would leave them (it formats Markdown)."""
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--config", str(ROOT / "pyproject.toml"), "--stdin-filename", str(API_MD), "-"],
        input=markdown,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"ruff could not format docs/api.md:\n{result.stderr}")
    return result.stdout


def stale(rendered: str, committed: Path) -> bool:
    """Whether the committed reference differs from the one just rendered (or is missing)."""
    return not committed.exists() or committed.read_text(encoding="utf-8") != rendered
