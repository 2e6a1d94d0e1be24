"""``scripts/bench --quick`` runs every measurement and writes its table and JSON file.

Benchmarks are not tests: nothing here looks at a figure, only at the report having every part.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.report import SERVERS_HEADING

from ..conftest import ROOT

MEASUREMENTS = ("per_call", "fanout", "imports", "sync_first_use", "phones", "bulk_memory", "servers")
SECTIONS = (
    "## Targets",
    "Per-call overhead",
    "Async fan-out",
    "Import time",
    "Phone normalization",
    "Bulk memory",
    "Mock servers",
)


def _bench(*arguments: str) -> subprocess.CompletedProcess[str]:
    # The Python entry point of scripts/bench, without its pip install (the suite's .venv is ready).
    environment = {key: value for key, value in os.environ.items() if not key.startswith("IRANPAYAMAK_")}
    return subprocess.run(
        [sys.executable, "-m", "bench", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def test_quick_bench_writes_every_measurement(tmp_path: Path) -> None:
    done = _bench("--quick", "--output", str(tmp_path))
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
    # The target's import cases run as in a plain install: without httpx's command line.
    assert not any(figure["with_httpx_cli"] for figure in data["imports"]["figures"] if not figure["informative"])
    # The sync client touched every namespace, and the async fan-out's target is send_pattern_many's.
    assert {"sms", "account", "otp"} <= set(data["sync_first_use"]["namespaces"])
    assert [figure["subject"] for figure in data["fanout"]["figures"] if not figure["informative"]] == [
        "httpx",
        "iranpayamak_send_pattern_many",
    ]
    assert data["phones"]["inputs"] > 0
    # Both mock servers answered every kind of request (each answer's status is checked as it arrives).
    assert {(figure["server"], figure["operation"]) for figure in data["servers"]["figures"]} == {
        (server, operation)
        for server in ("mock", "prism")
        for operation in ("balance_read", "pattern_send", "report_page")
    }
    assert {figure["mode"] for figure in data["bulk_memory"]["figures"]} == {"stream", "list"}
    targets = data["targets"]
    # Issue 17's six goals first (its two mock-server goals are the servers'), then issue 13's other five.
    assert [target["key"] for target in targets] == [
        "normalization_vs_phonenumbers",
        "rejected_normalization_vs_phonenumbers",
        "sync_pattern_send_vs_httpx",
        "import_vs_httpx",
        "sync_first_use_async_modules",
        "async_send_pattern_many_vs_httpx",
        "sync_balance_read_vs_httpx",
        "sync_pattern_send_vs_farazsms",
        "sync_balance_read_vs_farazsms",
        "normalization_agreement",
        "bulk_memory_flat",
    ]
    assert [target["issue"] for target in targets] == [17] * 6 + [13] * 5
    assert [goal["key"] for goal in data["servers"]["goals"]] == ["mock_p50", "mock_throughput_vs_prism"]
    assert all(isinstance(target["met"], bool) for target in targets)


def test_measuring_only_the_servers_keeps_the_rest_of_the_report(tmp_path: Path) -> None:
    committed = ROOT / "bench" / "results"
    for name in ("latest.md", "latest.json"):
        shutil.copy(committed / name, tmp_path / name)
    before = (tmp_path / "latest.md").read_text(encoding="utf-8").split("\n" + SERVERS_HEADING)[0].rstrip("\n")
    done = _bench("--quick", "--only", "servers", "--output", str(tmp_path))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    markdown = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert markdown.startswith(before + "\n\n" + SERVERS_HEADING + "\n\nMeasured on its own")
    assert markdown.count(SERVERS_HEADING) == 1
    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    kept = json.loads((committed / "latest.json").read_text(encoding="utf-8"))
    assert {key: value for key, value in data.items() if key != "servers"} == {
        key: value for key, value in kept.items() if key != "servers"
    }
    assert len(data["servers"]["figures"]) == 6 and len(data["servers"]["goals"]) == 2


def test_measuring_only_the_servers_needs_a_report(tmp_path: Path) -> None:
    done = _bench("--quick", "--only", "servers", "--output", str(tmp_path))
    assert done.returncode == 2
    assert "run a whole scripts/bench first" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_scripts_bench_is_an_executable_bash_script() -> None:
    script = ROOT / "scripts" / "bench"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)
