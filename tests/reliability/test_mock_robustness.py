"""The mock is a server people run, so it must hold up: malformed requests over real HTTP never make it
fail (5xx), and a minute of 200 concurrent clients loses no request and does not leak memory."""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import negative_data_rejection

from iranpayamak.testing import MockServer
from iranpayamak.testing._spec import load_spec

SERVER = MockServer(balance=10**15)
CONFIG = SchemathesisConfig.from_dict(
    {"auth": {"openapi": {"ApiKeyAuth": {"api_key": SERVER.api_key}}}, "generation": {"mode": "negative"}}
)
# The register form takes nothing and needs no key, so there is no malformed request to make of it.
schema = schemathesis.openapi.from_dict(load_spec(), config=CONFIG).exclude(operation_id="get_register_form")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    SERVER.start()
    schema.config.update(base_url=SERVER.url)
    yield SERVER
    SERVER.stop()


@schema.parametrize()
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
def test_malformed_requests_over_http_are_refused_not_crashing(case: Any, server: MockServer) -> None:
    response = case.call(base_url=server.url)
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if case.media_type != "multipart/form-data":  # see wire_indistinguishable in tests/contract
        case.validate_response(response, checks=[negative_data_rejection])


def _rss_bytes() -> int:
    with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def _load(server: MockServer, clients: int, seconds: float) -> tuple[Counter[int], int, list[int]]:
    statuses: Counter[int] = Counter()
    sent = 0
    samples: list[int] = []
    deadline = time.monotonic() + seconds
    headers = {"Api-Key": server.api_key}
    calls = [
        ("GET", "/ws/v1/account/balance", None),
        ("GET", "/ws/v1/inbox?limit=5", None),
        (
            "POST",
            "/ws/v1/sms/pattern",
            {
                "code": "mockOtp001",
                "recipient": "09121234567",
                "line_number": "90008361",
                "number_format": "english",
                "attributes": {"code": "1234"},
            },
        ),
        (
            "POST",
            "/ws/v1/sms/simple",
            {
                "text": "سلام",
                "recipients": ["09121234567", "09351234567"],
                "line_number": "90008361",
                "number_format": "english",
            },
        ),
    ]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=server.url, headers=headers, limits=limits, timeout=30) as http:

        async def client(index: int) -> None:
            nonlocal sent
            turn = index
            while time.monotonic() < deadline:
                method, path, body = calls[turn % len(calls)]
                turn += 1
                response = await http.request(method, path, json=body)
                sent += 1
                statuses[response.status_code] += 1

        async def sample() -> None:
            while time.monotonic() < deadline:
                samples.append(_rss_bytes())
                await asyncio.sleep(1)

        await asyncio.gather(sample(), *(client(index) for index in range(clients)))
    return statuses, sent, samples


@pytest.mark.slow
def test_a_minute_of_200_concurrent_clients(server: MockServer) -> None:
    server.reset()
    statuses, sent, samples = asyncio.run(_load(server, clients=200, seconds=60))
    assert sent > 1000
    assert not [status for status in statuses if status >= 500], statuses
    assert set(statuses) <= {200, 201}, statuses
    assert len(server.requests) == sent  # nothing lost from the request log
    # The mock keeps every request and message by design; beyond that, memory must not grow. Compare the
    # growth of the second half of the run with what the second half recorded.
    middle, end = samples[len(samples) // 2], samples[-1]
    recorded_later = sent // 2
    assert end - middle < 64 * 1024 * 1024 + 4096 * recorded_later, (middle, end, sent)
