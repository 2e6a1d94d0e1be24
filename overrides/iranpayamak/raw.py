"""Raw responses: any operation's HTTP answer, with its typed result one call away.

``client.<namespace>.with_raw_response.<method>(...)`` takes the arguments of the operation's method and
returns a :class:`RawResponse` instead of the result: its status, headers and body as the service sent
them, and :meth:`RawResponse.parse` for the result the method would have returned. When the spec is
wrong about a successful answer, the method raises ``ResponseParseError``; the raw response still
arrives, and only ``parse()`` raises. The answer is one attribute away.

Each raw method is one operation: one request (``sms.with_raw_response.send_simple`` does not split
its recipients into chunks; list methods give their first page). Errors the service reports are
raised as by the method itself.

Example::

    raw = client.patterns.with_raw_response.get("SJ3FgPrE0C")
    print(raw.status_code, raw.headers.get("x-ratelimit-remaining"))
    print(raw.json())                 # the body as it arrived
    pattern = raw.parse()             # the typed result
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

import httpx

from iranpayamak_api._exchange import Exchange
from iranpayamak_api.errors import ResponseParseError

if TYPE_CHECKING:
    from ._resource import Resource
    from .pagination import AsyncPager, Page, Pager

__all__ = ["RawResponse", "async_raw_method", "async_raw_pages", "raw_method", "raw_pages"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")
S = TypeVar("S", bound="Resource")


class RawResponse(Generic[R_co]):
    """The HTTP answer to one operation, and its typed result.

    Attributes:
        operation: The operationId (``get_pattern``).
        http_response: The final ``httpx.Response`` (the last attempt's, after retries).
        exchanges: Every attempt that got an answer, in order, retries included (see
            ``iranpayamak_api._exchange.Exchange``).
    """

    def __init__(self, exchanges: list[Exchange], *, result: Any = None, error: ResponseParseError | None = None):
        self.exchanges = exchanges
        self.operation = exchanges[-1].operation
        self.http_response: httpx.Response = exchanges[-1].response
        self._result = result
        self._error = error

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body's bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body as text."""
        return self.http_response.text

    def json(self) -> Any:
        """The body decoded as JSON.

        Raises:
            ValueError: The body is not JSON (``json.JSONDecodeError``).
        """
        return json.loads(self.http_response.content)

    def parse(self) -> R_co:
        """The result the method returns for this answer.

        Raises:
            ResponseParseError: The answer is not what the spec promises (its ``body`` is the raw text).
        """
        if self._error is not None:
            raise self._error
        result: R_co = self._result
        return result

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation} [{self.status_code}]>"


def _observed(resource: S, seen: list[Exchange]) -> S:
    """A copy of ``resource`` whose client reports every exchange into ``seen``."""
    return type(resource)(resource._api.observed(seen.append), resource._args)


def _raw(seen: list[Exchange], result: Any = None, error: ResponseParseError | None = None) -> RawResponse[Any]:
    if not seen:
        # Every operation method sends one request; one that answered without sending is a bug here.
        raise RuntimeError("the method returned without sending a request")
    return RawResponse(seen, result=result, error=error)


def _unkeyed(kwargs: dict[str, Any]) -> None:
    """Refuse an idempotency key: a repeat of a keyed send sends no request, so it has no raw answer."""
    if kwargs.get("idempotency_key") is not None:
        from .errors import InvalidArgumentError

        reason = "a raw response is one request's answer; send keyed with the method itself"
        raise InvalidArgumentError(f"idempotency_key: {reason}", field="idempotency_key", reason=reason)


def raw_method(resource: S, method: Callable[Concatenate[S, P], R]) -> Callable[P, RawResponse[R]]:
    """``method`` of ``resource``, returning the :class:`RawResponse` of its one request."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        _unkeyed(kwargs)
        seen: list[Exchange] = []
        try:
            result = method(_observed(resource, seen), *args, **kwargs)
        except ResponseParseError as error:
            if not seen:
                raise
            return _raw(seen, error=error)
        return _raw(seen, result=result)

    return call


def raw_pages(resource: S, method: Callable[Concatenate[S, P], Pager[T]]) -> Callable[P, RawResponse[Page[T]]]:
    """A list ``method`` of ``resource``, returning the :class:`RawResponse` of the page it starts at."""

    def first_page(observed: S, /, *args: P.args, **kwargs: P.kwargs) -> Page[T]:
        return method(observed, *args, **kwargs).page()

    return functools.wraps(method)(raw_method(resource, first_page))


def async_raw_method(
    resource: S, method: Callable[Concatenate[S, P], Awaitable[R]]
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The asynchronous form of :func:`raw_method`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        _unkeyed(kwargs)
        seen: list[Exchange] = []
        try:
            result = await method(_observed(resource, seen), *args, **kwargs)
        except ResponseParseError as error:
            if not seen:
                raise
            return _raw(seen, error=error)
        return _raw(seen, result=result)

    return call


def async_raw_pages(
    resource: S, method: Callable[Concatenate[S, P], AsyncPager[T]]
) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """The asynchronous form of :func:`raw_pages`."""

    async def first_page(observed: S, /, *args: P.args, **kwargs: P.kwargs) -> Page[T]:
        return await method(observed, *args, **kwargs).page()

    return functools.wraps(method)(async_raw_method(resource, first_page))
