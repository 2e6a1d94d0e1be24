"""The client every operation sends its request through: authentication, defaults and retries."""

from __future__ import annotations

import ipaddress
import logging
import ssl
import threading
import time
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import Factory, define, evolve, field

from . import __version__, errors
from ._retry import NEVER_SENT as _NEVER_SENT
from ._retry import RetryPolicy, should_retry

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "USER_AGENT", "Client"]

DEFAULT_BASE_URL = "https://api.iranpayamak.com"
"""The production web service."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 seconds to connect, 30 seconds for each read, write or wait for a pooled connection."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for failures that are safe to retry (see ``_retry``)."""

USER_AGENT = f"iranpayamak-python/{__version__}"

logger = logging.getLogger("iranpayamak")


def _to_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _non_negative(instance: object, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be 0 or more, got {value}")


@define
class _Pool:
    """The httpx clients that a Client and its ``with_options`` copies share."""

    lock: threading.Lock = Factory(threading.Lock)
    sync: httpx.Client | None = None
    async_: httpx.AsyncClient | None = None
    closed: bool = False


def _is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, ``*.localhost``, 127.0.0.0/8, ``::1``)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sendable(value: str) -> bool:
    # Header values must be visible ASCII; anything else (a stray newline from a secrets file) would
    # fail deep inside httpx with a message that quotes the value, key included.
    return value.isascii() and value.isprintable()


