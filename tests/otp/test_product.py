"""Issue 19: rate limits on caller keys, the daily budget, the prefix rule, operator lists, the
lifecycle calls (status, cancel, check), events, and test numbers; each in both services on both
stores (``both``), and the races on one Redis shared by two services.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import redis
import redis.asyncio

from iranpayamak.errors import (
    APIError,
    InvalidArgumentError,
    InvalidPhoneNumber,
    OtpBudgetError,
    OtpCooldownError,
    OtpLockedError,
    OtpRateLimitError,
    ServerError,
)
from iranpayamak.otp import (
    AsyncOtpService,
    AsyncRedisStore,
    LogEvents,
    OtpCounters,
    OtpEvent,
    OtpService,
    PrefixBurst,
    RateLimit,
    RedisStore,
    fan_out,
)
from iranpayamak.testing import MockService

from .both import Both
from .conftest import MOBILE, PATTERN, SECRET, START, FakeClock, RedisServer

HOUR = 3600
IP = "203.0.113.77"
NUMBERS = [f"0912000{n:04d}" for n in range(40)]
IRANCELL = "09351112233"

Make = Callable[..., Both]


def _refused_by(error: BaseException, secret: str) -> None:
    """A refusal never shows the rate key's value: not in the message, the repr or the notes."""
    assert secret not in str(error) and secret not in repr(error)
    assert secret not in "".join(getattr(error, "__notes__", []))


# --- Rate limits on caller keys --------------------------------------------------------------------------


def test_a_rate_limit_refuses_beyond_its_count_naming_the_kind(both: Make, clock: FakeClock, mock: MockService) -> None:
    otp = both(rate_limits=[RateLimit("ip", 3, per=timedelta(hours=1)), RateLimit("ip", 5, per=timedelta(days=1))])
    for number in NUMBERS[:3]:
        otp.issue(number, rate_keys={"ip": IP})
    with pytest.raises(OtpRateLimitError) as refused:
        otp.issue(NUMBERS[3], rate_keys={"ip": IP})
    assert refused.value.key_kind == "ip" and refused.value.retry_after == HOUR
    assert refused.value.mobile == NUMBERS[3]
    _refused_by(refused.value, IP)
    assert len(mock.outbox) == 3
    otp.issue(NUMBERS[3], rate_keys={"ip": "198.51.100.1"})  # another address has its own count
    clock.advance(HOUR)
    otp.issue(NUMBERS[4], rate_keys={"ip": IP})
    otp.issue(NUMBERS[5], rate_keys={"ip": IP})  # 5 today
    with pytest.raises(OtpRateLimitError) as daily:
        otp.issue(NUMBERS[6], rate_keys={"ip": IP})
    assert daily.value.retry_after == 86400 - HOUR  # the day's window, the longer wait


def test_several_kinds_each_count_and_the_per_number_cap_is_kind_mobile(both: Make) -> None:
    otp = both(
        rate_limits=[RateLimit("ip", 10, per=HOUR), RateLimit("user", 1, per=HOUR)],
        per_number_hourly_cap=1,
        resend_cooldown=[0],
        cooldown_reset=60,
    )
    otp.issue(NUMBERS[0], rate_keys={"ip": IP, "user": "u1"})
    with pytest.raises(OtpRateLimitError) as by_user:
        otp.issue(NUMBERS[1], rate_keys={"ip": IP, "user": "u1"})
    assert by_user.value.key_kind == "user"
    with pytest.raises(OtpRateLimitError) as by_number:
        otp.issue(NUMBERS[0], rate_keys={"ip": IP, "user": "u2"})
    assert by_number.value.key_kind == "mobile"
    # The user's refusal gave the IP's share back: 9 more fit under the IP's 10.
    for i, number in enumerate(NUMBERS[2:11]):
        otp.issue(number, rate_keys={"ip": IP, "user": f"user{i}"})
    with pytest.raises(OtpRateLimitError) as by_ip:
        otp.issue(NUMBERS[11], rate_keys={"ip": IP, "user": "another"})
    assert by_ip.value.key_kind == "ip"


@pytest.mark.parametrize(
    "rate_keys",
    [None, {}, {"user": "u"}, {"ip": IP, "user": "u"}, {"ip": ""}, {"ip": None}, {"ip": 1.5}, ["ip"]],
)
def test_rate_keys_must_give_exactly_the_configured_kinds(both: Make, mock: MockService, rate_keys: Any) -> None:
    otp = both(rate_limits=[RateLimit("ip", 3, per=HOUR)])
    with pytest.raises(InvalidArgumentError) as refused:
        otp.issue(MOBILE, rate_keys=rate_keys)
    assert refused.value.field is not None and refused.value.field.startswith("rate_keys")
    assert IP not in str(refused.value)
    assert mock.requests == []


