"""Settings are checked when a service is made; codes are hashed, never kept; imports stay light."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from datetime import timedelta
from typing import Any, get_type_hints

import attrs
import httpx
import pytest
import redis

import iranpayamak.otp
from iranpayamak import errors
from iranpayamak.errors import InvalidArgumentError, IranPayamakError
from iranpayamak.otp import (
    DEFAULT_RESEND_COOLDOWN,
    DEFAULT_SEND_WINDOW,
    AsyncMemoryStore,
    AsyncOtpService,
    AsyncRedisStore,
    Issued,
    MemoryStore,
    OtpOptions,
    OtpPolicy,
    OtpSent,
    OtpService,
    OtpSettings,
    RedisStore,
    check_code,
    default_send_window,
    generate_code,
    hash_code,
)
from iranpayamak.otp.codes import codes_match, new_salt, normalize_entered_code
from iranpayamak.testing import MockService

from .conftest import MOBILE, PATTERN, SECRET, START, FlakyStore, RedisServer


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"pattern": ""}, "pattern"),
        ({"pattern": None}, "pattern"),
        ({"ttl": 0}, "ttl"),
        ({"ttl": -5}, "ttl"),
        ({"ttl": timedelta(0)}, "ttl"),
        ({"ttl": float("inf")}, "ttl"),
        ({"ttl": "120"}, "ttl"),
        ({"length": 3}, "length"),
        ({"length": 11}, "length"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"max_attempts": True}, "max_attempts"),
        ({"max_attempts": 2.5}, "max_attempts"),
        ({"resend_cooldown": []}, "resend_cooldown"),
        ({"resend_cooldown": 60}, "resend_cooldown"),
        ({"resend_cooldown": "60"}, "resend_cooldown"),
        ({"resend_cooldown": [60, -1]}, "resend_cooldown[1]"),
        ({"lockout": 0}, "lockout"),
        ({"per_number_hourly_cap": 0}, "per_number_hourly_cap"),
        ({"cooldown_reset": 0}, "cooldown_reset"),
        ({"cooldown_reset": 600}, "cooldown_reset"),  # shorter than the 3600 s cooldown
        ({"variable": ""}, "variable"),
        ({"secret": 42}, "secret"),
        ({"secret": ""}, "secret"),
        ({"secret": b""}, "secret"),
        ({"clock": "now"}, "clock"),
        ({"expose_codes": "yes"}, "expose_codes"),
        ({"send_window": 0}, "send_window"),
        ({"send_window": "60"}, "send_window"),
        ({"send_window": float("nan")}, "send_window"),
        ({"line_number": "not a line"}, "line_number"),
        ({"line_number": 3.5}, "line_number"),
        ({"number_format": "klingon"}, "number_format"),
    ],
)
def test_bad_settings_name_the_field(settings: dict[str, Any], field: str) -> None:
    options = {"pattern": PATTERN, **settings}
    for service in (OtpService, AsyncOtpService):
        with pytest.raises(InvalidArgumentError) as refused:
            service(object(), **options)  # type: ignore[arg-type]
        assert refused.value.field == field, refused.value


@pytest.mark.parametrize("service_class", [OtpService, AsyncOtpService])
def test_the_pattern_is_a_visible_required_argument(service_class: type[OtpService] | type[AsyncOtpService]) -> None:
    parameter = inspect.signature(service_class).parameters["pattern"]
    assert parameter.default is inspect.Parameter.empty
    assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    missing = re.escape(f"{service_class.__name__}.__init__() missing 1 required positional argument: 'pattern'")
    with pytest.raises(TypeError, match=f"^{missing}$"):
        service_class(object())  # type: ignore[call-arg]
    assert service_class(object(), PATTERN).settings.pattern == PATTERN  # type: ignore[arg-type]


def test_the_defaults() -> None:
    service = OtpService(object(), pattern=PATTERN)  # type: ignore[arg-type]
    settings = service.settings
    assert (settings.ttl, settings.length, settings.max_attempts, settings.lockout) == (120, 6, 5, 900)
    assert settings.resend_cooldown == DEFAULT_RESEND_COOLDOWN == (60, 300, 900, 3600)
    assert (settings.per_number_hourly_cap, settings.cooldown_reset, settings.expose_codes) == (5, 86400, False)
    assert (settings.variable, settings.line_number, settings.number_format) == ("code", None, None)
    assert settings.send_window == DEFAULT_SEND_WINDOW == 120  # a client without timeouts to go by
    assert isinstance(settings.secret, bytes) and len(settings.secret) == 32  # the process's random secret
    assert isinstance(service.store, MemoryStore) and service.policy.settings is settings
    assert repr(service) == "OtpService(pattern='mockOtp001', store=MemoryStore)"
    assert "secret" not in repr(settings)


def test_durations_are_timedeltas_or_seconds() -> None:
    service = OtpService(
        object(),  # type: ignore[arg-type]
        pattern=PATTERN,
        ttl=timedelta(minutes=3),
        resend_cooldown=[timedelta(seconds=30), 90.5],
        lockout=60,
        send_window=timedelta(seconds=45),
    )
    settings = service.settings
    assert (settings.ttl, settings.resend_cooldown, settings.lockout, settings.send_window) == (180, (30, 90.5), 60, 45)


def test_the_keyword_arguments_are_the_settings() -> None:
    # OtpOptions types the services' keyword arguments; it must list exactly the fields of OtpSettings.
    assert set(get_type_hints(OtpOptions)) == {field.name for field in attrs.fields(OtpSettings)}


def test_settings_can_be_made_and_shared_directly() -> None:
    settings = OtpSettings(pattern=PATTERN, ttl=timedelta(minutes=3), secret="s", line_number="۳۰۰۰ ۵۰۵")
    assert (settings.ttl, settings.secret, settings.line_number) == (180, b"s", "3000505")
    policy = OtpPolicy(settings)
    assert policy.send_window == DEFAULT_SEND_WINDOW
    with pytest.raises(InvalidArgumentError) as refused:
        OtpPolicy(OtpSettings(pattern=PATTERN))  # a policy alone cannot guess the secret
    assert refused.value.field == "secret"


# --- The secret -----------------------------------------------------------------------------------------


def test_memory_stores_without_a_secret_share_a_random_one_of_the_process(mock: MockService) -> None:
    memory = MemoryStore()
    with mock.client(max_retries=0) as client:
        issuer = OtpService(client, pattern=PATTERN, store=memory, expose_codes=True)
        checker = OtpService(client, pattern=PATTERN, store=memory)
        asynchronous = AsyncOtpService(object(), pattern=PATTERN, store=AsyncMemoryStore(memory))  # type: ignore[arg-type]
        assert issuer.settings.secret == checker.settings.secret == asynchronous.settings.secret
        code = issuer.issue(MOBILE).code
        assert code is not None
        (challenge,) = json.loads(memory.raw()[MOBILE])["purposes"].values()
        unpeppered = hash_code(code, salt=challenge["salt"], mobile=MOBILE, purpose="login")
        assert challenge["digest"] != unpeppered  # a copy of the store alone is not enough to find the code
        assert checker.verify(MOBILE, code) is True


def test_a_shared_store_needs_a_secret(redis_server: RedisServer) -> None:
    with redis_server.client() as connection:
        for service, store in [
            (OtpService, RedisStore(connection)),
            (OtpService, FlakyStore(MemoryStore(), fail_on=0)),  # any store but the memory stores
            (AsyncOtpService, AsyncRedisStore(redis.asyncio.Redis(port=redis_server.port))),
        ]:
            with pytest.raises(InvalidArgumentError) as refused:
                service(object(), pattern=PATTERN, store=store)
            assert refused.value.field == "secret" and "shared" in str(refused.value)
        assert OtpService(object(), pattern=PATTERN, store=RedisStore(connection), secret=SECRET)  # type: ignore[arg-type]


# --- The send window ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client_settings", "window"),
    [
        ({"max_retries": 0}, 1 * (5 + 30) + 30),  # one attempt of connect + read, and the margin
        ({"max_retries": 2}, 3 * (5 + 30) + 2 * 60 + 30),  # and two retries, each after at most 60 s
        ({"max_retries": 0, "timeout": httpx.Timeout(10, connect=2)}, 12 + 30),
        ({"timeout": None}, DEFAULT_SEND_WINDOW),  # nothing bounds a send
        ({"timeout": httpx.Timeout(10, read=None)}, DEFAULT_SEND_WINDOW),
    ],
)
def test_the_send_window_is_derived_from_the_client(
    mock: MockService, client_settings: dict[str, Any], window: float
) -> None:
    with mock.client(**client_settings) as client:
        assert default_send_window(client) == window
        assert OtpService(client, pattern=PATTERN).settings.send_window == window
        assert OtpService(client, pattern=PATTERN, send_window=500).settings.send_window == 500


# --- Passing settings to the send ------------------------------------------------------------------------


def test_line_number_and_number_format_are_passed_to_the_send(mock: MockService) -> None:
    with mock.client(max_retries=0) as client:
        service = OtpService(client, pattern=PATTERN, line_number="3000505", number_format="persian", expose_codes=True)
        code = service.issue(MOBILE).code
        assert code is not None
        body = json.loads(mock.requests[-1].body)
        assert (body["line_number"], body["number_format"]) == ("3000505", "persian")
        message = mock.outbox[-1]
        assert message.line_number == "3000505"
        assert message.text.endswith(code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
        assert service.verify(MOBILE, code) is True
        default = OtpService(client, pattern=PATTERN)
        default.issue("09351234567")
        assert mock.outbox[-1].line_number == client.line_number  # the client's default line


def test_errors_sit_in_the_hierarchy() -> None:
    for name in ["OtpError", "OtpCooldownError", "OtpRateLimitError", "OtpLockedError"]:
        assert name in errors.__all__ and name in (errors.__doc__ or "")
        kind = getattr(errors, name)
        assert issubclass(kind, errors.OtpError) and issubclass(kind, IranPayamakError)
    assert "OtpStoreError" in errors.__all__ and "OtpStoreError" in (errors.__doc__ or "")
    assert issubclass(errors.OtpStoreError, IranPayamakError) and not issubclass(errors.OtpStoreError, errors.OtpError)
    error = errors.OtpCooldownError("wait", retry_after=60, mobile="09121234567", purpose="login")
    assert (error.retry_after, error.mobile, error.purpose, str(error)) == (60, "09121234567", "login", "wait")


def test_issued_never_shows_the_code() -> None:
    issued = Issued(
        expires_at=START,
        resend_available_at=START,
        mobile="09121234567",
        purpose="login",
        send_request_id=1,
        code="483920",
    )
    assert "483920" not in repr(issued) and "483920" not in str(issued)
    assert "code=None" in repr(Issued(START, START, "09121234567", "login", 1))


# --- Codes ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["12a456", "۱۲۳۴۵۶", " 483920"])
def test_a_rejected_code_is_not_echoed(code: str) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        check_code(code)
    assert code.strip() not in str(refused.value) and refused.value.field == "code"


def test_the_old_imports_still_work() -> None:
    sent = OtpSent(code="483920", send_request_id=1, recipient="09121234567")
    assert "483920" not in repr(sent)
    assert len(generate_code(6)) == 6 and check_code("012345") == "012345"
    assert iranpayamak.OtpSent is OtpSent


def test_hashes_are_salted_and_bound_to_number_and_purpose() -> None:
    salt = new_salt()
    base = hash_code("483920", salt=salt, mobile="09121234567", purpose="login")
    assert len(base) == 64 and "483920" not in base
    assert base == hash_code("483920", salt=salt, mobile="09121234567", purpose="login")
    different = [
        hash_code("483921", salt=salt, mobile="09121234567", purpose="login"),
        hash_code("483920", salt=new_salt(), mobile="09121234567", purpose="login"),
        hash_code("483920", salt=salt, mobile="09351234567", purpose="login"),
        hash_code("483920", salt=salt, mobile="09121234567", purpose="signup"),
        hash_code("483920", salt=salt, mobile="09121234567", purpose="login", secret=b"pepper"),
    ]
    assert base not in different and len(set(different)) == len(different)
    assert codes_match(base, base) and not codes_match(base, different[0])


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert codes_match("ab" * 32, "ab" * 32) and calls


@pytest.mark.parametrize(
    ("typed", "read"),
    [("483920", "483920"), (" ۴۸۳ ۹۲۰ ", "483920"), ("٤٨٣-٩٢٠", "483920"), ("48\u200c39\u200f20", "483920")],
)
def test_entered_codes_are_normalized(typed: str, read: str) -> None:
    assert normalize_entered_code(typed) == read


def test_absurdly_long_input_is_cut_short() -> None:
    assert len(normalize_entered_code("1" * 100_000)) == 64


# --- Imports ---------------------------------------------------------------------------------------------


def test_redis_is_only_imported_when_a_redis_store_is_used() -> None:
    script = (
        "import sys, iranpayamak, iranpayamak.otp\n"
        "assert 'redis' not in sys.modules\n"
        "iranpayamak.otp.RedisStore\n"
        "assert 'redis' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    with pytest.raises(AttributeError):
        iranpayamak.otp.NoSuchThing  # noqa: B018


def test_star_import_works_without_redis() -> None:
    script = (
        "import sys\n"
        "sys.modules['redis'] = None  # as if redis-py were not installed\n"
        "from iranpayamak.otp import *\n"
        "assert OtpService and MemoryStore and 'RedisStore' not in globals()\n"
        "import iranpayamak.otp\n"
        "try:\n"
        "    iranpayamak.otp.RedisStore\n"
        "except ImportError as error:\n"
        "    assert 'iranpayamak[redis]' in str(error), error\n"
        "else:\n"
        "    raise AssertionError('RedisStore without redis-py')\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert {"RedisStore", "AsyncRedisStore"} <= set(dir(iranpayamak.otp))
    assert all(hasattr(iranpayamak.otp, name) for name in iranpayamak.otp.__all__)
