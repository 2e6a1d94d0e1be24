# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the lines allowed for postal-code targeted sends."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.postal_line_list_result import PostalLineListResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/sms/postal/get-available-lines",
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> PostalLineListResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = PostalLineListResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "PostalLineListResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[PostalLineListResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[PostalLineListResult]:
    """List the lines allowed for postal-code targeted sends.

    Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
    documented; the line shape is inferred.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PostalLineListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = client.request(kwargs, operation="list_postal_lines")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_postal_lines") from error.__cause__


def sync(
    *,
    client: Client,
) -> PostalLineListResult:
    """List the lines allowed for postal-code targeted sends.

    Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
    documented; the line shape is inferred.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PostalLineListResult
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_postal_lines")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[PostalLineListResult]:
    """List the lines allowed for postal-code targeted sends.

    Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
    documented; the line shape is inferred.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PostalLineListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(kwargs, operation="list_postal_lines")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_postal_lines") from error.__cause__


async def asyncio(
    *,
    client: Client,
) -> PostalLineListResult:
    """List the lines allowed for postal-code targeted sends.

    Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
    documented; the line shape is inferred.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PostalLineListResult
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_postal_lines")
    return response.parsed
