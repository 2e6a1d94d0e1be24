"""The settings of ``OtpService`` and ``AsyncOtpService``: one :class:`OtpSettings`, checked once.

The services take these settings as keyword arguments (:class:`OtpOptions` types them) and keep them
as ``service.settings``; :class:`~iranpayamak.otp.OtpPolicy` decides from them. Every default and
every check is here, so a bad setting fails when the service is made, naming the field.

Example::

    settings = OtpSettings(pattern="SJ3FgPrE0C", ttl=timedelta(minutes=3), secret="the app's secret key")
    settings.ttl  # 180.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Required, TypedDict, TypeVar

import httpx
from attrs import field, frozen

from iranpayamak_api import RetryPolicy
from iranpayamak_api.models import NumberFormat

from .._arguments import Arguments, read_all
from ..errors import InvalidArgumentError
from ..phone import MobileOperator, normalize_mobile
from ._checks import invalid as _invalid
from ._checks import seconds as _seconds
from .codes import MAX_CODE_LENGTH, MIN_CODE_LENGTH, check_code, check_length
from .events import EventSink
from .limits import PrefixBurst, RateLimit

__all__ = [
    "DEFAULT_RESEND_COOLDOWN",
    "DEFAULT_SEND_WINDOW",
    "Duration",
    "OtpOptions",
    "OtpSettings",
    "OtpTuning",
    "default_send_window",
    "send_within_window",
]

Duration = timedelta | float | int
"""A length of time: a ``timedelta``, or seconds."""

DEFAULT_RESEND_COOLDOWN: tuple[float, ...] = (60.0, 300.0, 900.0, 3600.0)
"""Seconds to wait before the 2nd, 3rd, 4th and every later code in a row."""

DEFAULT_SEND_WINDOW = 120.0
"""Seconds a send in progress blocks others when the client's timeouts do not bound a send."""

# Added to the sum of the client's timeouts: time spent outside the HTTP requests (the store, the
# event loop, a busy machine) must not let a reservation lapse while its send is still running.
_SEND_WINDOW_MARGIN = 30.0

# Only its checks are used: line numbers and number formats are read as the client reads them.
_ARGUMENTS = Arguments(line_number="")


def _whole_number(value: object, name: str, minimum: int) -> int:
    return _ARGUMENTS.integer(value, name, minimum=minimum)  # within the stores' 64-bit numbers too


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _invalid(name, "must be non-empty text", value)
    return value


# One named converter per field: attrs runs them on construction (and on ``attrs.evolve``), and
# mypy reads each one's parameter type as the type of the field's argument.


def _pattern(value: str) -> str:
    return _text(value, "pattern")


def _variable(value: str) -> str:
    return _text(value, "variable")


def _ttl(value: Duration) -> float:
    return _seconds(value, "ttl")


def _lockout(value: Duration) -> float:
    return _seconds(value, "lockout")


def _cooldown_reset(value: Duration) -> float:
    return _seconds(value, "cooldown_reset")


def _send_window(value: Duration | None) -> float | None:
    return None if value is None else _seconds(value, "send_window")


def _length(value: int) -> int:
    return check_length(_ARGUMENTS.integer(value, "length", minimum=MIN_CODE_LENGTH, maximum=MAX_CODE_LENGTH))


def _max_attempts(value: int) -> int:
    return _whole_number(value, "max_attempts", 1)


def _hourly_cap(value: int | None) -> int | None:
    return None if value is None else _whole_number(value, "per_number_hourly_cap", 1)


def _resend_cooldown(value: Sequence[Duration]) -> tuple[float, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _invalid("resend_cooldown", "must be a list of durations", value)
    if not value:
        raise _invalid("resend_cooldown", "must have at least one duration", value)
    return tuple(_seconds(wait, f"resend_cooldown[{i}]", allow_zero=True) for i, wait in enumerate(value))


def _secret(value: str | bytes | None) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str | bytes):
        raise _invalid("secret", "must be text or bytes", type(value).__name__)
    if not value:
        # Never echo a secret: only its type and emptiness are reported.
        raise InvalidArgumentError("secret: must not be empty", field="secret", reason="empty")
    try:
        return value.encode() if isinstance(value, str) else bytes(value)
    except UnicodeEncodeError:
        raise InvalidArgumentError(
            "secret: contains an unpaired surrogate, which has no UTF-8 encoding", field="secret", reason="unencodable"
        ) from None


