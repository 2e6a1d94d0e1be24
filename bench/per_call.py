"""Per-call overhead: sequential pattern sends and balance reads through four clients.

The clients, configured alike (same base URL, a kept-alive connection, the default timeouts, no
logging):

- ``httpx``: a raw ``httpx.Client`` posting the JSON the ``iranpayamak`` client sends and reading
  ``data`` from the answer. The baseline every other figure is a ratio to.
- ``iranpayamak_api``: the generated client, building the request model on every call, as its
  README shows.
- ``iranpayamak``: ``client.sms.send_pattern(...)`` and ``client.account.balance()``.
- ``farazsms``: the official 1.1.0 package (``requests`` underneath); a dev dependency only.

Each subject's answer is checked once before timing, and the responder's request counts after, so a
misconfigured client cannot produce a flattering figure.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .responder import BALANCE_BODY, PATTERN_SEND_ID, RunningResponder
from .sizes import Sizes
from .timing import Timing, best, stopwatch, total

__all__ = [
    "BASELINE",
    "OPERATIONS",
    "PATTERN_BODY",
    "PATTERN_CODE",
    "PATTERN_VALUES",
    "RECIPIENT",
    "Figure",
    "PerCallResult",
    "Subject",
    "measure_per_call",
    "subjects",
]

PATTERN_CODE = "SJ3FgPrE0C"
RECIPIENT = "09121234567"
PATTERN_VALUES = {"code": "482913"}
LINE_NUMBER = "90008361"
# Byte for byte what `iranpayamak` posts for the call above (checked with a capturing transport).
PATTERN_BODY = {
    "code": PATTERN_CODE,
    "recipient": RECIPIENT,
    "attributes": PATTERN_VALUES,
    "line_number": LINE_NUMBER,
    "number_format": "english",
    "schedule": None,
}
BALANCE_AMOUNT: int = BALANCE_BODY["data"]["balanceAmount"]

OPERATIONS = ("pattern_send", "balance_read")
BASELINE = "httpx"

Call = Callable[[], object]


@dataclass(frozen=True)
class Subject:
    """A client under test: one callable per operation, and how to close it."""

    name: str
    label: str
    calls: dict[str, Call]
    close: Callable[[], None]


def _raw_httpx(url: str, api_key: str) -> Subject:
    from iranpayamak_api.client import DEFAULT_TIMEOUT, USER_AGENT

    http = httpx.Client(
        base_url=url,
        headers={"Api-Key": api_key, "Accept": "application/json", "User-Agent": USER_AGENT},
        timeout=DEFAULT_TIMEOUT,
    )

    def pattern_send() -> object:
        response = http.post("/ws/v1/sms/pattern", json=PATTERN_BODY)
        response.raise_for_status()
        return response.json()["data"]

    def balance_read() -> object:
        response = http.get("/ws/v1/account/balance")
        response.raise_for_status()
        return response.json()["data"]["balanceAmount"]

    return Subject(
        "httpx", "raw httpx.Client", {"pattern_send": pattern_send, "balance_read": balance_read}, http.close
    )


def _generated(url: str, api_key: str) -> Subject:
    from iranpayamak_api import Client
    from iranpayamak_api.api.account import get_balance
    from iranpayamak_api.api.sms import send_pattern
    from iranpayamak_api.models import NumberFormat, PatternSendRequest, PatternValues

    client = Client(api_key=api_key, base_url=url)

    def pattern_send() -> object:
        body = PatternSendRequest(
            code=PATTERN_CODE,
            recipient=RECIPIENT,
            attributes=PatternValues.from_dict(PATTERN_VALUES),
            line_number=LINE_NUMBER,
            number_format=NumberFormat.ENGLISH,
        )
        return send_pattern.sync(client=client, body=body).data

    def balance_read() -> object:
        return get_balance.sync(client=client).data.balance_amount

    return Subject(
        "iranpayamak_api",
        "iranpayamak_api (generated)",
        {"pattern_send": pattern_send, "balance_read": balance_read},
        client.close,
    )


def _ergonomic(url: str, api_key: str) -> Subject:
    from iranpayamak import IranPayamak

    # The responder answers only the sends: the pattern check (a fetch, then a cache lookup) is left out, as
    # in the figures before issue 20 added it.
    client = IranPayamak(api_key=api_key, base_url=url, check_patterns=False)

    def pattern_send() -> object:
        return client.sms.send_pattern(PATTERN_CODE, RECIPIENT, PATTERN_VALUES)

    def balance_read() -> object:
        return client.account.balance().amount

    return Subject(
        "iranpayamak",
        "iranpayamak.IranPayamak",
        {"pattern_send": pattern_send, "balance_read": balance_read},
        client.close,
    )


def _official(url: str, api_key: str) -> Subject:
    import farazsms  # type: ignore[import-untyped]

    client = farazsms.FarazSMS(api_key, base_url=url)

    def pattern_send() -> object:
        return client.send_pattern(PATTERN_CODE, RECIPIENT, PATTERN_VALUES)["data"]

    def balance_read() -> object:
        return client.balance()["data"]["balanceAmount"]

    return Subject(
        "farazsms",
        f"farazsms {farazsms.__version__} (official)",
        {"pattern_send": pattern_send, "balance_read": balance_read},
        client.s.close,
    )


def subjects(url: str, api_key: str) -> list[Subject]:
    """The four clients, the baseline first, each pointed at ``url``."""
    return [_raw_httpx(url, api_key), _generated(url, api_key), _ergonomic(url, api_key), _official(url, api_key)]


@dataclass(frozen=True)
class Figure:
    """One client's cost for one operation, and its ratio to raw httpx.

    The per-call figures are each subject's best round (least CPU, least wall time): on a shared
    machine a round is only ever slowed down, so the best one is the closest to the client's own cost.
    The ratios compare best rounds with best rounds; the mean over every round is kept alongside.
    """

    client: str
    label: str
    operation: str
    calls: int
    cpu_us_per_call: float
    wall_us_per_call: float
    cpu_ratio: float
    wall_ratio: float
    mean_cpu_us_per_call: float
    round_cpu_us_per_call: list[float]


@dataclass(frozen=True)
class PerCallResult:
    """Every client's figures for every operation."""

    calls: int
    rounds: int
    figures: list[Figure]

    def figure(self, client: str, operation: str) -> Figure:
        """The figure of ``client`` for ``operation``."""
        return next(f for f in self.figures if f.client == client and f.operation == operation)


