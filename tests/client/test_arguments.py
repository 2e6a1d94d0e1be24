"""Arguments the review found escaping or misread: line numbers, schedules at the calendar's edges, odd
types, nested values the service would refuse, and secret arguments, which are never quoted and are
held masked in every frame of a traceback."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak import IranPayamak
from iranpayamak.errors import InvalidArgumentError, IranPayamakError
from iranpayamak.testing import MockClock, MockService
from tests import search
from tests.fakes import NOW, FakeService, envelope

EXAMPLES = search.examples(quick=40, slow=400)
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


COST = {"text": "t", "receiver_count": 1, "line_number": "1", "number_format": "english"}
DEEP: list[Any] = []
for _ in range(2000):
    DEEP = [DEEP]


def _sent_line(client: Any, service: FakeService, **arguments: Any) -> str:
    client.sms.send_sample("hi", **arguments)
    return str(service.json_bodies()[-1]["line_number"])


def _refused(call: Any, field: str) -> InvalidArgumentError:
    with pytest.raises(InvalidArgumentError) as caught:
        call()
    assert caught.value.field == field
    assert str(caught.value).startswith(field)
    return caught.value


# --- Line numbers ------------------------------------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(line=st.integers(min_value=1, max_value=10**14), spaces=st.lists(st.integers(0, 12), max_size=3))
def test_a_positive_line_is_sent_as_its_digits_in_any_spelling(line: int, spaces: list[int]) -> None:
    digits = str(line)
    spelled = digits.translate(PERSIAN)
    for at in spaces:  # spaces and a ZWNJ inside, as pasted from a chat
        at = min(at, len(spelled))
        spelled = f"{spelled[:at]} \u200c{spelled[at:]}"
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    assert _sent_line(client, service, line_number=spelled) == digits
    assert _sent_line(client, service, line_number=line) == digits


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    line=st.one_of(
        st.integers(max_value=0),
        st.integers(min_value=1, max_value=10**12).map(lambda n: f"-{n}"),
        st.integers(min_value=1, max_value=10**12).map(lambda n: f"+98 {n}"),
        st.integers(min_value=1, max_value=10**12).map(lambda n: f"+{n}"),
        st.sampled_from(["", " ", "0", "000", "۰", "\u200c", "-", "+", "1" * 21]),
    )
)
def test_signs_country_codes_zero_and_empty_lines_are_refused(line: int | str) -> None:
    # Before: -3000505 was sent as 3000505, "+98 3000505" as 983000505, and 0 or "" as the shared line.
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    _refused(lambda: client.sms.send_sample("hi", line_number=line), "line_number")
    _refused(lambda: IranPayamak(api_key="k", line_number=line), "line_number")
    assert service.requests == []


def test_the_country_code_error_says_what_to_give_instead() -> None:
    error = _refused(lambda: IranPayamak(api_key="k", line_number="+98 3000505"), "line_number")
    assert "3000505" in error.reason and "+98" in error.reason


def test_only_a_missing_line_falls_back_to_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IRANPAYAMAK_LINE_NUMBER", "3000505")
    assert IranPayamak(api_key="k").line_number == "3000505"
    assert IranPayamak(api_key="k", line_number=None).line_number == "3000505"
    _refused(lambda: IranPayamak(api_key="k", line_number=0), "line_number")
    _refused(lambda: IranPayamak(api_key="k", line_number=""), "line_number")


# --- Schedules at the ends of the calendar -----------------------------------------------------------

offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    moment=st.one_of(
        st.datetimes(min_value=datetime(9999, 12, 30), timezones=st.none() | offsets),
        st.datetimes(max_value=datetime(1, 1, 2), timezones=st.none() | offsets),
    )
)
def test_schedules_near_year_1_and_9999_are_refused_or_sent_never_crash(moment: datetime) -> None:
    # Before: an aware datetime near 9999 raised OverflowError from inside the conversion.
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    try:
        client.sms.send_sample("hi", schedule=moment)
    except InvalidArgumentError as error:
        assert error.field == "schedule"
        assert service.requests == []
    else:
        assert moment.year == 9999  # only a far-future time can be sent, as its Tehran wall-clock text
        assert service.json_bodies()[0]["schedule"].startswith("9999-")


# --- Odd types and values, all refused before a request ---------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.sms.send_simple("hi", selected_phone_books=5), "selected_phone_books"),
        (lambda c: c.voice.upload("/tmp/a\x00b.mp3"), "file"),
        (lambda c: c.phonebook.contacts(search="x" * 1_000_000).page(), "search"),
        (lambda c: c.account.lines(search="س" * 20_000), "search"),
        (lambda c: c.patterns.get("c" * 100_000), "code"),
        (lambda c: c.reports.send_request(10**5000), "send_request_id"),
        (lambda c: c.reports.send_request(2**63), "send_request_id"),
        (lambda c: c.reports.inbox().page(10**30), "page"),
        (lambda c: c.phonebook.create("t", attributes=["1", 2]), "attributes[0]"),
        (lambda c: c.voice.send(1, selected_phone_books=[{"id": 1, "offset": float("inf"), "limit": 5}]), "sel"),
        (lambda c: c.phonebook.add_contact(1, "09121234567", attributes=[{"attribute_id": -1, "value": "x"}]), "att"),
        (lambda c: c.patterns.create("%a%", None, False, "x.ir", 1, [{"var": True, "type": "int", "length": 1}]), "v"),
        (lambda c: c.reference.calculate_cost(dict(COST, text={})), "request"),
        (lambda c: c.sms.send_sample("hi", number_format=DEEP), "number_format"),
        (lambda c: c.panel.register("09121234567", email="not an address"), "email"),
        (lambda c: c.account.charge_wallet(1000, redirect_url="not a url"), "redirect_url"),
    ],
    ids=[
        "selected_phone_books=5",
        "a path with NUL",
        "a 1 MB search",
        "a search too long for a URL",
        "a path parameter too long for a URL",
        "a 5000-digit id",
        "an id beyond 64 bits",
        "a page beyond 64 bits",
        "text in a list of ids",
        "infinity inside a phonebook slice",
        "a negative id inside a contact",
        "a boolean inside a pattern variable",
        "a mapping where the cost request has text",
        "a list nested 2,000 deep as an enum",
        "an email that is not one",
        "a URL that is not one",
    ],
)
def test_odd_arguments_are_refused_before_sending(call: Any, field: str) -> None:
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    with pytest.raises(InvalidArgumentError) as caught:
        call(client)
    assert caught.value.field is not None and caught.value.field.startswith(field)
    assert service.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.sms.send_simple_bulk("hi", ["09121234567"], on_progress=5), "on_progress"),
        (lambda c: c.sms.send_simple("hi", ["09121234567"], skip_invalid="no"), "skip_invalid"),
        (lambda c: c.phonebook.upsert_contacts(1, [{"mobile": "09121234567"}], on_progress="bar"), "on_progress"),
    ],
    ids=["a number as on_progress", "text as skip_invalid", "text as a contact import's on_progress"],
)
def test_bulk_options_are_checked_before_the_first_request(call: Any, field: str) -> None:
    # Before: the first chunk was sent, then calling 5 as a function raised TypeError; "no" read as True.
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    _refused(lambda: call(client), field)
    assert service.requests == []


def test_skipped_inputs_of_any_kind_are_reported_not_crashed_on() -> None:
    # Before: with skip_invalid, a 5,000-digit number stopped the send with a ValueError from str().
    service = FakeService(envelope(1, code=201))
    result = service.ergonomic(IranPayamak).sms.send_simple_bulk(
        "hi", ["09121234567", 10**5000, None], skip_invalid=True
    )
    assert result.send_request_ids == [1]
    assert [rejected.input for rejected in result.invalid] == ["a whole number of about 5001 digits", "None"]


def test_a_bad_save_to_is_refused_before_the_download(tmp_path: Any) -> None:
    # Before: the file was downloaded (a request, a charge of the service's time), then writing it failed.
    service = FakeService(envelope(1))
    client = service.ergonomic(IranPayamak)
    for target in (tmp_path / "missing-folder" / "x.xlsx", tmp_path, "a\x00b", 42):
        with pytest.raises(InvalidArgumentError) as caught:
            client.phonebook.sample_workbook(1, save_to=target)
        assert caught.value.field == "save_to"
    assert service.requests == []


def test_a_send_variables_value_that_is_missing_or_not_text_is_refused() -> None:
    # Before: {"name": None} was sent (the mock refused it; the service would write "None").
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    for value in (None, {"a": 1}, [1], 1.5, True):
        recipients = [{"mobile": "09121234567", "name": "Sara"}, {"mobile": "09351234567", "name": value}]
        with pytest.raises(InvalidArgumentError) as caught:
            client.sms.send_variables("سلام %name%", recipients)
        assert caught.value.field == "recipients[1].name"
        assert "09351234567" in str(caught.value)  # the recipient, by number as well as by place
    assert service.requests == []
    client.sms.send_variables("کد %code%", [{"mobile": "09121234567", "code": 4821}])
    assert service.json_bodies()[0]["recipients"] == [{"mobile": "09121234567", "code": "4821"}]


# --- Client settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"timeout": "30"}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": 10**400}, "timeout"),
        ({"clock": 5}, "clock"),
        ({"clock": lambda: "now"}, "clock"),
        ({"clock": lambda: datetime(2030, 1, 1)}, "clock"),
        ({"retry_policy": "fast"}, "retry_policy"),
        ({"http_client": object()}, "http_client"),
        ({"base_url": 5}, "base_url"),
        ({"base_url": ""}, "base_url"),
        ({"max_retries": 2**64}, "max_retries"),
    ],
)
def test_bad_settings_are_refused_when_the_client_is_made(settings: dict[str, Any], field: str) -> None:
    _refused(lambda: IranPayamak(api_key="k", **settings), field)


@pytest.mark.parametrize("key", [5, 5.0, b"key", ["key"]])
def test_an_api_key_that_is_not_text_is_a_configuration_error(key: Any) -> None:
    from iranpayamak.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="api_key"):
        IranPayamak(api_key=key)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"timeout": "x"}, "timeout"), ({"max_retries": -1}, "max_retries"), ({"retry_non_idempotent": 1}, "ret")],
)
def test_with_options_checks_its_settings_as_the_constructor_does(changes: dict[str, Any], field: str) -> None:
    client = IranPayamak(api_key="k")
    with pytest.raises(InvalidArgumentError) as caught:
        client.with_options(**changes)
    assert caught.value.field is not None and caught.value.field.startswith(field)


# --- Secret arguments ----------------------------------------------------------------------------------

# Text that shows up nowhere unless a secret leaked: a marker and at least one non-digit.
secrets_ = st.text(min_size=1, max_size=30).map(lambda text: f"S3cr3t-{text}")


def _locals_shown(error: BaseException) -> str:
    """Every local of every frame of the traceback below the test's own, as ``pytest -l`` and error
    trackers show them (the test's frames hold the secret it passed, of course)."""
    shown = []
    for frame, _ in traceback.walk_tb(error.__traceback__):
        if "/tests/" in frame.f_code.co_filename:
            continue
        for name, value in frame.f_locals.items():
            try:
                shown.append(f"{name}={value!r}")
            except Exception:  # a local that cannot be shown shows nothing
                continue
    return "\n".join(shown)


def _everything_about(error: BaseException) -> str:
    """The error and those chained to it, as they are printed and logged, and the locals of the client's
    frames."""
    parts, pending, seen = [], [error], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        parts += ["".join(traceback.format_exception_only(current)), repr(current.args), _locals_shown(current)]
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
    return "\n".join(parts)


@settings(max_examples=EXAMPLES, deadline=None)
@given(secret=secrets_)
def test_a_two_factor_code_is_never_quoted_nor_shown_in_locals(secret: str) -> None:
    # Before: "code: 'S3cr3t-...' does not have the expected form (^[0-9]+$)".
    client = IranPayamak(api_key="k")
    with pytest.raises(InvalidArgumentError) as caught:
        client.panel.verify_two_factor("a-challenge-token", secret)
    assert caught.value.field == "code"
    assert secret not in _everything_about(caught.value)


@settings(max_examples=search.examples(quick=10, slow=100), deadline=None)
@given(secret=secrets_)
def test_passwords_and_tokens_are_masked_in_every_frame(secret: str) -> None:
    client = IranPayamak(api_key="k")
    failures: list[BaseException] = []
    for call in (
        lambda: client.panel.login("user", secret + "\x00"),  # refused: NUL
        lambda: client.panel.verify_two_factor(secret + "\ud800", "123456"),  # refused: surrogate
        lambda: client.panel.register("bad number", password=secret),  # refused: the mobile, not the password
        lambda: client.otp.send("bad number", "mockOtp001", code=secret),
    ):
        with pytest.raises(InvalidArgumentError) as caught:
            call()
        failures.append(caught.value)
    for error in failures:
        assert secret not in _everything_about(error)


def test_secrets_are_masked_in_frames_when_the_service_refuses_them() -> None:
    with MockService(clock=MockClock(NOW)) as mock, mock.client(max_retries=0) as client:
        for call in (
            lambda: client.panel.login("someone", "S3cr3t-password"),
            lambda: client.panel.verify_two_factor("S3cr3t-token", "987654321"),
        ):
            with pytest.raises(IranPayamakError) as caught:
                call()
            shown = _everything_about(caught.value)
            assert "S3cr3t" not in shown and "987654321" not in shown


def test_a_sent_code_is_a_secret_yet_its_text_is_there() -> None:
    with MockService(clock=MockClock(NOW)) as mock, mock.client() as client:
        sent = client.otp.send("09121234567", "mockOtp001", code="4821")
        assert sent.code == "4821" and f"{sent.code}" == "4821"
        assert "4821" not in repr(sent) and repr(sent.code) == "'****'"
        assert mock.outbox[-1].text.endswith("4821")
        generated = client.otp.send("09351234567", "mockOtp001")
        assert generated.code not in repr(generated) and repr(generated.code) == "'****'"


def test_the_method_frame_holds_the_password_masked() -> None:
    # The parameter itself is rebound to a Secret on the method's first line, so a dump of the frame's
    # locals (Sentry-style local capture) shows '****' whatever the method does next.
    seen: dict[str, str] = {}

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if event == "return" and frame.f_code.co_name == "login":
            seen["password"] = repr(frame.f_locals.get("password"))
        return tracer

    client = IranPayamak(api_key="k")
    sys.settrace(tracer)
    try:
        with pytest.raises(InvalidArgumentError):
            client.panel.login("", "S3cr3t-password")  # refused for the empty username, after the rebinding
    finally:
        sys.settrace(None)
    assert seen == {"password": "'****'"}


def test_a_future_schedule_from_an_aware_datetime_is_still_sent() -> None:
    service = FakeService(envelope(1, code=201))
    client = service.ergonomic(IranPayamak)
    client.sms.send_sample("hi", schedule=datetime(2026, 11, 28, 6, 0, tzinfo=UTC))
    assert service.json_bodies()[0]["schedule"] == "2026-11-28 09:30:00"


def test_pure_checks_need_no_client_defaults() -> None:
    # Settings and the CLI check values with the module's functions; only conversions that fall back to a
    # client default (line, number format, clock, text limit) need an Arguments, which also carries the
    # client's sending state (pattern checks and idempotency settings, shared by its namespaces).
    import attrs

    from iranpayamak import _arguments

    assert [field.name for field in attrs.fields(_arguments.Arguments)] == [
        "line_number",
        "number_format",
        "clock",
        "chunk_size",
        "max_text_length",
        "page_size",
        "sending",
    ]
    assert _arguments.integer(5, "n", minimum=1) == 5
    with pytest.raises(InvalidArgumentError, match="chunk_size: must be at least 1"):
        IranPayamak(api_key="k", chunk_size=0)
    args = _arguments.Arguments(line_number="3000505")
    assert args.integer is _arguments.integer and args.model is _arguments.model


def test_mobile_paths_are_keys_with_an_ellipsis_for_each_item() -> None:
    from iranpayamak import _arguments
    from iranpayamak_api.models import Peer

    data = {"text": "x", "recipients": ["+98 912 123 4567", "۰۹۳۵۱۲۳۴۵۶۷"]}
    peer = _arguments.model(Peer, data, "peers[0]", (("recipients", ...),))
    assert peer.to_dict()["recipients"] == ["09121234567", "09351234567"]
    with pytest.raises(InvalidArgumentError) as caught:
        _arguments.model(Peer, {"text": "x", "recipients": ["0912", "09121234567"]}, "peers[0]", (("recipients", ...),))
    assert caught.value.field == "peers[0].recipients[0]"
