"""An app's own account in the mock: its pattern codes, sender lines and balance, from Python and pytest."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from iranpayamak import IranPayamak
from iranpayamak.errors import BulkSendError, NotFoundError, ValidationError
from iranpayamak.testing import MockServer, MockService

LOGIN_TEXT = "کد ورود شما: %code%"


@pytest.fixture
def mock() -> Iterator[MockService]:
    with MockService() as service:
        yield service


@pytest.fixture
def client(mock: MockService) -> Iterator[IranPayamak]:
    with mock.client(max_retries=0) as client:
        yield client


def test_an_apps_own_pattern_code_can_be_sent(mock: MockService, client: IranPayamak) -> None:
    mock.add_pattern("SJ3FgPrE0C", LOGIN_TEXT)
    sent = client.otp.send("09121234567", pattern="SJ3FgPrE0C")
    assert mock.outbox[-1].text == f"کد ورود شما: {sent.code}"
    shown = client.patterns.get("SJ3FgPrE0C")
    assert (shown.code, shown.text, shown.status) == ("SJ3FgPrE0C", LOGIN_TEXT, "active")
    assert [(v.var, v.type_, v.length) for v in shown.vars_] == [("code", "str", 10)]


def test_the_demo_account_keeps_its_otp_pattern(mock: MockService, client: IranPayamak) -> None:
    mock.add_pattern("SJ3FgPrE0C", LOGIN_TEXT)
    client.otp.send("09121234567", pattern="mockOtp001")
    assert mock.outbox[-1].text.startswith("کد ورود شما: ")
    assert {p.code for p in client.patterns.list()} == {"mockOtp001", "SJ3FgPrE0C"}


def test_a_pattern_awaiting_review_is_refused_until_approved(mock: MockService, client: IranPayamak) -> None:
    unchecked = mock.client(check_patterns=False)  # the mock's own answers, not the client's checks
    mock.add_pattern("Xr52", "سفارش %order% ارسال شد", variables=["order:int:8"], status="pending")
    with pytest.raises(NotFoundError):
        unchecked.sms.send_pattern("Xr52", "09121234567", {"order": "1234"})
    mock.approve_pattern("Xr52")
    unchecked.sms.send_pattern("Xr52", "09121234567", {"order": "1234"})
    assert mock.outbox[-1].text == "سفارش 1234 ارسال شد"
    assert [(v.var, v.type_, v.length) for v in client.patterns.get("Xr52").vars_] == [("order", "int", 8)]


def test_a_rejected_pattern_is_refused(mock: MockService, client: IranPayamak) -> None:
    unchecked = mock.client(check_patterns=False)  # the mock's own answers, not the client's checks
    mock.add_pattern("Rej1", "سلام %name%", status="rejected")
    with pytest.raises(NotFoundError):
        unchecked.sms.send_pattern("Rej1", "09121234567", {"name": "سارا"})
    assert client.patterns.get("Rej1").status == "rejected"


def test_every_variable_of_the_text_must_be_sent(mock: MockService, client: IranPayamak) -> None:
    unchecked = mock.client(check_patterns=False)  # the mock's own answers, not the client's checks
    mock.add_pattern("Two", "سلام %name%، کد %code%")
    with pytest.raises(ValidationError):
        unchecked.sms.send_pattern("Two", "09121234567", {"name": "سارا"})
    unchecked.sms.send_pattern("Two", "09121234567", {"name": "سارا", "code": "12"})
    assert mock.outbox[-1].text == "سلام سارا، کد 12"


def test_adding_a_pattern_under_a_code_the_account_has_replaces_it(mock: MockService, client: IranPayamak) -> None:
    mock.add_pattern("mockOtp001", "Your code: %code%")
    client.otp.send("09121234567", pattern="mockOtp001")
    assert mock.outbox[-1].text.startswith("Your code: ")


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ({"code": "", "text": LOGIN_TEXT}, "code must be non-empty text"),
        ({"code": "A1", "text": " "}, "text must be non-empty text"),
        ({"code": "A1", "text": LOGIN_TEXT, "status": "approved"}, "status must be one of active, pending"),
        ({"code": "A1", "text": LOGIN_TEXT, "variables": ["otp"]}, "['code'] not declared"),
        ({"code": "A1", "text": LOGIN_TEXT, "variables": ["code", "name"]}, "['name'] not in the text"),
        ({"code": "A1", "text": LOGIN_TEXT, "variables": ["code:float"]}, "write it as name, name:type"),
        ({"code": "A1", "text": LOGIN_TEXT, "variables": "code"}, "a list of variables"),
    ],
)
def test_a_mistake_in_a_pattern_fails_where_it_is_written(
    mock: MockService, arguments: dict[str, object], complaint: str
) -> None:
    with pytest.raises(ValueError, match=complaint.replace("[", r"\[").replace("]", r"\]")):
        mock.add_pattern(**arguments)  # type: ignore[arg-type]
    assert set(mock.state.patterns) == {"mockOtp001"}


def test_approving_an_unknown_pattern_says_how_to_add_it(mock: MockService) -> None:
    with pytest.raises(KeyError, match="add_pattern"):
        mock.approve_pattern("SJ3FgPrE0C")


def test_an_added_line_can_be_sent_from(mock: MockService) -> None:
    with mock.client(max_retries=0, line_number="30001234") as client:
        with pytest.raises(BulkSendError, match="line number"):  # the service's 422 for a line not the account's
            client.sms.send_simple("سلام", recipients=["09121234567"])
        mock.add_line("30001234", title="خط فروشگاه")
        client.sms.send_simple("سلام", recipients=["09121234567"])
        assert mock.outbox[-1].line_number == "30001234"
        lines = {line.line_number: line for line in client.account.lines()}
    assert set(lines) == {"90008361", "3000505", "30001234"}
    assert (lines["30001234"].title, lines["30001234"].is_dedicated) == ("خط فروشگاه", True)


def test_adding_a_line_the_account_has_updates_it(mock: MockService, client: IranPayamak) -> None:
    mock.add_line("90008361", dedicated=True, title="خط من")
    lines = [line for line in client.account.lines() if line.line_number == "90008361"]
    assert [(line.id, line.title, line.is_dedicated) for line in lines] == [(1, "خط من", True)]


@pytest.mark.parametrize("number", ["", "۳۰۰۰۱۲۳۴", "3000-1234", 30001234])
def test_a_line_must_be_its_digits_as_text(mock: MockService, number: object) -> None:
    with pytest.raises(ValueError, match="number must be the line's digits"):
        mock.add_line(number)  # type: ignore[arg-type]


def test_a_balance_set_shows_and_runs_out(mock: MockService, client: IranPayamak) -> None:
    mock.balance = 300
    assert client.account.balance().amount == 300
    client.otp.send("09121234567", pattern="mockOtp001")  # 200 toman
    assert mock.balance == 100
    with pytest.raises(ValidationError) as refused:
        client.otp.send("09351234567", pattern="mockOtp001")
    assert "اعتبار کافی نیست" in str(refused.value)


@pytest.mark.parametrize("toman", [-1, 2.5, True, "1000"])
def test_a_balance_is_whole_toman(mock: MockService, toman: object) -> None:
    with pytest.raises(ValueError, match="balance must be a whole number"):
        mock.balance = toman  # type: ignore[assignment]


def test_reset_returns_to_the_demo_account(mock: MockService) -> None:
    mock.add_pattern("SJ3FgPrE0C", LOGIN_TEXT)
    mock.add_line("30001234")
    mock.balance = 0
    mock.reset()
    assert set(mock.state.patterns) == {"mockOtp001"}
    assert mock.balance == 1_000_000
    assert [line["line_number"] for line in mock.state.lines] == ["90008361", "3000505"]


def test_a_server_serves_what_was_added() -> None:
    with MockServer() as server:
        server.add_pattern("SJ3FgPrE0C", LOGIN_TEXT)
        server.add_line("30001234")
        answer = httpx.post(
            f"{server.url}/ws/v1/sms/pattern",
            headers={"Api-Key": server.api_key},
            json={
                "code": "SJ3FgPrE0C",
                "recipient": "09121234567",
                "attributes": {"code": "4711"},
                "line_number": "30001234",
                "number_format": "english",
            },
        )
        assert answer.status_code == 201
        assert (server.outbox[-1].text, server.outbox[-1].line_number) == ("کد ورود شما: 4711", "30001234")


CONFTEST = """
import pytest


