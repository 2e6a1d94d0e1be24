"""The OTP service's behaviour, run once on ``MemoryStore`` and once on ``RedisStore`` (a real redis-server).

Time is the injected ``FakeClock``; nothing here sleeps.
"""

from __future__ import annotations

import hmac
import json
import re
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from iranpayamak import IranPayamak
from iranpayamak.errors import (
    APIConnectionError,
    APIError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    NotFoundError,
    OtpCooldownError,
    OtpError,
    OtpLockedError,
    OtpRateLimitError,
    OtpStoreError,
    ResponseParseError,
    ServerError,
)
from iranpayamak.otp import Issued, OtpService, OtpStore
from iranpayamak.testing import MockService

from .conftest import MOBILE, PATTERN, SECRET, START, FakeClock, FlakyStore, during_send, raw_values

OTHER = "09351234567"


def wrong(code: str) -> str:
    """A code of the same length that is certainly not ``code``."""
    return "1" * len(code) if code != "1" * len(code) else "2" * len(code)


def issue_code(service: OtpService, mobile: str = MOBILE, purpose: str = "login") -> str:
    code = service.issue(mobile, purpose).code
    assert code is not None
    return code


# --- Issue and verify ----------------------------------------------------------------------------


def test_issue_sends_a_code_that_verifies_once(service: OtpService, mock: MockService) -> None:
    issued = service.issue("+98 912 123 4567")
    assert issued.mobile == MOBILE and issued.purpose == "login"
    assert issued.expires_at == START + timedelta(seconds=120)
    assert issued.resend_available_at == START + timedelta(seconds=60)
    assert isinstance(issued.send_request_id, int)
    code = issued.code
    assert code is not None and len(code) == 6 and code.isdigit()
    assert mock.outbox[-1].recipient == MOBILE
    assert mock.outbox[-1].text == f"کد ورود شما: {code}"
    assert service.verify(MOBILE, code) is True
    assert service.verify(MOBILE, code) is False  # used up: a replay fails


def test_the_code_is_only_given_back_when_asked_for(make_service: Callable[..., OtpService], mock: MockService) -> None:
    service = make_service(expose_codes=False)
    issued = service.issue(MOBILE)
    assert issued.code is None
    code = mock.outbox[-1].text.rsplit(" ", 1)[-1]
    assert code not in repr(issued)
    assert service.verify(MOBILE, code) is True


def test_the_code_is_hidden_in_repr(service: OtpService) -> None:
    issued = service.issue(MOBILE)
    assert issued.code is not None and issued.code not in repr(issued)
    assert "'******'" in repr(issued)


def test_numbers_and_codes_are_read_in_any_spelling(service: OtpService) -> None:
    code = issue_code(service, "۰۹۱۲ ۱۲۳ ۴۵۶۷")
    persian = code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert service.verify("+989121234567", f" {persian[:3]} {persian[3:]} ") is True


def test_length_and_variable_are_passed_to_the_send(make_service: Callable[..., OtpService], mock: MockService) -> None:
    service = make_service(length=4)
    code = issue_code(service)
    assert len(code) == 4
    assert json.loads(mock.requests[-1].body)["attributes"] == {"code": code}


def test_numbers_are_independent(service: OtpService) -> None:
    first, second = issue_code(service, MOBILE), issue_code(service, OTHER)
    if first != second:
        assert service.verify(OTHER, first) is False
    assert service.verify(MOBILE, first) is True
    assert service.verify(OTHER, second) is True


def test_purposes_are_isolated(service: OtpService) -> None:
    login = issue_code(service, purpose="login")
    reset = issue_code(service, purpose="reset-password")  # its own cooldown: no wait
    if login != reset:
        assert service.verify(MOBILE, login, purpose="reset-password") is False
    # Locking one purpose out leaves the other alone.
    for _ in range(5):
        assert service.verify(MOBILE, wrong(login), purpose="login") is False
    with pytest.raises(OtpLockedError):
        service.verify(MOBILE, login, purpose="login")
    assert service.verify(MOBILE, reset, purpose="reset-password") is True


