"""IRANPAYAMAK_LOG=debug logs request lines, statuses and timings, and never the API key."""

from __future__ import annotations

import logging

import httpx
import pytest

from iranpayamak import IranPayamak
from iranpayamak._logging import LOGGER_NAME
from iranpayamak.errors import AuthenticationError
from tests.fakes import API_KEY, FakeService, envelope


@pytest.fixture
def logger() -> logging.Logger:
    logger = logging.getLogger(LOGGER_NAME)
    saved = (logger.handlers[:], logger.level)
    yield logger
    logger.handlers[:], logger.level = saved


def test_debug_logging_shows_request_lines_without_the_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], logger: logging.Logger
) -> None:
    monkeypatch.setenv("IRANPAYAMAK_LOG", "debug")
    service = FakeService(
        envelope(1, code=201),
        httpx.Response(401, json={"status": "error", "message": f"bad key {API_KEY}", "data": None}),
    )
    client = service.ergonomic(IranPayamak)
    client.sms.send_pattern("P", "09121234567", {"code": "1"})
    with pytest.raises(AuthenticationError):
        client.account.balance()
    logger.debug("a message that mentions %s", API_KEY)
    output = capsys.readouterr().err
    assert "POST https://api.test/ws/v1/sms/pattern -> 201 in" in output
    assert "GET https://api.test/ws/v1/account/balance -> 401 in" in output
    assert API_KEY not in output
    assert "a message that mentions ***" in output


def test_no_handler_is_installed_without_the_variable(monkeypatch: pytest.MonkeyPatch, logger: logging.Logger) -> None:
    monkeypatch.delenv("IRANPAYAMAK_LOG", raising=False)
    before = list(logger.handlers)
    IranPayamak(api_key="k")
    assert logger.handlers == before


def test_clients_made_while_another_thread_logs_never_break_a_call(
    monkeypatch: pytest.MonkeyPatch, logger: logging.Logger
) -> None:
    # The filter's set of keys used to change size while a record was being masked on another thread:
    # "Set changed size during iteration", raised inside a send the service had already accepted.
    import io
    import sys
    import threading

    monkeypatch.setenv("IRANPAYAMAK_LOG", "debug")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    # Many live clients make masking one record take long enough for the other thread to step in.
    alive = [IranPayamak(api_key=f"live-key-{index}") for index in range(3000)]
    failures: list[BaseException] = []
    stop = threading.Event()

    def make_clients() -> None:
        index = 0
        while not stop.is_set():
            IranPayamak(api_key=f"new-key-{index}")
            index += 1

    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, to make the race likely
    maker = threading.Thread(target=make_clients)
    maker.start()
    try:
        for _ in range(200):
            try:
                logger.debug("a record from the request path")
            except RuntimeError as error:
                failures.append(error)
    finally:
        stop.set()
        maker.join()
        sys.setswitchinterval(previous)
    assert failures == []
    assert len(alive) == 3000


def test_the_key_of_a_client_that_is_gone_is_forgotten(monkeypatch: pytest.MonkeyPatch, logger: logging.Logger) -> None:
    import gc

    from iranpayamak._logging import _filter

    monkeypatch.setenv("IRANPAYAMAK_LOG", "debug")
    client = IranPayamak(api_key="short-lived-key-81f3")
    assert "short-lived-key-81f3" in _filter.secrets()
    del client
    gc.collect()
    assert "short-lived-key-81f3" not in _filter.secrets()
