# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Pay a created order from the wallet, a payment gateway, or both."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.order_pay_request import OrderPayRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OrderPayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/orders/pay",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> AckResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = AckResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "AckResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[AckResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: OrderPayRequest,
) -> Response[AckResult]:
    """Pay a created order from the wallet, a payment gateway, or both.

    Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
    afterwards. The page sends a multipart form. The page lists no required fields; requiring
    `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
    nullable; a multipart form has no null, so the field is left out instead. The success body
    is undocumented. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (OrderPayRequest): Form of `pay_order`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="pay_order")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "pay_order") from error.__cause__


def sync(
    *,
    client: Client,
    body: OrderPayRequest,
) -> AckResult:
    """Pay a created order from the wallet, a payment gateway, or both.

    Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
    afterwards. The page sends a multipart form. The page lists no required fields; requiring
    `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
    nullable; a multipart form has no null, so the field is left out instead. The success body
    is undocumented. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (OrderPayRequest): Form of `pay_order`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        AckResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "pay_order")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: OrderPayRequest,
) -> Response[AckResult]:
    """Pay a created order from the wallet, a payment gateway, or both.

    Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
    afterwards. The page sends a multipart form. The page lists no required fields; requiring
    `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
    nullable; a multipart form has no null, so the field is left out instead. The success body
    is undocumented. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (OrderPayRequest): Form of `pay_order`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="pay_order")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "pay_order") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: OrderPayRequest,
) -> AckResult:
    """Pay a created order from the wallet, a payment gateway, or both.

    Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
    afterwards. The page sends a multipart form. The page lists no required fields; requiring
    `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
    nullable; a multipart form has no null, so the field is left out instead. The success body
    is undocumented. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (OrderPayRequest): Form of `pay_order`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        AckResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "pay_order")
    return response.parsed
