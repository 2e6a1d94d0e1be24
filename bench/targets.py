"""The performance targets, each checked against one run's figures.

Issue 17's goals come first, in its order (its mock-server goals, :func:`evaluate_servers`, are
reported in the mock-server section, so a run of that section alone can update them); then issue 13's
goals that issue 17 did not raise, which still hold.

Per-call targets compare client CPU time per call (``time.process_time()``, the server being in
another process): that is the client's own cost, which wall time would mix with the server's and the
loopback's. Wall-time ratios are in the report too. Every figure is the best of interleaved rounds
(:func:`bench.timing.best`). The mock server's goals are about the servers instead: latency and
requests per second, as a client sees them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass

from .servers import ServerResult
from .suite import SuiteResult

__all__ = ["Target", "evaluate", "evaluate_servers"]

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
}


@dataclass(frozen=True)
class Target:
    """One target: what is compared, the figure, the goal, whether the figure meets it, and the issue
    that set the goal."""

    key: str
    description: str
    measured: float
    comparison: str
    goal: float
    unit: str
    met: bool
    issue: int

    @property
    def shown(self) -> str:
        """The figure as the table prints it."""
        # Counts (no unit) print as whole numbers, ratios with two decimals.
        return f"{self.measured:g}" if not self.unit else f"{self.measured:.2f}{self.unit}"

    @property
    def goal_shown(self) -> str:
        """The goal as the table prints it."""
        return f"{self.comparison} {self.goal:g}{self.unit}"


def _target(
    key: str, description: str, measured: float, comparison: str, goal: float, unit: str = "×", issue: int = 17
) -> Target:
    return Target(key, description, measured, comparison, goal, unit, _COMPARE[comparison](measured, goal), issue)


def evaluate_servers(servers: ServerResult) -> list[Target]:
    """The mock server's goals: its latency, and its throughput against Prism, each for the request kind
    that does worst. Reported in the mock-server section, so a run of that section alone can update them."""
    kinds = sorted({figure.operation for figure in servers.figures})

    def versus_prism(kind: str) -> float:
        return servers.figure("mock", kind).per_second / servers.figure("prism", kind).per_second

    slowest = max(kinds, key=lambda kind: servers.figure("mock", kind).p50_ms)
    weakest = min(kinds, key=versus_prism)
    return [
        _target(
            "mock_p50",
            f"`iranpayamak mock` p50 per request, the slowest of {len(kinds)} kinds ({slowest.replace('_', ' ')})",
            servers.figure("mock", slowest).p50_ms,
            "<",
            2,
            unit=" ms",
        ),
        _target(
            "mock_throughput_vs_prism",
            f"`iranpayamak mock` requests/s vs Prism, the lowest of {len(kinds)} kinds ({weakest.replace('_', ' ')})",
            versus_prism(weakest),
            ">=",
            3,
        ),
    ]


def evaluate(result: SuiteResult) -> list[Target]:
    """Every target: issue 17's in its order, then issue 13's that it did not raise."""
    return [*_issue_17(result), *_issue_13(result)]


def _issue_17(result: SuiteResult) -> list[Target]:
    per_call, phones, fanout = result.per_call, result.phones, result.fanout
    return [
        _target(
            "normalization_vs_phonenumbers",
            "`normalize_mobiles` inputs/s vs `phonenumbers.parse` + `format_number`, mixed inputs",
            phones.speedup,
            ">=",
            20,
        ),
        _target(
            "rejected_normalization_vs_phonenumbers",
            "`normalize_mobiles` inputs/s vs `phonenumbers.parse` + `format_number`, rejected inputs alone",
            phones.rejected_speedup,
            ">=",
            10,
        ),
        _target(
            "sync_pattern_send_vs_httpx",
            "`iranpayamak` pattern send, CPU per call vs raw httpx (sync)",
            per_call.figure("iranpayamak", "pattern_send").cpu_ratio,
            "<=",
            1.08,
        ),
        _target(
            "import_vs_httpx",
            "`import iranpayamak` vs `import httpx` (-X importtime, httpx CLI absent as in a plain install)",
            result.imports.figure("iranpayamak").ratio,
            "<=",
            1.15,
        ),
        _target(
            "sync_first_use_async_modules",
            "Asynchronous modules a sync client touching every namespace loads beyond httpx's own",
            result.sync_first_use.count,
            "<=",
            0,
            unit="",
        ),
        _target(
            "async_send_pattern_many_vs_httpx",
            f"`AsyncIranPayamak.sms.send_pattern_many` throughput vs raw httpx.AsyncClient "
            f"({fanout.calls:,} recipients, {fanout.concurrency} in flight)",
            fanout.figure("iranpayamak_send_pattern_many").throughput_ratio,
            ">=",
            0.98,
        ),
    ]


def _issue_13(result: SuiteResult) -> list[Target]:
    per_call, agreement = result.per_call, result.phones.agreement
    targets = [
        _target(
            "sync_balance_read_vs_httpx",
            "`iranpayamak` balance read, CPU per call vs raw httpx (sync)",
            per_call.figure("iranpayamak", "balance_read").cpu_ratio,
            "<=",
            1.15,
            issue=13,
        )
    ]
    for operation, name in (("pattern_send", "pattern send"), ("balance_read", "balance read")):
        ours = per_call.figure("iranpayamak", operation)
        official = per_call.figure("farazsms", operation)
        targets.append(
            _target(
                f"sync_{operation}_vs_farazsms",
                f"`iranpayamak` {name}, CPU per call vs official `farazsms`",
                ours.cpu_us_per_call / official.cpu_us_per_call,
                "<",
                1.0,
                issue=13,
            )
        )
    sizes = result.environment.sizes.bulk_sizes
    return [
        *targets,
        _target(
            "normalization_agreement",
            "Inputs on which the verdicts of `normalize_mobile` and libphonenumber differ",
            agreement.missed + agreement.mismatched + agreement.only_ours,
            "<=",
            0,
            unit="",
            issue=13,
        ),
        _target(
            "bulk_memory_flat",
            f"Peak RSS streaming {sizes[-1]:,} recipients vs {sizes[0]:,}",
            result.bulk_memory.growth,
            "<=",
            1.1,
            issue=13,
        ),
    ]
