# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Show one send request."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.send_request_result import SendRequestResult
from ...types import Response


def _get_kwargs(
    send_request_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/send_request/{send_request_id}".format(
            send_request_id=quote(str(send_request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> SendRequestResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = SendRequestResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "SendRequestResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[SendRequestResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    send_request_id: int,
    *,
    client: Client,
) -> Response[SendRequestResult]:
    """Show one send request.

    Returns the overall status and details of one send request, by the id a send returned. No
    documentation page exists; the shape is the one of `list_send_requests` items.

    Args:
        send_request_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        send_request_id=send_request_id,
    )

    response = client.request(kwargs, operation="get_send_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_send_request") from error.__cause__


def sync(
    send_request_id: int,
    *,
    client: Client,
) -> SendRequestResult:
    """Show one send request.

    Returns the overall status and details of one send request, by the id a send returned. No
    documentation page exists; the shape is the one of `list_send_requests` items.

    Args:
        send_request_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestResult
    """

    response = sync_detailed(
        send_request_id=send_request_id,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_send_request")
    return response.parsed


async def asyncio_detailed(
    send_request_id: int,
    *,
    client: Client,
) -> Response[SendRequestResult]:
    """Show one send request.

    Returns the overall status and details of one send request, by the id a send returned. No
    documentation page exists; the shape is the one of `list_send_requests` items.

    Args:
        send_request_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        send_request_id=send_request_id,
    )

    response = await client.arequest(kwargs, operation="get_send_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_send_request") from error.__cause__


async def asyncio(
    send_request_id: int,
    *,
    client: Client,
) -> SendRequestResult:
    """Show one send request.

    Returns the overall status and details of one send request, by the id a send returned. No
    documentation page exists; the shape is the one of `list_send_requests` items.

    Args:
        send_request_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestResult
    """

    response = await asyncio_detailed(
        send_request_id=send_request_id,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_send_request")
    return response.parsed
