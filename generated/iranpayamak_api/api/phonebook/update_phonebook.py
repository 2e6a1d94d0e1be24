# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Rename a phonebook or change its attributes."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.id_result import IdResult
from ...models.phonebook_request import PhonebookRequest
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: PhonebookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ws/v1/phone_book/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    id: int,
    *,
    client: Client,
    body: PhonebookRequest,
) -> Response[IdResult]:
    """Rename a phonebook or change its attributes.

    Takes the same body as `create_phonebook`. The page names its 201 response "Phonebook created
    successfully", copied from the create page; `data` is inferred to be the phonebook's id.

    Args:
        id (int):
        body (PhonebookRequest): Body of `create_phonebook` and `update_phonebook`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.request(kwargs, operation="update_phonebook")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_phonebook") from error.__cause__


def sync(
    id: int,
    *,
    client: Client,
    body: PhonebookRequest,
) -> IdResult:
    """Rename a phonebook or change its attributes.

    Takes the same body as `create_phonebook`. The page names its 201 response "Phonebook created
    successfully", copied from the create page; `data` is inferred to be the phonebook's id.

    Args:
        id (int):
        body (PhonebookRequest): Body of `create_phonebook` and `update_phonebook`.

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
        id=id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_phonebook")
    return response.parsed


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    body: PhonebookRequest,
) -> Response[IdResult]:
    """Rename a phonebook or change its attributes.

    Takes the same body as `create_phonebook`. The page names its 201 response "Phonebook created
    successfully", copied from the create page; `data` is inferred to be the phonebook's id.

    Args:
        id (int):
        body (PhonebookRequest): Body of `create_phonebook` and `update_phonebook`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.arequest(kwargs, operation="update_phonebook")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_phonebook") from error.__cause__


async def asyncio(
    id: int,
    *,
    client: Client,
    body: PhonebookRequest,
) -> IdResult:
    """Rename a phonebook or change its attributes.

    Takes the same body as `create_phonebook`. The page names its 201 response "Phonebook created
    successfully", copied from the create page; `data` is inferred to be the phonebook's id.

    Args:
        id (int):
        body (PhonebookRequest): Body of `create_phonebook` and `update_phonebook`.

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
        id=id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_phonebook")
    return response.parsed
