# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Download a file attached to a ticket message."""

from io import BytesIO
from typing import Any

import httpx

from ... import _parsing, errors
from ...client import Client
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    file_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_id"] = file_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/ticket/file/download",
        "params": params,
    }

    # A download is a file; errors still come as JSON envelopes.
    _kwargs.setdefault("headers", {})["Accept"] = "application/octet-stream, application/json"
    return _kwargs


def _parse_response(*, response: httpx.Response) -> File | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response) or _parsing.reports_error(response):
        return None
    return File(
        payload=BytesIO(response.content),
        mime_type=response.headers.get("content-type"),
    )


def _build_response(*, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    file_id: int,
) -> Response[File]:
    """Download a file attached to a ticket message.

    Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
    binary response are inferred.

    Args:
        file_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[File]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = client.request(kwargs, operation="download_ticket_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "download_ticket_file") from error.__cause__


def sync(
    *,
    client: Client,
    file_id: int,
) -> File:
    """Download a file attached to a ticket message.

    Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
    binary response are inferred.

    Args:
        file_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        File
    """

    response = sync_detailed(
        client=client,
        file_id=file_id,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "download_ticket_file")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    file_id: int,
) -> Response[File]:
    """Download a file attached to a ticket message.

    Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
    binary response are inferred.

    Args:
        file_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[File]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = await client.arequest(kwargs, operation="download_ticket_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "download_ticket_file") from error.__cause__


async def asyncio(
    *,
    client: Client,
    file_id: int,
) -> File:
    """Download a file attached to a ticket message.

    Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
    binary response are inferred.

    Args:
        file_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        File
    """

    response = await asyncio_detailed(
        client=client,
        file_id=file_id,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "download_ticket_file")
    return response.parsed
