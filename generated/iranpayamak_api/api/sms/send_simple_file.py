# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Send one text to the numbers listed in an Excel or CSV file."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.id_result import IdResult
from ...models.simple_send_file_request import SimpleSendFileRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SimpleSendFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/sms/simple-file",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> IdResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_201 = IdResult.from_dict(payload)

        _conform.conform(response_201)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "IdResult", exc) from exc
    return response_201


def _build_response(*, response: httpx.Response) -> Response[IdResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: SimpleSendFileRequest,
) -> Response[IdResult]:
    """Send one text to the numbers listed in an Excel or CSV file.

    The file variant of `send_simple`, for long recipient lists. The page says `recipients_file` may
    be an Excel or a CSV file. It lists `number_format` as `en | fa` with the example `english`; this
    document uses `english | persian` throughout.
    `schedule`, when given, must be in the future.

    Args:
        body (SimpleSendFileRequest): Form of `send_simple_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="send_simple_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_simple_file") from error.__cause__


def sync(
    *,
    client: Client,
    body: SimpleSendFileRequest,
) -> IdResult:
    """Send one text to the numbers listed in an Excel or CSV file.

    The file variant of `send_simple`, for long recipient lists. The page says `recipients_file` may
    be an Excel or a CSV file. It lists `number_format` as `en | fa` with the example `english`; this
    document uses `english | persian` throughout.
    `schedule`, when given, must be in the future.

    Args:
        body (SimpleSendFileRequest): Form of `send_simple_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "send_simple_file")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: SimpleSendFileRequest,
) -> Response[IdResult]:
    """Send one text to the numbers listed in an Excel or CSV file.

    The file variant of `send_simple`, for long recipient lists. The page says `recipients_file` may
    be an Excel or a CSV file. It lists `number_format` as `en | fa` with the example `english`; this
    document uses `english | persian` throughout.
    `schedule`, when given, must be in the future.

    Args:
        body (SimpleSendFileRequest): Form of `send_simple_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="send_simple_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_simple_file") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: SimpleSendFileRequest,
) -> IdResult:
    """Send one text to the numbers listed in an Excel or CSV file.

    The file variant of `send_simple`, for long recipient lists. The page says `recipients_file` may
    be an Excel or a CSV file. It lists `number_format` as `en | fa` with the example `english`; this
    document uses `english | persian` throughout.
    `schedule`, when given, must be in the future.

    Args:
        body (SimpleSendFileRequest): Form of `send_simple_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "send_simple_file")
    return response.parsed