def _utc_system_clock() -> datetime:
    return datetime.now(UTC)


def _clock(value: Callable[[], datetime] | None) -> Callable[[], datetime]:
    if value is None:
        return _utc_system_clock
    if not callable(value):
        raise _invalid("clock", "must be a function returning an aware datetime", value)
    return value


def _flag(value: bool) -> bool:
    if not isinstance(value, bool):
        raise _invalid("expose_codes", "must be True or False", value)
    return value


def _line_number(value: str | int | None) -> str | None:
    return None if value is None else _ARGUMENTS.line(value, "line_number")


def _number_format(value: NumberFormat | str | None) -> NumberFormat | None:
    return None if value is None else _ARGUMENTS.enum(NumberFormat, value, "number_format")


def _rate_limits(value: Sequence[RateLimit]) -> tuple[RateLimit, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _invalid("rate_limits", "must be a list of RateLimit", value)
    for i, limit in enumerate(value):
        if not isinstance(limit, RateLimit):
            raise _invalid(f"rate_limits[{i}]", "must be a RateLimit", limit)
    return tuple(value)


def _daily_budget(value: int | None) -> int | None:
    return None if value is None else _whole_number(value, "daily_budget", 1)


def _prefix_burst(value: PrefixBurst | None) -> PrefixBurst | None:
    if value is not None and not isinstance(value, PrefixBurst):
        raise _invalid("prefix_burst", "must be a PrefixBurst or None", value)
    return value


def _operators(value: Iterable[MobileOperator | str] | None, name: str) -> frozenset[MobileOperator] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes):
        raise _invalid(name, "must be a list of operators", value)
    operators = set()
    known = [operator.value for operator in MobileOperator]
    for item in read_all(value, name, expected="a list of operators"):
        # Compared as text, not MobileOperator(item): that would put the item's repr in its own error.
        if not isinstance(item, str) or item not in known:
            raise _invalid(name, f"must name operators ({', '.join(known)})", item)
        operators.add(MobileOperator(item))
    return frozenset(operators)


def _allowed_operators(value: Iterable[MobileOperator | str] | None) -> frozenset[MobileOperator] | None:
    return _operators(value, "allowed_operators")


def _denied_operators(value: Iterable[MobileOperator | str] | None) -> frozenset[MobileOperator] | None:
    return _operators(value, "denied_operators")