def test_a_send_that_certainly_failed_gives_the_rate_share_back_one_that_may_have_gone_out_keeps_it(
    both: Make, mock: MockService
) -> None:
    otp = both(rate_limits=[RateLimit("ip", 2, per=HOUR)])
    mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(APIError):
        otp.issue(NUMBERS[0], rate_keys={"ip": IP})
    mock.faults.add(operation="send_pattern", status=503, times=1)
    with pytest.raises(ServerError):
        otp.issue(NUMBERS[1], rate_keys={"ip": IP})
    otp.issue(NUMBERS[2], rate_keys={"ip": IP})  # the 422 did not count, the 503 did
    with pytest.raises(OtpRateLimitError):
        otp.issue(NUMBERS[3], rate_keys={"ip": IP})


def test_rate_keys_are_stored_hashed(both: Make) -> None:
    otp = both(rate_limits=[RateLimit("ip", 3, per=HOUR)])
    otp.issue(MOBILE, rate_keys={"ip": IP})
    store = otp.service.store
    raw = store.raw() if hasattr(store, "raw") else None
    if raw is not None:
        assert all(IP not in key and IP not in value for key, value in raw.items())
        assert any(key.startswith("rate:") for key in raw)


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"rate_limits": [("ip", 3, 60)]}, "rate_limits[0]"),
        ({"rate_limits": "ip"}, "rate_limits"),
        ({"daily_budget": 0}, "daily_budget"),
        ({"prefix_burst": 3}, "prefix_burst"),
        ({"allowed_operators": ["vodafone"]}, "allowed_operators"),
        ({"denied_operators": "mci"}, "denied_operators"),
        ({"events": "log"}, "events"),
    ],
)
def test_bad_product_settings_fail_when_the_service_is_made(settings: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        OtpService(object(), pattern=PATTERN, secret=SECRET, **settings)  # type: ignore[arg-type]
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: RateLimit("IP address", 3, per=60), "kind"),
        (lambda: RateLimit("ip", 0, per=60), "limit"),
        (lambda: RateLimit("ip", 3, per=0), "per"),
        (lambda: RateLimit("ip", True, per=60), "limit"),
        (lambda: PrefixBurst(digits=3, numbers=5, per=60), "digits"),
        (lambda: PrefixBurst(digits=8, numbers=5, per=timedelta(days=400)), "per"),
    ],
)
def test_limits_are_checked_when_made(make: Callable[[], object], field: str) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        make()
    assert refused.value.field == field


# --- The daily budget ------------------------------------------------------------------------------------


def test_the_daily_budget_refuses_with_its_own_error_until_the_next_utc_day(
    both: Make, clock: FakeClock, mock: MockService
) -> None:
    otp = both(daily_budget=2)
    mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(APIError):
        otp.issue(NUMBERS[0])  # certainly not sent: not spent
    otp.issue(NUMBERS[1])
    otp.issue(NUMBERS[2])
    with pytest.raises(OtpBudgetError) as spent:
        otp.issue(NUMBERS[3])
    assert not isinstance(spent.value, OtpRateLimitError)
    assert spent.value.retry_after == 16 * HOUR  # START is 08:00 UTC
    clock.advance(16 * HOUR)
    otp.issue(NUMBERS[3])


def test_a_budget_share_that_was_never_settled_counts_as_a_send(both: Make, clock: FakeClock) -> None:
    # A server that died mid-send leaves its share pending; after the send window it counts as spent.
    otp = both(daily_budget=1, send_window=30)
    attempt = otp.service.policy.start_issue(MOBILE, "login")
    (hold,) = attempt.holds
    otp.update(hold.key, hold.reserve(clock.now.timestamp()))  # ... and its server dies
    with pytest.raises(OtpBudgetError):
        otp.issue(NUMBERS[1])
    clock.advance(31)
    with pytest.raises(OtpBudgetError):
        otp.issue(NUMBERS[1])


# --- The prefix rule and operators -------------------------------------------------------------------------


