"""Rebuild the code generated from ``spec/iranpayamak.openapi.yaml``.

    python -m generator.regenerate          # regenerate in place (scripts/regenerate)
    python -m generator.regenerate --check  # fail, listing the files, if anything is out of date

It writes into exactly two folders, which it owns entirely (:data:`OWNED`), and ``--check`` compares
exactly those:

- ``generated/iranpayamak_api``: the pinned openapi-python-client renders the endpoint modules
  (``api/``) and models (``models/``) with our templates (``generator/templates``, falling back to
  the tool's own); two small modules are rendered from the spec and ``pyproject.toml``
  (``generator/templates/extra``: ``_operations.py``, ``_version.py``); and the hand-written runtime
  (``generator/runtime/iranpayamak_api``: the client, errors, types, retries...) is copied byte for
  byte, so it is edited, linted and type-checked as ordinary Python with the same line numbers; the
  pinned datamodel-code-generator writes ``wire.py``, the TypedDict shape of every component schema.
- ``overrides/iranpayamak/_generated``: the resource namespaces of the ergonomic clients, one module
  per namespace, rendered by ``generator/resources.py``, and the spec as JSON for the mock server.

Every generated Python file starts with :data:`HEADER`; every copied one with a line naming its source.
Everything is built in a temporary folder and formatted with the repository's ruff settings, and only
then compared with, or copied over, the committed files, so files that disappear from the spec
disappear from the packages too.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "iranpayamak.openapi.yaml"
GENERATOR = ROOT / "generator"
PACKAGE = "iranpayamak_api"
TARGET = ROOT / "generated" / PACKAGE
RESOURCES_TARGET = ROOT / "overrides" / "iranpayamak" / "_generated"
RUNTIME = GENERATOR / "runtime" / PACKAGE
OWNED = (TARGET, RESOURCES_TARGET)
"""The folders regenerate writes, each entirely its own; beside them it writes only :data:`REFERENCE`."""
REFERENCE = ROOT / "docs" / "api.md"
"""The API reference, rendered from the spec and the built public API (Markdown: its header is a comment)."""
HEADER = "# Generated from {source} by scripts/regenerate: do not edit."
"""The first line of every generated Python file."""
# What the tool writes beside the endpoint modules and models; replaced by the hand-written runtime.
_TOOL_FOLDERS = ("api", "models")


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output}")
    return output


def build(spec: Path, workdir: Path, package_name: str = PACKAGE) -> Path:
    """Generate the package from ``spec`` into ``workdir`` and return the package folder.

    ``package_name`` lets the template tests build a second client beside the installed one.
    """
    version = _version()
    env = _tool_env()
    # ruff looks for its settings upwards from the files it formats; point it at the repository's.
    (workdir / "ruff.toml").write_text(f'extend = "{ROOT / "pyproject.toml"}"\n', encoding="utf-8")
    config = yaml.safe_load((GENERATOR / "config.yaml").read_text(encoding="utf-8"))
    config["package_version_override"] = version
    config["package_name_override"] = package_name
    config_path = workdir / "config.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")

    package = workdir / package_name
    output = _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config_path),
            "--custom-template-path",
            str(GENERATOR / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(package),
        ],
        cwd=workdir,
        env=env,
    )
    if "Warning" in output or "Error" in output:
        # A warning means part of the spec was silently dropped from the client.
        raise SystemExit(f"openapi-python-client reported problems:\n{output}")

    for path in package.iterdir():
        # The tool's own client, errors and types: the hand-written runtime (RUNTIME) replaces them.
        if path.is_dir() and path.name not in _TOOL_FOLDERS:
            shutil.rmtree(path)
        elif path.is_file():
            path.unlink()
    extra = GENERATOR / "templates" / "extra"
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(extra), keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    for source in sorted(extra.glob("*.jinja")):
        text = environment.get_template(source.name).render(package_version=version, security=_security(spec))
        (package / source.stem).write_text(text, encoding="utf-8")
    add_headers(package, spec)
    _format(package, env)
    copy_runtime(package)
    return package


def header(spec: Path) -> str:
    """The first line of a file generated from ``spec``."""
    source = spec.relative_to(ROOT) if spec.is_relative_to(ROOT) else Path(spec.name)
    return HEADER.format(source=source.as_posix())


def add_headers(folder: Path, spec: Path) -> None:
    """Start every Python file under ``folder`` with the generated-file header."""
    line = header(spec)
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(line):
            path.write_text(f"{line}\n{text}", encoding="utf-8")


def copy_runtime(package: Path) -> None:
    """Copy the hand-written runtime modules into ``package``, byte for byte."""
    for source in sorted(RUNTIME.iterdir()):
        if source.is_file():
            shutil.copyfile(source, package / source.name)


# The schemes the client's runtime knows how to send (see templates/extra/_operations.py.jinja).
_SCHEMES = {"ApiKeyAuth", "PanelBearer"}


def _security(spec: Path) -> dict[str, list[list[str]]]:
    """Each operation's security alternatives, in the spec's order (the document's default when it has none)."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    default = document.get("security", [])
    found: dict[str, list[list[str]]] = {}
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                continue
            alternatives = [sorted(requirement) for requirement in operation.get("security", default)]
            unknown = {scheme for alternative in alternatives for scheme in alternative} - _SCHEMES
            if unknown:
                raise SystemExit(
                    f"{operation['operationId']}: the client cannot send the security scheme(s) {sorted(unknown)}"
                )
            found[operation["operationId"]] = alternatives
    return dict(sorted(found.items()))


def _tool_env() -> dict[str, str]:
    # Tools (ruff, the generator) come from the same environment as this interpreter.
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def _format(folder: Path, env: dict[str, str]) -> None:
    config = yaml.safe_load((GENERATOR / "config.yaml").read_text(encoding="utf-8"))
    for hook in config["post_hooks"]:
        _run(hook.split(), cwd=folder, env=env)


# The wire shapes: TypedDicts (they cost nothing at run time), enums as Literal, standard collections,
# the spec's descriptions as docstrings, no timestamp (the drift check compares bytes). mypy does not
# support PEP 728 yet, so a schema with typed additionalProperties (a variable send's recipient) comes
# out as a plain TypedDict of its named fields.
WIRE_OPTIONS = (
    "--input-file-type=openapi",
    "--output-model-type=typing.TypedDict",
    "--target-python-version=3.11",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--enum-field-as-literal=all",
    "--no-use-closed-typed-dict",
    "--disable-timestamp",
    "--formatters=builtin",
)
WIRE_HEADER = '''\
{header}
"""The wire shapes, written by datamodel-codegen: one TypedDict per component schema of the spec, keyed
by the names sent on the wire.

The ergonomic clients' nested parameters take these dicts (``Iterable[Peer | wire.Peer]``), so a type
checker names a misspelled key: the keys are the wire's (``selectedPhoneBooks``), not the snake_case
keywords of the methods. The mock server's records and answers are typed with them too. Imports
nothing but ``typing``.
"""
'''


def build_wire(spec: Path, workdir: Path, package: Path) -> Path:
    """Write ``wire.py`` (the TypedDict wire shapes of ``spec``) into ``package`` and return it."""
    header_file = workdir / "wire_header.txt"
    header_file.write_text(WIRE_HEADER.format(header=header(spec)), encoding="utf-8")
    wire = package / "wire.py"
    command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec), *WIRE_OPTIONS]
    command += ["--custom-file-header-path", str(header_file), "--output", str(wire)]
    _run(command, cwd=workdir, env=_tool_env())
    _format(package, _tool_env())
    return wire


