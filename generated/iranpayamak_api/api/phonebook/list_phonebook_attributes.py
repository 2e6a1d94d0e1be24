# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List custom contact attributes page by page."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.attribute_type import AttributeType
from ...models.phonebook_attribute_page_result import PhonebookAttributePageResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    type_: AttributeType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/phone_book_attribute",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> PhonebookAttributePageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = PhonebookAttributePageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "PhonebookAttributePageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[PhonebookAttributePageResult]:
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
    type_: AttributeType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PhonebookAttributePageResult]:
    """List custom contact attributes page by page.

    Returns the attributes defined on the account, optionally filtered by type or by a search text.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        type_ (AttributeType | Unset): Type of a custom contact attribute.
        search (str | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PhonebookAttributePageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        type_=type_,
        search=search,
    )

    response = client.request(kwargs, operation="list_phonebook_attributes")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_phonebook_attributes") from error.__cause__


def sync(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    type_: AttributeType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PhonebookAttributePageResult:
    """List custom contact attributes page by page.

    Returns the attributes defined on the account, optionally filtered by type or by a search text.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        type_ (AttributeType | Unset): Type of a custom contact attribute.
        search (str | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PhonebookAttributePageResult
    """

    response = sync_detailed(
        client=client,
        page=page,
        limit=limit,
        type_=type_,
        search=search,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_phonebook_attributes")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    type_: AttributeType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PhonebookAttributePageResult]:
    """List custom contact attributes page by page.

    Returns the attributes defined on the account, optionally filtered by type or by a search text.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        type_ (AttributeType | Unset): Type of a custom contact attribute.
        search (str | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PhonebookAttributePageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        type_=type_,
        search=search,
    )

    response = await client.arequest(kwargs, operation="list_phonebook_attributes")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_phonebook_attributes") from error.__cause__


async def asyncio(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    type_: AttributeType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PhonebookAttributePageResult:
    """List custom contact attributes page by page.

    Returns the attributes defined on the account, optionally filtered by type or by a search text.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        type_ (AttributeType | Unset): Type of a custom contact attribute.
        search (str | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PhonebookAttributePageResult
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        type_=type_,
        search=search,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_phonebook_attributes")
    return response.parsed
