"""``docs/reliability.md``, written from what the reliability tests observed, never by hand.

Each reliability test records an observation; under pytest-xdist the workers hand theirs to the
controller (``workeroutput``), which writes the page once every case of the matrix and the corpus has
been observed (a partial run, such as ``-k``, leaves the page alone).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = ["OBSERVATIONS", "collect", "observe", "write"]

PAGE = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"

OBSERVATIONS: list[dict[str, Any]] = []
"""What this process observed: one dict per case, with a ``table`` key naming its table."""


def observe(table: str, **row: Any) -> None:
    """Record one observation for the page."""
    OBSERVATIONS.append({"table": table, **row})


def collect(serialized: str) -> None:
    """Add a worker's observations (as sent through ``workeroutput``)."""
    OBSERVATIONS.extend(json.loads(serialized))


def _waits(waits: list[float]) -> str:
    return ", ".join(f"{wait:g} s" for wait in waits) or "none"


def _faults(rows: list[dict[str, Any]]) -> list[str]:
    from .matrix import CASES, OPERATIONS

    by_key: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        by_key[(row["fault"], row["operation"])][row["mode"]] = row
    lines = [
        "| fault | call | outcome (sync) | outcome (async) | requests received | waits before retries |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for case in CASES:
        for operation in OPERATIONS:
            modes = by_key[(case.name, operation.name)]
            sync, asynchronous = modes["sync"], modes["async"]
            requests = str(sync["requests"])
            if asynchronous["requests"] != sync["requests"]:
                requests += f" (async: {asynchronous['requests']})"
            lines.append(
                f"| {case.name} | {operation.name} | {sync['outcome']} | {asynchronous['outcome']} | {requests} "
                f"| {_waits(sync['waits'])} |"
            )
    return lines


def _bad_inputs(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| bad input | call | exception | field | requests sent |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in sorted(rows, key=lambda r: r["index"]):
        lines.append(f"| {row['input']} | `{row['call']}` | {row['outcome']} | `{row['field']}` | {row['requests']} |")
    return lines


def _bulk(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| bulk send | recipients | sent | failed, reported back | sent by the rerun of those | "
        "duplicates in the outbox |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in sorted(rows, key=lambda r: r["name"]):
        lines.append(
            f"| {row['name']} | {row['recipients']:,} | {row['sent']:,} | {row['failed']:,} | {row['resent']:,} "
            f"| {row['duplicates']} |"
        )
    return lines


# Each search-style suite: what its figures count. A suite missing from a run keeps the page unwritten.
SEARCHES: dict[str, tuple[str, str, str, str]] = {
    "bulk sends, state machine (sync)": (
        "tests/searching/test_bulk_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "bulk sends, state machine (async)": (
        "tests/searching/test_bulk_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "OTP state machine (sync, memory store)": (
        "tests/searching/test_otp_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "OTP state machine (sync, Redis store)": (
        "tests/searching/test_otp_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "OTP state machine (async, memory store)": (
        "tests/searching/test_otp_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "OTP state machine (async, Redis store)": (
        "tests/searching/test_otp_machine.py",
        "machine runs",
        "rule steps",
        "invariant checks",
    ),
    "response fuzzing (2xx bodies, both clients)": (
        "tests/searching/test_response_fuzzing.py",
        "operations x clients",
        "fuzzed bodies",
        "requests answered",
    ),
    "argument fuzzing (every public callable)": (
        "tests/searching/test_argument_fuzzing.py",
        "callables",
        "argument cases",
        "assertions",
    ),
    "secrets sweep (error paths: tracebacks and frame locals)": (
        "tests/searching/test_secrets_sweep.py",
        "error paths",
        "frames shown",
        "locals shown",
    ),
    "interruptions on every line (bulk sends, OTP issue)": (
        "tests/searching/test_interruption_sweep.py",
        "interrupted runs",
        "lines run before the interrupt",
        "invariant checks",
    ),
    "mock requests": ("tests/reliability/test_mock_fuzzing.py", "examples", "requests", "assertions"),
    "terminal output": ("tests/cli/test_untrusted_text.py", "examples", "command runs", "assertions"),
}


def _searches(rows: list[dict[str, Any]]) -> list[str]:
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"runs": 0, "steps": 0, "checks": 0})
    for row in rows:  # one row per test process (pytest-xdist worker) that ran part of a suite
        for figure in ("runs", "steps", "checks"):
            totals[row["suite"]][figure] += int(row[figure])
    lines = [
        "| suite | runs | steps | checks | violations |",
        "| --- | --- | --- | --- | --- |",
    ]
    for suite, (path, runs, steps, checks) in SEARCHES.items():
        figures = totals[suite]
        lines.append(
            f"| {suite} (`{path}`) | {figures['runs']:,} {runs} | {figures['steps']:,} {steps} "
            f"| {figures['checks']:,} {checks} | 0 |"
        )
    return lines


def _otp_invariants() -> list[str]:
    """The invariants the OTP state machine checks, as its module documentation lists them."""
    from tests.searching import test_otp_machine

    doc = test_otp_machine.__doc__ or ""
    listed = doc.partition("against the mock's outbox (what was really sent):")[2]
    items = [" ".join(item.split()) for item in listed.strip().split("\n- ")]
    return [f"- {item.lstrip('- ').rstrip(';.')}".replace("``", "`") for item in items if item]


def _complete(tables: dict[str, list[dict[str, Any]]]) -> bool:
    from .matrix import CASES, OPERATIONS
    from .test_bad_input import CORPUS
    from .test_bulk_under_faults import RUNS

    return (
        len(tables["faults"]) == len(CASES) * len(OPERATIONS) * 2
        and len(tables["bad input"]) == len(CORPUS)
        and len(tables["bulk"]) == len(RUNS)
        and {row["suite"] for row in tables["search"]} == set(SEARCHES)
    )


def write() -> bool:
    """Write the page from the observations, if they are complete; returns whether it was written."""
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in OBSERVATIONS:
        tables[row["table"]].append(row)
    if not _complete(tables):
        return False
    text = "\n".join(
        [
            "# Reliability",
            "",
            "Generated by the reliability tests (`tests/reliability/`) on every full run of `scripts/test`;",
            "do not edit by hand. Every row is an assertion of the suite: a row that changed would have",
            "failed it first.",
            "",
            "## Searches for defects",
            "",
            "These suites do not confirm cases someone thought of: they generate inputs, answers, interruptions",
            "and faults from one seed per run (printed by pytest, and in a failure's summary; repeat a run with",
            "`scripts/test --hypothesis-seed=N`) and check invariants after every step. A violation fails the",
            "suite, so a page written at all shows 0. `scripts/test --slow` runs about ten times as many examples.",
            "",
            *_searches(tables["search"]),
            "",
            "The OTP state machine checks, after every step, for both services on both stores:",
            "",
            *_otp_invariants(),
            "",
            "## Faults",
            "",
            "Each fault is injected by the mock server on a loopback port (a connect timeout, which loopback",
            "cannot produce on demand, by the transport before sending). Clients run with `max_retries=2`, a",
            "1 s read timeout and no jitter. *Requests received* counts what reached the server for the",
            "call under test: a send reaches it at most once, unless the fault struck before the request was",
            "sent (refused, connect timeout) or was a 429, which the service answers without acting. After",
            "every case the same client makes a clean call, which must succeed (the pool is not poisoned).",
            "",
            *_faults(tables["faults"]),
            "",
            "## Bulk sends under faults",
            "",
            "10% of sends answered 503 and 5% answered 429 (seeded). Every recipient is accounted for",
            "exactly once: either sent or reported back as failed, never both. Sending again only the",
            "failed ones completes the job without a duplicate (the test fails otherwise).",
            "",
            *_bulk(tables["bulk"]),
            "",
            "## Bad input",
            "",
            "Each is rejected with a documented exception naming the field; only what the service alone can",
            "judge (ids that do not exist, a variable the pattern does not have) is sent. In the calls, `c` is",
            "the client (sync and async alike), `P` the mock's approved pattern, `M` a valid mobile number,",
            "`PAST` and `NAIVE_PAST` moments before now, `LONG_TEXT` 100,000 characters, `SHEET` a valid",
            "workbook, and `TEXT_FILE`, `CSV_BYTES`, `PNG_BYTES`, `TEXT_MODE_FILE` files of the wrong kind.",
            "",
            *_bad_inputs(tables["bad input"]),
            "",
        ]
    )
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    return True
