"""How much work each measurement does: the issue's figures for a full run, small ones for ``--quick``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FULL", "QUICK", "Sizes"]


@dataclass(frozen=True)
class Sizes:
    """Counts for one run.

    Attributes:
        calls: Sequential calls per client and operation in the per-call benchmark.
        rounds: The per-call calls are split into this many rounds, the clients taking turns in each,
            so a slow patch of the machine (another process, thermal throttling) hits all of them alike.
        warmup: Untimed calls per client and operation first (connection set-up, lazy imports).
        fanout_calls: Pattern sends per subject in the async fan-out (recipients of ``send_pattern_many``),
            split into ``rounds`` like the per-call calls.
        fanout_concurrency: Requests in flight at once in the fan-out.
        fanout_warmup: Untimed sends per subject, twice, before the fan-out: httpx's pool costs several
            times more per request until all its connections are open and have served a few requests.
        import_runs: Fresh interpreters per import measured.
        phone_inputs: Mixed-format inputs for the normalization benchmark.
        bulk_sizes: Recipients streamed by the bulk-memory runs, smallest first.
        server_requests: Requests of each kind sent to each mock server (``iranpayamak mock``, Prism).
        server_warmup: Untimed requests of each kind per mock server first.
    """

    calls: int
    rounds: int
    warmup: int
    fanout_calls: int
    fanout_concurrency: int
    fanout_warmup: int
    import_runs: int
    phone_inputs: int
    bulk_sizes: tuple[int, ...]
    server_requests: int
    server_warmup: int


FULL = Sizes(
    calls=5_000,
    rounds=10,
    warmup=200,
    fanout_calls=10_000,
    fanout_concurrency=50,
    fanout_warmup=400,
    import_runs=10,
    phone_inputs=1_000_000,
    bulk_sizes=(100_000, 1_000_000),
    server_requests=2_000,
    server_warmup=100,
)

QUICK = Sizes(
    calls=200,
    rounds=2,
    warmup=20,
    fanout_calls=100,
    fanout_concurrency=50,
    fanout_warmup=25,
    import_runs=3,
    phone_inputs=10_000,
    bulk_sizes=(2_000, 20_000),
    server_requests=100,
    server_warmup=10,
)
