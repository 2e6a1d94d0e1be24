"""Many app servers verifying the same code at the same moment, against a real Redis: exactly one wins.

Each thread has its own ``RedisStore`` and connection, as separate servers would; the process test
adds separate interpreters (spawned, not forked). All of them wait at one barrier and then call
``verify`` with the right code together, for several codes in a row.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

import pytest
import redis

from iranpayamak import IranPayamak
from iranpayamak.errors import OtpLockedError
from iranpayamak.otp import OtpService, RedisStore
from iranpayamak.testing import MockService

from .conftest import PATTERN, SECRET, RedisServer

NUMBERS = [f"0912000{n:04d}" for n in range(5)]
THREADS = 8
PROCESSES = 3


def _verifiers(port: int, count: int, sender: IranPayamak) -> list[OtpService]:
    # A store and connection pool for each "server"; the sender is not used (verify sends nothing).
    return [
        OtpService(sender, pattern=PATTERN, store=RedisStore(redis.Redis(port=port)), secret=SECRET)
        for _ in range(count)
    ]


def _race(services: list[OtpService], pairs: list[tuple[str, str]], barrier: Any) -> list[list[object]]:
    """Each service verifies every pair in its own thread, all starting each pair together."""
    outcomes: list[list[object]] = [[None] * len(services) for _ in pairs]

    def run(index: int, service: OtpService) -> None:
        for round_number, (mobile, code) in enumerate(pairs):
            try:
                barrier.wait(timeout=60)
                outcomes[round_number][index] = service.verify(mobile, code)
            except Exception as error:  # a broken barrier too: reported, so the parent's assertion shows it
                outcomes[round_number][index] = repr(error)

    threads = [threading.Thread(target=run, args=(i, service)) for i, service in enumerate(services)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    stuck = [thread.name for thread in threads if thread.is_alive()]
    assert not stuck, f"verifying threads did not finish within 120 s: {stuck}"
    return outcomes


def _process_main(port: int, pairs: list[tuple[str, str]], barrier: Any, results: Any) -> None:
    with MockService() as mock, mock.client() as sender:
        results.put(_race(_verifiers(port, THREADS, sender), pairs, barrier))


def _issue_codes(redis_server: RedisServer, redis_client: redis.Redis) -> list[tuple[str, str]]:
    with MockService() as mock, mock.client(max_retries=0) as client:
        issuer = OtpService(client, pattern=PATTERN, store=RedisStore(redis_client), secret=SECRET, expose_codes=True)
        pairs = []
        for mobile in NUMBERS:
            code = issuer.issue(mobile).code
            assert code is not None
            pairs.append((mobile, code))
        return pairs


def _successes(rounds: list[list[object]]) -> list[int]:
    return [sum(outcome is True for outcome in outcomes) for outcomes in rounds]


def test_threads_verifying_one_code_succeed_once(
    redis_server: RedisServer, redis_client: redis.Redis, client: IranPayamak
) -> None:
    pairs = _issue_codes(redis_server, redis_client)
    services = _verifiers(redis_server.port, 16, client)
    rounds = _race(services, pairs, threading.Barrier(len(services)))
    for outcomes in rounds:
        assert all(isinstance(outcome, bool) for outcome in outcomes), outcomes
    assert _successes(rounds) == [1] * len(NUMBERS)


def test_processes_and_threads_verifying_one_code_succeed_once(
    redis_server: RedisServer, redis_client: redis.Redis, client: IranPayamak
) -> None:
    pairs = _issue_codes(redis_server, redis_client)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES * THREADS + THREADS)
    results = context.Queue()
    processes = [
        context.Process(target=_process_main, args=(redis_server.port, pairs, barrier, results), daemon=True)
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    try:
        local = _race(_verifiers(redis_server.port, THREADS, client), pairs, barrier)
        remote = [results.get(timeout=120) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    rounds = [local[i] + [outcome for outcomes in remote for outcome in outcomes[i]] for i in range(len(pairs))]
    for outcomes in rounds:
        assert len(outcomes) == PROCESSES * THREADS + THREADS
        assert all(isinstance(outcome, bool) for outcome in outcomes), outcomes
    assert _successes(rounds) == [1] * len(NUMBERS)
    assert all(process.exitcode == 0 for process in processes)


def test_concurrent_wrong_codes_from_many_servers_are_all_counted(
    redis_server: RedisServer, redis_client: redis.Redis, client: IranPayamak
) -> None:
    (mobile, code), *_ = _issue_codes(redis_server, redis_client)
    wrong = "1" * len(code) if code != "1" * len(code) else "2" * len(code)
    services = _verifiers(redis_server.port, 16, client)
    outcomes = _race(services, [(mobile, wrong)], threading.Barrier(len(services)))[0]
    # No lost update: exactly max_attempts (5) wrong codes are counted, then the number is locked.
    assert outcomes.count(False) == 5
    assert sum("OtpLockedError" in str(outcome) for outcome in outcomes) == 11
    with pytest.raises(OtpLockedError):
        services[0].verify(mobile, code)