def _test_numbers(value: Mapping[str, str] | None) -> Mapping[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _invalid("test_numbers", "must map numbers to their fixed codes", value)
    try:
        pairs = list(value.items())
    except Exception as error:  # a mapping that cannot be read is refused, not left to fail later
        reason = f"could not be read: {type(error).__name__} was raised"
        raise InvalidArgumentError(f"test_numbers: {reason}", field="test_numbers", reason=reason) from error
    numbers: dict[str, str] = {}
    for number, code in pairs:
        normalized = normalize_mobile(number, field="test_numbers")
        try:
            numbers[normalized] = check_code(code)
        except InvalidArgumentError as error:  # the code is never quoted: it lets anyone log in
            raise InvalidArgumentError(
                f"test_numbers[{normalized!r}]: {error.reason} (a fixed code is 4 to 10 Latin digits)",
                field=f"test_numbers[{normalized!r}]",
                reason=error.reason,
            ) from None
    return numbers


def _events(value: EventSink | None) -> EventSink | None:
    if value is not None and not callable(value):
        raise _invalid("events", "must be a callable taking an OtpEvent", value)
    return value


@frozen(kw_only=True)
class OtpSettings:
    """The checked settings of an OTP service; made from the services' keyword arguments.

    Attributes:
        pattern: An approved pattern with a variable for the code.
        ttl: Seconds a code works.
        length: Digits per code, 4 to 10.
        max_attempts: Wrong codes in a row that lock the number out for the purpose.
        resend_cooldown: Seconds to wait before the 2nd, 3rd, ... code in a row; the last applies from
            then on. 0 is allowed (no wait), and still only one send per number and purpose runs at a time.
        lockout: Seconds a lockout lasts.
        per_number_hourly_cap: Codes a number may get in any hour, all purposes together, counting
            sends in progress; None for no cap.
        cooldown_reset: Seconds without a code after which a number starts again at the first cooldown
            (as does one that verified a code). At least the longest cooldown.
        send_window: Seconds a send in progress keeps other sends to the number and purpose out. It only
            matters when a process dies mid-send (its reservation lapses after this long), and it must
            exceed the longest a send can take, retries included, or a slow send could overlap another.
            None: derived from the client (:func:`default_send_window`).
        variable: The pattern variable the code fills.
        secret: A pepper mixed into every hash (bytes), kept outside the store; hidden in ``repr``.
            None: the service picks one (see :class:`~iranpayamak.otp.OtpService`).
        clock: Returns the current time as an aware ``datetime``.
        expose_codes: Put the code in ``Issued.code`` (for tests only).
        line_number: The sender line of the codes; the client's default when None.
        number_format: ``english`` or ``persian`` digits in the SMS; the client's default when None.
        rate_limits: Limits on caller-supplied keys (:class:`~iranpayamak.otp.RateLimit`); every kind
            named here must be given to each issue in ``rate_keys``.
        daily_budget: Codes sent per UTC day over all numbers; None for no budget.
        prefix_burst: The pumping rule (:class:`~iranpayamak.otp.PrefixBurst`); None for none.
        allowed_operators: Only numbers of these operators get codes (``mobile_operator``); None: all.
        denied_operators: Numbers of these operators get no code; None: none denied.
        test_numbers: Numbers that get no SMS and accept a fixed code (4 to 10 digits), for app-store
            review and QA; every other rule applies to them. Empty unless configured; hidden in ``repr``.
        events: Where events go (:mod:`iranpayamak.otp.events`); None for nowhere.

    Raises:
        InvalidArgumentError: a setting is out of range; ``field`` names it.

    Example::

        OtpSettings(pattern="SJ3FgPrE0C", resend_cooldown=[30, 120], per_number_hourly_cap=None)
    """

    pattern: str = field(converter=_pattern)
    ttl: float = field(default=120.0, converter=_ttl)
    length: int = field(default=6, converter=_length)
    max_attempts: int = field(default=5, converter=_max_attempts)
    resend_cooldown: tuple[float, ...] = field(default=DEFAULT_RESEND_COOLDOWN, converter=_resend_cooldown)
    lockout: float = field(default=900.0, converter=_lockout)
    per_number_hourly_cap: int | None = field(default=5, converter=_hourly_cap)
    cooldown_reset: float = field(default=86400.0, converter=_cooldown_reset)
    send_window: float | None = field(default=None, converter=_send_window)
    variable: str = field(default="code", converter=_variable)
    secret: bytes | None = field(default=None, converter=_secret, repr=False)
    clock: Callable[[], datetime] = field(default=_utc_system_clock, converter=_clock, repr=False)
    expose_codes: bool = field(default=False, converter=_flag)
    line_number: str | None = field(default=None, converter=_line_number)
    number_format: NumberFormat | None = field(default=None, converter=_number_format)
    rate_limits: tuple[RateLimit, ...] = field(default=(), converter=_rate_limits)
    daily_budget: int | None = field(default=None, converter=_daily_budget)
    prefix_burst: PrefixBurst | None = field(default=None, converter=_prefix_burst)
    allowed_operators: frozenset[MobileOperator] | None = field(default=None, converter=_allowed_operators)
    denied_operators: frozenset[MobileOperator] | None = field(default=None, converter=_denied_operators)
    test_numbers: Mapping[str, str] = field(default=None, converter=_test_numbers, repr=False)
    events: EventSink | None = field(default=None, converter=_events, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.cooldown_reset < max(self.resend_cooldown):
            raise _invalid("cooldown_reset", "must be at least the longest resend_cooldown", self.cooldown_reset)


class OtpTuning(TypedDict, total=False):
    """The optional keyword arguments of ``OtpService`` and ``AsyncOtpService``: every field of
    :class:`OtpSettings` but ``pattern``, which the services take as an argument of its own.

    Durations may be given as ``timedelta`` or seconds, and ``secret`` as text or bytes.

    Example::

        tuning: OtpTuning = {"ttl": timedelta(minutes=3), "length": 5}
        OtpService(client, "SJ3FgPrE0C", **tuning)
    """

    ttl: Duration
    length: int
    max_attempts: int
    resend_cooldown: Sequence[Duration]
    lockout: Duration
    per_number_hourly_cap: int | None
    cooldown_reset: Duration
    send_window: Duration | None
    variable: str
    secret: str | bytes | None
    clock: Callable[[], datetime] | None
    expose_codes: bool
    line_number: str | int | None
    number_format: NumberFormat | str | None
    rate_limits: Sequence[RateLimit]
    daily_budget: int | None
    prefix_burst: PrefixBurst | None
    allowed_operators: Iterable[MobileOperator | str] | None
    denied_operators: Iterable[MobileOperator | str] | None
    test_numbers: Mapping[str, str] | None
    events: EventSink | None


class OtpOptions(OtpTuning, total=False):
    """Every field of :class:`OtpSettings`, ``pattern`` included, as keyword arguments of the services.

    Example::

        options: OtpOptions = {"pattern": "SJ3FgPrE0C", "ttl": timedelta(minutes=3)}
        OtpService(client, **options)
    """

    pattern: Required[str]


def default_send_window(client: object) -> float:
    """How long a send in progress keeps other sends out, by default, in seconds.

    With the client's ``total_timeout`` set, a send can take no longer than that: the window is it
    plus a margin. Otherwise every attempt may take the client's connect and read timeouts, and a
    retry may first wait up to the retry policy's longest delay (or accepted ``Retry-After``):
    ``attempts * (connect + read) + retries * longest wait``, plus the margin. The OTP services then
    hold their sends to that bound (see :func:`send_within_window`). Without finite timeouts (or for a
    client that is not an ``IranPayamak``) it is :data:`DEFAULT_SEND_WINDOW` (120 s).

    Example::

        default_send_window(IranPayamak(timeout=httpx.Timeout(10, connect=2), max_retries=0))  # 42.0
    """
    api = getattr(client, "api", None)
    total = getattr(api, "total_timeout", None)
    if isinstance(total, float):
        return total + _SEND_WINDOW_MARGIN
    timeout = getattr(api, "timeout", None)
    retries = getattr(api, "max_retries", None)
    if not isinstance(timeout, httpx.Timeout) or not isinstance(retries, int) or isinstance(retries, bool):
        return DEFAULT_SEND_WINDOW
    if timeout.connect is None or timeout.read is None:
        return DEFAULT_SEND_WINDOW
    policy = getattr(api, "retry_policy", None)
    longest_wait = max(policy.max_delay, policy.max_retry_after) if isinstance(policy, RetryPolicy) else 0.0
    attempts = retries + 1
    return attempts * (timeout.connect + timeout.read) + retries * longest_wait + _SEND_WINDOW_MARGIN


C = TypeVar("C")


def send_within_window(client: C, send_window: float) -> C:
    """``client``, held to finishing each send well inside ``send_window``.

    A send's reservation lapses after ``send_window``; the client's timeouts bound each step of a
    request, not the whole of it (an answer may trickle in a byte at a time), so the OTP services send
    through a copy of the client whose ``total_timeout`` ends a margin before the window does (a
    quarter of it, at most 30 s). A send cut off there counts as "may have been sent". A client without
    ``with_options`` (a test double) is used as it is.

    Example::

        sender = send_within_window(client, 120.0)   # sends give up after 90 s
    """
    with_options = getattr(client, "with_options", None)
    if not callable(with_options):
        return client
    deadline = send_window - min(_SEND_WINDOW_MARGIN, send_window / 4)
    current = getattr(getattr(client, "api", None), "total_timeout", None)
    if isinstance(current, float) and current <= deadline:
        return client
    sender: C = with_options(total_timeout=deadline)
    return sender
