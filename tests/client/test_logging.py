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
