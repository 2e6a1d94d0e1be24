"""``demo`` (the tour on the embedded mock) and ``mock`` (the mock as a long-running command)."""

from __future__ import annotations

import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import IO

import pytest

from iranpayamak import IranPayamak

from .conftest import Invoke

SCRIPT = Path(sys.executable).parent / "iranpayamak"


def test_demo_runs_the_tour_without_a_key(cli: Invoke) -> None:
    result = cli("demo", env={"IRANPAYAMAK_API_KEY": None, "IRANPAYAMAK_BASE_URL": None})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "no message leaves this machine" in out
    code = re.search(r"generated (\d{6}) with the secrets module", out)
    assert code is not None and f"The phone shows: کد ورود شما: {code.group(1)}" in out
    sample = resources.files("iranpayamak.cli").joinpath("sample_recipients.csv").read_text("utf-8")
    rows = len(sample.splitlines()) - 1  # under the header
    assert rows == 200 + 4 + 1  # sent, invalid and repeated, below
    assert f"sample_recipients.csv: {rows} numbers in mixed spellings, some broken or repeated." in out
    assert "Sent to 200 recipients in 4 requests" in out
    assert "Left out 4 invalid numbers." in out and "'hello'" in result.stderr
    assert "200/200" in result.stderr  # the progress bar
    assert "just sent: in-queue 200" in out and "after the operators' reports: delivered 200" in out
    assert "ممنون، کد رسید" in out
    assert "The tour spent 40,200 toman of mock credit." in out
    assert "iranpayamak config set api-key" in out


def test_the_demo_never_wraps_a_command_to_copy(cli: Invoke) -> None:
    result = cli("demo", env={"IRANPAYAMAK_API_KEY": None, "IRANPAYAMAK_BASE_URL": None, "COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    command = "IRANPAYAMAK_BASE_URL=http://127.0.0.1:4010 IRANPAYAMAK_API_KEY=mock-api-key python app.py"
    assert f"    {command}" in result.stdout.splitlines()
    assert "1,000,000" in result.stdout.split("2. A one-time login code")[0].split("Balance:")[1]  # the table too


def _lines(stream: IO[str]) -> tuple[queue.Queue[str], threading.Thread]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    return lines, reader


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_mock_serves_until_stopped_and_prints_each_message(stop: signal.Signals) -> None:
    process = subprocess.Popen(
        [str(SCRIPT), "mock", "--port", "0", "--api-key", "local-key"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    try:
        assert process.stdout is not None
        lines, reader = _lines(process.stdout)
        first = lines.get(timeout=30)
        url = first.removeprefix("IranPayamak mock listening on ")
        assert url.startswith("http://127.0.0.1:"), first
        assert lines.get(timeout=5) == "Api-Key: local-key"
        with IranPayamak(api_key="local-key", base_url=url) as client:
            client.sms.send_pattern("mockOtp001", "09121234567", {"code": "4321"})
        while "sent" not in (line := lines.get(timeout=10)):
            pass
        assert line.split() == ["sent", "09121234567", "کد", "ورود", "شما:", "4321", "(line", "90008361)"]
        with IranPayamak(api_key="local-key", base_url=url) as client:  # anyone who reaches the port
            client.sms.send_simple("hi\x1b]0;title\x07\x9b2J", recipients=["09351234567"])
        while "09351234567" not in (line := lines.get(timeout=10)):
            pass
        assert "\x1b" not in line and "\x9b" not in line and "hi\\x1b]0;title\\x07\\x9b2J" in line
        process.send_signal(stop)
        assert process.wait(timeout=15) == 0
        reader.join(timeout=5)  # the output ends when the process does
        rest = []
        while not lines.empty():
            rest.append(lines.get())
        assert "Stopping." in rest
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_mock_on_a_taken_or_impossible_address_says_so_in_one_line(cli: Invoke) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = cli("mock", "--port", str(port))
    assert busy.exit_code == 1
    assert busy.stderr == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    for port_text in ("70000", "-1"):
        invalid = cli("mock", "--port", port_text)
        assert invalid.exit_code == 2
        assert invalid.stderr.splitlines() == [
            f"Error: --port: port must be a whole number from 0 to 65535, got {port_text}"
        ]
    elsewhere = cli("mock", "--host", "192.0.2.1")  # TEST-NET: an address of no local interface
    assert elsewhere.exit_code == 1 and len(elsewhere.stderr.splitlines()) == 1
    assert "cannot listen on 192.0.2.1:4010" in elsewhere.stderr and "Traceback" not in elsewhere.output
