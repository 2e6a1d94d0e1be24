# Hand-written runtime: edit generator/runtime/iranpayamak_api/client.py; scripts/regenerate copies it here.
"""The client every operation sends its request through: authentication, defaults and retries."""

from __future__ import annotations

import base64
import ipaddress
import logging
import os
import re
import ssl
import threading
import time
import warnings
from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

import httpx
from attrs import Factory, define, evolve, field

from . import __version__, errors
from ._exchange import Exchange, Observer, notify, request_body
from ._operations import API_KEY, PANEL_TOKEN, SECURITY
from ._retry import NEVER_SENT as _NEVER_SENT
from ._retry import RetryPolicy, should_retry
from .types import MaskedURL, Secret

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "Client",
    "masked_url",
    "valid_seconds",
]

DEFAULT_BASE_URL = "https://api.iranpayamak.com"
"""The production web service."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 seconds to connect, 30 seconds for each read, write or wait for a pooled connection."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for failures that are safe to retry (see ``_retry``)."""

USER_AGENT = f"iranpayamak-python/{__version__}"

logger = logging.getLogger("iranpayamak")

_E = TypeVar("_E", bound=errors.IranPayamakError)

# The settings of httpx.Client that it passes on to the transport it makes for itself.
_TRANSPORT_SETTINGS = ("cert", "trust_env", "http1", "http2", "limits")


# `user:password@` anywhere in a text: a URL, or what should have been one (a stray space before the
# scheme, a missing or mistyped "//"), so that no typo makes a message quote the password. A match
# starts only where a run of such characters starts (after white space, "/" or "@"): each run is then
# read once, where a match tried from every position would take time quadratic in a long run.
_USERINFO = re.compile(r"(?<![^\s/@])([^\s/@:]*):([^\s/@]*)@")


def masked_url(url: str | httpx.URL) -> str:
    """``url`` with the password of its user information replaced by ``[secure]``, as httpx shows URLs.

    Use it wherever a base URL is shown (a message, a log line, a ``repr``): a gateway's URL may carry
    credentials (``https://user:password@gateway``). It works on the text, so a value that is not quite
    a URL (``" https://user:password@gateway"``, ``"user:password@gateway"``) is masked as well.

    Example::

        >>> masked_url("https://app:s3cret@gateway.example/sms")
        'https://app:[secure]@gateway.example/sms'
    """
    return _USERINFO.sub(r"\1:[secure]@", str(url))


# The longest timeout accepted: a year. Longer ones are no limit in practice, and the socket layer
# refuses values beyond its own range with an OverflowError instead of a timeout.
_LONGEST_TIMEOUT = 365 * 86400


def _seconds_shown(value: object) -> str:
    # Numbers of a sane size are quoted; a huge int may have thousands of digits, another object's repr may fail.
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53):
        return repr(value)
    return type(value).__name__


