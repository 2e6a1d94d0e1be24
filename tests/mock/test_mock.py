"""The mock behaves like the service: authentication, validation, state that sends change, and faults."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import farazsms
import httpx
import pytest

from iranpayamak import IranPayamak
from iranpayamak.errors import APIConnectionError, NotFoundError, ResponseParseError, ServerError, ValidationError
from iranpayamak.testing import MockClock, MockServer, MockService

START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.fixture
def mock() -> Iterator[MockService]:
    with MockService(clock=MockClock(START)) as service:
        yield service


@pytest.fixture
def client(mock: MockService) -> Iterator[IranPayamak]:
    with mock.client(max_retries=0) as client:
        yield client


@pytest.fixture
def raw(mock: MockService) -> Iterator[httpx.Client]:
    with httpx.Client(transport=mock.transport(), base_url=mock.url) as http:
        yield http


def test_an_otp_shows_in_the_outbox_the_report_and_the_balance(mock: MockService, client: IranPayamak) -> None:
    before = client.account.balance().amount
    sent = client.otp.send("+98 912 123 4567", pattern="mockOtp001")
    message = mock.outbox[-1]
    assert (message.recipient, message.text, message.line_number) == (
        "09121234567",
        f"کد ورود شما: {sent.code}",
        "90008361",
    )
    assert client.account.balance().amount == before - 200
    report = client.reports.send_request(sent.send_request_id)
    assert (report.status, report.recipients_count) == ("in-queue", 1)
    assert [item.status for item in client.reports.items(sent.send_request_id)] == ["in-queue"]


def test_recipients_move_from_queue_to_sent_to_delivered_or_their_failure(
    mock: MockService, client: IranPayamak
) -> None:
    mock.fail("09351234567", "blacklist")
    mock.fail("09901234567", "delivery-failure")
    send_request_id = client.sms.send_simple("سلام", recipients=["09121234567", "09351234567", "09901234567"])[0]

    def statuses() -> list[str]:
        return [item.status for item in client.reports.items(send_request_id)]

    assert statuses() == ["in-queue"] * 3
    mock.advance(1)
    assert statuses() == ["sent", "blacklist", "sent"]
    assert client.reports.send_request(send_request_id).status == "sent"
    mock.settle()
    assert statuses() == ["delivered", "blacklist", "delivery-failure"]
    delivered = list(client.reports.items(send_request_id, status="delivered"))
    assert [item.mobile for item in delivered] == ["09121234567"]


def test_persian_number_format_changes_the_delivered_digits(mock: MockService, client: IranPayamak) -> None:
    client.sms.send_pattern("mockOtp001", "09121234567", {"code": "1234"}, number_format="persian")
    assert mock.outbox[-1].text == "کد ورود شما: ۱۲۳۴"


def test_unknown_and_unapproved_patterns_answer_not_found(mock: MockService, client: IranPayamak) -> None:
    unchecked = mock.client(check_patterns=False)  # the mock's own answers, not the client's checks
    with pytest.raises(NotFoundError, match="داده درخواستی یافت نشد"):
        unchecked.sms.send_pattern("noSuchCode", "09121234567", {"code": "1"})
    code = client.patterns.create(
        "سفارش %order% ارسال شد", None, True, "shop.ir", 3, [{"var": "order", "type": "int", "length": 8}]
    )
    assert client.patterns.get(code).status == "pending"
    with pytest.raises(NotFoundError):
        unchecked.sms.send_pattern(code, "09121234567", {"order": "17"})
    mock.approve_pattern(code)
    unchecked.sms.send_pattern(code, "09121234567", {"order": "17"})
    assert mock.outbox[-1].text == "سفارش 17 ارسال شد"


def test_a_foreign_line_is_rejected_like_the_service_does(client: IranPayamak) -> None:
    with pytest.raises(ValidationError) as caught:
        client.sms.send_sample("hi", line_number="12345678")
    assert caught.value.field_errors == {"line_number": ["گزینه انتخاب شده line number صحیح نمی باشد"]}


def test_requests_that_do_not_match_the_spec_get_the_field_bag(raw: httpx.Client, mock: MockService) -> None:
    response = raw.post(
        "/ws/v1/sms/simple",
        headers={"Api-Key": mock.api_key},
        json={"text": "", "line_number": "90008361", "number_format": "fa", "recipients": ["+989121234567"]},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == "error" and body["data"] is None
    assert set(body["messages"]) == {"text", "number_format", "recipients.0"}


@pytest.mark.parametrize(
    ("form", "field", "reason"),
    [
        ({"department": "2", "text": "t"}, "subject", "required"),
        ({"department": "two", "subject": "s", "text": "t"}, "department", "not of type 'integer'"),
        ({"department": "2", "subject": "", "text": "t"}, "subject", "non-empty"),
    ],
)
def test_multipart_forms_are_validated_field_by_field(
    raw: httpx.Client, mock: MockService, form: dict[str, str], field: str, reason: str
) -> None:
    attachment = {"file": ("receipt.pdf", b"%PDF-1.4\n", "application/pdf")}
    response = raw.post("/ws/v1/ticket", data=form, files=attachment, headers={"Api-Key": mock.api_key})
    assert response.status_code == 422
    messages = response.json()["messages"]
    assert list(messages) == [field] and reason in messages[field][0]
    accepted = raw.post(
        "/ws/v1/ticket",
        data={"department": "2", "subject": "null", "text": "t"},  # in a form, "null" is just text
        files=attachment,
        headers={"Api-Key": mock.api_key},
    )
    assert accepted.status_code == 200 and isinstance(accepted.json()["data"], int)


def test_missing_and_wrong_keys_get_the_services_401_bodies(raw: httpx.Client) -> None:
    missing = raw.get("/ws/v1/account/balance")
    wrong = raw.get("/ws/v1/account/balance", headers={"Api-Key": "not-the-key"})
    assert (missing.status_code, missing.json()) == (401, {"status": "error", "data": None, "message": "Auth required"})
    assert (wrong.status_code, wrong.json()) == (401, {"status": "error", "data": None, "message": "Api-Key not valid"})


def test_inbound_messages_appear_in_the_inbox_newest_first(mock: MockService, client: IranPayamak) -> None:
    mock.receive("09121234567", "بله")
    mock.receive("09351234567", "لغو11", line_number="3000505")
    messages = list(client.reports.inbox())
    assert [(m.from_, m.to, m.text) for m in messages] == [
        ("09351234567", "3000505", "لغو11"),
        ("09121234567", "90008361", "بله"),
    ]


def test_phonebooks_and_contacts_persist_page_and_delete(client: IranPayamak) -> None:
    book = client.phonebook.create("باشگاه مشتریان")
    client.phonebook.upsert_contacts(book, [{"mobile": f"0912{n:07d}", "name": f"c{n}"} for n in range(25)])
    page = client.phonebook.contacts(phone_book_id=book, limit=10).page(3)
    assert (page.total_items, page.total_pages, len(page.items)) == (25, 3, 5)
    victim = page.items[0].id
    client.phonebook.delete_contact(victim)
    assert len(list(client.phonebook.contacts(phone_book_id=book))) == 24
    with pytest.raises(NotFoundError):
        client.phonebook.delete_contact(victim)
    client.phonebook.update(book, "باشگاه")
    assert any(b.title == "باشگاه" and b.records == 24 for b in client.phonebook.list())


def test_sends_to_a_phonebook_reach_its_contacts(mock: MockService, client: IranPayamak) -> None:
    book = next(iter(client.phonebook.list()))
    client.sms.send_simple("خبرنامه", selected_phone_books=[{"id": book.id, "offset": 0, "limit": 2}])
    assert [m.recipient for m in mock.outbox] == ["09121111111", "09352222222"]


def test_tickets_lbs_voice_and_orders_keep_their_state(mock: MockService, client: IranPayamak) -> None:
    ticket = client.tickets.create(2, "تاخیر", "پیام‌ها دیر می‌رسند", file=b"log")
    client.tickets.reply(ticket, "هنوز", file=b"more")
    conversation = client.tickets.get(ticket).conversation
    assert [m.text for m in conversation] == ["پیام‌ها دیر می‌رسند", "هنوز"]
    assert client.tickets.download_file(conversation[1].file_id) == b"more"
    client.tickets.close(ticket)
    assert [t.status for t in client.tickets.list(status="closed")] == ["closed"]

    campaign = client.lbs.create("تخفیف", 1795000000, 1795003600, 35.7, 51.4, 500)
    client.lbs.cancel(campaign)
    assert client.lbs.get(campaign).status == "cancelled"

    voice = client.voice.upload(b"ID3 audio")
    assert client.voice.download(voice) == b"ID3 audio"
    client.voice.send(voice, recipients=["09121234567"])
    assert mock.outbox[-1].kind == "voice"

    order = client.account.charge_wallet(50_000)["orderId"]
    before = client.account.balance().amount
    client.account.pay_order(str(order), payment_source="wallet")
    assert client.account.balance().amount == before + 50_000
    with pytest.raises(NotFoundError):
        client.account.cancel_order("999999")


def test_reset_restores_the_demo_account(mock: MockService, client: IranPayamak) -> None:
    client.sms.send_sample("hi")
    mock.faults.add(status=503)
    mock.reset()
    assert mock.outbox == [] and mock.requests == []
    assert client.account.balance().amount == 1_000_000


def test_status_faults_refuse_without_processing(mock: MockService, client: IranPayamak) -> None:
    fault = mock.faults.add(operation="send_sample", status=503, headers={"Retry-After": "7"}, times=1)
    with pytest.raises(ServerError):
        client.sms.send_sample("hi")
    assert mock.outbox == [] and fault.hits == 1
    client.sms.send_sample("hi")
    assert len(mock.outbox) == 1
    assert mock.requests[0].operation_id == "send_sample"


def test_drop_malformed_and_html_faults_happen_after_processing(mock: MockService, client: IranPayamak) -> None:
    mock.faults.add(operation="send_sample", drop=True, times=1)
    mock.faults.add(operation="send_sample", malformed=True, times=1)
    mock.faults.add(operation="send_sample", html=True, times=1)
    with pytest.raises(APIConnectionError):
        client.sms.send_sample("one")
    with pytest.raises(ResponseParseError):
        client.sms.send_sample("two")
    with pytest.raises(ResponseParseError):
        client.sms.send_sample("three")
    assert [m.text for m in mock.outbox] == ["one", "two", "three"]


def test_padded_answers_have_the_size_asked_for_even_when_dripped(mock: MockService, raw: httpx.Client) -> None:
    plain = raw.get("/provinces", headers={"Api-Key": mock.api_key}).json()
    mock.faults.add(operation="list_provinces", pad=50_000, drip=0.0001, times=1)
    padded = raw.get("/provinces", headers={"Api-Key": mock.api_key})
    assert len(padded.content) == 50_000
    assert {key: value for key, value in padded.json().items() if key != "padding"} == plain


def test_a_fault_for_an_operation_that_does_not_exist_is_refused(mock: MockService) -> None:
    with pytest.raises(ValueError, match="did you mean send_pattern"):
        mock.faults.add(operation="send_patern", status=503)
    with pytest.raises(ValueError, match="no operation is called 'balance'"):
        mock.faults.add(operation="balance", status=503)


def test_probabilistic_faults_are_reproducible_with_a_seed(mock: MockService, raw: httpx.Client) -> None:
    def run() -> list[int]:
        mock.faults.clear()
        mock.faults.add(status=429, probability=0.3, seed=11)
        return [raw.get("/provinces", headers={"Api-Key": mock.api_key}).status_code for _ in range(40)]

    first, second = run(), run()
    assert first == second
    assert 3 < first.count(429) < 25


def test_unknown_paths_get_an_envelope(raw: httpx.Client) -> None:
    response = raw.get("/ws/v1/nothing-here")
    assert response.status_code == 404 and response.json()["status"] == "error"


def test_the_server_serves_any_http_client_including_the_official_one() -> None:
    with MockServer(balance=10_000) as server:
        official = farazsms.FarazSMS(server.api_key, base_url=server.url)
        code = official.send_otp("09121234567", "mockOtp001")
        assert server.outbox[-1].text == f"کد ورود شما: {code}"
        assert official.balance()["data"]["balanceAmount"] == 9_800
        requests = official.send_requests()["data"]["items"]
        assert requests[0]["recipients_count"] == 1
        with server.client() as client:
            assert client.account.balance().amount == 9_800


def test_the_server_sends_answers_at_once_on_a_kept_alive_connection() -> None:
    # With Nagle's algorithm on, an answer written in two parts waits for the client's delayed ACK:
    # ~40 ms per request on a reused connection. Checked on the server's side of the connection.
    with MockServer() as server, httpx.Client(base_url=server.url, headers={"Api-Key": server.api_key}) as http:
        for _ in range(2):
            assert http.get("/ws/v1/account/balance").status_code == 200
        accepted = [
            connection.transport.get_extra_info("socket") for connection in server._server.server_state.connections
        ]
        assert len(accepted) == 1
        assert accepted[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_the_command_line_mock_serves_any_client_and_shows_what_it_sent() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", "from iranpayamak.cli import main; main()", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().rsplit(" ", 1)[1].strip()
        key = process.stdout.readline().split(": ", 1)[1].strip()
        assert "mockOtp001" in process.stdout.readline()
        assert "/__mock__/outbox" in process.stdout.readline()
        headers = {"Api-Key": key}
        # What curl would send: a pattern send with a one-time code.
        sent = httpx.post(
            f"{url}/ws/v1/sms/pattern",
            headers=headers,
            json={
                "code": "mockOtp001",
                "recipient": "09121234567",
                "attributes": {"code": "4711"},
                "line_number": "90008361",
                "number_format": "english",
            },
        )
        assert sent.status_code == 201
        assert process.stdout.readline().split() == [
            "sent",
            "09121234567",
            "کد",
            "ورود",
            "شما:",
            "4711",
            "(line",
            "90008361)",
        ]
        outbox = httpx.get(f"{url}/__mock__/outbox").json()
        assert [(m["recipient"], m["text"]) for m in outbox] == [("09121234567", "کد ورود شما: 4711")]
        report = httpx.get(f"{url}/ws/v1/send_request/{sent.json()['data']}", headers=headers).json()
        assert report["data"]["recipients_count"] == 1
        balance = httpx.get(f"{url}/ws/v1/account/balance", headers=headers).json()
        assert balance["data"]["balanceAmount"] == 1_000_000 - 200
        inbound = httpx.post(f"{url}/__mock__/inbox", json={"from": "09121234567", "text": "ممنون"})
        assert inbound.status_code == 201
        inbox = httpx.get(f"{url}/ws/v1/inbox", headers=headers).json()
        assert inbox["data"]["items"][0]["text"] == "ممنون"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_csv_with_old_mac_line_breaks_is_read_and_a_broken_one_refused_not_a_500() -> None:
    # Found by the mock fuzzer: a lone "\r" made the csv module raise, and the mock answered 500.
    mock = MockService()
    client = mock.client(max_retries=0)
    client.sms.send_simple_file("سلام", b"mobile\r09121234567\r09351234567\r")
    assert sorted(message.recipient for message in mock.outbox) == ["09121234567", "09351234567"]
    broken = httpx.Client(transport=mock.transport(), base_url=mock.url, headers={"Api-Key": mock.api_key})
    files = {"recipients_file": ("r.csv", b'mobile\n"0912\x00', "text/csv")}
    answer = broken.post("/ws/v1/sms/simple-file", data={"text": "hi", "line_number": "90008361"}, files=files)
    assert answer.status_code == 422, answer.text


@pytest.mark.parametrize("written", ["\f8", " 8", "8\n", "1_0", "٨", "+"])
def test_an_integer_parameter_must_be_written_as_digits(written: str) -> None:
    # Found by the contract search: int() reads "\f8" as 8, so the mock answered 200 to what the spec
    # forbids (phone_book_id is an integer).
    mock = MockService()
    http = httpx.Client(transport=mock.transport(), base_url=mock.url, headers={"Api-Key": mock.api_key})
    answer = http.get("/ws/v1/phone_book_data", params={"phone_book_id": written})
    assert answer.status_code == 422, answer.text
    assert http.get("/ws/v1/phone_book_data", params={"phone_book_id": "+8"}).status_code != 422
