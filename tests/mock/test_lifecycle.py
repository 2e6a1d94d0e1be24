"""The mock's life: scripts using it exit, closing releases it, reset starts afresh, drops are quiet."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime

import httpx
import pytest

import iranpayamak.testing
from iranpayamak.testing import MockClock, MockServer, MockService

START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def _docstring_example() -> str:
    """The in-process example of the ``iranpayamak.testing`` docstring, as a user would paste it."""
    doc = iranpayamak.testing.__doc__ or ""
    block = doc.split("- In-process, for fast tests::", 1)[1].split("- On a real port", 1)[0]
    return textwrap.dedent(block).strip()


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)


# How a script using the mock may end: each must let the interpreter exit (with its own exit status).
ENDINGS = [
    pytest.param("", 0, id="client-forgotten"),
    pytest.param("client.close()", 0, id="client-closed"),
    pytest.param("with mock.client() as other:\n    other.account.balance()", 0, id="client-in-with-block"),
    pytest.param("raise RuntimeError('the script failed')", 1, id="uncaught-exception"),
    pytest.param("raise SystemExit(3)", 3, id="sys-exit"),
]


@pytest.mark.parametrize(("ending", "status"), ENDINGS)
def test_the_documented_script_exits_by_itself(ending: str, status: int) -> None:
    script = _docstring_example()
    assert "mock.client()" in script
    script += "\nprint(mock.outbox[-1].text)\n" + ending + "\n"
    try:
        finished = _run(script)
    except subprocess.TimeoutExpired:
        pytest.fail("the script was still running after 60 s: something keeps the interpreter alive")
    assert finished.returncode == status, finished.stderr
    assert finished.stdout.startswith("کد ورود شما: ")


def _new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread not in before]


def test_closing_a_client_releases_everything_it_started() -> None:
    before = set(threading.enumerate())
    with MockService() as mock:
        client = mock.client()
        client.account.balance()
        assert _new_threads(before)  # the in-process transport's event loop
        client.close()
        assert _new_threads(before) == []
        other = mock.client()  # one nobody closes is released with the mock
        other.account.balance()
    assert _new_threads(before) == []


def test_reset_restores_the_clock_and_forgets_listeners() -> None:
    mock = MockService(clock=MockClock(START))
    heard: list[str] = []
    mock.state.listeners.append(lambda message: heard.append(message.text))
    mock.advance(3600)
    with mock.client() as client:
        client.sms.send_sample("before")
        mock.reset()
        assert mock.now() == START
        client.sms.send_sample("after")
    assert heard == ["before"]
    assert mock.outbox[0].sent_at == START
    mock.close()


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_dropped_connection_is_not_logged_as_a_failure() -> None:
    kept = _Kept()
    logger = logging.getLogger("uvicorn.error")
    with MockServer() as mock, httpx.Client(base_url=mock.url, headers={"Api-Key": mock.api_key}) as http:
        logger.addHandler(kept)  # once started: uvicorn's logging setup replaces the handlers
        try:
            mock.faults.add(operation="get_balance", drop=True, times=2)
            for _ in range(2):
                with pytest.raises(httpx.RemoteProtocolError):
                    http.get("/ws/v1/account/balance")
            assert http.get("/ws/v1/account/balance").status_code == 200
        finally:
            logger.removeHandler(kept)
    assert [record.getMessage() for record in kept.records] == []


def test_a_drop_prints_nothing_from_a_script() -> None:
    script = textwrap.dedent(
        """
        import httpx
        from iranpayamak.testing import MockServer

        with MockServer() as mock:
            mock.faults.add(operation="get_balance", drop=True, times=1)
            try:
                httpx.get(mock.url + "/ws/v1/account/balance", headers={"Api-Key": mock.api_key})
            except httpx.RemoteProtocolError:
                print("cut")
        """
    )
    finished = _run(script)
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, "cut\n", "")
