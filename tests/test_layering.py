"""The tree tells who wrote each file, and imports go one way.

- ``scripts/regenerate`` writes only into the folders it owns (``regenerate.OWNED``) and its drift
  check compares exactly those; every Python file there starts with the generated-file header, except
  the hand-written runtime, copied byte for byte from ``generator/runtime/iranpayamak_api``.
- No file outside those folders claims to be generated.
- The low-level package never imports the ergonomic one, and its hand-written runtime imports no
  endpoint module or model.
"""

from __future__ import annotations

import ast
import contextlib
import subprocess
from pathlib import Path

import pytest

from generator import regenerate

ROOT = Path(__file__).resolve().parent.parent
GENERATED_HEADER = "# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit."
RUNTIME = ROOT / "generator" / "runtime" / "iranpayamak_api"
PACKAGE = ROOT / "generated" / "iranpayamak_api"
RESOURCES = ROOT / "overrides" / "iranpayamak" / "_generated"
# Generated files that cannot carry a comment, each named in a note beside it (the folder's __init__.py).
NOT_PYTHON = {RESOURCES / "openapi.json"}


def _imported_modules(path: Path, *, relative: bool = False) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and (node.level == 0 or relative):
            names.add("." * node.level + node.module)
    return names


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def test_regenerate_owns_exactly_the_generated_folders() -> None:
    assert set(regenerate.OWNED) == {PACKAGE, RESOURCES}
    assert regenerate.header(ROOT / "spec" / "iranpayamak.openapi.yaml") == GENERATED_HEADER


def test_every_generated_python_file_starts_with_the_header() -> None:
    runtime = {path.name for path in RUNTIME.iterdir() if path.is_file()}
    missing = []
    for folder in regenerate.OWNED:
        for path in _files(folder):
            if path in NOT_PYTHON or (path.parent == PACKAGE and path.name in runtime):
                continue
            if path.read_text(encoding="utf-8").splitlines()[0] != GENERATED_HEADER:
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_files_without_comments_are_named_in_a_generated_note_beside_them() -> None:
    for path in NOT_PYTHON:
        note = (path.parent / "__init__.py").read_text(encoding="utf-8")
        assert note.startswith(GENERATED_HEADER)
        assert path.name in note


def test_the_runtime_is_copied_byte_for_byte_and_names_its_source() -> None:
    sources = [path for path in RUNTIME.iterdir() if path.is_file()]
    assert {path.name for path in sources} >= {"__init__.py", "client.py", "errors.py", "types.py", "_retry.py"}
    for source in sources:
        copy = PACKAGE / source.name
        assert copy.read_bytes() == source.read_bytes(), f"{copy} differs from {source}: run scripts/regenerate"
        if source.suffix == ".py":
            first = source.read_text(encoding="utf-8").splitlines()[0]
            where = source.relative_to(ROOT).as_posix()
            assert first == f"# Hand-written runtime: edit {where}; scripts/regenerate copies it here."


def test_no_file_outside_the_generated_folders_claims_to_be_generated() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    claimed = [
        name
        for name in tracked
        if (ROOT / name).is_file()
        and not any((ROOT / name).is_relative_to(folder) for folder in regenerate.OWNED)
        and (ROOT / name).read_text(encoding="utf-8").startswith("# Generated from")
    ]
    assert claimed == []


def test_regenerate_refuses_to_write_outside_its_folders(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="writes only into"):
        regenerate.replace(tmp_path, ROOT / "overrides" / "iranpayamak")
    assert (ROOT / "overrides" / "iranpayamak" / "client.py").exists()


def test_regenerate_writes_each_owned_folder_and_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import changes, reference

    builds = {folder: tmp_path / folder.name for folder in regenerate.OWNED}
    written: list[Path] = []
    monkeypatch.setattr(regenerate, "build_all", lambda spec, workdir: builds)
    monkeypatch.setattr(regenerate, "replace", lambda built, committed: written.append(committed))
    monkeypatch.setattr(regenerate, "write_reference", lambda text, path: written.append(path))
    monkeypatch.setattr(changes, "built_tree", lambda spec, package, resources: contextlib.nullcontext(tmp_path))
    monkeypatch.setattr(changes, "report_or_explain", lambda tree, since, report: None)
    monkeypatch.setattr(reference, "render", lambda tree: "")
    assert regenerate.main([]) == 0
    assert written == [regenerate.REFERENCE, *regenerate.OWNED]


def test_regenerate_writes_elsewhere_only_outside_the_repository(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="writes only into"):
        regenerate.write_reference("", ROOT / "README.md")
    regenerate.write_reference("# x\n", tmp_path / "api.md")
    assert (tmp_path / "api.md").read_text(encoding="utf-8") == "# x\n"


def test_the_drift_check_compares_exactly_the_owned_folders(tmp_path: Path) -> None:
    same = {folder: folder for folder in regenerate.OWNED}
    assert regenerate.stale(same) == {folder: [] for folder in regenerate.OWNED}
    with pytest.raises(ValueError, match="exactly the folders"):
        regenerate.stale({**same, tmp_path: tmp_path})
    with pytest.raises(ValueError, match="exactly the folders"):
        regenerate.stale({PACKAGE: PACKAGE})


def test_generated_package_does_not_import_the_ergonomic_layer() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert sources, "no generated sources found"
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in _imported_modules(path) if name.split(".")[0] == "iranpayamak"
        )
        for path in sources
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_runtime_imports_no_endpoint_module_or_model() -> None:
    offenders = {
        path.name: sorted(
            name
            for name in _imported_modules(path, relative=True)
            if name.lstrip(".").split(".")[0] in {"api", "models"}
            or name.startswith(("iranpayamak_api.api", "iranpayamak_api.models"))
        )
        for path in RUNTIME.glob("*.py")
    }
    assert {name: found for name, found in offenders.items() if found} == {}