def valid_seconds(value: object) -> bool:
    """Whether ``value`` is a timeout the client accepts: seconds above 0 and at most a year (not a bool).

    Example::

        >>> valid_seconds(2.5), valid_seconds(0), valid_seconds(float("nan"))
        (True, False, False)
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return 0 < value <= _LONGEST_TIMEOUT  # NaN compares false, so it is refused too


def _to_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and not valid_seconds(value):
        raise errors.ConfigurationError(
            "timeout must be an httpx.Timeout, a number of seconds above 0 and at most a year, or None, "
            f"got {_seconds_shown(value)}"
        )
    timeout = httpx.Timeout(value)
    for phase in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        if phase is not None and not valid_seconds(phase):
            raise errors.ConfigurationError(
                f"timeout must be more than 0 seconds and at most a year, got {_seconds_shown(phase)}"
            )
    return timeout


def _to_total_timeout(value: float | None) -> float | None:
    if value is None:
        return None
    if not valid_seconds(value):
        raise errors.ConfigurationError(
            "total_timeout must be a number of seconds above 0 and at most a year, or None, "
            f"got {_seconds_shown(value)}"
        )
    return float(value)


def _to_url(value: str) -> str:
    # Held masked from the start: a failing check below must not leave the password in a frame's locals.
    return MaskedURL(value) if isinstance(value, str) and not isinstance(value, MaskedURL) else value


def _as_secret(value: str | None, name: str) -> Secret | None:
    """A credential held as a :class:`Secret`; anything but text is refused by name (never by value)."""
    if value is None or isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise errors.ConfigurationError(f"{name} must be text, got {type(value).__name__}")
    return Secret(value)


def _to_api_key(value: str | None) -> Secret | None:
    return _as_secret(value, "api_key")


def _to_panel_token(value: str | None) -> Secret | None:
    return _as_secret(value, "panel_token")


def _header_secret(value: str | None, name: str) -> Secret | None:
    """A credential as it will be sent (surrounding white space dropped), refused if a header cannot carry it."""
    if value is None:
        return None
    sent = Secret(value.strip())
    if not _sendable(sent):
        raise errors.ConfigurationError(
            f"{name} has characters that cannot be sent in a header (check for quotes or line breaks)"
        )
    return sent


def _non_negative(instance: object, attribute: Any, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise errors.ConfigurationError(f"{attribute.name} must be a whole number, got {type(value).__name__}")
    if value < 0:
        raise errors.ConfigurationError(f"{attribute.name} must be 0 or more, got {value}")


def _clipped(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """``timeout`` with no phase longer than ``remaining`` seconds (a phase without a limit gets it)."""

    def clip(phase: float | None) -> float:
        return remaining if phase is None else min(phase, remaining)

    return httpx.Timeout(
        connect=clip(timeout.connect), read=clip(timeout.read), write=clip(timeout.write), pool=clip(timeout.pool)
    )


class _TotalTimeout(httpx.TimeoutException):
    """The call's ``total_timeout`` ran out; the request may have been sent."""