def test_a_new_code_replaces_the_old_one(service: OtpService, clock: FakeClock) -> None:
    old = issue_code(service)
    clock.advance(60)
    new = issue_code(service)
    if old != new:
        assert service.verify(MOBILE, old) is False
    assert service.verify(MOBILE, new) is True


# --- Expiry ----------------------------------------------------------------------------------------


def test_a_code_works_until_it_expires(service: OtpService, clock: FakeClock) -> None:
    code = issue_code(service)
    clock.advance(119.999)
    assert service.verify(MOBILE, code) is True


def test_an_expired_code_fails(make_service: Callable[..., OtpService], clock: FakeClock) -> None:
    service = make_service(ttl=timedelta(minutes=5))
    code = issue_code(service)
    clock.advance(300)
    assert service.verify(MOBILE, code) is False
    # Guessing at an expired code is not counted: there is nothing left to guess.
    for _ in range(10):
        assert service.verify(MOBILE, code) is False


def test_verify_without_a_code_fails(service: OtpService) -> None:
    assert service.verify(MOBILE, "123456") is False


# --- Attempts and lockout --------------------------------------------------------------------------


def test_wrong_codes_lock_the_number_out_after_max_attempts(service: OtpService, clock: FakeClock) -> None:
    code = issue_code(service)
    for _ in range(5):
        assert service.verify(MOBILE, wrong(code)) is False
    with pytest.raises(OtpLockedError) as locked:
        service.verify(MOBILE, code)  # even the right code, while locked out
    assert (locked.value.retry_after, locked.value.mobile, locked.value.purpose) == (900, MOBILE, "login")
    with pytest.raises(OtpLockedError) as refused:
        service.issue(MOBILE)
    assert refused.value.retry_after == 900
    clock.advance(899.5)
    with pytest.raises(OtpLockedError) as almost:
        service.issue(MOBILE)
    assert almost.value.retry_after == 1
    clock.advance(0.5)
    # The lockout voided the old code; a new one works.
    assert service.verify(MOBILE, code) is False
    fresh = issue_code(service)
    assert service.verify(MOBILE, fresh) is True


def test_max_attempts_and_lockout_are_settings(make_service: Callable[..., OtpService], clock: FakeClock) -> None:
    service = make_service(max_attempts=2, lockout=timedelta(minutes=1))
    code = issue_code(service)
    assert service.verify(MOBILE, wrong(code)) is False
    assert service.verify(MOBILE, wrong(code)) is False
    with pytest.raises(OtpLockedError) as locked:
        service.verify(MOBILE, code)
    assert locked.value.retry_after == 60
    clock.advance(60)
    assert service.verify(MOBILE, issue_code(service)) is True


def test_a_right_code_clears_the_wrong_attempts(service: OtpService) -> None:
    code = issue_code(service)
    for _ in range(4):
        assert service.verify(MOBILE, wrong(code)) is False
    assert service.verify(MOBILE, code) is True
    code = issue_code(service)  # a verified code ends the cooldown streak: no wait
    for _ in range(4):
        assert service.verify(MOBILE, wrong(code)) is False
    assert service.verify(MOBILE, code) is True


def test_resending_does_not_clear_the_wrong_attempts(service: OtpService, clock: FakeClock) -> None:
    code = issue_code(service)
    for _ in range(4):
        assert service.verify(MOBILE, wrong(code)) is False
    clock.advance(60)
    code = issue_code(service)
    assert service.verify(MOBILE, wrong(code)) is False
    with pytest.raises(OtpLockedError):
        service.verify(MOBILE, code)


def test_garbage_counts_as_a_wrong_code(service: OtpService) -> None:
    code = issue_code(service)
    for entered in ["abc", "1" * 500, code + "0", "12-34-5x", "٤٨٣"]:
        assert service.verify(MOBILE, entered) is False
    with pytest.raises(OtpLockedError):  # the five were counted: locked out
        service.verify(MOBILE, code)


def test_an_empty_code_is_not_counted(service: OtpService) -> None:
    code = issue_code(service)
    for _ in range(3):
        for entered in ["", "   ", "\t-\n", " \u200c "]:
            assert service.verify(MOBILE, entered) is False
    for _ in range(4):
        assert service.verify(MOBILE, wrong(code)) is False
    assert service.verify(MOBILE, code) is True  # 4 wrong codes: not yet locked


