"""``send --dry-run``, and the question a large send to a real account asks first (``--yes`` skips it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from iranpayamak.cli.plan import CONFIRM_ABOVE
from iranpayamak.cli.settings import Settings
from iranpayamak.client import IranPayamak
from iranpayamak.testing import MockServer, MockService

from .conftest import Invoke

# An address of another machine, as the real service's is; the requests go to an in-process mock.
ELSEWHERE = "https://sms.example.test"


def _numbers(count: int) -> list[str]:
    return [f"0912{index:07d}" for index in range(count)]


def _file(tmp_path: Path, numbers: list[str], *extra: str) -> str:
    path = tmp_path / "customers.csv"
    path.write_text("mobile\n" + "".join(f"{n}\n" for n in [*numbers, *extra]), "utf-8")
    return str(path)


def _sends(mock: MockServer | MockService) -> int:
    return sum(1 for request in mock.requests if (request.operation_id or "").startswith("send_"))


@pytest.fixture
def real_account(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockService]:
    """The command's client talks to what looks like the real service: an https address elsewhere."""
    with MockService() as service:

        def client(self: Settings, *, line_number: str | None = None) -> IranPayamak:
            built: IranPayamak = service.client(base_url=ELSEWHERE, line_number=line_number)
            return built

        monkeypatch.setattr(Settings, "client", client)
        yield service


def test_dry_run_counts_prices_and_sends_nothing(cli: Invoke, mock: MockServer, tmp_path: Path) -> None:
    customers = _file(tmp_path, _numbers(150), "0912-345", _numbers(1)[0])
    result = cli("send", "سلام", "--to-file", customers, "--dry-run")
    assert result.exit_code == 0, result.output
    assert _sends(mock) == 0 and mock.outbox == []
    assert result.stdout.splitlines() == [
        "Dry run: nothing was sent.",
        "Would send to 150 recipients in 2 requests from line 90008361.",
        "1 invalid number (listed above) would stop the send; fix them or pass --skip-invalid.",
        "Would leave out 1 repeated number.",
        "Each message: 1 part (UCS-2, 4 characters, 70 a part).",
        "Estimated cost: 30,000 toman.",  # the mock's price: 200 toman a message
        "Balance after: 970,000 toman.",
    ]
    assert "'0912-345'" in result.stderr


def test_dry_run_as_json_with_a_schedule(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", "09121234567,09351234567", "--at", "2099-01-01 10:00", "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan == {
        "dry_run": True,
        "recipients": 2,
        "requests": 1,
        "line_number": "90008361",
        "schedule": "2099-01-01T10:00:00+03:30",
        "invalid": [],
        "duplicates": 0,
        "cost": 400,
        "cost_error": None,
        "parts": {"parts": 1, "encoding": "ucs2", "characters": 4, "per_part": 70},
        "balance_after": 999_600,
    }
    assert _sends(mock) == 0


def test_dry_run_without_an_estimate_still_shows_the_plan(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="calculate_cost", status=404)
    result = cli("send", "سلام", "--to", "09121234567", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would send to 1 recipient in 1 request" in result.stdout
    assert "Estimated cost: not available (not found (HTTP 404)" in result.stdout


def test_a_large_send_to_a_real_account_asks_first(cli: Invoke, real_account: MockService) -> None:
    numbers = ",".join(_numbers(CONFIRM_ABOVE + 1))
    declined = cli("send", "سلام", "--to", numbers, input="n\n")
    assert declined.exit_code == 1
    assert f"Send to {CONFIRM_ABOVE + 1} recipients in 2 requests from line 90008361" in declined.stderr
    assert "estimated cost: 20,200 toman" in declined.stderr
    assert "not sent: the send was not confirmed" in declined.stderr
    assert _sends(real_account) == 0

    accepted = cli("send", "سلام", "--to", numbers, input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert len(real_account.outbox) == CONFIRM_ABOVE + 1


def test_with_no_one_to_answer_a_large_send_needs_yes(cli: Invoke, real_account: MockService) -> None:
    numbers = ",".join(_numbers(CONFIRM_ABOVE + 1))
    unanswered = cli("send", "سلام", "--to", numbers)  # standard input is empty, as in a script
    assert unanswered.exit_code == 2
    assert "pass --yes" in unanswered.stderr
    assert _sends(real_account) == 0
    confirmed = cli("send", "سلام", "--to", numbers, "--yes", "--json")
    assert confirmed.exit_code == 0, confirmed.output
    assert json.loads(confirmed.stdout)["sent"] == CONFIRM_ABOVE + 1


def test_a_small_send_to_a_real_account_does_not_ask(cli: Invoke, real_account: MockService) -> None:
    small = cli("send", "سلام", "--to", ",".join(_numbers(CONFIRM_ABOVE)))
    assert small.exit_code == 0, small.output
    assert "?" not in small.stderr and len(real_account.outbox) == CONFIRM_ABOVE


def test_a_large_send_to_the_local_mock_does_not_ask(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", ",".join(_numbers(CONFIRM_ABOVE + 1)))
    assert result.exit_code == 0, result.output
    assert len(mock.outbox) == CONFIRM_ABOVE + 1


def test_the_help_of_send_names_the_threshold(cli: Invoke) -> None:
    help_text = " ".join(cli("send", "--help").stdout.split())
    assert f"more than {CONFIRM_ABOVE} recipients" in help_text and "--dry-run" in help_text