def test_many_numbers_under_one_prefix_are_refused(both: Make, clock: FakeClock) -> None:
    otp = both(prefix_burst=PrefixBurst(digits=8, numbers=3, per=timedelta(minutes=10)))
    for number in NUMBERS[:3]:  # 09120000xxx: one 8-digit prefix
        otp.issue(number)
    with pytest.raises(OtpRateLimitError) as refused:
        otp.issue(NUMBERS[3])
    assert refused.value.key_kind == "prefix" and refused.value.retry_after == 600
    otp.issue(NUMBERS[0], purpose="reset")  # a number already counted is not a new one
    otp.issue("09131234567")  # another prefix
    clock.advance(600)
    otp.issue(NUMBERS[3])


@pytest.mark.parametrize(
    "settings",
    [{"allowed_operators": ["mci"]}, {"denied_operators": ["irancell"]}, {"allowed_operators": []}],
)
def test_operator_lists_refuse_before_anything_is_sent(both: Make, mock: MockService, settings: dict[str, Any]) -> None:
    otp = both(**settings)
    with pytest.raises(InvalidPhoneNumber) as refused:
        otp.issue(IRANCELL)
    assert refused.value.field == "mobile" and IRANCELL not in str(refused.value)
    assert mock.requests == []
    if settings.get("allowed_operators") != []:
        otp.issue(MOBILE)  # MCI


# --- Lifecycle: status, cancel, check ------------------------------------------------------------------------


def test_status_follows_a_code_through_its_life(both: Make, clock: FakeClock) -> None:
    otp = both(max_attempts=3)
    none = otp.status(MOBILE)
    assert (none.state, none.expires_at, none.attempts_left, none.resend_available_at) == ("none", None, 3, START)
    code = otp.issue(MOBILE).code
    pending = otp.status("+98 912 123 4567")
    assert (pending.state, pending.expires_at) == ("pending", START + timedelta(seconds=120))
    assert pending.resend_available_at == START + timedelta(seconds=60)
    assert otp.verify(MOBILE, "0000") is False
    assert otp.status(MOBILE).attempts_left == 2
    assert otp.verify(MOBILE, code) is True
    assert otp.status(MOBILE).state == "verified"
    clock.advance(300)
    assert otp.status(MOBILE).state == "none"  # the ending is remembered for a ttl
    otp.issue(MOBILE)
    clock.advance(120)
    assert otp.status(MOBILE).state == "expired"
    clock.advance(1000)
    otp.issue(MOBILE)
    for _ in range(3):
        otp.verify(MOBILE, "0000")
    locked = otp.status(MOBILE)
    assert (locked.state, locked.attempts_left) == ("locked", 0)
    assert locked.resend_available_at == clock.now + timedelta(seconds=900)


def test_cancel_revokes_the_live_code_only(both: Make, mock: MockService) -> None:
    otp = both()
    assert otp.cancel(MOBILE) is False
    code = otp.issue(MOBILE).code
    assert otp.cancel(MOBILE, purpose="reset") is False  # another purpose's code is another code
    assert otp.cancel(MOBILE) is True
    assert otp.cancel(MOBILE) is False
    result = otp.check(MOBILE, code)
    assert (result.ok, result.reason) == (False, "no_code")
    assert otp.status(MOBILE).state == "none"
    with pytest.raises(OtpCooldownError):  # the cooldown still holds
        otp.issue(MOBILE)
    assert len(mock.outbox) == 1


def test_check_says_why(both: Make, clock: FakeClock) -> None:
    otp = both(max_attempts=2, lockout=300)
    assert otp.check(MOBILE, "1234").reason == "no_code"
    code = otp.issue(MOBILE).code
    wrong = otp.check(MOBILE, "0000")
    assert (wrong.ok, wrong.reason, wrong.attempts_left, wrong.retry_after) == (False, "wrong", 1, None)
    assert otp.check(MOBILE, "  ").attempts_left == 1  # nothing entered: not counted
    right = otp.check(MOBILE, code)
    assert (right.ok, right.reason, right.attempts_left) == (True, None, 2)
    assert otp.check(MOBILE, code).reason == "used"
    clock.advance(3600)
    code = otp.issue(MOBILE).code
    clock.advance(120)
    assert otp.check(MOBILE, code).reason == "expired"
    clock.advance(3600)
    otp.issue(MOBILE)
    otp.check(MOBILE, "0000")
    locking = otp.check(MOBILE, "0000")
    assert (locking.ok, locking.reason, locking.attempts_left, locking.retry_after) == (False, "locked", 0, 300)
    clock.advance(100)
    locked = otp.check(MOBILE, "0000")
    assert (locked.reason, locked.retry_after) == ("locked", 200)
    with pytest.raises(OtpLockedError):  # verify() keeps raising while locked
        otp.verify(MOBILE, "0000")


