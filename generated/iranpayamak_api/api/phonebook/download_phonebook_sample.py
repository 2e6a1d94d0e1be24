# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Download the Excel sample for importing contacts into a phonebook."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import _parsing, errors
from ...client import Client
from ...types import File, Response


def _get_kwargs(
    phone_book: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/example/phone-book/{phone_book}/data.xlsx".format(
            phone_book=quote(str(phone_book), safe=""),
        ),
    }

    # A download is a file; errors still come as JSON envelopes.
    _kwargs.setdefault("headers", {})["Accept"] = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json"
    )
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
    phone_book: int,
    *,
    client: Client,
) -> Response[File]:
    """Download the Excel sample for importing contacts into a phonebook.

    Returns an Excel workbook whose columns match the phonebook's attributes; fill it and upload it
    with `upsert_contacts_excel`. The path is outside `/ws/v1`. The page documents the response as
    an empty JSON object, which contradicts its own description; it is the workbook here (inferred).
    The page also marks an `Accept: application/json` header as required; a client should offer the
    workbook type and `application/json` together, so that the page's value is still among those
    offered and an error can still come back as JSON.

    Args:
        phone_book (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[File]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        phone_book=phone_book,
    )

    response = client.request(kwargs, operation="download_phonebook_sample")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "download_phonebook_sample") from error.__cause__


def sync(
    phone_book: int,
    *,
    client: Client,
) -> File:
    """Download the Excel sample for importing contacts into a phonebook.

    Returns an Excel workbook whose columns match the phonebook's attributes; fill it and upload it
    with `upsert_contacts_excel`. The path is outside `/ws/v1`. The page documents the response as
    an empty JSON object, which contradicts its own description; it is the workbook here (inferred).
    The page also marks an `Accept: application/json` header as required; a client should offer the
    workbook type and `application/json` together, so that the page's value is still among those
    offered and an error can still come back as JSON.

    Args:
        phone_book (int):

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
        phone_book=phone_book,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "download_phonebook_sample")
    return response.parsed


async def asyncio_detailed(
    phone_book: int,
    *,
    client: Client,
) -> Response[File]:
    """Download the Excel sample for importing contacts into a phonebook.

    Returns an Excel workbook whose columns match the phonebook's attributes; fill it and upload it
    with `upsert_contacts_excel`. The path is outside `/ws/v1`. The page documents the response as
    an empty JSON object, which contradicts its own description; it is the workbook here (inferred).
    The page also marks an `Accept: application/json` header as required; a client should offer the
    workbook type and `application/json` together, so that the page's value is still among those
    offered and an error can still come back as JSON.

    Args:
        phone_book (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[File]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        phone_book=phone_book,
    )

    response = await client.arequest(kwargs, operation="download_phonebook_sample")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "download_phonebook_sample") from error.__cause__


async def asyncio(
    phone_book: int,
    *,
    client: Client,
) -> File:
    """Download the Excel sample for importing contacts into a phonebook.

    Returns an Excel workbook whose columns match the phonebook's attributes; fill it and upload it
    with `upsert_contacts_excel`. The path is outside `/ws/v1`. The page documents the response as
    an empty JSON object, which contradicts its own description; it is the workbook here (inferred).
    The page also marks an `Accept: application/json` header as required; a client should offer the
    workbook type and `application/json` together, so that the page's value is still among those
    offered and an error can still come back as JSON.

    Args:
        phone_book (int):

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
        phone_book=phone_book,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "download_phonebook_sample")
    return response.parsed
