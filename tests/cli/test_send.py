"""``send``, ``pattern`` and ``otp``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from iranpayamak.files import workbook
from iranpayamak.schedule import TEHRAN
from iranpayamak.testing import MockServer

from .conftest import Invoke


def _sends(mock: MockServer) -> int:
    return sum(1 for request in mock.requests if (request.operation_id or "").startswith("send_"))


def test_send_normalizes_and_summarizes(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", "+98 912 123 4567, ۰۹۳۵۱۲۳۴۵۶۷", "--to", "09121234567")
    assert result.exit_code == 0, result.output
    assert sorted(m.recipient for m in mock.outbox) == ["09121234567", "09351234567"]
    assert _sends(mock) == 1
    assert "Sent to 2 recipients in 1 request" in result.stdout
    assert "Left out 1 repeated number." in result.stdout


def test_send_stops_at_invalid_numbers_before_sending(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", "09121234567,0912-345,hello")
    assert result.exit_code == 4
    assert "'0912-345'" in result.stderr and "'hello'" in result.stderr
    assert "2 invalid numbers" in result.stderr and "--skip-invalid" in result.stderr
    assert _sends(mock) == 0 and mock.outbox == []


def test_send_skips_invalid_numbers_when_asked(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", "09121234567,hello", "--skip-invalid", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["sent"] == 1 and summary["invalid"] == [
        {"input": "hello", "reason": summary["invalid"][0]["reason"]}
    ]
    assert [m.recipient for m in mock.outbox] == ["09121234567"]


def test_send_with_no_valid_number_left_sends_nothing(cli: Invoke, mock: MockServer) -> None:
    result = cli("send", "سلام", "--to", "hello,0912-345", "--skip-invalid")
    assert result.exit_code == 4
    assert "no valid recipients" in result.stderr
    assert _sends(mock) == 0


def test_send_reports_a_csv_file_not_saved_as_utf8(cli: Invoke, mock: MockServer, tmp_path: Path) -> None:
    legacy = tmp_path / "excel-export.csv"
    legacy.write_bytes("نام,تلفن\nعلي,09121234567\n".encode("cp1256"))  # Windows Excel, Arabic yeh
    result = cli("send", "سلام", "--to-file", str(legacy))
    assert result.exit_code == 4
    assert "CSV UTF-8" in result.stderr and "Traceback" not in result.output
    assert _sends(mock) == 0


def test_send_reads_csv_and_xlsx_files_with_a_progress_bar(cli: Invoke, mock: MockServer, tmp_path: Path) -> None:
    numbers = [f"0912{index:07d}" for index in range(150)]
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text("name,mobile\n" + "".join(f"n{i},{n}\n" for i, n in enumerate(numbers[:100])), "utf-8")
    xlsx_file = tmp_path / "more.xlsx"
    xlsx_file.write_bytes(workbook([[n] for n in numbers[100:]]))  # no header: the first column
    result = cli("send", "تخفیف", "--to-file", str(csv_file), "--to-file", str(xlsx_file), "--chunk-size", "40")
    assert result.exit_code == 0, result.output
    assert sorted(m.recipient for m in mock.outbox) == numbers
    assert "Sent to 150 recipients in 4 requests" in result.stdout
    assert "Sending" in result.stderr and "150/150" in result.stderr


def test_send_schedules_with_at(cli: Invoke, mock: MockServer) -> None:
    later = (datetime.now(TEHRAN) + timedelta(days=1)).replace(tzinfo=None, second=0, microsecond=0)
    result = cli("send", "یادآوری", "--to", "09121234567", "--at", later.isoformat(sep=" "), "--json")
    assert result.exit_code == 0, result.output
    [request] = [r for r in mock.requests if r.operation_id == "send_simple"]
    assert json.loads(request.body)["schedule"] == later.strftime("%Y-%m-%d %H:%M:%S")
    assert json.loads(result.stdout)["schedule"] == later.replace(tzinfo=TEHRAN).isoformat()


def test_a_scheduled_send_says_when_in_the_zone_given(cli: Invoke, mock: MockServer) -> None:
    later = (datetime.now(TEHRAN) + timedelta(days=1)).replace(second=0, microsecond=0)
    tehran = cli("send", "یادآوری", "--to", "09121234567", "--at", f"{later:%Y-%m-%d %H:%M}")
    assert tehran.exit_code == 0, tehran.output
    assert tehran.stdout.startswith(f"Scheduled for {later:%Y-%m-%d %H:%M} Tehran time: 1 recipient in 1 request")
    assert "Sent" not in tehran.stdout
    in_utc = later.astimezone(UTC)
    utc = cli("send", "یادآوری", "--to", "09121234567", "--at", in_utc.isoformat())
    assert utc.stdout.startswith(f"Scheduled for {in_utc:%Y-%m-%d %H:%M} UTC: 1 recipient")
    elsewhere = later.astimezone(timezone(timedelta(hours=-5)))
    offset = cli("send", "یادآوری", "--to", "09121234567", "--at", elsewhere.isoformat())
    assert offset.stdout.startswith(f"Scheduled for {elsewhere:%Y-%m-%d %H:%M} UTC-05:00: 1 recipient")
    assert [json.loads(r.body)["schedule"] for r in mock.requests if r.operation_id == "send_simple"] == [
        f"{later:%Y-%m-%d %H:%M:%S}"
    ] * 3


def test_send_refuses_past_and_unreadable_times(cli: Invoke, mock: MockServer) -> None:
    past = cli("send", "x", "--to", "09121234567", "--at", "2020-01-01 10:00")
    assert past.exit_code == 4
    assert "not in the future" in past.stderr
    unreadable = cli("send", "x", "--to", "09121234567", "--at", "tomorrow")
    assert unreadable.exit_code == 2
    assert "2026-12-01 09:30" in unreadable.output
    assert _sends(mock) == 0


def test_send_needs_recipients(cli: Invoke) -> None:
    result = cli("send", "سلام")
    assert result.exit_code == 2
    assert "no recipients" in result.stderr


def test_a_partly_failed_send_lists_what_was_not_sent(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="send_simple", status=500, times=1)
    numbers = ",".join(f"0912{index:07d}" for index in range(5))
    result = cli("send", "سلام", "--to", numbers, "--chunk-size", "2")
    assert result.exit_code == 8, result.output
    assert "Sent to 3 recipients in 2 requests" in result.stdout
    assert "2 recipients may have been sent (check 'iranpayamak report'): the service failed (HTTP 500)" in (
        result.stdout
    )
    assert len(mock.outbox) == 3


def test_a_send_that_fails_entirely_exits_with_its_errors_code(cli: Invoke, mock: MockServer) -> None:
    mock.faults.add(operation="send_simple", status=422, body={"status": "error", "messages": {"text": ["خطا"]}})
    result = cli("send", "سلام", "--to", "09121234567")
    assert result.exit_code == 4
    assert "not sent: the service rejected the request (HTTP 422): text: خطا" in result.stdout


def test_pattern_sends_variables(cli: Invoke, mock: MockServer) -> None:
    result = cli("pattern", "mockOtp001", "--to", "+989121234567", "--var", "code=4821", "--line", "3000505")
    assert result.exit_code == 0, result.output
    assert mock.outbox[-1].text == "کد ورود شما: 4821"
    assert mock.outbox[-1].line_number == "3000505"
    assert "Sent pattern mockOtp001 to 09121234567" in result.stdout


def test_pattern_rejects_bad_variables_and_numbers_before_sending(cli: Invoke, mock: MockServer) -> None:
    no_equals = cli("pattern", "mockOtp001", "--to", "09121234567", "--var", "code")
    assert no_equals.exit_code == 2
    assert "name=value" in no_equals.output
    bad_number = cli("pattern", "mockOtp001", "--to", "12345", "--var", "code=1")
    assert bad_number.exit_code == 4
    assert "--to" in bad_number.stderr
    assert mock.requests == []


def test_pattern_that_does_not_exist(cli: Invoke) -> None:
    result = cli("pattern", "noSuchCode", "--to", "09121234567", "--var", "code=1")
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: pattern 'noSuchCode' not found (HTTP 404): ")
    otp = cli("otp", "09121234567", "--pattern", "noSuchCode")
    assert otp.exit_code == 4
    assert otp.stderr.startswith("Error: pattern 'noSuchCode' not found (HTTP 404): ")


def test_otp_prints_the_code_it_sent(cli: Invoke, mock: MockServer) -> None:
    result = cli("otp", "0912 123 4567", "--pattern", "mockOtp001", "--length", "8", "--json")
    assert result.exit_code == 0, result.output
    sent = json.loads(result.stdout)
    assert len(sent["code"]) == 8 and sent["code"].isdigit()
    assert mock.outbox[-1].text == f"کد ورود شما: {sent['code']}"
    human = cli("otp", "09121234567", "--pattern", "mockOtp001")
    assert human.stdout.startswith(f"Sent code {mock.outbox[-1].text.split()[-1]} to 09121234567")


def test_otp_length_out_of_bounds(cli: Invoke, mock: MockServer) -> None:
    result = cli("otp", "09121234567", "--pattern", "mockOtp001", "--length", "3")
    assert result.exit_code == 4
    assert "length" in result.stderr
    assert mock.outbox == []


def _numbers(count: int, start: int = 0) -> list[str]:
    return [f"0912{index:07d}" for index in range(start, start + count)]


def _interrupt_send_number(monkeypatch: pytest.MonkeyPatch, at: int) -> None:
    """Ctrl-C during the ``at``-th send request, after the service carried it out."""
    from iranpayamak._generated.resources.sms import SmsResource

    real, calls = SmsResource._send_simple, [0]

    def interrupted(self: SmsResource, *args: Any, **kwargs: Any) -> int:
        calls[0] += 1
        answer = real(self, *args, **kwargs)
        if calls[0] == at:
            raise KeyboardInterrupt
        return answer

    monkeypatch.setattr(SmsResource, "_send_simple", interrupted)


def test_ctrl_c_prints_the_summary_and_writes_the_numbers_not_sent(
    cli: Invoke, mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    customers = tmp_path / "customers.csv"
    customers.write_text("mobile\n" + "\n".join(_numbers(1000)) + "\n", "utf-8")
    _interrupt_send_number(monkeypatch, at=4)
    result = cli("send", "سلام", "--to-file", str(customers), "--chunk-size", "100")
    assert result.exit_code == 130, result.output
    assert "Interrupted (Ctrl-C) after 3 requests: 300 sent, 100 may have been sent, 600 not sent." in result.stdout
    [unsent] = tmp_path.glob("iranpayamak-unsent-*.txt")
    [uncertain] = tmp_path.glob("iranpayamak-uncertain-*.txt")
    assert f"The 600 numbers not sent are in {unsent.name}" in result.stdout
    assert f"The 100 numbers that may have been sent are in {uncertain.name}" in result.stdout
    assert unsent.read_text("utf-8").split() == _numbers(600, start=400)
    assert uncertain.read_text("utf-8").split() == _numbers(100, start=300)  # not in the rerun file
    assert len(mock.outbox) == 400  # the interrupted request was in fact carried out

    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    rerun = cli("send", "سلام", "--to-file", unsent.name, "--chunk-size", "100")
    assert rerun.exit_code == 0, rerun.output
    delivered = [message.recipient for message in mock.outbox]
    assert sorted(delivered) == _numbers(1000)  # everyone once: nobody twice, nobody left out


def test_ctrl_c_with_json_reports_the_files(
    cli: Invoke, mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _interrupt_send_number(monkeypatch, at=2)
    target = tmp_path / "left.txt"
    numbers = ",".join(_numbers(5))
    result = cli("send", "سلام", "--to", numbers, "--chunk-size", "2", "--unsent-file", str(target), "--json")
    assert result.exit_code == 130, result.output
    summary = json.loads(result.stdout)
    assert summary["stopped_by"] == "KeyboardInterrupt" and summary["sent"] == 2
    assert summary["unsent_file"] == str(target) and target.read_text("utf-8").split() == _numbers(1, start=4)
    assert Path(summary["uncertain_file"]).read_text("utf-8").split() == _numbers(2, start=2)


def test_the_numbers_left_by_failures_go_to_a_new_file_when_asked(
    cli: Invoke, mock: MockServer, tmp_path: Path
) -> None:
    mock.faults.add(operation="send_simple", status=422, times=1)
    target = tmp_path / "left.txt"
    target.write_text("keep me\n", "utf-8")
    result = cli("send", "سلام", "--to", ",".join(_numbers(4)), "--chunk-size", "2", "--unsent-file", str(target))
    assert result.exit_code == 8, result.output
    assert target.read_text("utf-8") == "keep me\n"  # never overwritten
    written = tmp_path / "left-2.txt"
    assert written.read_text("utf-8").split() == _numbers(2)
    assert f"The 2 numbers not sent are in {written}" in result.stdout


def test_send_names_a_file_that_holds_no_numbers(cli: Invoke, mock: MockServer, tmp_path: Path) -> None:
    empty = tmp_path / "customers.csv"
    empty.write_text("name,mobile\n", "utf-8")
    result = cli("send", "سلام", "--to-file", str(empty))
    assert result.exit_code == 4
    assert f"{empty} holds no numbers" in result.stderr
    assert "give --to or --to-file" not in result.stderr
    assert _sends(mock) == 0


def test_send_reads_a_semicolon_csv_as_excel_saves_it(cli: Invoke, mock: MockServer, tmp_path: Path) -> None:
    customers = tmp_path / "customers.csv"
    customers.write_bytes(b"\xef\xbb\xbfmobile;name\r\n09121234567;Ali\r\n09351234567;Sara\r\n")
    result = cli("send", "سلام", "--to-file", str(customers))
    assert result.exit_code == 0, result.output
    assert sorted(m.recipient for m in mock.outbox) == ["09121234567", "09351234567"]
    assert "Warning" not in result.stderr