# --- Events ----------------------------------------------------------------------------------------------------


def test_events_tell_the_story_without_a_code(both: Make, mock: MockService, clock: FakeClock) -> None:
    seen: list[OtpEvent] = []
    otp = both(events=seen.append, max_attempts=2, rate_limits=[RateLimit("ip", 3, per=HOUR)])
    code = otp.issue(MOBILE, rate_keys={"ip": IP}).code
    with pytest.raises(OtpCooldownError):
        otp.issue(MOBILE, rate_keys={"ip": IP})
    otp.verify(MOBILE, "0000")
    otp.verify(MOBILE, code)
    mock.faults.add(operation="send_pattern", status=503, times=1)
    with pytest.raises(ServerError):
        otp.issue(NUMBERS[0], rate_keys={"ip": IP})
    mock.faults.add(operation="send_pattern", status=422, times=1)
    with pytest.raises(APIError):
        otp.issue(NUMBERS[1], rate_keys={"ip": IP})
    otp.issue(NUMBERS[2], rate_keys={"ip": IP})
    with pytest.raises(OtpRateLimitError):
        otp.issue(NUMBERS[3], rate_keys={"ip": IP})
    for _ in range(2):
        otp.verify(NUMBERS[2], "0000")
    with pytest.raises(OtpLockedError):
        otp.verify(NUMBERS[2], "0000")
    assert [(event.kind, event.reason, event.key_kind) for event in seen] == [
        ("sent", None, None),
        ("issued", None, None),
        ("refused", "cooldown", None),
        ("wrong_code", None, None),
        ("verified", None, None),
        ("send_uncertain", None, None),
        ("send_failed", None, None),
        ("sent", None, None),
        ("issued", None, None),
        ("refused", "rate_limit", "ip"),
        ("wrong_code", None, None),
        ("wrong_code", None, None),
        ("locked", None, None),
        ("refused", "locked", None),
    ]
    assert {event.mobile for event in seen} >= {"0912***4567", "0912***0002"}
    assert all(event.at == START and event.purpose == "login" for event in seen)
    assert code is not None and not any(code in repr(event) or IP in repr(event) for event in seen)


def test_a_failing_sink_never_breaks_issue_or_verify(both: Make, caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: OtpEvent) -> None:
        raise RuntimeError("the metrics backend is down")

    otp = both(events=broken)
    with caplog.at_level(logging.WARNING, logger="iranpayamak.otp"):
        code = otp.issue(MOBILE).code
        assert otp.verify(MOBILE, code) is True
        assert otp.cancel(MOBILE) is False
    assert "event sink failed" in caplog.text


def test_the_ready_sinks_log_and_count(both: Make, caplog: pytest.LogCaptureFixture) -> None:
    counters = OtpCounters()
    otp = both(events=fan_out(LogEvents(), counters), daily_budget=2)
    assert counters.conversion_rate() is None
    with caplog.at_level(logging.INFO, logger="iranpayamak.otp"):
        otp.verify(MOBILE, otp.issue(MOBILE).code)
        otp.issue(NUMBERS[0], purpose="reset")
        with pytest.raises(OtpBudgetError):
            otp.issue(NUMBERS[1])
    assert counters.count("issued") == 2 and counters.count("verified", "login") == 1
    assert counters.conversion_rate("login") == 1.0 and counters.conversion_rate() == 0.5
    assert counters.count("refused:budget") == 1
    assert counters.snapshot()["reset"] == {"issued": 1, "sent": 1}
    assert "OTP issued for 0912***4567 ('login')" in caplog.text
    (budget,) = [record for record in caplog.records if "budget" in record.getMessage()]
    assert budget.levelno == logging.ERROR


# --- Test numbers ---------------------------------------------------------------------------------------------------


def test_a_test_number_gets_no_sms_and_its_fixed_code_under_every_rule(both: Make, mock: MockService) -> None:
    seen: list[OtpEvent] = []
    otp = both(test_numbers={"0912 000 0000": "246810"}, events=seen.append, max_attempts=2)
    issued = otp.issue("09120000000")
    assert (issued.send_request_id, issued.code) == (0, "246810")
    assert mock.requests == [] and mock.outbox == []
    assert [event.kind for event in seen] == ["test_number", "issued"]
    with pytest.raises(OtpCooldownError):  # the cooldown applies
        otp.issue("09120000000")
    assert otp.verify("09120000000", "۲۴۶۸۱۰") is True
    assert otp.verify("09120000000", "246810") is False  # used
    otp.issue(MOBILE)
    assert len(mock.outbox) == 1  # other numbers are sent to as always


