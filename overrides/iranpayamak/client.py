"""``IranPayamak`` and ``AsyncIranPayamak``: every operation of the service, grouped by namespace."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from iranpayamak_api import Client, RetryPolicy
from iranpayamak_api.client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

from ._arguments import DEFAULT_MAX_TEXT_LENGTH, DEFAULT_PAGE_SIZE, Arguments
from ._sending import DEFAULT_IDEMPOTENCY_TTL, DEFAULT_PATTERN_CACHE_TTL
from ._settings import as_secret, as_url, build, per_call

if TYPE_CHECKING:
    from iranpayamak_api.models import NumberFormat

    from ._generated.resources.lbs import AsyncLbsResource, LbsResource
    from ._generated.resources.reference import AsyncReferenceResource, ReferenceResource
    from ._generated.resources.tickets import AsyncTicketsResource, TicketsResource
    from ._generated.resources.voice import AsyncVoiceResource, VoiceResource
    from .otp.store import AsyncOtpStore, OtpStore
    from .resources.account import Account, AsyncAccount
    from .resources.otp import AsyncOtp, Otp
    from .resources.panel import AsyncPanel, Panel
    from .resources.patterns import AsyncPatterns, Patterns
    from .resources.phonebook import AsyncPhonebook, Phonebook
    from .resources.reports import AsyncReports, Reports
    from .resources.sms import AsyncSms, Sms

__all__ = ["AsyncIranPayamak", "IranPayamak"]

H = TypeVar("H", httpx.Client, httpx.AsyncClient)

# Settings that can change per call without a new connection pool (see with_options).
_PER_CALL = frozenset({"timeout", "total_timeout", "max_retries", "retry_non_idempotent", "panel_token"})


class _ServiceClient(Generic[H]):
    """What both clients share: settings, ``with_options``, ``repr``.

    Each client lists its namespaces as cached properties that import their module on first use, so
    importing the package and creating a client load only the namespaces an application touches.
    """

    _http_client_setting: ClassVar[str]
    _api: Client
    _args: Arguments

    def __init__(
        self,
        api_key: str | None = None,
        *,
        panel_token: str | None = None,
        base_url: str | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str = "english",
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_policy: RetryPolicy | None = None,
        chunk_size: int = 100,
        http_client: H | None = None,
        clock: Callable[[], datetime] | None = None,
        allow_insecure_http: bool = False,
        max_text_length: int | None = DEFAULT_MAX_TEXT_LENGTH,
        page_size: int = DEFAULT_PAGE_SIZE,
        record_to: str | os.PathLike[str] | None = None,
        check_patterns: bool = True,
        pattern_cache_ttl: float = DEFAULT_PATTERN_CACHE_TTL,
        idempotency_store: OtpStore | AsyncOtpStore | None = None,
        idempotency_ttl: float = DEFAULT_IDEMPOTENCY_TTL,
    ) -> None:
        api_key, panel_token, base_url = as_secret(api_key), as_secret(panel_token), as_url(base_url)
        api, args = build(
            api_key=api_key,
            panel_token=panel_token,
            base_url=base_url,
            line_number=line_number,
            number_format=number_format,
            chunk_size=chunk_size,
            clock=clock,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            retry_policy=retry_policy,
            http_clients={self._http_client_setting: http_client} if http_client is not None else {},
            allow_insecure_http=allow_insecure_http,
            max_text_length=max_text_length,
            page_size=page_size,
            record_to=record_to,
            sending={
                "check_patterns": check_patterns,
                "pattern_cache_ttl": pattern_cache_ttl,
                "idempotency_store": idempotency_store,
                "idempotency_ttl": idempotency_ttl,
                "asynchronous": self._http_client_setting == "async_http_client",
            },
        )
        self._bind(api, args)

    def _bind(self, api: Client, args: Arguments) -> None:
        self._api, self._args = api, args

    @property
    def api(self) -> Client:
        """The generated low-level client, for calling ``iranpayamak_api.api`` functions directly."""
        return self._api

    @property
    def line_number(self) -> str:
        """The sender line used when a send does not name one."""
        return self._args.line_number

    def with_options(self, **changes: Any) -> Self:
        """A copy with ``timeout``, ``total_timeout``, ``max_retries``, ``retry_non_idempotent`` or
        ``panel_token`` changed, sharing the pool.

        The values are checked as the constructor checks them (``InvalidArgumentError``); a name that
        cannot change per call is a ``TypeError``, as an unknown keyword argument is.

        Example::

            client.with_options(retry_non_idempotent=True).sms.send_simple(text, recipients=numbers)
            client.with_options(panel_token=client.panel.login(user, password).token).lbs.list()
        """
        unknown = sorted(set(changes) - _PER_CALL)
        if unknown:
            raise TypeError(f"with_options() cannot change {', '.join(unknown)}; create another client")
        copy = object.__new__(type(self))
        copy._bind(self._api.with_options(**per_call(changes)), self._args)
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._api.base_url!r}, line_number={self._args.line_number!r})"


class IranPayamak(_ServiceClient[httpx.Client]):
    """The IranPayamak (FarazSMS) web service, synchronously.

    Create one client per application and share it: it is safe across threads and keeps one
    connection pool. Close it at shutdown, or use it as a context manager.

    Args:
        api_key: The web-service key from the user panel; ``IRANPAYAMAK_API_KEY`` when None.
        panel_token: A panel session token (``panel.login(...).token``), sent as ``Authorization: Bearer``
            to the operations documented with one (``lbs``, ``account.pay_order``, ``account.lines``,
            ``panel.logout``), which use the API key without it; ``IRANPAYAMAK_PANEL_TOKEN`` when None.
        base_url: The service's address (a mock server in tests); ``IRANPAYAMAK_BASE_URL``, then
            ``https://api.iranpayamak.com``, when None.
        line_number: The sender line for sends that do not name one; ``IRANPAYAMAK_LINE_NUMBER``, then
            the shared line ``90008361``, when None.
        number_format: ``english`` or ``persian`` digits in delivered texts, unless a send says otherwise.
        timeout: An ``httpx.Timeout`` or seconds; 5 s to connect and 30 s to read by default. Each bounds
            one step of a request (connecting, one read of the answer), not the whole call.
        total_timeout: The longest one call may take in all, retries, waits and a slowly arriving answer
            included, in seconds; None (the default) for no such limit. A send cut off by it raises
            ``APITimeoutError`` and may have been carried out.
        max_retries: Retries of failures that are safe to retry (never a send that may have arrived).
        retry_non_idempotent: Also retry sends after timeouts and server errors (may send twice).
        retry_policy: The waits between retries (``iranpayamak_api.RetryPolicy``).
        chunk_size: Recipients per request in ``sms.send_simple``.
        http_client: An ``httpx.Client`` to send through (its owner closes it).
        clock: Returns the current time; schedules are checked against it. For tests.
        allow_insecure_http: Accept an ``http://`` ``base_url`` for another machine (the key would
            travel unencrypted); only loopback addresses are accepted without it.
        max_text_length: The longest message text to send (5,000 characters by default; the service
            documents no limit); None for none. Longer texts are refused before sending.
        page_size: Items per page that list methods ask for (100 by default; the service's own default
            is 10 and it documents no maximum); a call's ``limit=`` overrides it.
        record_to: A folder to write every answered request into, one redacted JSON file each, for
            ``iranpayamak conformance`` to check against the spec; ``IRANPAYAMAK_RECORD`` when None.
            The key, panel token, passwords, codes, pattern values and mobile numbers are masked.
        check_patterns: Check pattern sends against the pattern's definition (fetched once and cached)
            before sending: unknown or unapproved patterns, missing, unknown or too long values are
            refused with ``PatternCheckError`` (see ``iranpayamak.pattern_checks``). False sends unchecked.
        pattern_cache_ttl: Seconds a pattern's definition is kept (10 minutes by default).
        idempotency_store: Where sends with an ``idempotency_key`` record their outcome: this client's
            memory when None; a ``RedisStore`` (an ``AsyncRedisStore`` for ``AsyncIranPayamak``) to share
            keys between processes (see ``iranpayamak.idempotency``).
        idempotency_ttl: Seconds a key's outcome is kept (24 hours by default).

    Raises:
        MissingAPIKeyError: No key was given and ``IRANPAYAMAK_API_KEY`` is not set (a client with only a
            panel token can call the operations documented with one; the others raise this when called).

    Example::

        from iranpayamak import IranPayamak

        with IranPayamak() as client:
            print(client.account.balance().amount)
            client.sms.send_pattern("SJ3FgPrE0C", "+98 912 000 0000", {"code": "1234"})
    """

    _http_client_setting = "http_client"

    @cached_property
    def sms(self) -> Sms:
        """Sends: patterns, simple (chunked), peer-to-peer, personalised, file and number-bank sends."""
        from .resources.sms import Sms

        return Sms(self._api, self._args)

    @cached_property
    def voice(self) -> VoiceResource:
        """Voice messages: upload a file, send it, download it."""
        from ._generated.resources.voice import VoiceResource

        return VoiceResource(self._api, self._args)

    @cached_property
    def lbs(self) -> LbsResource:
        """Location-based (LBS) campaigns, which take a panel token."""
        from ._generated.resources.lbs import LbsResource

        return LbsResource(self._api, self._args)

    @cached_property
    def patterns(self) -> Patterns:
        """Patterns, the approved templates of pattern sends (with previews of a send and checks of its values)."""
        from .resources.patterns import Patterns

        return Patterns(self._api, self._args)

    @cached_property
    def reports(self) -> Reports:
        """Send requests, their delivery reports and the inbox of replies, with delivery waits and an inbox watch."""
        from .resources.reports import Reports

        return Reports(self._api, self._args)

    @cached_property
    def phonebook(self) -> Phonebook:
        """Phonebooks, their contacts (upserted in batches) and attributes."""
        from .resources.phonebook import Phonebook

        return Phonebook(self._api, self._args)

    @cached_property
    def account(self) -> Account:
        """The balance, profile, lines, orders and wallet of the account."""
        from .resources.account import Account

        return Account(self._api, self._args)

    @cached_property
    def tickets(self) -> TicketsResource:
        """Support tickets and their replies."""
        from ._generated.resources.tickets import TicketsResource

        return TicketsResource(self._api, self._args)

    @cached_property
    def reference(self) -> ReferenceResource:
        """Reference data: provinces, cities, number banks, postal lines and costs."""
        from ._generated.resources.reference import ReferenceResource

        return ReferenceResource(self._api, self._args)

    @cached_property
    def panel(self) -> Panel:
        """The user panel: sign-in (whose token the LBS operations take), registration."""
        from .resources.panel import Panel

        return Panel(self._api, self._args)

    @cached_property
    def otp(self) -> Otp:
        """One-time codes sent through a pattern."""
        from .resources.otp import Otp

        return Otp(self._api, self._args)

    def close(self) -> None:
        """Close the connection pool the client opened; later calls raise ``ClientClosedError``.

        A supplied ``http_client`` stays open (its owner closes it), and a ``with_options`` copy closes
        nothing. The namespaces only ever open the synchronous pool; should ``client.api`` have been
        used for ``asyncio`` calls, their pool needs ``await client.api.aclose()``.
        """
        self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncIranPayamak(_ServiceClient[httpx.AsyncClient]):
    """The IranPayamak (FarazSMS) web service, asynchronously (asyncio or trio).

    Takes the same arguments as :class:`IranPayamak`, with ``http_client`` an ``httpx.AsyncClient``.
    Every method is ``async``; list methods return pagers for ``async for``. Safe to share between
    tasks.

    Example::

        async with AsyncIranPayamak() as client:
            await client.sms.send_pattern("SJ3FgPrE0C", "09120000000", {"code": "1234"})
            async for message in client.reports.inbox():
                print(message.text)
    """

    _http_client_setting = "async_http_client"

    @cached_property
    def sms(self) -> AsyncSms:
        """Sends: patterns, simple (chunked), peer-to-peer, personalised, file and number-bank sends."""
        from .resources.sms import AsyncSms

        return AsyncSms(self._api, self._args)

    @cached_property
    def voice(self) -> AsyncVoiceResource:
        """Voice messages: upload a file, send it, download it."""
        from ._generated.resources.voice import AsyncVoiceResource

        return AsyncVoiceResource(self._api, self._args)

    @cached_property
    def lbs(self) -> AsyncLbsResource:
        """Location-based (LBS) campaigns, which take a panel token."""
        from ._generated.resources.lbs import AsyncLbsResource

        return AsyncLbsResource(self._api, self._args)

    @cached_property
    def patterns(self) -> AsyncPatterns:
        """Patterns, the approved templates of pattern sends (with previews of a send and checks of its values)."""
        from .resources.patterns import AsyncPatterns

        return AsyncPatterns(self._api, self._args)

    @cached_property
    def reports(self) -> AsyncReports:
        """Send requests, their delivery reports and the inbox of replies, with delivery waits and an inbox watch."""
        from .resources.reports import AsyncReports

        return AsyncReports(self._api, self._args)

    @cached_property
    def phonebook(self) -> AsyncPhonebook:
        """Phonebooks, their contacts (upserted in batches) and attributes."""
        from .resources.phonebook import AsyncPhonebook

        return AsyncPhonebook(self._api, self._args)

    @cached_property
    def account(self) -> AsyncAccount:
        """The balance, profile, lines, orders and wallet of the account."""
        from .resources.account import AsyncAccount

        return AsyncAccount(self._api, self._args)

    @cached_property
    def tickets(self) -> AsyncTicketsResource:
        """Support tickets and their replies."""
        from ._generated.resources.tickets import AsyncTicketsResource

        return AsyncTicketsResource(self._api, self._args)

    @cached_property
    def reference(self) -> AsyncReferenceResource:
        """Reference data: provinces, cities, number banks, postal lines and costs."""
        from ._generated.resources.reference import AsyncReferenceResource

        return AsyncReferenceResource(self._api, self._args)

    @cached_property
    def panel(self) -> AsyncPanel:
        """The user panel: sign-in (whose token the LBS operations take), registration."""
        from .resources.panel import AsyncPanel

        return AsyncPanel(self._api, self._args)

    @cached_property
    def otp(self) -> AsyncOtp:
        """One-time codes sent through a pattern."""
        from .resources.otp import AsyncOtp

        return AsyncOtp(self._api, self._args)

    async def close(self) -> None:
        """Close the connection pools the client opened, the asynchronous one and a synchronous one that
        ``client.api`` calls may have opened; later calls raise ``ClientClosedError``.

        A supplied ``http_client`` stays open (its owner closes it), and a ``with_options`` copy closes
        nothing.
        """
        await self._api.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
