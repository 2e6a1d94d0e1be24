"""Recording real traffic and checking it against the spec (``record_to``, ``iranpayamak conformance``).

The mock stands in for the real service, made to answer in shapes the spec does not allow; the report
must name every difference, with the place in the spec and the edit. Recordings must hold no secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from iranpayamak import IranPayamak
from iranpayamak.cli.app import app
from iranpayamak.conformance import check
from iranpayamak.errors import InvalidArgumentError, IranPayamakError, ResponseParseError, ValidationError
from iranpayamak.testing import MockService
from iranpayamak.testing._handlers.panel import PANEL_USER
from iranpayamak_api import Client
from iranpayamak_api._recording import redact
from iranpayamak_api.api.account import get_balance
from tests.client.test_undocumented_answers import _run, both_clients
from tests.fakes import FakeService
from tests.spec_examples import METHODS, ergonomic_call

MOBILE = "09121234567"
CODE = "483920"


def _off_spec_traffic(client: Any, mock: MockService) -> None:
    """Calls whose answers the mock is told to give in shapes the spec does not allow, and one that conforms."""
    mock.faults.add(
        operation="get_balance",
        answer=json.dumps(
            {"status": "success", "data": {"balanceAmount": "lots", "balanceCount": 5, "currency": "IRT"}}
        ),
    )
    mock.faults.add(operation="list_tickets", status=418, body={"message": "I'm a teapot"})
    mock.faults.add(operation="get_profile", html=True)
    for call in (client.account.balance, lambda: client.tickets.list().page(), client.account.profile):
        with pytest.raises(IranPayamakError):
            _run(call())
    _run(client.sms.send_pattern("mockOtp001", MOBILE, {"code": CODE}))


@both_clients
def test_the_report_names_every_difference_with_its_spec_edit(cls: type[Any], tmp_path: Path) -> None:
    mock = MockService()
    client = mock.client(record_to=tmp_path) if cls is IranPayamak else mock.async_client(record_to=tmp_path)
    _off_spec_traffic(client, mock)
    report = check(tmp_path)
    assert not report.ok
    by_operation = {item.operation: item for item in report.operations}
    # get_pattern: the pattern send's values are checked against its definition first.
    assert set(by_operation) == {"get_balance", "list_tickets", "get_profile", "get_pattern", "send_pattern"}
    assert by_operation["send_pattern"].conforms and not by_operation["send_pattern"].unnamed

    balance = by_operation["get_balance"]
    (wrong_type,) = balance.differences
    assert (wrong_type.kind, wrong_type.status, wrong_type.where) == ("schema", 200, "data.balanceAmount")
    assert wrong_type.spec_location == "#/components/schemas/Balance/properties/balanceAmount/type"
    assert "type: [integer, string]" in wrong_type.edit
    (unnamed,) = balance.unnamed
    assert (unnamed.where, unnamed.spec_location) == ("data.currency", "#/components/schemas/Balance/properties")

    (status,) = by_operation["list_tickets"].differences
    assert (status.kind, status.status) == ("status", 418) and "declare a 418 response" in status.edit
    assert status.spec_location == "#/paths/~1ws~1v1~1ticket/get/responses"

    (media,) = by_operation["get_profile"].differences
    assert (media.kind, media.status) == ("media", 200) and "text/html" in media.message

    text = report.text()
    for needle in (
        "data.balanceAmount",
        "data.currency",
        "418",
        "text/html",
        "send_pattern: 1 answer (201 ×1): conforms",
    ):
        assert needle in text, needle


def test_the_command_prints_the_report_and_fails_on_differences(tmp_path: Path) -> None:
    mock = MockService()
    _off_spec_traffic(mock.client(record_to=tmp_path), mock)
    runner = CliRunner()
    result = runner.invoke(app, ["conformance", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "data.balanceAmount" in result.output and "edit:" in result.output
    as_json = runner.invoke(app, ["conformance", str(tmp_path), "--json"])
    assert as_json.exit_code == 1
    data = json.loads(as_json.output)
    assert {item["operation"] for item in data["operations"]} == {
        "get_balance",
        "list_tickets",
        "get_profile",
        "get_pattern",
        "send_pattern",
    }
    missing = runner.invoke(app, ["conformance", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no such folder" in missing.output


def test_recordings_hold_no_key_token_password_code_or_mobile_number(tmp_path: Path) -> None:
    mock = MockService()
    # An extra value the pattern lacks, to see that every value is masked: sent unchecked.
    client = mock.client(record_to=tmp_path, check_patterns=False)
    session = client.panel.login(*PANEL_USER)
    assert session.token is not None
    panel = client.with_options(panel_token=session.token)
    panel.lbs.list()
    client.sms.send_pattern("mockOtp001", MOBILE, {"code": CODE, "name": "Sara"})
    client.sms.send_simple(f"کد ورود شما: {CODE}", recipients=[MOBILE])
    client.phonebook.list().page()
    everything = "\n".join(file.read_text(encoding="utf-8") for file in sorted(tmp_path.glob("*.json")))
    assert len(list(tmp_path.glob("*.json"))) == 5
    for secret in (mock.api_key, session.token, CODE, MOBILE, MOBILE[1:], "Sara"):
        assert secret not in everything, secret
    records = [json.loads(file.read_text(encoding="utf-8")) for file in sorted(tmp_path.glob("*.json"))]
    login = next(record for record in records if record["operation"] == "login")
    assert login["request"]["body"]["password"] == "****"  # the mock's password is its username, "demo"
    assert login["response"]["body"]["data"]["token"] == "****"
    lbs = next(record for record in records if record["operation"] == "list_lbs_requests")
    assert lbs["request"]["headers"]["authorization"] == "****" and "api-key" not in lbs["request"]["headers"]
    pattern = next(record for record in records if record["operation"] == "send_pattern")
    assert pattern["request"]["body"]["recipient"] == "09120000000"  # still a mobile number, for the schema
    assert pattern["request"]["body"]["code"] == "mockOtp001"  # a pattern's code is not a secret
    assert check(tmp_path).ok


def test_the_environment_variable_turns_recording_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IRANPAYAMAK_RECORD", str(tmp_path / "recorded"))
    mock = MockService()
    mock.client().account.balance()
    (file,) = (tmp_path / "recorded").glob("*.json")
    record = json.loads(file.read_text(encoding="utf-8"))
    assert (record["format"], record["operation"], record["response"]["status"]) == (
        "iranpayamak-exchange/1",
        "get_balance",
        200,
    )


def test_a_file_where_the_folder_should_be_is_refused_before_any_call(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(InvalidArgumentError) as refused:
        IranPayamak(api_key="k", record_to=tmp_path / "taken")
    assert refused.value.field == "record_to"


def test_a_recorder_that_cannot_write_does_not_lose_the_answer(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A send may have been carried out: failing the call for a full disk would invite a second message.
    (tmp_path / "file").write_text("")
    mock = MockService()
    api = Client(
        api_key=mock.api_key,
        base_url=mock.url,
        record_to=tmp_path / "file" / "below",
        httpx_args={"transport": mock.transport()},
    )
    with caplog.at_level(logging.WARNING, logger="iranpayamak"):
        assert get_balance.sync(client=api).data.balance_amount == 1_000_000
    assert "observer of get_balance failed" in caplog.text


def test_unreadable_recordings_and_unknown_operations_are_listed(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "other.json").write_text(json.dumps({"operation": "no_such_op", "response": {"status": 200}}))
    report = check(tmp_path)
    assert not report.ok
    assert [name for name, _ in report.unreadable] == ["broken.json", "other.json"]


def test_every_operation_the_mock_answers_conforms_after_redaction(tmp_path: Path) -> None:
    # The mock answers from the spec; if the check (or the masking) reported a difference here, it
    # would be a false alarm for every user.
    mock = MockService()
    client = mock.client(record_to=tmp_path, panel_token=None)
    for method in METHODS:
        positional, keywords, _ = ergonomic_call(method)
        try:
            outcome = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
            if hasattr(outcome, "page"):
                outcome.page()
        except (IranPayamakError, ResponseParseError):
            pass  # refusals (unknown ids, no panel token) are answers too, and are checked
    report = check(tmp_path)
    assert len(report.operations) >= 55
    assert report.ok, report.text()


def test_the_async_client_records_too(tmp_path: Path) -> None:
    mock = MockService()

    async def main() -> None:
        async with mock.async_client(record_to=tmp_path) as client:
            await client.account.balance()

    asyncio.run(main())
    assert [json.loads(f.read_text())["operation"] for f in tmp_path.glob("*.json")] == ["get_balance"]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_mobiles = st.builds(
    lambda prefix, operator, rest: f"{prefix}9{operator:02d}{rest:07d}",
    st.sampled_from(["0", "+98", "98", "0098"]),
    st.integers(0, 99),
    st.integers(0, 9_999_999),
)


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return type(value).__name__


@given(body=_json, mobile=_mobiles, key=st.sampled_from(["recipient", "mobile", "text", "sender", "note"]))
def test_redaction_keeps_the_shape_and_leaves_no_mobile_number(body: Any, mobile: str, key: str) -> None:
    body = {"data": body, key: f"call {mobile} now", "password": "pw", "token": "tk"}
    redacted = redact(body)
    assert _shape(redacted) == _shape(body)  # a schema judges the record as it would the answer
    if key == "text":  # a message text loses every run of digits, codes included
        assert not re.search(r"[0-9]{4}", redacted[key])
    else:  # the subscriber's seven digits are zeroed; prefix and operator code stay
        assert redacted[key] == f"call {mobile[:-7]}0000000 now"
    assert (redacted["password"], redacted["token"]) == ("****", "****")
    assert redact(redacted) == redacted  # masking twice changes nothing more


# --- Found by an outside attack on the recorder and the report ---------------------------------------


def _recorded(tmp_path: Path) -> str:
    return "\n".join(file.read_text(encoding="utf-8") for file in sorted(tmp_path.glob("*.json")))


def test_an_answer_that_quotes_the_key_or_token_back_is_recorded_masked(tmp_path: Path) -> None:
    key, token = "sk-live-7Hq2ZpX9", "panel-7|Zr8QmW2x"

    def echo(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/ws/v1/lbs"):
            page = f"<html><pre>Authorization: {request.headers['authorization']}</pre></html>"
            return httpx.Response(502, text=page, headers={"content-type": "text/html"})
        return httpx.Response(401, json={"message": f"Api-Key not valid: {request.headers['api-key']}"})

    client = IranPayamak(
        api_key=key,
        panel_token=token,
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(echo)),
        record_to=tmp_path,
        max_retries=0,
    )
    with pytest.raises(IranPayamakError):
        client.account.balance()
    with pytest.raises(IranPayamakError):
        client.lbs.get(1)
    recorded = _recorded(tmp_path)
    assert key not in recorded and token not in recorded
    assert "Api-Key not valid: ****" in recorded and "Bearer ****" in recorded


def test_secrets_under_any_name_and_numbers_in_any_spelling_are_masked() -> None:
    body = {
        "refresh_token": "r-1",
        "new_password": "p-1",
        "password_confirmation": "p-2",
        "otp": "483920",
        "pin": 1234,
        "code": "483 920",
        "recipients": [{"mobile": "09121234567", "otp": "112233", "name": "Sara"}],
        "numbers": ["۰۹۱۲۱۲۳۴۵۶۷", "0912 123 4567", "+98-912-123-4567", "00989121234567"],
        "by_number": {"09121234567": "Sara"},
    }
    redacted = redact(body)
    assert redacted["refresh_token"] == redacted["new_password"] == redacted["password_confirmation"] == "****"
    assert (redacted["otp"], redacted["pin"], redacted["code"]) == ("****", 0, "****")
    assert redacted["recipients"] == [{"mobile": "09120000000", "otp": "****", "name": "****"}]
    assert redacted["numbers"] == ["۰۹۱۲۰۰۰۰۰۰۰", "0912 000 0000", "+98-912-000-0000", "00989120000000"]
    assert redacted["by_number"] == {"09120000000": "Sara"}


def test_a_sign_in_answer_is_recorded_without_its_token_whatever_its_shape(tmp_path: Path) -> None:
    token = "7|kXb2Qm9TqzR4vW8yLd3HfN6pJc1sAe5G"
    for data in (token, {"auth": {"bearer": token}}, [token]):
        answer = httpx.Response(200, json={"status": "success", "data": data})
        client = IranPayamak(
            api_key="k",
            base_url="https://api.test",
            http_client=httpx.Client(transport=httpx.MockTransport(lambda _request, answer=answer: answer)),
            record_to=tmp_path,
        )
        client.panel.login("shop", "pw")
    assert token not in _recorded(tmp_path)


def test_a_copy_with_another_folder_keeps_its_observers(tmp_path: Path) -> None:
    mock = MockService()
    seen: list[Any] = []
    api = Client(api_key=mock.api_key, base_url=mock.url, httpx_args={"transport": mock.transport()})
    observed = api.observed(seen.append).with_options(record_to=tmp_path / "b")
    get_balance.sync(client=observed)
    get_balance.sync(client=observed.with_options(timeout=5.0))
    assert len(seen) == 2 and len(list((tmp_path / "b").glob("*.json"))) == 2


def _write(folder: Path, name: str, record: Any) -> None:
    (folder / name).write_text(record if isinstance(record, str) else json.dumps(record), encoding="utf-8")


def _answer(operation: str, status: int, body: Any, kind: str = "json", media: str = "application/json") -> Any:
    return {
        "operation": operation,
        "response": {"status": status, "headers": {"content-type": media}, "body_kind": kind, "body": body},
    }


def test_the_report_judges_pages_and_files_by_the_media_types_the_spec_declares(tmp_path: Path) -> None:
    page = "<html>Bad gateway</html>"
    _write(tmp_path, "a.json", _answer("get_balance", 502, page, "text", "text/html"))  # 5XX declares HTML
    _write(tmp_path, "b.json", _answer("download_voice_file", 200, {"size": 10}, "binary", "application/octet-stream"))
    _write(tmp_path, "c.json", _answer("download_voice_file", 200, "<html>login</html>", "text", "text/html"))
    _write(tmp_path, "d.json", _answer("download_ticket_file", 200, None, "empty", ""))
    _write(tmp_path, "e.json", _answer("download_phonebook_sample", 200, {}, "json", "application/json"))
    report = {item.operation: item for item in check(tmp_path).operations}
    assert report["get_balance"].conforms
    kinds = {
        operation: [(item.kind, item.message) for item in report[operation].differences]
        for operation in ("download_voice_file", "download_ticket_file", "download_phonebook_sample")
    }
    assert kinds["download_voice_file"] == [
        ("media", "a text body (text/html) where the spec declares application/octet-stream")
    ]
    assert kinds["download_ticket_file"] == [
        ("media", "an empty body where the spec declares application/octet-stream")
    ]
    assert kinds["download_phonebook_sample"][0][1].startswith("a json body (application/json)")


@pytest.mark.parametrize(
    "record",
    [
        "{not json",
        "[1, 2]",
        {"operation": ["get_balance"], "response": {"status": 200}},
        {"operation": "get_balance", "response": {"status": "200"}},
        {"operation": "get_balance", "response": {"status": 200, "headers": ["content-type"]}},
        "[" * 100_000 + "]" * 100_000,
        {"operation": "no_such_operation", "response": {"status": 200}},
    ],
    ids=["not-json", "a-list", "operation-list", "status-text", "headers-list", "deep", "unknown-operation"],
)
def test_a_file_that_is_not_a_recording_is_listed_not_fatal(tmp_path: Path, record: Any) -> None:
    _write(tmp_path, "odd.json", record)
    _write(tmp_path, "good.json", _answer("get_balance", 200, {"status": "success", "data": {"balanceAmount": 1}}))
    report = check(tmp_path)
    assert [name for name, _ in report.unreadable] == ["odd.json"] and not report.ok
    assert [item.operation for item in report.operations] == ["get_balance"]


@pytest.mark.parametrize("depth", [100, 3000])
def test_a_deeply_nested_answer_is_listed_not_fatal(tmp_path: Path, depth: int) -> None:
    # Deeper than the mock accepts (64): listed as such, whatever Python's recursion limit is.
    text = '{"operation": "get_balance", "response": {"status": 200, "body_kind": "json", "body": '
    (tmp_path / "deep.json").write_text(text + '{"a": ' * depth + "1" + "}" * depth + "}}", encoding="utf-8")
    report = check(tmp_path)
    assert report.unreadable == (("deep.json", "nested too deeply"),)


def test_one_place_refusing_many_values_is_one_difference(tmp_path: Path) -> None:
    for number in range(20):
        _write(tmp_path, f"{number}.json", _answer("send_pattern", 201, {"status": "success", "data": f"id-{number}"}))
    (difference,) = check(tmp_path).operations[0].differences
    assert (difference.where, difference.count, len(difference.files)) == ("data", 20, 3)


def test_an_empty_folder_is_not_a_pass(tmp_path: Path) -> None:
    report = check(tmp_path)
    assert not report.ok and "No recordings were found" in report.text()


def test_a_422_in_laravels_own_shape_is_read_and_allowed(tmp_path: Path) -> None:
    # No page shows a 422; Laravel's default body is as likely as the envelope public clients read.
    laravel = {"message": "The line number field is required.", "errors": {"line_number": ["required"]}}
    service = FakeService(httpx.Response(422, json=laravel))
    client = service.ergonomic(IranPayamak, record_to=tmp_path)
    with pytest.raises(ValidationError) as refused:
        client.sms.send_pattern("SJ3FgPrE0C", MOBILE, {"code": CODE})
    assert refused.value.field_errors == {"line_number": ["required"]}
    assert check(tmp_path).ok