def _warm_and_check(subject: Subject, warmup: int) -> None:
    expected = {"pattern_send": PATTERN_SEND_ID, "balance_read": BALANCE_AMOUNT}
    for operation, call in subject.calls.items():
        answer = call()
        if answer != expected[operation]:
            raise RuntimeError(f"{subject.name} {operation} returned {answer!r}, expected {expected[operation]!r}")
        for _ in range(warmup - 1):
            call()


def measure_per_call(responder: RunningResponder, sizes: Sizes) -> PerCallResult:
    """Time ``sizes.calls`` sequential calls of each operation through each client."""
    per_round = max(1, sizes.calls // sizes.rounds)
    calls = per_round * sizes.rounds
    with warnings.catch_warnings():
        # The official client is untyped and old-fashioned; whatever it warns about is not measured.
        warnings.simplefilter("ignore")
        clients = subjects(responder.url, responder.api_key)
    responder.reset()
    try:
        for subject in clients:
            _warm_and_check(subject, sizes.warmup)
        rounds: dict[tuple[str, str], list[Timing]] = {(s.name, op): [] for s in clients for op in OPERATIONS}
        for index in range(sizes.rounds):
            # Rotate who goes first, so no client always runs right after the same neighbour.
            order = clients[index % len(clients) :] + clients[: index % len(clients)]
            for subject in order:
                for operation in OPERATIONS:
                    call = subject.calls[operation]
                    with stopwatch(per_round) as watch:
                        for _ in range(per_round):
                            call()
                    rounds[subject.name, operation].append(watch.timing)
    finally:
        for subject in clients:
            subject.close()
    _check_counts(responder, len(clients) * (sizes.warmup + calls))
    figures: list[Figure] = []
    for operation in OPERATIONS:
        base = best(rounds[BASELINE, operation])
        for subject in clients:
            timings = rounds[subject.name, operation]
            fastest = best(timings)
            figures.append(
                Figure(
                    client=subject.name,
                    label=subject.label,
                    operation=operation,
                    calls=total(timings).calls,
                    cpu_us_per_call=fastest.cpu_us_per_call,
                    wall_us_per_call=fastest.wall_us_per_call,
                    cpu_ratio=fastest.cpu_s / base.cpu_s,
                    wall_ratio=fastest.wall_s / base.wall_s,
                    mean_cpu_us_per_call=total(timings).cpu_us_per_call,
                    round_cpu_us_per_call=[t.cpu_us_per_call for t in timings],
                )
            )
    return PerCallResult(calls=calls, rounds=sizes.rounds, figures=figures)


def _check_counts(responder: RunningResponder, expected: int) -> None:
    counts = responder.stats()["requests"]
    for route in ("POST /ws/v1/sms/pattern", "GET /ws/v1/account/balance"):
        if counts.get(route) != expected:
            raise RuntimeError(f"the responder answered {counts.get(route)} {route} requests, expected {expected}")