def test_verify_compares_in_constant_time(service: OtpService, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    code = issue_code(service)
    assert service.verify(MOBILE, wrong(code)) is False
    assert service.verify(MOBILE, code) is True
    # Each check went through compare_digest, with two whole SHA-256 digests.
    assert len(calls) == 2 and all(len(a) == len(b) == 64 for a, b in calls)
    assert calls[1][0] == calls[1][1] and calls[0][0] != calls[0][1]


# --- Cooldown and cap ------------------------------------------------------------------------------


def test_resend_cooldown_escalates_60_300_900_3600(service: OtpService, clock: FakeClock) -> None:
    for wait in [60, 300, 900, 3600, 3600]:
        issued = service.issue(MOBILE)
        assert issued.resend_available_at == clock.now + timedelta(seconds=wait)
        with pytest.raises(OtpCooldownError) as refused:
            service.issue(MOBILE)
        assert (refused.value.retry_after, refused.value.mobile, refused.value.purpose) == (wait, MOBILE, "login")
        clock.advance(wait - 1)
        with pytest.raises(OtpCooldownError) as almost:
            service.issue(MOBILE)
        assert almost.value.retry_after == 1
        clock.advance(1)


def test_a_verified_code_ends_the_streak(service: OtpService, clock: FakeClock) -> None:
    service.issue(MOBILE)
    clock.advance(60)
    code = issue_code(service)  # the second in a row: the next would wait 300 s
    assert service.verify(MOBILE, code) is True
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=60)


def test_a_quiet_day_ends_the_streak(service: OtpService, clock: FakeClock) -> None:
    service.issue(MOBILE)
    clock.advance(60)
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=300)
    clock.advance(timedelta(hours=24).total_seconds())
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=60)


def test_custom_cooldowns(make_service: Callable[..., OtpService], clock: FakeClock) -> None:
    service = make_service(resend_cooldown=[timedelta(seconds=30), 90])
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=30)
    clock.advance(30)
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=90)
    clock.advance(90)
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=90)


def test_the_hourly_cap_counts_every_purpose_of_a_number(
    make_service: Callable[..., OtpService], clock: FakeClock
) -> None:
    service = make_service(resend_cooldown=[0], per_number_hourly_cap=3)
    service.issue(MOBILE, "login")
    clock.advance(10)
    service.issue(MOBILE, "signup")
    clock.advance(10)
    issued = service.issue(MOBILE, "login")
    assert issued.resend_available_at == START + timedelta(hours=1)
    clock.advance(10)
    for purpose in ["login", "reset-password"]:
        with pytest.raises(OtpRateLimitError) as capped:
            service.issue(MOBILE, purpose)
        assert capped.value.retry_after == 3600 - 30
    issue_code(service, OTHER)  # other numbers are not affected
    clock.now = START + timedelta(hours=1)
    service.issue(MOBILE)  # the first send has left the window
    with pytest.raises(OtpRateLimitError) as capped_again:
        service.issue(MOBILE)
    assert capped_again.value.retry_after == 10


def test_the_longest_wait_is_the_one_reported(make_service: Callable[..., OtpService], clock: FakeClock) -> None:
    service = make_service(resend_cooldown=[0, 600], per_number_hourly_cap=2)
    service.issue(MOBILE)
    clock.advance(1)
    service.issue(MOBILE)  # the cap (3599 s) and the cooldown (600 s) both apply now
    with pytest.raises(OtpRateLimitError) as refused:
        service.issue(MOBILE)
    assert refused.value.retry_after == 3599


def test_no_cap(make_service: Callable[..., OtpService], clock: FakeClock) -> None:
    service = make_service(resend_cooldown=[0], per_number_hourly_cap=None)
    for _ in range(12):
        service.issue(MOBILE)
        clock.advance(1)


def test_the_refusals_are_otp_errors(service: OtpService) -> None:
    service.issue(MOBILE)
    with pytest.raises(OtpError, match=r"try again in 60 s"):
        service.issue(MOBILE)


