# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the account's send requests with their overall status."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.send_request_page_result import SendRequestPageResult
from ...models.send_request_status import SendRequestStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: SendRequestStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/send_request",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> SendRequestPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = SendRequestPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "SendRequestPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[SendRequestPageResult]:
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
    search: str | Unset = UNSET,
    status: SendRequestStatus | Unset = UNSET,
) -> Response[SendRequestPageResult]:
    """List the account's send requests with their overall status.

    Returns every send request (one per send call, or one per peer) with its overall status, page by
    page, optionally filtered by `status`. No documentation page exists; the status values come from
    public client code, and the paged shape and filters from the documented send-request items list.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (SendRequestStatus | Unset): Overall status of a send request, as public client
            code lists it.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        status=status,
    )

    response = client.request(kwargs, operation="list_send_requests")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_send_requests") from error.__cause__


def sync(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: SendRequestStatus | Unset = UNSET,
) -> SendRequestPageResult:
    """List the account's send requests with their overall status.

    Returns every send request (one per send call, or one per peer) with its overall status, page by
    page, optionally filtered by `status`. No documentation page exists; the status values come from
    public client code, and the paged shape and filters from the documented send-request items list.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (SendRequestStatus | Unset): Overall status of a send request, as public client
            code lists it.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestPageResult
    """

    response = sync_detailed(
        client=client,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_send_requests")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: SendRequestStatus | Unset = UNSET,
) -> Response[SendRequestPageResult]:
    """List the account's send requests with their overall status.

    Returns every send request (one per send call, or one per peer) with its overall status, page by
    page, optionally filtered by `status`. No documentation page exists; the status values come from
    public client code, and the paged shape and filters from the documented send-request items list.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (SendRequestStatus | Unset): Overall status of a send request, as public client
            code lists it.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        status=status,
    )

    response = await client.arequest(kwargs, operation="list_send_requests")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_send_requests") from error.__cause__


async def asyncio(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: SendRequestStatus | Unset = UNSET,
) -> SendRequestPageResult:
    """List the account's send requests with their overall status.

    Returns every send request (one per send call, or one per peer) with its overall status, page by
    page, optionally filtered by `status`. No documentation page exists; the status values come from
    public client code, and the paged shape and filters from the documented send-request items list.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (SendRequestStatus | Unset): Overall status of a send request, as public client
            code lists it.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestPageResult
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_send_requests")
    return response.parsed