def build_resources(spec: Path, workdir: Path) -> Path:
    """Render the ergonomic clients' resource classes from ``spec`` into ``workdir``."""
    from generator.resources import render

    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    output = workdir / "_generated"
    render(document, GENERATOR / "templates" / "resources", output, _version())
    add_headers(output, spec)
    _format(output, _tool_env())
    return output


def _differences(expected: Path, actual: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(path.relative_to(root))
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    wanted, present = files(expected), files(actual)
    changed = sorted(
        name for name in wanted & present if not filecmp.cmp(expected / name, actual / name, shallow=False)
    )
    return (
        [f"missing: {name}" for name in sorted(wanted - present)]
        + [f"not generated from the spec: {name}" for name in sorted(present - wanted)]
        + [f"differs: {name}" for name in changed]
    )


def _check_destination(path: Path, owned: tuple[Path, ...]) -> None:
    # Outside the repository (a temporary folder) is the caller's business; inside it, only what it owns.
    if path not in owned and path.is_relative_to(ROOT):
        raise ValueError(f"regenerate writes only into {', '.join(map(str, owned))}, not {path}")


def replace(built: Path, committed: Path) -> None:
    """Put the freshly built ``built`` in place of the folder ``committed``: one of :data:`OWNED`, or a
    folder outside the repository."""
    _check_destination(committed, OWNED)
    if committed.exists():
        shutil.rmtree(committed)
    shutil.copytree(built, committed)


def write_reference(text: str, path: Path) -> None:
    """Write the API reference to ``path``: :data:`REFERENCE`, or a file outside the repository."""
    _check_destination(path, (REFERENCE,))
    path.write_text(text, encoding="utf-8")


def stale(built: dict[Path, Path]) -> dict[Path, list[str]]:
    """For each folder of :data:`OWNED`, how its committed files differ from ``built`` (folder -> build)."""
    if set(built) != set(OWNED):
        raise ValueError("a build must produce exactly the folders regenerate owns")
    return {committed: _differences(built[committed], committed) for committed in OWNED}


def build_all(spec: Path, workdir: Path) -> dict[Path, Path]:
    """Build every generated folder from ``spec`` inside ``workdir``: each of :data:`OWNED` -> its build."""
    package = build(spec, workdir)
    build_wire(spec, workdir, package)
    resources = build_resources(spec, workdir)
    return {TARGET: package, RESOURCES_TARGET: resources}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report whether the generated files are current")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (default: the project's)")
    # Elsewhere than in place (a temporary folder): never another folder of the repository.
    parser.add_argument("--output", type=Path, default=TARGET, help="where the low-level package goes")
    parser.add_argument("--resources-output", type=Path, default=RESOURCES_TARGET, help="where the resource classes go")
    # Issue 18: what the regeneration changes for users (generator/changes.py).
    parser.add_argument("--since", default="HEAD", help="report changes against this git revision or checkout folder")
    parser.add_argument("--report", type=Path, help="also write the change report as Markdown to this file")
    parser.add_argument("--reference-output", type=Path, default=REFERENCE, help="where the API reference goes")
    args = parser.parse_args(argv)
    spec = args.spec.resolve()
    destinations = {TARGET: args.output.resolve(), RESOURCES_TARGET: args.resources_output.resolve()}

    with tempfile.TemporaryDirectory(prefix="iranpayamak-regen-") as tmp:
        built = build_all(spec, Path(tmp))
        # Issue 18: docs/api.md from the spec and the built public API, and the change report.
        from generator import changes, reference

        with changes.built_tree(spec, built[TARGET], built[RESOURCES_TARGET]) as tree:
            api_md = reference.render(tree)
            if not args.check:
                changes.report_or_explain(tree, args.since, args.report)
        if not args.check:
            write_reference(api_md, args.reference_output.resolve())
            print(f"Regenerated {args.reference_output}")
        elif reference.stale(api_md, args.reference_output):
            print(f"{args.reference_output} is out of date with {args.spec}; run scripts/regenerate", file=sys.stderr)
            return 1
        if args.check:
            differences = stale(built)
            for committed, lines in differences.items():
                if lines:
                    print(f"{committed} is out of date with {args.spec}; run scripts/regenerate:", file=sys.stderr)
                    for line in lines:
                        print(f"  {line}", file=sys.stderr)
                else:
                    print(f"{committed} is up to date.")
            return 1 if any(differences.values()) else 0
        for committed, folder in built.items():
            replace(folder, destinations[committed])
            print(f"Regenerated {destinations[committed]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
