"""The issue's performance targets, each checked against one run's figures.

Per-call targets compare client CPU time per call (``time.process_time()``, the server being in
another process): that is the client's own cost, which wall time would mix with the server's and the
loopback's. Wall-time ratios are in the report too. The mock server's goals (:func:`evaluate_servers`)
are about the servers instead: latency and requests per second, as a client sees them.
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
    """One target: what is compared, the figure, the goal, and whether the figure meets it."""

    key: str
    description: str
    measured: float
    comparison: str
    goal: float
    unit: str
    met: bool

    @property
    def shown(self) -> str:
        """The figure as the table prints it."""
        # Counts (no unit) print as whole numbers, ratios with two decimals.
        return f"{self.measured:g}" if not self.unit else f"{self.measured:.2f}{self.unit}"

    @property
    def goal_shown(self) -> str:
        """The goal as the table prints it."""
        return f"{self.comparison} {self.goal:g}{self.unit}"


def _target(key: str, description: str, measured: float, comparison: str, goal: float, unit: str = "×") -> Target:
    return Target(key, description, measured, comparison, goal, unit, _COMPARE[comparison](measured, goal))


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
    """Every target, in the issue's order."""
    per_call, phones = result.per_call, result.phones
    targets: list[Target] = []
    for operation, name in (("pattern_send", "pattern send"), ("balance_read", "balance read")):
        ours = per_call.figure("iranpayamak", operation)
        targets.append(
            _target(
                f"sync_{operation}_vs_httpx",
                f"`iranpayamak` {name}, CPU per call vs raw httpx (sync)",
                ours.cpu_ratio,
                "<=",
                1.15,
            )
        )
    targets.append(
        _target(
            "async_throughput_vs_httpx",
            f"`AsyncIranPayamak` throughput vs raw httpx.AsyncClient ({result.fanout.concurrency} in flight)",
            result.fanout.figure("iranpayamak").throughput_ratio,
            ">=",
            0.9,
        )
    )
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
            )
        )
    targets.append(
        _target(
            "import_vs_httpx",
            "`import iranpayamak` vs `import httpx` (median, -X importtime)",
            result.imports.figure("iranpayamak").ratio,
            "<",
            1.3,
        )
    )
    targets.append(
        _target(
            "normalization_vs_phonenumbers",
            "`normalize_mobiles` inputs/s vs `phonenumbers.parse` + `format_number`",
            phones.speedup,
            ">=",
            20,
        )
    )
    agreement = phones.agreement
    targets.append(
        _target(
            "normalization_agreement",
            "Inputs on which the verdicts of `normalize_mobile` and libphonenumber differ",
            agreement.missed + agreement.mismatched + agreement.only_ours,
            "<=",
            0,
            unit="",
        )
    )
    sizes = result.environment.sizes.bulk_sizes
    targets.append(
        _target(
            "bulk_memory_flat",
            f"Peak RSS streaming {sizes[-1]:,} recipients vs {sizes[0]:,}",
            result.bulk_memory.growth,
            "<=",
            1.1,
        )
    )
    return targets
