"""The resource generator reads the spec and openapi-python-client's parser, never the generated package,
and renders the same files every time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from generator import resources

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "spec" / "iranpayamak.openapi.yaml"
TEMPLATES = ROOT / "generator" / "templates" / "resources"


def test_describing_the_operations_imports_no_generated_code() -> None:
    script = (
        "import json, sys, yaml\n"
        "from generator.resources import describe\n"
        f"methods = describe(yaml.safe_load(open({str(SPEC)!r}, encoding='utf-8')))\n"
        "print(json.dumps([len(methods), sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'iranpayamak_api', 'iranpayamak'})]))\n"
    )
    output = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(output.stdout) == [63, []]


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    first, second = tmp_path / "first", tmp_path / "second"
    resources.render(document, TEMPLATES, first, "0")
    resources.render(document, TEMPLATES, second, "0")
    files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
    assert [str(name) for name in files if name.parent.name == "resources"] == [
        "resources/__init__.py",
        *(f"resources/{namespace}.py" for namespace in sorted(resources.NAMESPACES)),
    ]
    assert [(first / name).read_bytes() for name in files] == [(second / name).read_bytes() for name in files]


def test_the_arguments_are_data_and_each_kind_has_its_macro() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    methods = {f"{m.namespace}.{m.name}": m for m in resources.describe(document)}
    peers = next(a for a in methods["sms.send_peer_to_peer"].arguments if a.name == "peers")
    assert (peers.kind, peers.model, peers.mobile_paths, peers.limits) == (
        "models",
        "Peer",
        (("recipients", ...),),
        {"min_items": 1},
    )
    assert peers.annotation == "Iterable[Peer | wire.Peer]"
    macros = (TEMPLATES / "arguments.py.jinja").read_text(encoding="utf-8")
    kinds = {argument.kind for method in methods.values() for argument in method.arguments}
    assert {kind for kind in kinds if f"{{% macro {kind}(a) %}}" not in macros} == set()
    assert resources.python_source((("recipients", ...), ("mobile",))) == "(('recipients', ...), ('mobile',))"