def test_refusals_mask_the_number_in_their_message(service: OtpService) -> None:
    code = issue_code(service)
    with pytest.raises(OtpCooldownError) as refused:
        service.issue(MOBILE)
    for _ in range(5):
        service.verify(MOBILE, wrong(code))
    with pytest.raises(OtpLockedError) as locked:
        service.verify(MOBILE, code)
    for error in (refused.value, locked.value):
        assert "0912***4567" in str(error) and MOBILE not in str(error)
        assert error.mobile == MOBILE  # the attribute keeps the whole number


# --- Sends in progress -------------------------------------------------------------------------------


@pytest.mark.parametrize(("window", "expected"), [(90, 90), (30, 60)])
def test_a_send_in_progress_is_refused_for_the_longer_of_cooldown_and_send_window(
    make_service: Callable[..., OtpService],
    client: IranPayamak,
    monkeypatch: pytest.MonkeyPatch,
    window: int,
    expected: int,
) -> None:
    service = make_service(send_window=window)
    refusals: list[int] = []

    def meanwhile() -> None:
        with pytest.raises(OtpCooldownError) as refused:
            service.issue(MOBILE)
        refusals.append(refused.value.retry_after)

    during_send(monkeypatch, client, meanwhile)
    service.issue(MOBILE)
    assert refusals == [expected]