class _StreamWithin(httpx.SyncByteStream):
    """A response body that stops with :class:`_TotalTimeout` once ``deadline`` has passed.

    httpx's read timeout bounds each socket read, not the whole answer: a body that trickles in a few
    bytes at a time would otherwise keep a call going for as long as the server likes.
    """

    def __init__(self, stream: httpx.SyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _TotalTimeout("the answer did not arrive within total_timeout")
            yield chunk

    def close(self) -> None:
        self._stream.close()


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


def _sendable(value: object) -> bool:
    # Header values must be visible ASCII; anything else (a stray newline from a secrets file) would
    # fail deep inside httpx with a message that quotes the value, key included.
    return isinstance(value, str) and value.isascii() and value.isprintable()


def _credentials(url: httpx.URL) -> Secret | None:
    """The ``Authorization`` header for a base URL's user information, as httpx derives it from a URL."""
    if not url.userinfo:
        return None
    token = base64.b64encode(f"{url.username}:{url.password}".encode()).decode("ascii")
    return Secret(f"Basic {token}")


@define(kw_only=True)
class Client:
    """Connection settings for the IranPayamak web service, shared by every operation.

    One client holds one connection pool for synchronous calls and one for asynchronous calls; both
    are created on first use. It is safe to share between threads (sync) and tasks (async), and is
    best created once per application and closed at shutdown (or used as a context manager).

    Every request carries ``User-Agent: iranpayamak-python/<version>`` and ``Accept: application/json``
    and is bounded by ``timeout``. It authenticates as its operation's documentation asks: with the
    ``Api-Key`` header, or, on the operations documented with a panel token (the LBS campaigns,
    ``pay_order``, ``list_lines``, ``logout``), with ``Authorization: Bearer <panel_token>`` when a token
    is set (the key is then not sent) and the ``Api-Key`` header otherwise. Failures that are safe to retry are
    retried up to ``max_retries`` times; sends are never repeated after they may have reached the
    service unless ``retry_non_idempotent`` is set (see ``RetryPolicy`` for the waits).

    Args:
        api_key: The web-service key from the user panel. Operations that need it raise
            ``MissingAPIKeyError`` without sending anything when it is None. Kept as a
            :class:`~iranpayamak_api.types.Secret`, so it never shows in a ``repr``, a traceback's locals
            or an error.
        panel_token: A panel session token, as ``login`` (or ``verify_two_factor``) answers it, for the
            operations whose documentation asks for one. ``logout`` needs it; the others fall back to
            the API key without it. Kept as a ``Secret`` and masked in errors as the key is.
        base_url: Where the service is, e.g. a local mock server. User information in it
            (``https://user:password@gateway``) is sent as HTTP basic authentication, as httpx does, and
            its password is masked wherever the URL is shown.
        timeout: An ``httpx.Timeout``, or seconds for every phase; None disables timeouts. Each phase
            bounds one step (connecting, one read of the socket, ...), not the whole call.
        total_timeout: The longest one call may take in all, in seconds: every attempt, the waits
            between them and the whole answer, however slowly it arrives. None (the default) sets no
            such limit. When it runs out the call raises ``APITimeoutError`` (the request may have been
            sent). Asynchronous calls are cancelled on the spot. Synchronous calls end on the spot too
            on the connection pool the client creates, whose every connect, read and write is cut to
            the time left; over a ``transport`` or ``http_client`` of your own, a synchronous call
            notices between reads of the answer, so it may overrun by one read (bounded by ``timeout``).
        max_retries: Retries after the first attempt; 0 disables retrying.
        retry_non_idempotent: Also retry POST, PUT, PATCH and DELETE requests after read timeouts,
            broken connections and 5xx answers. This can send a message twice; off by default.
        retry_policy: The waits between attempts.
        headers: Extra headers for every request.
        allow_insecure_http: Accept an ``http://`` base URL for a host other than this machine. The
            key would cross the network unencrypted, so such URLs are refused unless this is set.
        verify_ssl: Passed to httpx as ``verify`` when the client creates its own connection pools.
            On by default; turning it off exposes the key to anyone on the path.
        follow_redirects: Whether to follow redirects (each request says so, whatever an ``http_client``
            of your own would do). The ``Api-Key`` header is dropped on a redirect to another host, which
            needs the connection pools the client creates: with an ``http_client`` of your own, it is
            refused.
        httpx_args: Further keyword arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` the client
            creates (a ``transport``, ``proxy``, ``limits``, ...).
        http_client: An ``httpx.Client`` to use instead of creating one. The caller keeps ownership:
            ``close()`` does not close it. The settings above still apply to each request.
        async_http_client: The same for asynchronous calls.
        record_to: A folder to write every answered request into, one redacted JSON file each (see
            :class:`~iranpayamak_api._recording.Recorder`), for ``iranpayamak conformance`` to check
            against the spec. The API key, panel token, passwords, one-time codes, pattern values and
            mobile numbers are masked.

    Example::

        from iranpayamak_api import Client
        from iranpayamak_api.api.account import get_balance

        with Client(api_key="...") as client:
            balance = get_balance.sync(client=client)
            print(balance.data.balance_amount)
    """

    api_key: str | None = field(default=None, repr=False, converter=_to_api_key)
    panel_token: str | None = field(default=None, repr=False, converter=_to_panel_token)
    base_url: str = field(default=DEFAULT_BASE_URL, converter=_to_url)
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_to_timeout)
    total_timeout: float | None = field(default=None, converter=_to_total_timeout)
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
    record_to: str | os.PathLike[str] | None = field(default=None, repr=False)
    _observers: tuple[Observer, ...] = field(factory=tuple, init=False, repr=False, eq=False)
    # The recorder of record_to, kept apart from the observers so that a copy can change one, not both.
    _recorder: Observer | None = field(default=None, init=False, repr=False, eq=False)
    _pool: _Pool = field(factory=_Pool, init=False, repr=False, eq=False)
    _owns_pool: bool = field(default=True, init=False, repr=False, eq=False)
    _request_headers: dict[str, str] = field(init=False, repr=False, eq=False)
    # The base URL requests go to: without its user information, which travels as a header instead,
    # so no URL built from it (in a request, a log line or an error) carries a password.
    _origin: str = field(init=False, repr=False, eq=False)
    # What must never appear in an error: the key, the base URL's password and the header made from it.
    _secrets: tuple[Secret, ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.base_url, str):
            raise errors.ConfigurationError(f"base_url must be text, got {type(self.base_url).__name__}")
        try:
            url = httpx.URL(self.base_url)
        except (httpx.InvalidURL, ValueError, TypeError):
            raise errors.ConfigurationError(f"base_url is not a URL: {self.base_url!r}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise errors.ConfigurationError(f"base_url must be an http(s) URL with a host, got {self.base_url!r}")
        if url.scheme == "http" and not self.allow_insecure_http and not _is_loopback(url.host):
            raise errors.ConfigurationError(
                f"base_url {self.base_url!r} is plain http:// to another machine: the API key would travel "
                "unencrypted. Use https://, or pass allow_insecure_http=True if that network is trusted."
            )
        self.base_url = MaskedURL(self.base_url.rstrip("/"))
        self._origin = str(url.copy_with(username=None, password=None)).rstrip("/") if url.userinfo else self.base_url
        if not isinstance(self.headers, Mapping):
            raise errors.ConfigurationError(f"headers must be a mapping, got {type(self.headers).__name__}")
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **self.headers}
        for name, value in headers.items():
            if not _sendable(name) or not _sendable(value):
                raise errors.ConfigurationError(f"the {name!r} header has characters that cannot be sent")
        basic = _credentials(url)
        if basic is not None:
            headers["Authorization"] = basic
        self.api_key = _header_secret(self.api_key, "api_key")
        if self.api_key is not None:
            headers["Api-Key"] = self.api_key
        self.panel_token = _header_secret(self.panel_token, "panel_token")
        self._request_headers = headers
        quoted = [
            self.api_key,
            self.panel_token,
            url.password,
            basic.removeprefix("Basic ") if basic is not None else None,
        ]
        self._secrets = tuple(Secret(value) for value in quoted if value)
        if self.follow_redirects and (self.http_client is not None or self.async_http_client is not None):
            raise errors.ConfigurationError(
                "follow_redirects cannot be used with an http_client of your own: the client could not keep "
                "the API key from another host a redirect leads to. Follow redirects in that client instead."
            )
        if self.record_to is not None:
            from ._recording import Recorder

            self._recorder = Recorder(self.record_to)

    def observed(self, observer: Observer) -> Self:
        """A copy that also gives ``observer`` every :class:`~iranpayamak_api._exchange.Exchange`: each
        attempt of an operation that got an answer, retries included. It shares this client's pools.

        An observer that raises is logged and passed over, so the call still returns its answer.

        Example::

            seen = []
            get_balance.sync(client=client.observed(seen.append))
            seen[-1].response.headers
        """
        copy = self.with_options()
        copy._observers = (*self._observers, observer)
        return copy

    def _observe(self, operation: str, attempt: int, request: dict[str, Any], response: httpx.Response) -> None:
        observers = self._observers if self._recorder is None else (self._recorder, *self._observers)
        if observers:
            body = request_body(request)
            notify(observers, Exchange(operation, attempt, response.request, body, response, self._secrets))

    def with_options(self, **changes: Any) -> Self:
        """A copy with some settings changed that shares this client's connection pools.

        Use it for one call that needs different settings, e.g. to opt a single send into retries
        after ambiguous failures::

            send_simple.sync(client=client.with_options(retry_non_idempotent=True), body=body)

        Accepted settings: ``api_key``, ``panel_token`` (e.g. the token ``login`` answered), ``base_url``
        (checked as in the constructor), ``timeout``, ``total_timeout``, ``max_retries``,
        ``retry_non_idempotent``, ``retry_policy``, ``headers`` (which replaces the extra headers) and
        ``record_to``. Observers (:meth:`observed`) carry over; so does the recorder, unless ``record_to``
        changes.
        """
        allowed = {
            "api_key",
            "panel_token",
            "base_url",
            "timeout",
            "total_timeout",
            "max_retries",
            "retry_non_idempotent",
            "retry_policy",
            "headers",
            "record_to",
        }
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise TypeError(f"with_options() got settings it cannot change per call: {', '.join(unknown)}")
        copy = evolve(self, **changes)
        copy._observers = self._observers
        if "record_to" not in changes:
            copy._recorder = self._recorder  # one recorder, numbering the files of the original and copies
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
                options = self._httpx_options(asynchronous=False)
                if "transport" not in options:
                    # The transport httpx would make, its sockets bounded by each call's total_timeout.
                    settings = {name: options[name] for name in _TRANSPORT_SETTINGS if name in options}
                    transport = httpx.HTTPTransport(verify=self.verify_ssl, **settings)
                    # Imported here: it loads httpcore, which httpx itself loads only when a transport is made.
                    from . import _deadline

                    _deadline.install(transport)
                    options["transport"] = transport
                client = pool.sync = httpx.Client(
                    verify=self.verify_ssl, follow_redirects=self.follow_redirects, **options
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
            origin = httpx.URL(self._origin)

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

    def credentials_for(self, operation: str) -> tuple[str, ...]:
        """The security schemes this client authenticates ``operation`` with: the first alternative of the
        spec's list whose credentials it holds (``()`` when the operation needs none).

        Raises:
            MissingAPIKeyError: The operation needs an API key and the client has none (nor a panel
                token the operation would take instead).
            MissingPanelTokenError: The operation takes only a panel token and the client has none.
        """
        held = {API_KEY} if self.api_key else set()
        if self.panel_token:
            held.add(PANEL_TOKEN)
        # An operation the spec does not list (a request built by hand) authenticates as the web service does.
        alternatives = SECURITY.get(operation, ((API_KEY,),))
        if not alternatives:
            return ()
        for alternative in alternatives:
            if held.issuperset(alternative):
                return alternative
        if any(API_KEY in alternative for alternative in alternatives):
            raise errors.MissingAPIKeyError(
                "This operation needs an API key: pass api_key= to Client (the key is in the user panel)."
            )
        raise errors.MissingPanelTokenError(
            f"{operation} needs a panel token: sign in with the panel's login operation and pass the token "
            "it answers as panel_token= (or client.with_options(panel_token=...))."
        )

    def _prepare(self, kwargs: dict[str, Any], operation: str) -> dict[str, Any]:
        schemes = self.credentials_for(operation)
        request = dict(kwargs)
        request["url"] = self._origin + kwargs["url"]
        headers = {**self._request_headers, **kwargs.get("headers", {})}
        if PANEL_TOKEN in schemes:
            # The token replaces the key: a service that checks the documented scheme sees only it, and the
            # key travels only where it is asked for.
            if API_KEY not in schemes:
                for name in [name for name in headers if name.lower() == "api-key"]:
                    del headers[name]  # also a key given in `headers=`, in whatever case
            headers["Authorization"] = f"Bearer {self.panel_token}"
        request["headers"] = headers
        request["timeout"] = self.timeout
        request["follow_redirects"] = self.follow_redirects
        return request

    def _next_delay(
        self,
        request: dict[str, Any],
        attempt: int,
        deadline: float | None,
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
        if delay is not None and deadline is not None and time.monotonic() + delay >= deadline:
            return None  # no time left for another attempt within total_timeout
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

    def _deadline(self) -> float | None:
        return None if self.total_timeout is None else time.monotonic() + self.total_timeout

    def _within(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """The request for one attempt, each of its timeouts cut to the time left before ``deadline``."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _TotalTimeout("no time was left within total_timeout")
        return {**request, "timeout": _clipped(self.timeout, remaining)}

    def _failure(self, exc: httpx.HTTPError) -> errors.APIConnectionError:
        """The error for an attempt that got no answer; its text is checked for this client's secrets."""
        failure = _connection_error(exc)
        text = str(failure)
        if any(secret in text for secret in self._secrets):
            failure = type(failure)(
                "The request failed before a complete answer arrived (details withheld: they quoted a secret)",
                may_have_reached_service=failure.may_have_reached_service,
            )
        return failure

    def without_secrets(self, error: _E) -> _E:
        """``error`` with every quote of this client's API key and base-URL password replaced by ``****``.

        Every operation passes the errors it builds from an answer through this, so a service that
        echoes the key back ("invalid key: ...") does not put it into logs and error trackers. Use it
        when you build an error yourself from a ``*_detailed`` answer::

            response = send_pattern.sync_detailed(client=client, body=body)
            if response.parsed is None:
                raise client.without_secrets(errors.error_from_response(response))

        See :func:`errors.withhold_secrets`.
        """
        return errors.withhold_secrets(error, self._secrets)

    def failure(self, error: _E, operation: str) -> _E:
        """``error`` as the operation ``operation`` raises it: naming the operation, with a hint when the
        service refused a credential and the client can tell why, and with this client's secrets
        withheld (:meth:`without_secrets`). Changed in place and returned.
        """
        if isinstance(error, errors.APIError | errors.ResponseParseError):
            error.operation = operation
        if isinstance(error, errors.AuthenticationError) and not errors.refuses_the_key(error):
            hint = self._refused_credential(operation)
            if hint is not None:
                error.hint = hint
                error.args = (f"{error.args[0]} ({hint})" if error.args else hint, *error.args[1:])
        return self.without_secrets(error)

    def _refused_credential(self, operation: str) -> str | None:
        """Why a 401 on ``operation`` may have come, for the operations documented with a panel token."""
        if not any(PANEL_TOKEN in alternative for alternative in SECURITY.get(operation, ())):
            return None
        if self.panel_token:
            return "the panel token was refused: it may have expired or been ended by logout; sign in again"
        return (
            f"the documentation of {operation} asks for a panel token, and the API key was sent instead: "
            "sign in with the panel's login operation and pass the token it answers as panel_token="
        )

    def request(self, kwargs: dict[str, Any], *, operation: str) -> httpx.Response:
        """Send one operation's request, retrying while the retry rules allow.

        ``kwargs`` are the operation's ``method``, relative ``url`` and body arguments for httpx;
        ``operation`` is its operationId, which decides the credentials sent (:meth:`credentials_for`).
        Returns the final answer whatever its status; raises ``APIConnectionError`` /
        ``APITimeoutError`` when no answer arrived (also when ``total_timeout`` ran out), and
        ``MissingAPIKeyError`` / ``MissingPanelTokenError`` before sending when the client lacks the
        credentials the operation needs. The errors do not
        chain httpx's exception, whose request carries the key: their message keeps its detail.
        """
        request = self._prepare(kwargs, operation)
        deadline = self._deadline()
        attempt = 0
        while True:
            failure: errors.APIConnectionError | None = None
            # Fetched for every attempt, so a close() during a backoff is reported as such.
            http = self.get_httpx_client()
            started = time.perf_counter()
            try:
                if deadline is None:
                    response = http.request(**request)
                else:
                    from . import _deadline  # here, not at the top: it loads httpcore (see get_httpx_client)

                    with _deadline.deadline(deadline):
                        response = _read_within(http, self._within(request, deadline), deadline)
            except httpx.HTTPError as exc:
                self._log_attempt(request, started, error=exc)
                delay = self._next_delay(request, attempt, deadline, error=exc)
                if delay is None:
                    failure = self._failure(exc)
            else:
                self._log_attempt(request, started, response=response)
                self._observe(operation, attempt, request, response)
                delay = self._next_delay(request, attempt, deadline, response=response)
                if delay is None:
                    return response
                response.close()
            if failure is not None:
                raise failure  # outside the except block: no __context__ leads back to httpx's request
            assert delay is not None
            self.retry_policy.sleep(delay)
            attempt += 1

    async def arequest(self, kwargs: dict[str, Any], *, operation: str) -> httpx.Response:
        """The asynchronous form of :meth:`request`; ``total_timeout`` cancels the call when it runs out."""
        request = self._prepare(kwargs, operation)
        deadline = self._deadline()
        attempt = 0
        while True:
            failure: errors.APIConnectionError | None = None
            http = self.get_async_httpx_client()
            started = time.perf_counter()
            try:
                if deadline is None:
                    response = await http.request(**request)
                else:
                    response = await _asend_within(http, self._within(request, deadline), deadline)
            except httpx.HTTPError as exc:
                self._log_attempt(request, started, error=exc)
                delay = self._next_delay(request, attempt, deadline, error=exc)
                if delay is None:
                    failure = self._failure(exc)
            else:
                self._log_attempt(request, started, response=response)
                self._observe(operation, attempt, request, response)
                delay = self._next_delay(request, attempt, deadline, response=response)
                if delay is None:
                    return response
                await response.aclose()
            if failure is not None:
                raise failure
            assert delay is not None
            await self.retry_policy.async_sleep(delay)
            attempt += 1

    def _log_attempt(
        self,
        request: dict[str, Any],
        started: float,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> None:
        # Only the method, URL, outcome and time: headers (and with them the API key) are never logged,
        # and the URL is built from the base URL without its user information.
        if logger.isEnabledFor(logging.DEBUG):
            outcome = str(response.status_code) if response is not None else type(error).__name__
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s in %.1f ms", request["method"].upper(), request["url"], outcome, elapsed)

    def close(self) -> None:
        """Close the connection pools this client created; later calls raise ``ClientClosedError``.

        The synchronous pool is closed here. An asynchronous pool (opened by an ``asyncio`` call) can only
        be closed by awaiting :meth:`aclose`, which closes both: when one is open, it is left to the
        garbage collector with a ``ResourceWarning``. A supplied ``http_client`` stays open, and a
        ``with_options`` copy closes nothing (its original owns the pools).
        """
        if not self._owns_pool:
            return
        pool = self._pool
        with pool.lock:
            client, pool.sync, pool.closed = pool.sync, None, True
            left_open = pool.async_ is not None
        if client is not None:
            client.close()
        if left_open:
            warnings.warn(
                "Client.close() cannot close the asynchronous connection pool; await Client.aclose() instead",
                ResourceWarning,
                stacklevel=2,
            )

    async def aclose(self) -> None:
        """Close both connection pools this client created, asynchronous and synchronous (see :meth:`close`)."""
        if not self._owns_pool:
            return
        pool = self._pool
        with pool.lock:
            sync, pool.sync = pool.sync, None
            client, pool.async_, pool.closed = pool.async_, None, True
        if sync is not None:
            sync.close()
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


def _read_within(http: httpx.Client, request: dict[str, Any], deadline: float) -> httpx.Response:
    """Send ``request`` and read its whole answer, failing with :class:`_TotalTimeout` past ``deadline``."""
    options = dict(request)
    follow_redirects = options.pop("follow_redirects")  # a setting of sending, not of the request
    response = http.send(http.build_request(**options), stream=True, follow_redirects=follow_redirects)
    response.stream = _StreamWithin(response.stream, deadline)  # type: ignore[arg-type]
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    return response


async def _asend_within(http: httpx.AsyncClient, request: dict[str, Any], deadline: float) -> httpx.Response:
    """Send ``request`` and read its answer, cancelled with :class:`_TotalTimeout` at ``deadline``."""
    import anyio  # only calls with a total_timeout need it

    try:
        with anyio.fail_after(max(0.0, deadline - time.monotonic())):
            return await http.request(**request)
    except TimeoutError:
        raise _TotalTimeout("the answer did not arrive within total_timeout") from None


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
