"""``scripts/bench --quick`` runs every measurement and writes its table and JSON file.

Benchmarks are not tests: nothing here looks at a figure, only at the report having every part.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..conftest import ROOT

MEASUREMENTS = ("per_call", "fanout", "imports", "phones", "bulk_memory", "servers")
SECTIONS = (
    "## Targets",
    "Per-call overhead",
    "Async fan-out",
    "Import time",
    "Phone normalization",
    "Bulk memory",
    "Mock servers",
)


def test_quick_bench_writes_every_measurement(tmp_path: Path) -> None:
    # The Python entry point of scripts/bench, without its pip install (the suite's .venv is ready).
    environment = {key: value for key, value in os.environ.items() if not key.startswith("IRANPAYAMAK_")}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(tmp_path)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    markdown = (tmp_path / "latest.md").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in markdown
    assert "| Target | Measured | Goal | Met |" in markdown

    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert set(MEASUREMENTS) <= set(data)
    assert data["environment"]["quick"] is True
    assert len(data["per_call"]["figures"]) == 8  # four clients, two operations
    assert {figure["client"] for figure in data["per_call"]["figures"]} == {
        "httpx",
        "iranpayamak_api",
        "iranpayamak",
        "farazsms",
    }
    assert {"httpx", "iranpayamak_api", "iranpayamak"} <= {figure["key"] for figure in data["imports"]["figures"]}
    assert data["phones"]["inputs"] > 0
    # Both mock servers answered every kind of request (each answer's status is checked as it arrives).
    assert {(figure["server"], figure["operation"]) for figure in data["servers"]["figures"]} == {
        (server, operation)
        for server in ("mock", "prism")
        for operation in ("balance_read", "pattern_send", "report_page")
    }
    assert {figure["mode"] for figure in data["bulk_memory"]["figures"]} == {"stream", "list"}
    targets = data["targets"]
    assert len(targets) == 11
    assert all(isinstance(target["met"], bool) for target in targets)


def test_scripts_bench_is_an_executable_bash_script() -> None:
    script = ROOT / "scripts" / "bench"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)