@define(kw_only=True)
class Client:
    """Connection settings for the IranPayamak web service, shared by every operation.

    One client holds one connection pool for synchronous calls and one for asynchronous calls; both
    are created on first use. It is safe to share between threads (sync) and tasks (async), and is
    best created once per application and closed at shutdown (or used as a context manager).

    Every request carries the ``Api-Key`` header, ``User-Agent: iranpayamak-python/<version>`` and
    ``Accept: application/json``, and is bounded by ``timeout``. Failures that are safe to retry are
    retried up to ``max_retries`` times; sends are never repeated after they may have reached the
    service unless ``retry_non_idempotent`` is set (see ``RetryPolicy`` for the waits).

    Args:
        api_key: The web-service key from the user panel. Operations that need it raise
            ``MissingAPIKeyError`` without sending anything when it is None. Never shown in ``repr``.
        base_url: Where the service is, e.g. a local mock server.
        timeout: An ``httpx.Timeout``, or seconds for every phase; None disables timeouts.
        max_retries: Retries after the first attempt; 0 disables retrying.
        retry_non_idempotent: Also retry POST, PUT, PATCH and DELETE requests after read timeouts,
            broken connections and 5xx answers. This can send a message twice; off by default.
        retry_policy: The waits between attempts.
        headers: Extra headers for every request.
        allow_insecure_http: Accept an ``http://`` base URL for a host other than this machine. The
            key would cross the network unencrypted, so such URLs are refused unless this is set.
        verify_ssl: Passed to httpx as ``verify`` when the client creates its own connection pools.
            On by default; turning it off exposes the key to anyone on the path.
        follow_redirects: Whether to follow redirects.
        httpx_args: Further keyword arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` the client
            creates (a ``transport``, ``proxy``, ``limits``, ...).
        http_client: An ``httpx.Client`` to use instead of creating one. The caller keeps ownership:
            ``close()`` does not close it. The settings above still apply to each request.
        async_http_client: The same for asynchronous calls.

    Example::

        from iranpayamak_api import Client
        from iranpayamak_api.api.account import get_balance

        with Client(api_key="...") as client:
            balance = get_balance.sync(client=client)
            print(balance.data.balance_amount)
    """

    api_key: str | None = field(default=None, repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_to_timeout)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, validator=_non_negative)
    retry_non_idempotent: bool = False
    retry_policy: RetryPolicy = Factory(RetryPolicy)
    headers: Mapping[str, str] = field(factory=dict, repr=False)
    allow_insecure_http: bool = field(default=False, repr=False)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, repr=False)
    follow_redirects: bool = field(default=False, repr=False)
    httpx_args: Mapping[str, Any] = field(factory=dict, repr=False)
    http_client: httpx.Client | None = field(default=None, repr=False)
    async_http_client: httpx.AsyncClient | None = field(default=None, repr=False)
    _pool: _Pool = field(factory=_Pool, init=False, repr=False, eq=False)
    _owns_pool: bool = field(default=True, init=False, repr=False, eq=False)
    _request_headers: dict[str, str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        try:
            url = httpx.URL(self.base_url)
        except httpx.InvalidURL:
            raise errors.ConfigurationError(f"base_url is not a URL: {self.base_url!r}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise errors.ConfigurationError(f"base_url must be an http(s) URL with a host, got {self.base_url!r}")
        if url.scheme == "http" and not self.allow_insecure_http and not _is_loopback(url.host):
            raise errors.ConfigurationError(
                f"base_url {self.base_url!r} is plain http:// to another machine: the API key would travel "
                "unencrypted. Use https://, or pass allow_insecure_http=True if that network is trusted."
            )
        self.base_url = self.base_url.rstrip("/")
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **self.headers}
        for name, value in headers.items():
            if not _sendable(name) or not _sendable(value):
                raise errors.ConfigurationError(f"the {name!r} header has characters that cannot be sent")
        if self.api_key is not None:
            key = self.api_key.strip()
            if not _sendable(key):
                raise errors.ConfigurationError(
                    "api_key has characters that cannot be sent in a header (check for quotes or line breaks)"
                )
            self.api_key = key
            headers["Api-Key"] = key
        self._request_headers = headers

    def with_options(self, **changes: Any) -> Self:
        """A copy with some settings changed that shares this client's connection pools.

        Use it for one call that needs different settings, e.g. to opt a single send into retries
        after ambiguous failures::

            send_simple.sync(client=client.with_options(retry_non_idempotent=True), body=body)

        Accepted settings: ``api_key``, ``base_url`` (checked as in the constructor), ``timeout``, ``max_retries``,
        ``retry_non_idempotent``, ``retry_policy`` and ``headers`` (which replaces the extra headers).
        """
        allowed = {"api_key", "base_url", "timeout", "max_retries", "retry_non_idempotent", "retry_policy", "headers"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise TypeError(f"with_options() got settings it cannot change per call: {', '.join(unknown)}")
        copy = evolve(self, **changes)
        # The copy borrows this client's pools: closing it must not close them under the original.
        copy._pool = self._pool
        copy._owns_pool = False
        return copy

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` synchronous calls use, created on first use.

        Raises:
            ClientClosedError: The client was closed.
        """
        if self.http_client is not None:
            return self.http_client
        pool = self._pool
        with pool.lock:
            if pool.closed:
                raise errors.ClientClosedError("This client was closed; create a new one.")
            client = pool.sync
            if client is None:
                client = pool.sync = httpx.Client(
                    verify=self.verify_ssl,
                    follow_redirects=self.follow_redirects,
                    **self._httpx_options(asynchronous=False),
                )
            return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` asynchronous calls use, created on first use.

        Raises:
            ClientClosedError: The client was closed.
        """
        if self.async_http_client is not None:
            return self.async_http_client
        pool = self._pool
        with pool.lock:
            if pool.closed:
                raise errors.ClientClosedError("This client was closed; create a new one.")
            client = pool.async_
            if client is None:
                client = pool.async_ = httpx.AsyncClient(
                    verify=self.verify_ssl,
                    follow_redirects=self.follow_redirects,
                    **self._httpx_options(asynchronous=True),
                )
            return client

    def _httpx_options(self, *, asynchronous: bool) -> dict[str, Any]:
        options = dict(self.httpx_args)
        if self.follow_redirects:
            # httpx drops Authorization on a redirect to another host, but not Api-Key: do it here.
            origin = httpx.URL(self.base_url)

            def drop_key(request: httpx.Request) -> None:
                if (request.url.scheme, request.url.host, request.url.port) != (
                    origin.scheme,
                    origin.host,
                    origin.port,
                ):
                    request.headers.pop("Api-Key", None)

            async def drop_key_async(request: httpx.Request) -> None:
                drop_key(request)

            hooks = dict(options.get("event_hooks", {}))
            hooks["request"] = [*hooks.get("request", []), drop_key_async if asynchronous else drop_key]
            options["event_hooks"] = hooks
        return options

    def _prepare(self, kwargs: dict[str, Any], secured: bool) -> dict[str, Any]:
        if secured and not self.api_key:
            raise errors.MissingAPIKeyError(
                "This operation needs an API key: pass api_key= to Client (the key is in the user panel)."
            )
        request = dict(kwargs)
        request["url"] = self.base_url + kwargs["url"]
        request["headers"] = {**self._request_headers, **kwargs.get("headers", {})}
        request["timeout"] = self.timeout
        return request

    def _next_delay(
        self,
        request: dict[str, Any],
        attempt: int,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None when this attempt's outcome is final."""
        method = request["method"].upper()
        if attempt >= self.max_retries:
            return None
        if not should_retry(method, response=response, error=error, retry_non_idempotent=self.retry_non_idempotent):
            return None
        delay = self.retry_policy.delay(attempt, response)
        if delay is not None and logger.isEnabledFor(logging.INFO):
            outcome = f"HTTP {response.status_code}" if response is not None else type(error).__name__
            logger.info(
                "Retrying %s %s in %.2fs after %s (retry %d of %d)",
                method,
                request["url"],
                delay,
                outcome,
                attempt + 1,
                self.max_retries,
            )
        return delay

    def request(self, kwargs: dict[str, Any], *, secured: bool) -> httpx.Response:
        """Send one operation's request, retrying while the retry rules allow.

        ``kwargs`` are the operation's ``method``, relative ``url`` and body arguments for httpx.
        Returns the final answer whatever its status; raises ``APIConnectionError`` /
        ``APITimeoutError`` when no answer arrived, and ``MissingAPIKeyError`` before sending when
        ``secured`` and no key is set.
        """
        request = self._prepare(kwargs, secured)
        attempt = 0
        while True:
            # Fetched for every attempt, so a close() during a backoff is reported as such.
            http = self.get_httpx_client()
            started = time.perf_counter()
            try:
                response = http.request(**request)
            except httpx.HTTPError as exc:
                _log_attempt(request, started, error=exc)
                delay = self._next_delay(request, attempt, error=exc)
                if delay is None:
                    raise _connection_error(exc) from exc
            else:
                _log_attempt(request, started, response=response)
                delay = self._next_delay(request, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            self.retry_policy.sleep(delay)
            attempt += 1

    async def arequest(self, kwargs: dict[str, Any], *, secured: bool) -> httpx.Response:
        """The asynchronous form of :meth:`request`."""
        request = self._prepare(kwargs, secured)
        attempt = 0
        while True:
            http = self.get_async_httpx_client()
            started = time.perf_counter()
            try:
                response = await http.request(**request)
            except httpx.HTTPError as exc:
                _log_attempt(request, started, error=exc)
                delay = self._next_delay(request, attempt, error=exc)
                if delay is None:
                    raise _connection_error(exc) from exc
            else:
                _log_attempt(request, started, response=response)
                delay = self._next_delay(request, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await self.retry_policy.async_sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pools this client created; later calls raise ``ClientClosedError``.

        A supplied ``http_client`` stays open, and a ``with_options`` copy closes nothing (its original
        owns the pools).
        """
        if not self._owns_pool:
            return
        pool = self._pool
        with pool.lock:
            client, pool.sync, pool.closed = pool.sync, None, True
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the asynchronous connection pool too (see :meth:`close`)."""
        if not self._owns_pool:
            return
        pool = self._pool
        with pool.lock:
            client, pool.async_, pool.closed = pool.async_, None, True
        if client is not None:
            await client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _log_attempt(
    request: dict[str, Any], started: float, response: httpx.Response | None = None, error: BaseException | None = None
) -> None:
    # Only the method, URL, outcome and time: headers (and with them the API key) are never logged.
    if logger.isEnabledFor(logging.DEBUG):
        outcome = str(response.status_code) if response is not None else type(error).__name__
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("%s %s -> %s in %.1f ms", request["method"].upper(), request["url"], outcome, elapsed)


def _connection_error(exc: httpx.HTTPError) -> errors.APIConnectionError:
    reached = not isinstance(exc, _NEVER_SENT)
    if isinstance(exc, httpx.LocalProtocolError):
        # Its text quotes the offending header, which may be the key.
        return errors.APIConnectionError(
            "The request could not be written (an invalid header or URL)", may_have_reached_service=False
        )
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"The request timed out ({detail})", may_have_reached_service=reached)
    return errors.APIConnectionError(
        f"The request failed before a complete answer arrived ({detail})", may_have_reached_service=reached
    )
