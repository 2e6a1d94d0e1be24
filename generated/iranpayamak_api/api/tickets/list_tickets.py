# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List support tickets page by page."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ticket_page_result import TicketPageResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    status: str | Unset = UNSET,
    department: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["status"] = status

    params["department"] = department

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/ticket",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> TicketPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = TicketPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "TicketPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[TicketPageResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    status: str | Unset = UNSET,
    department: int | Unset = UNSET,
) -> Response[TicketPageResult]:
    """List support tickets page by page.

    Returns the account's tickets, optionally filtered by status and department. No documentation
    page exists; the filters come from the endpoint list and the paged shape from the other lists.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        status (str | Unset):
        department (int | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[TicketPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        department=department,
    )

    response = client.request(kwargs, operation="list_tickets")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_tickets") from error.__cause__


def sync(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    status: str | Unset = UNSET,
    department: int | Unset = UNSET,
) -> TicketPageResult:
    """List support tickets page by page.

    Returns the account's tickets, optionally filtered by status and department. No documentation
    page exists; the filters come from the endpoint list and the paged shape from the other lists.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        status (str | Unset):
        department (int | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        TicketPageResult
    """

    response = sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        department=department,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_tickets")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    status: str | Unset = UNSET,
    department: int | Unset = UNSET,
) -> Response[TicketPageResult]:
    """List support tickets page by page.

    Returns the account's tickets, optionally filtered by status and department. No documentation
    page exists; the filters come from the endpoint list and the paged shape from the other lists.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        status (str | Unset):
        department (int | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[TicketPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        department=department,
    )

    response = await client.arequest(kwargs, operation="list_tickets")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_tickets") from error.__cause__


async def asyncio(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    status: str | Unset = UNSET,
    department: int | Unset = UNSET,
) -> TicketPageResult:
    """List support tickets page by page.

    Returns the account's tickets, optionally filtered by status and department. No documentation
    page exists; the filters come from the endpoint list and the paged shape from the other lists.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        status (str | Unset):
        department (int | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        TicketPageResult
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        department=department,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_tickets")
    return response.parsed
