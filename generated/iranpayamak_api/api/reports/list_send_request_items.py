# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the per-recipient delivery status of one send request."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.delivery_status import DeliveryStatus
from ...models.send_request_item_page_result import SendRequestItemPageResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    send_request_id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: DeliveryStatus | Unset = UNSET,
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
        "url": "/ws/v1/send_request/{send_request_id}/items".format(
            send_request_id=quote(str(send_request_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> SendRequestItemPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = SendRequestItemPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "SendRequestItemPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[SendRequestItemPageResult]:
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
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: DeliveryStatus | Unset = UNSET,
) -> Response[SendRequestItemPageResult]:
    """List the per-recipient delivery status of one send request.

    Returns one item per recipient of a send request with its delivery status (delivered, failed,
    blacklisted, ...), page by page. The page copies the phonebook list's description and response
    schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
    The page gives `page` and `limit` no minimum and no default; those of the other documented lists
    (from 1, 10 per page) are assumed here.

    Args:
        send_request_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (DeliveryStatus | Unset): Delivery status of one recipient of a send request.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestItemPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        send_request_id=send_request_id,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )

    response = client.request(kwargs, operation="list_send_request_items")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_send_request_items") from error.__cause__


def sync(
    send_request_id: int,
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: DeliveryStatus | Unset = UNSET,
) -> SendRequestItemPageResult:
    """List the per-recipient delivery status of one send request.

    Returns one item per recipient of a send request with its delivery status (delivered, failed,
    blacklisted, ...), page by page. The page copies the phonebook list's description and response
    schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
    The page gives `page` and `limit` no minimum and no default; those of the other documented lists
    (from 1, 10 per page) are assumed here.

    Args:
        send_request_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (DeliveryStatus | Unset): Delivery status of one recipient of a send request.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestItemPageResult
    """

    response = sync_detailed(
        send_request_id=send_request_id,
        client=client,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_send_request_items")
    return response.parsed


async def asyncio_detailed(
    send_request_id: int,
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: DeliveryStatus | Unset = UNSET,
) -> Response[SendRequestItemPageResult]:
    """List the per-recipient delivery status of one send request.

    Returns one item per recipient of a send request with its delivery status (delivered, failed,
    blacklisted, ...), page by page. The page copies the phonebook list's description and response
    schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
    The page gives `page` and `limit` no minimum and no default; those of the other documented lists
    (from 1, 10 per page) are assumed here.

    Args:
        send_request_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (DeliveryStatus | Unset): Delivery status of one recipient of a send request.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[SendRequestItemPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        send_request_id=send_request_id,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )

    response = await client.arequest(kwargs, operation="list_send_request_items")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_send_request_items") from error.__cause__


async def asyncio(
    send_request_id: int,
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: DeliveryStatus | Unset = UNSET,
) -> SendRequestItemPageResult:
    """List the per-recipient delivery status of one send request.

    Returns one item per recipient of a send request with its delivery status (delivered, failed,
    blacklisted, ...), page by page. The page copies the phonebook list's description and response
    schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
    The page gives `page` and `limit` no minimum and no default; those of the other documented lists
    (from 1, 10 per page) are assumed here.

    Args:
        send_request_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (DeliveryStatus | Unset): Delivery status of one recipient of a send request.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        SendRequestItemPageResult
    """

    response = await asyncio_detailed(
        send_request_id=send_request_id,
        client=client,
        page=page,
        limit=limit,
        search=search,
        status=status,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_send_request_items")
    return response.parsed
