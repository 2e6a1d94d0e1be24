"""The bad-input corpus: malformed input across the public API, each rejected with a documented
exception naming the field, and none reaching the network unless only the service can judge it.

Each entry is the call as written (a Python expression on the client ``c``, also shown in
docs/reliability.md) with the exception and field it must produce. The names it uses (``PAST``,
``LONG_TEXT``, ...) are defined in :data:`VALUES`.
"""

from __future__ import annotations

import asyncio
import inspect
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from attrs import frozen

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import (
    ConfigurationError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    IranPayamakError,
    MissingAPIKeyError,
    NotFoundError,
    PatternCheckError,
)
from iranpayamak.files import workbook
from iranpayamak.testing import MockClock, MockService

from .report import observe

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@frozen
class Bad:
    """One malformed input: what it is, the call, the exception and field it must give."""

    input: str
    call: str
    error: type[IranPayamakError]
    field: str
    server: bool = False
    """Only the service can judge it (an id that does not exist): exactly one request is sent."""


P = "mockOtp001"
M = "09121234567"

CORPUS: list[Bad] = [
    # Phone numbers in every wrong shape
    Bad("too few digits", 'c.sms.send_pattern(P, "0912", {"code": "1"})', InvalidPhoneNumber, "recipient"),
    Bad("too many digits", 'c.sms.send_pattern(P, "091212345678", {"code": "1"})', InvalidPhoneNumber, "recipient"),
    Bad("another country", 'c.otp.send("+1 555 0100", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("a landline", 'c.otp.send("02188776655", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("+98 with a landline area code", 'c.otp.send("+98 21 8877 6655", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("letters", 'c.otp.send("hello", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("letters inside digits", 'c.otp.send("0912abc4567", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("empty", 'c.otp.send("", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("whitespace only", 'c.otp.send("   ", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("a NUL inside", 'c.otp.send("0912\\x001234567", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("a minus sign", 'c.otp.send("-9121234567", pattern=P)', InvalidPhoneNumber, "mobile"),
    Bad("a whole number that is too short", "c.otp.send(912123, pattern=P)", InvalidPhoneNumber, "mobile"),
    Bad("a float", "c.otp.send(9121234567.0, pattern=P)", InvalidPhoneNumber, "mobile"),
    Bad("None", "c.otp.send(None, pattern=P)", InvalidPhoneNumber, "mobile"),
    Bad("a boolean", "c.otp.send(True, pattern=P)", InvalidPhoneNumber, "mobile"),
    Bad("one bad number in a list", 'c.sms.send_simple("hi", [M, "hello"])', InvalidPhoneNumber, "recipients[1]"),
    Bad("None in a list", 'c.sms.send_simple("hi", [M, None])', InvalidPhoneNumber, "recipients[1]"),
    Bad("a trailing line break", 'c.voice.send(1, recipients=[M + "\\n"])', InvalidPhoneNumber, "recipients[0]"),
    Bad("one string instead of a list", 'c.sms.send_simple("hi", M)', InvalidArgumentError, "recipients"),
    Bad("a dict instead of a list", 'c.sms.send_simple("hi", {M: 1})', InvalidArgumentError, "recipients"),
    Bad(
        "a bad number among 601 contacts",
        'c.phonebook.upsert_contacts(1, [{"mobile": M}] * 600 + [{"mobile": "bad"}])',
        InvalidPhoneNumber,
        "items[600].mobile",
    ),
    # Texts
    Bad("empty text", 'c.sms.send_simple("", [M])', InvalidArgumentError, "text"),
    Bad("whitespace text", 'c.sms.send_simple("  \\n ", [M])', InvalidArgumentError, "text"),
    Bad("text with a NUL", 'c.sms.send_sample("a\\x00b")', InvalidArgumentError, "text"),
    Bad("text with a lone surrogate", 'c.sms.send_sample("a\\ud800b")', InvalidArgumentError, "text"),
    Bad("a 100,000-character text", "c.sms.send_simple(LONG_TEXT, [M])", InvalidArgumentError, "text"),
    Bad("text of the wrong type", "c.sms.send_sample(12345)", InvalidArgumentError, "text"),
    Bad("no text (None)", "c.sms.send_sample(None)", InvalidArgumentError, "text"),
    Bad("a file text under 3 characters", "c.sms.send_simple_file('ab', SHEET)", InvalidArgumentError, "text"),
    # Pattern values
    Bad("a value that is a float", 'c.sms.send_pattern(P, M, {"code": 1.5})', InvalidArgumentError, "attributes"),
    Bad("a value that is None", 'c.sms.send_pattern(P, M, {"code": None})', InvalidArgumentError, "attributes"),
    Bad("a list instead of a mapping", 'c.sms.send_pattern(P, M, ["1234"])', InvalidArgumentError, "attributes"),
    Bad("a name that is not text", 'c.sms.send_pattern(P, M, {1: "x"})', InvalidArgumentError, "attributes"),
    Bad("an empty name", 'c.sms.send_pattern(P, M, {"": "x"})', InvalidArgumentError, "attributes"),
    # Pattern values are checked against the pattern's definition: the one request is its lookup.
    Bad(
        "an unknown variable name",
        'c.sms.send_pattern(P, M, {"kod": "1234"})',
        PatternCheckError,
        "attributes.kod",
        server=True,
    ),
    Bad(
        "a value longer than declared",
        'c.sms.send_pattern(P, M, {"code": "12345678901"})',
        PatternCheckError,
        "attributes.code",
        server=True,
    ),
    Bad(
        "letters in an int variable",
        'c.sms.send_pattern(P, M, {"code": "12ab"})',
        PatternCheckError,
        "attributes.code",
        server=True,
    ),
    Bad("an empty pattern code", 'c.sms.send_pattern("", M, {"code": "1"})', InvalidArgumentError, "code"),
    # Pages and limits
    Bad("page 0", "c.reports.inbox(page=0)", InvalidArgumentError, "page"),
    Bad("a negative page", "c.reports.send_requests(page=-1)", InvalidArgumentError, "page"),
    Bad("page 0 of a pager", "c.reports.inbox().page(0)", InvalidArgumentError, "page"),
    Bad("limit 0", "c.reports.inbox(limit=0)", InvalidArgumentError, "limit"),
    Bad("a negative limit", "c.phonebook.contacts(limit=-5)", InvalidArgumentError, "limit"),
    Bad("a page given as text", 'c.patterns.list(page="2")', InvalidArgumentError, "page"),
    # Ids
    Bad("an id given as text", 'c.lbs.get("52")', InvalidArgumentError, "lbs_id"),
    Bad("an id that is a boolean", "c.lbs.get(True)", InvalidArgumentError, "lbs_id"),
    Bad("id 0", "c.tickets.get(0)", InvalidArgumentError, "id"),
    Bad("a negative id", "c.reports.send_request(-3)", InvalidArgumentError, "send_request_id"),
    Bad("a send request that does not exist", "c.reports.send_request(999999)", NotFoundError, "", server=True),
    Bad("a pattern that does not exist", 'c.patterns.get("noSuchCode")', NotFoundError, "", server=True),
    Bad("a ticket that does not exist", "c.tickets.get(999999)", NotFoundError, "", server=True),
    Bad("a contact that does not exist", "c.phonebook.delete_contact(999999)", NotFoundError, "", server=True),
    # Schedules
    Bad(
        "a schedule in the past",
        'c.sms.send_pattern(P, M, {"code": "1"}, schedule=PAST)',
        InvalidArgumentError,
        "schedule",
    ),
    Bad(
        "a naive schedule in the past",
        'c.sms.send_simple("hi", [M], schedule=NAIVE_PAST)',
        InvalidArgumentError,
        "schedule",
    ),
    Bad("a schedule given as text", 'c.sms.send_sample("hi", schedule="tomorrow")', InvalidArgumentError, "schedule"),
    # Line numbers and enums
    Bad("a line with letters", 'c.sms.send_sample("hi", line_number="PRO")', InvalidArgumentError, "line_number"),
    Bad(
        "a line with a letter at the end",
        'c.sms.send_sample("hi", line_number="90008361x")',
        InvalidArgumentError,
        "line_number",
    ),
    Bad("a line that is a float", 'c.sms.send_sample("hi", line_number=9000.5)', InvalidArgumentError, "line_number"),
    Bad("number format fa", 'c.sms.send_simple("hi", [M], number_format="fa")', InvalidArgumentError, "number_format"),
    Bad("an unknown delivery status", 'c.reports.items(1, status="lost")', InvalidArgumentError, "status"),
    Bad(
        "an unknown pattern category",
        'c.patterns.create("%a%", None, False, "x.ir", 7, [])',
        InvalidArgumentError,
        "category",
    ),
    Bad(
        "an unknown contact prefix",
        'c.phonebook.upsert_contacts(3, [{"mobile": M, "prefix": "xyz"}])',
        InvalidArgumentError,
        "items[0].prefix",
    ),
    # Files
    Bad("a path that does not exist", 'c.voice.upload("/no/such/file.mp3")', InvalidArgumentError, "file"),
    Bad("an empty file", 'c.voice.upload(b"")', InvalidArgumentError, "file"),
    Bad(
        "an image as a recipient sheet",
        'c.sms.send_simple_file("hello", PNG_BYTES)',
        InvalidArgumentError,
        "recipients_file",
    ),
    Bad("CSV bytes as a contact workbook", "c.phonebook.import_contacts(1, CSV_BYTES)", InvalidArgumentError, "file"),
    Bad("an image as a peers sheet", "c.sms.send_peer_to_peer_file(PNG_BYTES)", InvalidArgumentError, "peers_file"),
    Bad("a file opened in text mode", "c.voice.upload(TEXT_MODE_FILE)", InvalidArgumentError, "file"),
    Bad("a number as a file", "c.voice.upload(42)", InvalidArgumentError, "file"),
    # Other wrong types and shapes
    Bad("a boolean where a number belongs", "c.reference.cities(True)", InvalidArgumentError, "province_id"),
    Bad(
        "a nested object of the wrong type",
        'c.sms.send_simple("hi", selected_phone_books=["44"])',
        InvalidArgumentError,
        "selected_phone_books[0]",
    ),
    Bad(
        "a datetime inside a mapping",
        'c.reference.calculate_cost({"text": "t", "number_format": "english", "line_id": 1, "schedule": PAST, '
        '"filters": []})',
        InvalidArgumentError,
        "request",
    ),
    Bad("no recipients at all", "c.voice.send(1)", InvalidArgumentError, "recipients"),
    Bad("an empty recipient list", 'c.sms.send_simple("hi", [])', InvalidArgumentError, "recipients"),
    Bad(
        "an empty list to send a pattern to",
        'c.sms.send_pattern_many(P, [], {"code": "1"})',
        InvalidArgumentError,
        "recipients",
    ),
    Bad(
        "concurrency 0",
        'c.sms.send_pattern_many(P, [M], {"code": "1"}, concurrency=0)',
        InvalidArgumentError,
        "concurrency",
    ),
    Bad("chunk size 0", 'c.sms.send_simple("hi", [M], chunk_size=0)', InvalidArgumentError, "chunk_size"),
    Bad("a negative wallet charge", "c.account.charge_wallet(-1000)", InvalidArgumentError, "amount"),
    # One-time codes
    Bad("a code with letters", 'c.otp.send(M, pattern=P, code="12ab")', InvalidArgumentError, "code"),
    Bad("a code that is too short", 'c.otp.send(M, pattern=P, code="123")', InvalidArgumentError, "code"),
    Bad("a code with Persian digits", 'c.otp.send(M, pattern=P, code="۱۲۳۴")', InvalidArgumentError, "code"),
    Bad("a code length below 4", "c.otp.send(M, pattern=P, length=3)", InvalidArgumentError, "length"),
    Bad("a code length above 10", "c.otp.send(M, pattern=P, length=11)", InvalidArgumentError, "length"),
    # Found by the review (issue 13): each escaped as a raw exception, or was sent wrong
    Bad(
        "a schedule at the end of the calendar, west of UTC",
        'c.sms.send_sample("hi", schedule=datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))))',
        InvalidArgumentError,
        "schedule",
    ),
    Bad(
        "a number as the phonebooks",
        'c.sms.send_simple("hi", selected_phone_books=5)',
        InvalidArgumentError,
        "selected_phone_books",
    ),
    Bad("a path containing NUL", 'c.voice.upload("/tmp/a\\x00b.mp3")', InvalidArgumentError, "file"),
    Bad("a 1 MB search", 'c.phonebook.contacts(search="x" * 1_000_000)', InvalidArgumentError, "search"),
    Bad("an id of 5,000 digits", "c.reports.send_request(10**5000)", InvalidArgumentError, "send_request_id"),
    Bad("an api_key that is a number", "type(c)(api_key=12345)", ConfigurationError, ""),
    Bad("a timeout given as text", 'type(c)(api_key="k", timeout="30")', InvalidArgumentError, "timeout"),
    Bad("a clock that is not a function", 'type(c)(api_key="k", clock=5)', InvalidArgumentError, "clock"),
    Bad(
        "a save_to in a folder that does not exist",
        'c.phonebook.sample_workbook(1, save_to="/no/such/folder/sample.xlsx")',
        InvalidArgumentError,
        "save_to",
    ),
    Bad(
        "None as a variable's value",
        'c.sms.send_variables("سلام %name%", [{"mobile": M, "name": None}])',
        InvalidArgumentError,
        "recipients[0].name",
    ),
    Bad(
        "a mapping as a variable's value",
        'c.sms.send_variables("سلام %name%", [{"mobile": M, "name": {"first": "Sara"}}])',
        InvalidArgumentError,
        "recipients[0].name",
    ),
    Bad("a negative line number", 'c.sms.send_sample("hi", line_number=-3000505)', InvalidArgumentError, "line_number"),
    Bad(
        "a line number with +98",
        'c.sms.send_sample("hi", line_number="+98 3000505")',
        InvalidArgumentError,
        "line_number",
    ),
    Bad("line number 0", 'c.sms.send_sample("hi", line_number=0)', InvalidArgumentError, "line_number"),
    Bad("an empty default line number", 'type(c)(api_key="k", line_number="")', InvalidArgumentError, "line_number"),
]


@pytest.fixture(scope="module")
def values(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bad-input")
    text_file = folder / "numbers.txt"
    text_file.write_text("09121234567\n", encoding="utf-8")
    with text_file.open("r", encoding="utf-8") as text_mode:
        yield {
            "P": P,
            "M": M,
            "datetime": datetime,
            "timezone": timezone,
            "timedelta": timedelta,
            "PAST": NOW - timedelta(minutes=1),
            "NAIVE_PAST": datetime(2026, 11, 27, 11, 0),  # 07:30 UTC in Tehran time
            "LONG_TEXT": "س" * 100_000,
            "SHEET": workbook([[M]], header=["mobile"]),
            "CSV_BYTES": b"mobile,name\n09121234567,a\n",
            "PNG_BYTES": b"\x89PNG\r\n\x1a\n" + bytes(64),
            "TEXT_MODE_FILE": text_mode,
        }


def _sends(mock: MockService) -> int:
    return len(mock.requests)


async def _resolve(outcome: Any) -> Any:
    if inspect.isawaitable(outcome):
        return await outcome
    if hasattr(outcome, "page"):  # an async pager: its first page makes the request
        return await outcome.page()
    return outcome


def _call(entry: Bad, client: Any, values: dict[str, Any]) -> BaseException | None:
    namespace = {**values, "c": client}
    try:
        if isinstance(client, AsyncIranPayamak):
            asyncio.run(_resolve(eval(entry.call, namespace)))
        else:
            eval(entry.call, namespace)
    except IranPayamakError as error:
        return error
    return None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("entry", CORPUS, ids=lambda entry: entry.input)
def test_bad_input(entry: Bad, mode: str, values: dict[str, Any]) -> None:
    with MockService(clock=MockClock(NOW)) as mock:
        if mode == "sync":
            with mock.client(clock=lambda: NOW, max_retries=0) as client:
                error = _call(entry, client, values)
        else:
            client = mock.async_client(clock=lambda: NOW, max_retries=0)
            error = _call(entry, client, values)
        requests = _sends(mock)
    if mode == "sync":
        observe(
            "bad input",
            index=CORPUS.index(entry),
            input=entry.input,
            call=entry.call,
            outcome=type(error).__name__ if error else "accepted",
            field=getattr(error, "field", None) or "",
            requests=requests,
        )
    assert type(error) is entry.error, error
    assert requests == (1 if entry.server else 0)
    if isinstance(error, InvalidArgumentError):
        assert error.field is not None and error.field.startswith(entry.field)
        assert str(error).startswith(entry.field)  # the message names the field first
        assert error.reason


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 60
    assert len({entry.input for entry in CORPUS}) == len(CORPUS)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"{len(CORPUS)} kinds of bad input" in readme


def test_missing_api_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IRANPAYAMAK_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="IRANPAYAMAK_API_KEY"):
        IranPayamak()
    with pytest.raises(MissingAPIKeyError):
        AsyncIranPayamak(api_key="")


def test_a_clock_without_a_time_zone_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        IranPayamak(api_key="k", clock=datetime.now)


def test_the_text_limit_is_a_setting() -> None:
    with MockService() as mock, mock.client(max_text_length=None) as client:
        client.sms.send_simple("س" * 100_000, ["09121234567"])
        assert len(mock.outbox[-1].text) == 100_000
    with pytest.raises(InvalidArgumentError, match="max_text_length"):
        IranPayamak(api_key="k", max_text_length=0)


def test_future_schedule_is_accepted() -> None:
    with MockService(clock=MockClock(NOW)) as mock, mock.client(clock=lambda: NOW) as client:
        client.sms.send_sample("hi", schedule=datetime(2026, 11, 28, 6, 0, tzinfo=UTC))
        assert mock.requests[-1].json()["schedule"] == "2026-11-28 09:30:00"


def test_spec_patterns_do_not_accept_a_trailing_line_break() -> None:
    from iranpayamak._arguments import Arguments

    with pytest.raises(InvalidArgumentError, match="expected form"):
        Arguments(line_number="1").string("123\n", "order_id", pattern="^[0-9]+$")
    assert Arguments(line_number="1").string("123", "order_id", pattern="^[0-9]+$") == "123"


def test_a_real_workbook_passes_the_spreadsheet_check(tmp_path: Path) -> None:
    sheet = tmp_path / "customers.xlsx"
    sheet.write_bytes(workbook([["09121234567"]], header=["mobile"]))
    with MockService() as mock, mock.client() as client:
        client.sms.send_simple_file("جشنواره", sheet)
        client.sms.send_simple_file("جشنواره", io.BytesIO(sheet.read_bytes()))
        assert [m.recipient for m in mock.outbox] == ["09121234567", "09121234567"]
