# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the cities of a province."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.city_page_result import CityPageResult
from ...models.flag import Flag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    province_id: int,
    has_any_banks: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["province_id"] = province_id

    json_has_any_banks: int | Unset = UNSET
    if not isinstance(has_any_banks, Unset):
        json_has_any_banks = has_any_banks.value

    params["has_any_banks"] = json_has_any_banks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cities",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> CityPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = CityPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "CityPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[CityPageResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    province_id: int,
    has_any_banks: Flag | Unset = UNSET,
) -> Response[CityPageResult]:
    """List the cities of a province.

    Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
    outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
    city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
    number bank are returned.

    Args:
        province_id (int):
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CityPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        province_id=province_id,
        has_any_banks=has_any_banks,
    )

    response = client.request(kwargs, operation="list_cities")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_cities") from error.__cause__


def sync(
    *,
    client: Client,
    province_id: int,
    has_any_banks: Flag | Unset = UNSET,
) -> CityPageResult:
    """List the cities of a province.

    Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
    outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
    city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
    number bank are returned.

    Args:
        province_id (int):
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CityPageResult
    """

    response = sync_detailed(
        client=client,
        province_id=province_id,
        has_any_banks=has_any_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_cities")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    province_id: int,
    has_any_banks: Flag | Unset = UNSET,
) -> Response[CityPageResult]:
    """List the cities of a province.

    Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
    outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
    city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
    number bank are returned.

    Args:
        province_id (int):
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CityPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        province_id=province_id,
        has_any_banks=has_any_banks,
    )

    response = await client.arequest(kwargs, operation="list_cities")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_cities") from error.__cause__


async def asyncio(
    *,
    client: Client,
    province_id: int,
    has_any_banks: Flag | Unset = UNSET,
) -> CityPageResult:
    """List the cities of a province.

    Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
    outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
    city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
    number bank are returned.

    Args:
        province_id (int):
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CityPageResult
    """

    response = await asyncio_detailed(
        client=client,
        province_id=province_id,
        has_any_banks=has_any_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_cities")
    return response.parsed
