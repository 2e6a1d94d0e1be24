"""Writing a run's figures: a Markdown report (the README's figures come from it) and a JSON file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from .servers import ServerResult
from .suite import Environment, SuiteResult
from .targets import Target, evaluate_servers

__all__ = ["MEASUREMENTS", "SERVERS_HEADING", "as_json", "as_markdown", "update_servers_section", "write_report"]

MEASUREMENTS = ("per_call", "fanout", "imports", "sync_first_use", "phones", "bulk_memory", "servers")
"""The keys of the seven measurements in the JSON file (and of the :class:`SuiteResult` fields)."""

_OPERATIONS = {"pattern_send": "pattern send", "balance_read": "balance read", "report_page": "report page"}


def _table(header: list[str], rows: list[list[str]], align: str) -> list[str]:
    """A Markdown table; ``align`` has one letter per column, ``l`` or ``r``."""
    rule = ["---:" if side == "r" else "---" for side in align]
    return ["| " + " | ".join(cells) + " |" for cells in [header, rule, *rows]]


def _goals_table(targets: list[Target]) -> list[str]:
    rows = [[t.description, t.shown, t.goal_shown, "yes" if t.met else "**no**"] for t in targets]
    return [
        f"{sum(t.met for t in targets)} of {len(targets)} met.",
        "",
        *_table(["Target", "Measured", "Goal", "Met"], rows, "lrrl"),
    ]


def _targets(targets: list[Target]) -> list[str]:
    issue_17 = sum(target.issue == 17 for target in targets)
    return [
        "## Targets",
        "",
        f"The first {issue_17} are issue 17's goals (its mock-server goals are in section 6); the rest are issue "
        "13's that issue 17 did not raise. Every figure is the best of rounds in which the subjects take turns.",
        "",
        *_goals_table(targets),
    ]


def _target_data(target: Target) -> dict[str, Any]:
    return {**dataclasses.asdict(target), "shown": target.shown, "goal_shown": target.goal_shown}


def _per_call(result: SuiteResult) -> list[str]:
    per_call = result.per_call
    rows = [
        [
            _OPERATIONS[f.operation],
            f.label,
            f"{f.cpu_us_per_call:,.0f}",
            f"{f.cpu_ratio:.2f}×",
            f"{f.wall_us_per_call:,.0f}",
            f"{f.wall_ratio:.2f}×",
        ]
        for f in per_call.figures
    ]
    return [
        "## 1. Per-call overhead (sync)",
        "",
        f"{per_call.calls:,} sequential calls per client and operation, in {per_call.rounds} rounds with the "
        "clients taking turns, over one kept-alive connection to the local responder. CPU is the client "
        "process's own time (`time.process_time()`); each figure is the client's best round, and the ratios "
        "are to raw `httpx.Client`'s best round (the mean over all rounds is in `latest.json`).",
        "",
        *_table(["Operation", "Client", "CPU µs/call", "CPU × httpx", "Wall µs/call", "Wall × httpx"], rows, "llrrrr"),
    ]


def _fanout(result: SuiteResult) -> list[str]:
    fanout = result.fanout
    rows = [
        [
            f.label + (" (informative)" if f.informative else ""),
            f"{f.per_second:,.0f}",
            f"{f.throughput_ratio:.2f}×",
            f"{f.cpu_us_per_call:,.0f}",
        ]
        for f in fanout.figures
    ]
    return [
        "## 2. Async fan-out",
        "",
        f"{fanout.calls:,} pattern sends to distinct numbers per client, {fanout.concurrency} in flight, through "
        f"pools limited to {fanout.concurrency} connections (all kept alive), except the default-pool row; in "
        f"{fanout.rounds} rounds of {fanout.calls // fanout.rounds:,} with the clients taking turns, each figure "
        "its client's best round. `send_pattern_many` bounds its sends itself (`concurrency=`), the others "
        "share one `asyncio.Semaphore`.",
        "",
        *_table(["Client", "Sends/s", "× httpx", "CPU µs/send"], rows, "lrrr"),
    ]


def _imports(result: SuiteResult) -> list[str]:
    imports = result.imports
    rows = [
        [
            f"`{f.code}`"
            + (" (httpx CLI installed)" if f.with_httpx_cli else "")
            + (" (informative)" if f.informative else ""),
            f"{f.min_ms:,.1f}",
            f"{f.ratio:.2f}×" + (" †" if f.with_httpx_cli else ""),
            f"{f.median_ms:,.1f}",
            f"{f.median_ratio:.2f}×",
            ", ".join(f"{v:.1f}" for v in f.runs_ms),
        ]
        for f in imports.figures
    ]
    extra = ", ".join(f"`{m.module}` {m.self_ms:.1f}" for m in imports.extra_modules[:10])
    total = sum(m.self_ms for m in imports.extra_modules)
    first_use = result.sync_first_use
    loaded = ", ".join(f"`{name}`" for name in first_use.extra_asynchronous) or "none"
    return [
        "## 3. Import time",
        "",
        f"`python -X importtime -c CODE`, cumulative time of the imports CODE starts, best and median of "
        f"{imports.runs} fresh interpreters (bytecode already compiled); the ratios are best to best, and median "
        "to median. The target's rows are what a plain `pip install iranpayamak` sees: httpx's command line "
        "(click, rich, pygments, the `httpx[cli]` extra) absent, which the bench gets by making "
        '`import httpx._main` fail as it fails there. The rows marked "httpx CLI installed" are the dev '
        "environment's († ratio to `import httpx` with its CLI installed too).",
        "",
        *_table(["Import", "Best ms", "× httpx", "Median ms", "Median × httpx", "Runs (ms)"], rows, "lrrrrl"),
        "",
        f"Modules `import iranpayamak` loads beyond httpx: {total:.1f} ms of their own (median); the largest: {extra}.",
        "",
        f"A sync client touching every namespace ({', '.join(first_use.namespaces)}) and reading the balance "
        f"loads {first_use.count} asynchronous modules beyond those httpx loads itself for a client and a request "
        f"({', '.join(first_use.baseline_asynchronous) or 'none'}): {loaded}.",
    ]


def _phones(result: SuiteResult) -> list[str]:
    phones = result.phones
    agreement = phones.agreement
    rows = [
        ["`normalize_mobiles(inputs)`", f"{phones.normalize_mobiles_per_s:,.0f}", f"{phones.speedup:.1f}×"],
        [
            "`normalize_mobiles(inputs, split=False)`",
            f"{phones.normalize_mobiles_unsplit_per_s:,.0f}",
            f"{phones.normalize_mobiles_unsplit_per_s / phones.phonenumbers_parse_format_per_s:.1f}×",
        ],
        [
            "`normalize_mobiles` over only the valid inputs (informative)",
            f"{phones.valid_only_per_s:,.0f}",
            f"{phones.valid_only_per_s / phones.phonenumbers_parse_format_per_s:.1f}×",
        ],
        [
            "`normalize_mobiles` over only the rejected inputs",
            f"{phones.rejected_only_per_s:,.0f}",
            f"{phones.rejected_speedup:.1f}× ‡ "
            f"({phones.rejected_only_per_s / phones.phonenumbers_parse_format_per_s:.1f}×)",
        ],
        ["`phonenumbers.parse` + `format_number` (baseline)", f"{phones.phonenumbers_parse_format_per_s:,.0f}", "1.0×"],
        [
            "`phonenumbers.parse` + `format_number` over only the rejected inputs (‡ baseline)",
            f"{phones.phonenumbers_rejected_only_per_s:,.0f}",
            f"{phones.phonenumbers_rejected_only_per_s / phones.phonenumbers_parse_format_per_s:.1f}×",
        ],
        [
            "`phonenumbers` parse + `is_valid_number` + `number_type` + format",
            f"{phones.phonenumbers_validated_per_s:,.0f}",
            f"{phones.phonenumbers_validated_per_s / phones.phonenumbers_parse_format_per_s:.1f}×",
        ],
    ]
    disagreements = "; ".join(f"{kind}: {examples!r}" for kind, examples in agreement.examples.items())
    return [
        "## 4. Phone normalization",
        "",
        f"{phones.inputs:,} mixed-format inputs (about 80% mobile numbers in 14 spellings, the rest landlines, "
        "wrong lengths, foreign numbers, words and empty cells); inputs per second of CPU time, the best of 3 "
        "rounds in which the subjects take turns (the last row: one round, while checking the verdicts). "
        "‡: the rejected inputs alone, against `phonenumbers` over the same inputs (the target's figure; in "
        'brackets, against the baseline over the mixed inputs, as issue 17\'s "today" figure was taken).',
        "",
        *_table(["Function", "Inputs/s", "× phonenumbers"], rows, "lrr"),
        "",
        f"Per input: {1e6 / phones.valid_only_per_s:.2f} µs for a valid one (the whole batch is cleaned in C and "
        f"read by one regex, whose match is the number or the reason), {1e6 / phones.rejected_only_per_s:.2f} µs for "
        "a rejected one (the same reading, then a `Rejected` record, and a split into words in case one of them is "
        "a number).",
        "",
        f"Verdicts: {agreement.both_valid:,} valid Iranian mobiles for both with the same number, "
        f"{agreement.both_invalid:,} rejected by both, {agreement.missed} valid mobiles rejected by "
        f"`normalize_mobile`, {agreement.mismatched} normalized differently, {agreement.only_ours} accepted "
        "only by `normalize_mobile`." + (f" Examples: {disagreements}." if disagreements else ""),
    ]


def _bulk(result: SuiteResult) -> list[str]:
    bulk = result.bulk_memory
    rows = [
        [
            "streamed (generator)" if f.mode == "stream" else "list (control)",
            f"{f.recipients:,}",
            f"{f.requests:,}",
            f"{f.rss_before_mib:.1f}",
            f"{f.peak_rss_mib:.1f}",
            f"{f.seconds:.1f}",
        ]
        for f in bulk.figures
    ]
    return [
        "## 5. Bulk memory",
        "",
        "`client.sms.send_simple(text, recipients=...)` sending every number of a CSV file, 100 per request, in a "
        "fresh process per run; RSS after imports and connection set-up, and the peak (`VmHWM`).",
        "",
        *_table(
            ["Recipients from", "Recipients", "Requests", "RSS before MiB", "Peak RSS MiB", "Seconds"], rows, "lrrrrr"
        ),
        "",
        f"Streamed peak grows {bulk.growth:.3f}× from the smallest list to the largest.",
    ]


SERVERS_HEADING = "## 6. Mock servers: `iranpayamak mock` and Prism"
"""The heading of the last section, the one ``scripts/bench --only servers`` replaces."""


def _servers(servers: ServerResult, measured: str | None = None) -> list[str]:
    rows = []
    for f in servers.figures:
        prism = servers.figure("prism", f.operation)
        rows.append(
            [
                _OPERATIONS[f.operation],
                f.label,
                f"{f.p50_ms:.2f}",
                f"{f.p95_ms:.2f}",
                f"{f.per_second:,.0f}",
                f"{f.per_second / prism.per_second:.2f}×",
                "n/a" if f.server_cpu_us is None else f"{f.server_cpu_us:,.0f}",
            ]
        )
    return [
        SERVERS_HEADING,
        "",
        *([measured, ""] if measured else []),
        f"{servers.requests:,} requests of each kind to each server, in {servers.rounds} rounds with the servers "
        "taking turns, one at a time over a kept-alive connection (the standard library's `http.client`, so "
        "the figures are the servers'). Both run in their own process as a user starts them: "
        "`iranpayamak mock` and `prism mock spec/iranpayamak.openapi.yaml`. Balance read: `GET "
        "/ws/v1/account/balance`; pattern send: `POST /ws/v1/sms/pattern` (the demo OTP pattern); report page: "
        "`GET /ws/v1/send_request/{id}/items`. Latency is from sending a request to having read its answer; "
        "server CPU is the server process's own time per request.",
        "",
        *_table(
            ["Request", "Server", "p50 ms", "p95 ms", "Requests/s", "× Prism", "Server CPU µs/request"],
            rows,
            "llrrrrr",
        ),
        "",
        "The mock server's goals:",
        "",
        *_goals_table(evaluate_servers(servers)),
    ]


def _servers_data(servers: ServerResult) -> dict[str, Any]:
    return {**dataclasses.asdict(servers), "goals": [_target_data(t) for t in evaluate_servers(servers)]}


def as_markdown(result: SuiteResult, targets: list[Target]) -> str:
    """The report: the targets first, then each measurement's table."""
    environment = result.environment
    versions = ", ".join(f"{name} {version}" for name, version in environment.packages.items())
    commit = environment.git_commit or "unknown"
    if environment.git_dirty:
        commit += " (with uncommitted changes)"
    lines = [
        "# iranpayamak benchmarks"
        + (" (quick run: small counts, figures not meaningful)" if environment.quick else ""),
        "",
        f"Run {environment.started_at} on {environment.python}, {environment.platform}, {environment.cpus} CPUs; "
        f"commit {commit}. Reproduce with `scripts/bench`{' --quick' if environment.quick else ''}.",
        "",
        f"Packages: {versions}.",
        "",
        *_targets(targets),
        "",
        *_per_call(result),
        "",
        *_fanout(result),
        "",
        *_imports(result),
        "",
        *_phones(result),
        "",
        *_bulk(result),
        "",
        *_servers(result.servers),
    ]
    return "\n".join(lines) + "\n"


