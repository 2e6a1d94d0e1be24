# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the provinces of Iran."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.flag import Flag
from ...models.province_page_result import ProvincePageResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    has_any_banks: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_has_any_banks: int | Unset = UNSET
    if not isinstance(has_any_banks, Unset):
        json_has_any_banks = has_any_banks.value

    params["has_any_banks"] = json_has_any_banks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/provinces",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProvincePageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = ProvincePageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "ProvincePageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[ProvincePageResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    has_any_banks: Flag | Unset = UNSET,
) -> Response[ProvincePageResult]:
    """List the provinces of Iran.

    Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
    provinces that have at least one number bank are returned. No documentation page exists; the
    shape follows `list_cities`.

    Args:
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[ProvincePageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        has_any_banks=has_any_banks,
    )

    response = client.request(kwargs, operation="list_provinces")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_provinces") from error.__cause__


def sync(
    *,
    client: Client,
    has_any_banks: Flag | Unset = UNSET,
) -> ProvincePageResult:
    """List the provinces of Iran.

    Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
    provinces that have at least one number bank are returned. No documentation page exists; the
    shape follows `list_cities`.

    Args:
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
        ProvincePageResult
    """

    response = sync_detailed(
        client=client,
        has_any_banks=has_any_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_provinces")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    has_any_banks: Flag | Unset = UNSET,
) -> Response[ProvincePageResult]:
    """List the provinces of Iran.

    Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
    provinces that have at least one number bank are returned. No documentation page exists; the
    shape follows `list_cities`.

    Args:
        has_any_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[ProvincePageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        has_any_banks=has_any_banks,
    )

    response = await client.arequest(kwargs, operation="list_provinces")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_provinces") from error.__cause__


async def asyncio(
    *,
    client: Client,
    has_any_banks: Flag | Unset = UNSET,
) -> ProvincePageResult:
    """List the provinces of Iran.

    Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
    provinces that have at least one number bank are returned. No documentation page exists; the
    shape follows `list_cities`.

    Args:
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
        ProvincePageResult
    """

    response = await asyncio_detailed(
        client=client,
        has_any_banks=has_any_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_provinces")
    return response.parsed
