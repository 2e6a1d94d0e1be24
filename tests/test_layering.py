"""The generated low-level package never imports the hand-written one (imports go one way)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_generated_package_does_not_import_the_ergonomic_layer() -> None:
    sources = sorted((ROOT / "generated" / "iranpayamak_api").rglob("*.py"))
    assert sources, "no generated sources found"
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in _imported_modules(path) if name.split(".")[0] == "iranpayamak"
        )
        for path in sources
    }
    assert {path: names for path, names in offenders.items() if names} == {}