def as_json(result: SuiteResult, targets: list[Target]) -> dict[str, Any]:
    """Every figure of the run, and the targets, as plain JSON data."""
    data = dataclasses.asdict(result)
    data["phones"]["agreement"]["agrees"] = result.phones.agreement.agrees
    data["targets"] = [_target_data(t) for t in targets]
    data["servers"] = _servers_data(result.servers)
    return data


def write_report(result: SuiteResult, targets: list[Target], folder: Path) -> tuple[Path, Path]:
    """Write ``latest.md`` and ``latest.json`` into ``folder`` (created if needed); return both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    markdown, data = folder / "latest.md", folder / "latest.json"
    markdown.write_text(as_markdown(result, targets), encoding="utf-8")
    data.write_text(json.dumps(as_json(result, targets), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return markdown, data


def update_servers_section(folder: Path, servers: ServerResult, environment: Environment) -> tuple[Path, Path]:
    """Replace the mock-server section (the last) of the report in ``folder``, keeping every other figure.

    Raises:
        FileNotFoundError: ``folder`` has no report to update.
    """
    markdown, data = folder / "latest.md", folder / "latest.json"
    if not (markdown.exists() and data.exists()):
        raise FileNotFoundError(f"no report in {folder} to update: run a whole scripts/bench first")
    commit = environment.git_commit or "unknown"
    if environment.git_dirty:
        commit += " (with uncommitted changes)"
    measured = (
        f"Measured on its own ({environment.started_at}, commit {commit}) with `scripts/bench "
        f"{'--quick ' if environment.quick else ''}--only servers`; the other sections are from the run named "
        "at the top."
    )
    before = markdown.read_text(encoding="utf-8").split("\n" + SERVERS_HEADING, 1)[0].rstrip("\n")
    markdown.write_text(before + "\n\n" + "\n".join(_servers(servers, measured)) + "\n", encoding="utf-8")
    loaded = json.loads(data.read_text(encoding="utf-8"))
    loaded["servers"] = _servers_data(servers)
    data.write_text(json.dumps(loaded, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return markdown, data
