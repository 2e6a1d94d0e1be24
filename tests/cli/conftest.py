"""The command line against a mock server on a loopback port, through Typer's ``CliRunner``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from iranpayamak.cli.app import app
from iranpayamak.testing import MockClock, MockServer

START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)

Invoke = Callable[..., Result]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(clock=MockClock(START)) as mock:
        yield mock


@pytest.fixture
def mock(server: MockServer) -> MockServer:
    server.reset()
    return server


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.toml"


@pytest.fixture
def environment(mock: MockServer, config_file: Path) -> dict[str, str | None]:
    """The variables each invocation sees; None removes one the developer's shell may have set."""
    return {
        "IRANPAYAMAK_API_KEY": mock.api_key,
        "IRANPAYAMAK_BASE_URL": mock.url,
        "IRANPAYAMAK_CONFIG": str(config_file),
        "IRANPAYAMAK_LINE_NUMBER": None,
        "IRANPAYAMAK_LOG": None,
        "COLUMNS": "200",
    }


@pytest.fixture
def cli(environment: dict[str, str | None]) -> Invoke:
    """Run ``iranpayamak ARGS...``; keyword ``env`` adds or removes variables, ``input`` feeds stdin."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str | None] | None = None, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), env={**environment, **(env or {})}, input=input)

    return invoke


@pytest.fixture(autouse=True)
def quiet_logger() -> Iterator[None]:
    """Undo the handler that IRANPAYAMAK_LOG installs, so one test's logging does not reach the next."""
    logger = logging.getLogger("iranpayamak")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)