def test_a_test_number_is_locked_out_like_any_other(both: Make, clock: FakeClock) -> None:
    otp = both(test_numbers={"09120000000": "246810"}, max_attempts=2)
    otp.issue("09120000000")
    otp.verify("09120000000", "111111")
    otp.verify("09120000000", "111111")
    with pytest.raises(OtpLockedError):
        otp.verify("09120000000", "246810")


@pytest.mark.parametrize("code", ["123", "12345678901", "12ab56", "۱۲۳۴۵۶", 123456, None])
def test_a_fixed_code_must_be_4_to_10_digits_and_is_never_quoted(code: Any) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        OtpService(object(), pattern=PATTERN, secret=SECRET, test_numbers={"09120000000": code})  # type: ignore[arg-type]
    assert refused.value.field == "test_numbers['09120000000']"
    assert str(code) not in str(refused.value)


def test_test_numbers_are_off_unless_configured(both: Make, mock: MockService) -> None:
    otp = both()
    otp.issue("09120000000")
    assert len(mock.outbox) == 1
    assert "test_numbers" not in repr(otp.service.settings)


# --- Races on one Redis --------------------------------------------------------------------------------------------


def _two_servers(mock: MockService, port: int, **settings: Any) -> list[OtpService]:
    clients = [mock.client(max_retries=0) for _ in range(2)]
    return [
        OtpService(client, pattern=PATTERN, store=RedisStore(redis.Redis(port=port)), secret=SECRET, **settings)
        for client in clients
    ]


def _at_once(calls: list[Callable[[], object]]) -> list[object]:
    barrier = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait(timeout=60)
        try:
            outcomes[index] = calls[index]()
        except Exception as error:
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


@pytest.mark.parametrize("rounds", [3])
def test_two_servers_on_one_redis_refuse_the_11th_issue_from_an_ip_exactly_once(
    redis_server: RedisServer, mock: MockService, rounds: int
) -> None:
    for round_number in range(rounds):
        with redis.Redis(port=redis_server.port) as flush:
            flush.flushdb()
        servers = _two_servers(mock, redis_server.port, rate_limits=[RateLimit("ip", 10, per=HOUR)])
        calls = [
            (lambda s=servers[i % 2], n=NUMBERS[i]: s.issue(n, rate_keys={"ip": IP}))  # type: ignore[misc]
            for i in range(11)
        ]
        outcomes = _at_once(calls)
        refused = [o for o in outcomes if isinstance(o, OtpRateLimitError)]
        assert len(refused) == 1, (round_number, outcomes)
        assert sum(not isinstance(o, Exception) for o in outcomes) == 10


def test_two_servers_on_one_redis_keep_the_budget(redis_server: RedisServer, mock: MockService) -> None:
    with redis.Redis(port=redis_server.port) as flush:
        flush.flushdb()
    servers = _two_servers(mock, redis_server.port, daily_budget=5)
    outcomes = _at_once([(lambda s=servers[i % 2], n=NUMBERS[i]: s.issue(n)) for i in range(8)])  # type: ignore[misc]
    assert sum(isinstance(o, OtpBudgetError) for o in outcomes) == 3, outcomes
    assert len(mock.outbox) == 5


def test_two_async_servers_on_one_redis_refuse_the_11th_issue_exactly_once(
    redis_server: RedisServer, mock: MockService
) -> None:
    async def main() -> list[object]:
        connection = redis.asyncio.Redis(port=redis_server.port)
        await connection.flushdb()
        clients = [mock.async_client(max_retries=0) for _ in range(2)]
        servers = [
            AsyncOtpService(
                client,
                pattern=PATTERN,
                store=AsyncRedisStore(redis.asyncio.Redis(port=redis_server.port)),
                secret=SECRET,
                rate_limits=[RateLimit("ip", 10, per=HOUR)],
            )
            for client in clients
        ]
        tasks = [servers[i % 2].issue(NUMBERS[i], rate_keys={"ip": IP}) for i in range(11)]
        outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        for server in servers:
            await server.client.close()
            await server.store.redis.aclose()  # type: ignore[attr-defined]
        await connection.aclose()
        return list(outcomes)

    outcomes = asyncio.run(main())
    assert sum(isinstance(o, OtpRateLimitError) for o in outcomes) == 1, outcomes
    assert sum(not isinstance(o, BaseException) for o in outcomes) == 10