def test_with_no_cooldown_a_send_in_progress_still_keeps_other_servers_out(
    make_service: Callable[..., OtpService], client: IranPayamak, mock: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = (make_service(resend_cooldown=[0], send_window=45) for _ in range(2))

    def meanwhile() -> None:
        with pytest.raises(OtpCooldownError) as refused:
            second.issue(MOBILE)
        assert refused.value.retry_after == 45

    during_send(monkeypatch, client, meanwhile)
    first.issue(MOBILE)
    assert len(mock.outbox) == 1
    second.issue(MOBILE)  # once the first send is over, no wait at all
    assert len(mock.outbox) == 2


def test_sends_in_progress_count_against_the_hourly_cap(
    make_service: Callable[..., OtpService], client: IranPayamak, mock: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(per_number_hourly_cap=1)

    def meanwhile() -> None:
        for purpose in ["signup", "reset-password"]:
            with pytest.raises(OtpRateLimitError):
                service.issue(MOBILE, purpose)

    during_send(monkeypatch, client, meanwhile)
    service.issue(MOBILE, "login")
    assert len(mock.outbox) == 1


def test_purposes_issued_at_once_send_no_more_than_the_cap(
    make_service: Callable[..., OtpService], mock: MockService
) -> None:
    service = make_service(per_number_hourly_cap=1)
    purposes = iter(["login", "signup", "reset-password"])
    lock = threading.Lock()

    def issue() -> Issued:
        with lock:
            purpose = next(purposes)
        return service.issue(MOBILE, purpose)

    outcomes = _in_threads(3, issue)
    assert sum(isinstance(outcome, Issued) for outcome in outcomes) == 1, outcomes
    assert sum(isinstance(outcome, OtpRateLimitError) for outcome in outcomes) == 2, outcomes
    assert len(mock.outbox) == 1


def test_the_hourly_count_is_never_trimmed_below_the_truth(
    make_service: Callable[..., OtpService], clock: FakeClock
) -> None:
    generous = make_service(resend_cooldown=[0], per_number_hourly_cap=5)
    for _ in range(3):
        generous.issue(MOBILE)
        clock.advance(1)
    strict = make_service(resend_cooldown=[0], per_number_hourly_cap=2)
    with pytest.raises(OtpRateLimitError):
        strict.issue(MOBILE)
    assert strict.verify(MOBILE, "000000") is False  # a write under the lower cap keeps all three sends
    with pytest.raises(OtpRateLimitError):
        make_service(resend_cooldown=[0], per_number_hourly_cap=3).issue(MOBILE)


def test_a_reservation_of_a_crashed_process_lapses_after_the_send_window(
    make_service: Callable[..., OtpService], store: OtpStore, clock: FakeClock
) -> None:
    service = make_service(send_window=200)
    crashed = service.policy.start_issue(MOBILE, "login")
    store.update(crashed.key, crashed.reserve(service.policy.now()))  # reserved; then the process died
    with pytest.raises(OtpCooldownError) as refused:
        service.issue(MOBILE)
    assert refused.value.retry_after == 200  # the rest of the window, not just the cooldown
    clock.advance(150)
    with pytest.raises(OtpCooldownError) as later:
        service.issue(MOBILE)
    assert later.value.retry_after == 60  # the cooldown the send would start, if it succeeded
    clock.advance(50)
    issued = service.issue(MOBILE)  # lapsed; and nothing was counted for it
    assert issued.resend_available_at == clock.now + timedelta(seconds=60)


def test_a_lockout_during_the_send_voids_the_code_being_sent(
    make_service: Callable[..., OtpService],
    client: IranPayamak,
    mock: MockService,
    clock: FakeClock,
    store: OtpStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = make_service(resend_cooldown=[0])
    old = issue_code(service)

    def meanwhile() -> None:
        for _ in range(5):
            assert service.verify(MOBILE, wrong(old)) is False

    during_send(monkeypatch, client, meanwhile)
    with pytest.raises(OtpLockedError) as locked:
        service.issue(MOBILE)
    assert locked.value.retry_after == 900
    assert all("digest" not in value for value in raw_values(store).values())
    sent = mock.outbox[-1].text.rsplit(" ", 1)[-1]
    clock.advance(900)
    assert service.verify(MOBILE, sent) is False  # it was never stored
    assert service.verify(MOBILE, issue_code(service)) is True


# --- Clocks ----------------------------------------------------------------------------------------------


def test_times_are_real_durations_across_a_dst_change(make_service: Callable[..., OtpService]) -> None:
    # Berlin moves its clocks from 02:00 to 03:00 that night: two hours after 01:30 is 04:30 local time.
    now = datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    service = make_service(clock=lambda: now, ttl=timedelta(hours=2), resend_cooldown=[timedelta(hours=3)])
    issued = service.issue(MOBILE)
    assert issued.expires_at.timestamp() - now.timestamp() == 2 * 3600
    assert issued.resend_available_at.timestamp() - now.timestamp() == 3 * 3600
    assert issued.expires_at.utcoffset() == timedelta(0)


# --- Failed sends ------------------------------------------------------------------------------------

# Answers showing that the service did not send: it refused the request.
CERTAINLY_NOT_SENT = [400, 401, 404, 422, 429]
# Failures after which the SMS may have gone out: a 5xx, a connection cut after sending, a broken body.
MAYBE_SENT = [{"status": 503}, {"drop": True}, {"malformed": True}]


@pytest.mark.parametrize("status", CERTAINLY_NOT_SENT)
def test_a_send_that_certainly_failed_stores_nothing_and_starts_no_cooldown(
    service: OtpService, mock: MockService, store: OtpStore, status: int
) -> None:
    mock.faults.add(operation="send_pattern", status=status, times=1)
    with pytest.raises(APIError):
        service.issue(MOBILE)
    assert mock.outbox == [] and raw_values(store) == {}  # the reservation was given back
    code = issue_code(service)  # at once: the failure started no cooldown
    assert service.verify(MOBILE, code) is True


def test_a_send_that_could_not_connect_stores_nothing(make_service: Callable[..., OtpService], store: OtpStore) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with IranPayamak(api_key="k", base_url=url, max_retries=0, allow_insecure_http=True) as unreachable:
        service = OtpService(unreachable, pattern=PATTERN, store=store, secret=SECRET)
        with pytest.raises(APIConnectionError) as failed:
            service.issue(MOBILE)
    assert failed.value.may_have_reached_service is False
    assert raw_values(store) == {}
    make_service().issue(MOBILE)  # at once


@pytest.mark.parametrize("fault", MAYBE_SENT, ids=["503", "drop", "malformed"])
def test_a_send_that_may_have_gone_out_starts_the_cooldown_but_stores_no_code(
    service: OtpService, mock: MockService, store: OtpStore, clock: FakeClock, fault: dict[str, Any]
) -> None:
    mock.faults.add(operation="send_pattern", times=1, **fault)
    with pytest.raises((ServerError, APIConnectionError, ResponseParseError)):
        service.issue(MOBILE)
    (value,) = raw_values(store).values()
    record = json.loads(value)
    assert record["sent"] == [START.timestamp()]  # counted against the hourly cap
    assert record["purposes"]["login"] == {"streak": 1, "last_sent": START.timestamp()}  # no code, no reservation
    with pytest.raises(OtpCooldownError) as refused:
        service.issue(MOBILE)
    assert refused.value.retry_after == 60
    for message in mock.outbox:  # if it did go out, its code does not work
        assert service.verify(MOBILE, message.text.rsplit(" ", 1)[-1]) is False
    clock.advance(60)
    assert service.issue(MOBILE).resend_available_at == clock.now + timedelta(seconds=300)  # the 2nd in a row


def test_a_failed_resend_that_may_have_gone_out_keeps_the_previous_code(
    service: OtpService, mock: MockService, clock: FakeClock
) -> None:
    code = issue_code(service)
    clock.advance(60)
    mock.faults.add(operation="send_pattern", status=503, times=1)
    with pytest.raises(ServerError):
        service.issue(MOBILE)
    with pytest.raises(OtpCooldownError) as refused:
        service.issue(MOBILE)
    assert refused.value.retry_after == 300  # it counted as the second code in a row
    assert service.verify(MOBILE, code) is True  # no new code was stored: the previous one still works


def test_a_failed_resend_that_certainly_failed_changes_nothing(
    service: OtpService, mock: MockService, clock: FakeClock, store: OtpStore
) -> None:
    code = issue_code(service)
    clock.advance(60)
    before = raw_values(store)
    mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(APIError):
        service.issue(MOBILE)
    assert raw_values(store) == before
    assert service.verify(MOBILE, code) is True


def test_an_unapproved_pattern_fails_and_stores_nothing(
    make_service: Callable[..., OtpService], store: OtpStore, mock: MockService
) -> None:
    with pytest.raises(NotFoundError):
        make_service(pattern="NoSuchPattern").issue(MOBILE)
    assert raw_values(store) == {} and mock.outbox == []
    service = make_service()
    code = issue_code(service)  # at once
    assert service.verify(MOBILE, code) is True


@pytest.mark.parametrize(("status", "kind"), [(422, APIError), (503, ServerError)])
def test_if_the_store_fails_after_a_failed_send_the_send_error_is_raised(
    client: IranPayamak, mock: MockService, store: OtpStore, status: int, kind: type[Exception]
) -> None:
    flaky = FlakyStore(store, fail_on=2)  # the reservation works; giving it back or recording the send fails
    service = OtpService(client, pattern=PATTERN, store=flaky, secret=SECRET)
    mock.faults.add(operation="send_pattern", status=status, times=1)
    with pytest.raises(kind) as failed:
        service.issue(MOBILE)
    assert isinstance(failed.value.__context__, OtpStoreError)
    assert any("OTP store failed" in note for note in failed.value.__notes__)


# --- What is stored ----------------------------------------------------------------------------------


def test_codes_are_never_stored_in_plain_text(service: OtpService, store: OtpStore, clock: FakeClock) -> None:
    codes = [issue_code(service, MOBILE, "login"), issue_code(service, MOBILE, "signup"), issue_code(service, OTHER)]
    stored = raw_values(store)
    assert len(stored) == 2  # one key per number
    for code in codes:
        assert all(code not in f"{key}{value}" for key, value in stored.items())
    for value in stored.values():
        for challenge in json.loads(value)["purposes"].values():
            assert re.fullmatch(r"[0-9a-f]{64}", challenge["digest"])
            assert re.fullmatch(r"[0-9a-f]{32}", challenge["salt"])
            assert set(challenge) <= {"digest", "salt", "expires", "attempts", "streak", "last_sent"}
    salts = {challenge["salt"] for value in stored.values() for challenge in json.loads(value)["purposes"].values()}
    assert len(salts) == 3  # a salt per code


def test_the_secret_is_part_of_the_hash(make_service: Callable[..., OtpService]) -> None:
    peppered = make_service(secret="app secret")
    code = issue_code(peppered)
    other = make_service(secret=b"another secret")
    assert other.verify(MOBILE, code) is False
    assert peppered.verify(MOBILE, code) is True


def test_verified_numbers_leave_little_behind(service: OtpService, store: OtpStore, clock: FakeClock) -> None:
    assert service.verify(MOBILE, issue_code(service)) is True
    stored = raw_values(store)
    # The hourly count, and for a ttl that the code was used (so check() can say "used"): no hash.
    used = {"login": {"ended": "used", "ended_until": (clock.now.timestamp() + 120)}}
    assert [json.loads(value)["purposes"] for value in stored.values()] == [used]
    assert service.check(MOBILE, "000000").reason == "used"
    clock.advance(120)
    assert service.check(MOBILE, "000000").reason == "no_code"  # forgotten after the ttl


# --- Validation before the network -------------------------------------------------------------------


@pytest.mark.parametrize("mobile", ["02188776655", "0912123456", "hello", ""])
def test_an_invalid_number_is_refused_before_anything_is_sent(
    service: OtpService, mock: MockService, store: OtpStore, mobile: str
) -> None:
    with pytest.raises(InvalidPhoneNumber) as refused:
        service.issue(mobile)
    assert refused.value.field == "mobile"
    with pytest.raises(InvalidPhoneNumber):
        service.verify(mobile, "123456")
    assert mock.requests == [] and raw_values(store) == {}


@pytest.mark.parametrize(
    ("purpose", "field"), [("", "purpose"), ("  ", "purpose"), ("x" * 65, "purpose"), (3, "purpose")]
)
def test_an_invalid_purpose_is_refused(service: OtpService, mock: MockService, purpose: Any, field: str) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        service.issue(MOBILE, purpose)
    assert refused.value.field == field
    with pytest.raises(InvalidArgumentError):
        service.verify(MOBILE, "123456", purpose)
    assert mock.requests == []


def test_a_code_that_is_not_text_is_a_programming_error(service: OtpService) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        service.verify(MOBILE, 123456)  # type: ignore[arg-type]
    assert refused.value.field == "code"


def test_a_naive_clock_is_refused(make_service: Callable[..., OtpService], mock: MockService) -> None:
    service = make_service(clock=lambda: START.replace(tzinfo=None))
    with pytest.raises(InvalidArgumentError) as refused:
        service.issue(MOBILE)
    assert refused.value.field == "clock"
    assert mock.requests == []


# --- Concurrency within one store ---------------------------------------------------------------------


def test_concurrent_issues_for_one_number_send_one_code(service: OtpService, mock: MockService) -> None:
    outcomes = _in_threads(8, lambda: service.issue(MOBILE))
    assert sum(isinstance(outcome, Issued) for outcome in outcomes) == 1
    assert all(isinstance(outcome, Issued | OtpCooldownError) for outcome in outcomes)
    assert len(mock.outbox) == 1


def test_concurrent_wrong_codes_are_all_counted(service: OtpService) -> None:
    code = issue_code(service)
    outcomes = _in_threads(12, lambda: service.verify(MOBILE, wrong(code)))
    assert outcomes.count(False) == 5  # exactly max_attempts were counted; then the lockout
    assert sum(isinstance(outcome, OtpLockedError) for outcome in outcomes) == 7


def test_concurrent_right_codes_succeed_once(service: OtpService) -> None:
    code = issue_code(service)
    outcomes = _in_threads(12, lambda: service.verify(MOBILE, code))
    assert outcomes.count(True) == 1 and outcomes.count(False) == 11


def _in_threads(count: int, call: Callable[[], object]) -> list[object]:
    barrier = threading.Barrier(count)
    outcomes: list[object] = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[index] = call()
        except (OtpError, threading.BrokenBarrierError) as error:
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    stuck = [thread.name for thread in threads if thread.is_alive()]
    assert not stuck, f"threads did not finish within 60 s: {stuck}"
    return outcomes
