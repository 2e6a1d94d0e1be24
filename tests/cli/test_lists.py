"""``patterns``, ``phonebook``, ``contacts``, ``report`` and ``inbox``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from iranpayamak.cli import reports
from iranpayamak.files import workbook
from iranpayamak.testing import MockServer

from .conftest import Invoke


def _json(cli: Invoke, *args: str) -> object:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _phonebook_id(cli: Invoke) -> int:
    page = _json(cli, "phonebook", "list")
    assert isinstance(page, dict)
    return int(page["items"][0]["id"])


def test_patterns_list_and_show(cli: Invoke) -> None:
    listed = cli("patterns", "list")
    assert listed.exit_code == 0, listed.output
    assert "mockOtp001" in listed.stdout and "active" in listed.stdout
    assert "Page 1 of 1 (1 pattern)." in listed.stdout
    shown = cli("patterns", "show", "mockOtp001")
    assert shown.exit_code == 0
    assert "کد ورود شما: %code%" in shown.stdout and "max length" in shown.stdout
    missing = cli("patterns", "show", "nope")
    assert missing.exit_code == 4
    assert missing.stderr.startswith("Error: pattern 'nope' not found (HTTP 404)")
    unknown_status = cli("patterns", "list", "--status", "approved")
    assert unknown_status.exit_code == 2
    assert "'approved' is not one of active, pending, rejected" in unknown_status.output
    assert "staus" not in unknown_status.output  # the service's spelling of the parameter


def test_patterns_create_then_pending_until_approved(cli: Invoke, mock: MockServer) -> None:
    created = _json(cli, "patterns", "create", "--text", "سفارش %order% ارسال شد", "--var", "order:int:8")
    assert isinstance(created, dict)
    code = created["code"]
    assert _json(cli, "patterns", "show", code)["status"] == "pending"  # type: ignore[index]
    refused = cli("pattern", code, "--to", "09121234567", "--var", "order=12")
    assert refused.exit_code == 4
    mock.approve_pattern(code)
    assert cli("pattern", code, "--to", "09121234567", "--var", "order=12").exit_code == 0
    assert mock.outbox[-1].text == "سفارش 12 ارسال شد"


def test_patterns_create_rejects_bad_specs(cli: Invoke, mock: MockServer) -> None:
    bad_type = cli("patterns", "create", "--text", "%a%", "--var", "a:float")
    assert bad_type.exit_code == 2 and "name:type:length" in bad_type.output
    bad_category = cli("patterns", "create", "--text", "%a%", "--category", "spam")
    assert bad_category.exit_code == 2 and "otp, club, order, other" in bad_category.output
    assert mock.requests == []


def test_patterns_create_checks_the_placeholders_against_the_variables(cli: Invoke, mock: MockServer) -> None:
    misnamed = cli("patterns", "create", "--text", "کد ورود شما: %code%", "--var", "otp:int:6")
    assert misnamed.exit_code == 2
    assert "the text uses %code% but no --var declares it" in misnamed.output
    assert "the text has no %otp%" in misnamed.output
    undeclared = cli("patterns", "create", "--text", "کد: %code%")
    assert undeclared.exit_code == 2 and "no --var declares it" in undeclared.output
    assert mock.requests == []
    fine = cli("patterns", "create", "--text", "%name% عزیز، ۲۰% تخفیف: %code%", "--var", "name", "--var", "code:int:6")
    assert fine.exit_code == 0, fine.output  # "۲۰% تخفیف" is no placeholder


def test_phonebook_create_list_and_contacts(cli: Invoke) -> None:
    created = cli("phonebook", "create", "مشتریان ویژه")
    assert created.exit_code == 0, created.output
    assert created.stdout.startswith("Created phonebook ")
    listed = cli("phonebook", "list")
    assert "مشتریان ویژه" in listed.stdout and "2 phonebooks" in listed.stdout
    contacts = cli("contacts", "list", str(_phonebook_id(cli)))
    assert contacts.exit_code == 0
    assert "09121111111" in contacts.stdout and "3 contacts" in contacts.stdout


def test_phonebook_import_from_csv_and_xlsx(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    rows = [[f"0935{index:07d}", f"مشتری {index}"] for index in range(600)]
    xlsx = tmp_path / "contacts.xlsx"
    xlsx.write_bytes(workbook(rows, header=["mobile", "name"]))
    imported = cli("phonebook", "import", str(book), str(xlsx))
    assert imported.exit_code == 0, imported.output
    assert "Imported 600 contacts" in imported.stdout and "600/600" in imported.stderr
    page = _json(cli, "contacts", "list", str(book), "--search", "09350000599")
    assert isinstance(page, dict)
    assert [c["name"] for c in page["items"]] == ["مشتری 599"]
    assert _json(cli, "contacts", "list", str(book))["total_items"] == 603  # type: ignore[index]


def test_phonebook_import_reports_bad_rows(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("mobile,name\n09121234567,a\nnot-a-number,b\n", "utf-8")
    refused = cli("phonebook", "import", str(book), str(csv_file))
    assert refused.exit_code == 4
    assert "contacts.csv line 3: not a mobile number: 'not-a-number'" in refused.stderr  # the file's own line
    assert "1 row has an invalid number" in refused.stderr
    skipped = cli("phonebook", "import", str(book), str(csv_file), "--skip-invalid")
    assert skipped.exit_code == 0 and "Imported 1 contact " in skipped.stdout
    not_excel = tmp_path / "fake.xlsx"
    not_excel.write_text("plain text", "utf-8")
    assert cli("phonebook", "import", str(book), str(not_excel)).exit_code == 4
    assert cli("phonebook", "import", str(book), str(tmp_path / "missing.csv")).exit_code == 2
    unknown_book = cli("phonebook", "import", "999999", str(csv_file), "--skip-invalid")
    assert unknown_book.exit_code == 4
    assert "Error: phonebook 999999 not found (HTTP 422)" in unknown_book.stderr


def test_phonebook_import_maps_titles_to_prefixes_and_warns_of_the_rest(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    csv_file = tmp_path / "customers.csv"
    rows = [
        "mobile,name,prefix",
        "09131110001,Reza,man",
        "09131110002,مینا,خانم",
        "09131110003,علی,آقاي",  # Arabic yeh, as Excel on an Arabic keyboard writes it
        "09131110004,سارا,سرکار خانم",
        "09131110005,Paul,Mr.",
        "09131110006,نمونه,شرکت",
        "09131110007,حسن,جناب آقای دکتر",
        "09131110008,نرگس,دکتر",
        "09131110009,Bob,Herr",
    ]
    csv_file.write_text("\n".join(rows) + "\n", "utf-8")
    result = cli("phonebook", "import", str(book), str(csv_file))
    assert result.exit_code == 0, result.output
    assert "customers.csv line 9: prefix 'دکتر' is not one the service takes" in result.stderr
    assert "customers.csv line 10: prefix 'Herr' is not one the service takes" in result.stderr
    assert "Imported 9 contacts" in result.stdout and "2 prefixes left out (listed above)" in result.stdout
    page = _json(cli, "contacts", "list", str(book), "--search", "0913111")
    assert isinstance(page, dict)
    prefixes = {contact["mobile"]: contact["prefix"] for contact in page["items"]}
    assert [prefixes[f"0913111000{index}"] for index in range(1, 10)] == [
        "man", "woman", "man", "woman", "man", "co", "man", None, None,
    ]  # fmt: skip


def test_phonebook_import_counts_lines_and_rows_as_the_user_sees_them(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    sheet = tmp_path / "customers.xlsx"
    sheet.write_bytes(workbook([["09121234567"], [None], ["0912-345"]], header=["mobile"]))
    result = cli("phonebook", "import", str(book), str(sheet))
    assert result.exit_code == 4
    assert "customers.xlsx row 4: not a mobile number: '0912-345'" in result.stderr


def test_phonebook_import_says_which_row_wins_for_a_repeated_number(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text("mobile,name\n09121234567,Old\n+98 912 123 4567,New\n", "utf-8")
    result = cli("phonebook", "import", str(book), str(csv_file), "--json")
    assert result.exit_code == 0, result.output
    assert "customers.csv line 3: 09121234567 is also on line 2; the later row is kept" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["imported"] == 1 and summary["replaced_rows"] == ["customers.csv line 2"]


def test_report_lists_send_requests_and_delivery_per_recipient(cli: Invoke, mock: MockServer) -> None:
    mock.fail("09351234567", "blacklist")
    cli("send", "سلام", "--to", "09121234567,09351234567,09901234567")
    listed = _json(cli, "report")
    assert isinstance(listed, dict)
    [request] = listed["items"]
    assert request["status"] == "in-queue"
    mock.settle()
    shown = cli("report", str(request["id"]))
    assert shown.exit_code == 0, shown.output
    assert "Per status: blacklist 1, delivered 2" in shown.stdout
    data = _json(cli, "report", str(request["id"]))
    assert data["counts"] == {"delivered": 2, "blacklist": 1}  # type: ignore[index]
    unknown = cli("report", "424242")
    assert unknown.exit_code == 4
    assert unknown.stderr.startswith("Error: send request 424242 not found (HTTP 404)")


def test_report_human_table(cli: Invoke) -> None:
    cli("otp", "09121234567", "--pattern", "mockOtp001")
    result = cli("report")
    assert result.exit_code == 0
    assert "pattern" in result.stdout and "1 send request" in result.stdout


def test_inbox_lists_replies(cli: Invoke, mock: MockServer) -> None:
    assert "No messages." in cli("inbox").stdout
    mock.receive("09121234567", "لغو")
    result = cli("inbox")
    assert "09121234567" in result.stdout and "لغو" in result.stdout


def test_inbox_follow_prints_each_new_message_once_until_ctrl_c(
    cli: Invoke, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock.receive("09120000001", "قدیمی")
    arrivals = [["سلام"], [], ["بله", "خیر"]]
    waits: list[float] = []

    def poll_wait(seconds: float) -> None:
        waits.append(seconds)
        if not arrivals:
            raise KeyboardInterrupt
        for text in arrivals.pop(0):
            mock.receive("09121234567", text)
            mock.advance(1)

    monkeypatch.setattr(reports, "sleep", poll_wait)
    result = cli("inbox", "--follow", "--interval", "2")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    new = [line for line in lines if line.endswith(("سلام", "بله", "خیر"))]
    assert [line.split()[-1] for line in new] == ["سلام", "بله", "خیر"]
    assert "قدیمی" in result.stdout and lines[-1] == "Stopped."
    assert waits == [2.0] * 4


def test_inbox_follow_as_json_lines(cli: Invoke, mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = iter([lambda: mock.receive("09121234567", "yes")])

    def poll_wait(_seconds: float) -> None:
        next(calls, _interrupt)()

    monkeypatch.setattr(reports, "sleep", poll_wait)
    result = cli("inbox", "--follow", "--json")
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert json.loads(line)["text"] == "yes"


def _interrupt() -> None:
    raise KeyboardInterrupt


def test_a_csv_cell_over_the_csv_modules_limit_is_named_as_such(cli: Invoke, tmp_path: Path) -> None:
    book = _phonebook_id(cli)
    big = tmp_path / "contacts.csv"
    # Valid UTF-8, but a quote left open runs the rest of the file into one 140,000-character cell.
    big.write_text('mobile,name\n09121234567,"سارا\n' + "09351234567,علی\n" * 9_000, "utf-8")
    result = cli("phonebook", "import", str(book), str(big))
    assert result.exit_code == 4, result.output
    assert "contacts.csv, from line 2: a cell is longer than 131,072 characters" in result.stderr
    assert "closing quote" in result.stderr and "UTF-8" not in result.stderr


def test_inbox_and_reports_speak_one_time_convention(cli: Invoke, mock: MockServer) -> None:
    # Tables show Tehran time as YYYY-MM-DD HH:MM:SS; --json gives snake_case and ISO 8601 with the offset.
    mock.receive("09121234567", "لغو")
    received = json.loads(cli("inbox", "--json").stdout)["items"][0]
    assert set(received) == {"from", "to", "text", "received_at"}
    moment = datetime.fromisoformat(received["received_at"])
    assert moment.utcoffset() == timedelta(hours=3, minutes=30)
    assert moment.strftime("%Y-%m-%d %H:%M:%S") in cli("inbox").stdout
    assert cli("pattern", "mockOtp001", "--to", "09121234567", "--var", "code=1234").exit_code == 0
    (send_request_id,) = mock.state.send_requests
    report = _json(cli, "report", str(send_request_id))
    assert isinstance(report, dict)
    assert set(report["send_request"]) >= {"created_at", "recipients_count", "line_number"}
    assert all(key.islower() for item in report["items"] for key in item)