@pytest.fixture
def iranpayamak_mock(iranpayamak_mock):
    iranpayamak_mock.add_pattern("SJ3FgPrE0C", "کد ورود شما: %code%")
    iranpayamak_mock.add_line("30001234")
    return iranpayamak_mock
"""

TESTS = """
def test_login_code(iranpayamak_client, iranpayamak_mock):
    sent = iranpayamak_client.otp.send("09121234567", pattern="SJ3FgPrE0C")
    assert iranpayamak_mock.outbox[-1].text == f"کد ورود شما: {sent.code}"


def test_sender_line(iranpayamak_client, iranpayamak_mock):
    iranpayamak_client.sms.send_simple("سلام", recipients=["09121234567"], line_number="30001234")
    assert iranpayamak_mock.outbox[-1].line_number == "30001234"


def test_out_of_credit(iranpayamak_client, iranpayamak_mock):
    iranpayamak_mock.balance = 0
    assert iranpayamak_client.account.balance().amount == 0
"""


def test_a_conftest_seeds_the_fixtures_for_every_test(tmp_path: Path) -> None:
    # What the plugin's docstring and the README show: override the fixture, asking for the plugin's own.
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_app.py").write_text(textwrap.dedent(TESTS), encoding="utf-8")
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith(("IRANPAYAMAK_", "PYTEST_"))
    }
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    assert "3 passed" in finished.stdout
