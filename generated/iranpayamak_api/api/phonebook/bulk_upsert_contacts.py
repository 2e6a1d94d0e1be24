# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Add or update up to 500 contacts in one call."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.contact_bulk_upsert_request import ContactBulkUpsertRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBulkUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/phone_book_data/bulk-upsert",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: ContactBulkUpsertRequest,
) -> Response[AckResult]:
    """Add or update up to 500 contacts in one call.

    Adds or updates many contacts of one phonebook; the page states a maximum of 500 contacts per
    request (and marks the endpoint as still in development). Its schema is empty; the fields come
    from its example, and none is marked required. Requiring `phone_book_id`, `items` and each item's
    `mobile` is inferred, as for `add_contact`; public client code sends them on every call. The
    success body is undocumented.

    Args:
        body (ContactBulkUpsertRequest): Body of `bulk_upsert_contacts`; at most 500 contacts per
            request.

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

    response = client.request(kwargs, operation="bulk_upsert_contacts")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "bulk_upsert_contacts") from error.__cause__


def sync(
    *,
    client: Client,
    body: ContactBulkUpsertRequest,
) -> AckResult:
    """Add or update up to 500 contacts in one call.

    Adds or updates many contacts of one phonebook; the page states a maximum of 500 contacts per
    request (and marks the endpoint as still in development). Its schema is empty; the fields come
    from its example, and none is marked required. Requiring `phone_book_id`, `items` and each item's
    `mobile` is inferred, as for `add_contact`; public client code sends them on every call. The
    success body is undocumented.

    Args:
        body (ContactBulkUpsertRequest): Body of `bulk_upsert_contacts`; at most 500 contacts per
            request.

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
        raise client.failure(errors.error_from_response(response), "bulk_upsert_contacts")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: ContactBulkUpsertRequest,
) -> Response[AckResult]:
    """Add or update up to 500 contacts in one call.

    Adds or updates many contacts of one phonebook; the page states a maximum of 500 contacts per
    request (and marks the endpoint as still in development). Its schema is empty; the fields come
    from its example, and none is marked required. Requiring `phone_book_id`, `items` and each item's
    `mobile` is inferred, as for `add_contact`; public client code sends them on every call. The
    success body is undocumented.

    Args:
        body (ContactBulkUpsertRequest): Body of `bulk_upsert_contacts`; at most 500 contacts per
            request.

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

    response = await client.arequest(kwargs, operation="bulk_upsert_contacts")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "bulk_upsert_contacts") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: ContactBulkUpsertRequest,
) -> AckResult:
    """Add or update up to 500 contacts in one call.

    Adds or updates many contacts of one phonebook; the page states a maximum of 500 contacts per
    request (and marks the endpoint as still in development). Its schema is empty; the fields come
    from its example, and none is marked required. Requiring `phone_book_id`, `items` and each item's
    `mobile` is inferred, as for `add_contact`; public client code sends them on every call. The
    success body is undocumented.

    Args:
        body (ContactBulkUpsertRequest): Body of `bulk_upsert_contacts`; at most 500 contacts per
            request.

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
        raise client.failure(errors.error_from_response(response), "bulk_upsert_contacts")
    return response.parsed
