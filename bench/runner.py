"""The command line: ``python -m bench [--quick] [--only servers] [--output DIR]`` (``scripts/bench`` runs it).

A full run writes ``bench/results/latest.md`` and ``latest.json``, the committed figures the README
quotes. ``--quick`` uses small counts (a smoke test of every measurement, well under a minute) and
writes to ``bench/results/quick/`` unless ``--output`` says otherwise, so it never replaces them.
``--only servers`` measures only the mock servers and replaces their section (the last) of the
report already in the folder, so the other figures stay those of the last whole run.
Missed targets are reported, not an error: a benchmark is not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .report import update_servers_section, write_report
from .servers import measure_servers
from .sizes import FULL, QUICK
from .suite import ROOT, describe_environment, run_suite
from .targets import evaluate

__all__ = ["main"]

RESULTS = ROOT / "bench" / "results"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scripts/bench",
        description="Benchmark the iranpayamak client against raw httpx, the official farazsms client and "
        "phonenumbers, on a local responder (never the real service), and its mock server against Prism.",
    )
    parser.add_argument("--quick", action="store_true", help="small counts: checks that every measurement runs")
    parser.add_argument(
        "--only",
        choices=["servers"],
        help="measure only the mock servers and replace their section of the existing report, keeping the rest",
    )
    parser.add_argument(
        "--output",
        type=Path,
        help=f"folder for latest.md and latest.json (default: {RESULTS.relative_to(ROOT)}, "
        f"or {(RESULTS / 'quick').relative_to(ROOT)} with --quick)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the suite (or its mock-server part), write the report, print it; 0 whether or not the targets
    are met, 2 when ``--only servers`` has no report to update."""
    options = _parser().parse_args(argv)
    # The user's IRANPAYAMAK_* settings (a log level, a base URL) must not change what is measured;
    # the measurement processes started later inherit this environment.
    for name in [name for name in os.environ if name.startswith("IRANPAYAMAK_")]:
        del os.environ[name]
    sizes = QUICK if options.quick else FULL
    folder = options.output or (RESULTS / "quick" if options.quick else RESULTS)
    if options.only == "servers":
        if not (folder / "latest.md").exists():
            print(
                f"--only servers updates a report: {folder} has none; run a whole scripts/bench first", file=sys.stderr
            )
            return 2
        environment = describe_environment(sizes, quick=options.quick)
        markdown, data = update_servers_section(folder, measure_servers(sizes), environment)
    else:
        result = run_suite(sizes, quick=options.quick)
        markdown, data = write_report(result, evaluate(result), folder)
    print(markdown.read_text(encoding="utf-8"))
    print(f"Wrote {markdown} and {data}", file=sys.stderr)
    return 0
