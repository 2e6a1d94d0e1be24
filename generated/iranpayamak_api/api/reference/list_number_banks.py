# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the number banks available in a city."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.flag import Flag
from ...models.number_bank_page_result import NumberBankPageResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    province_id: int,
    city_id: int,
    search: str | Unset = UNSET,
    include_public_banks: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["province_id"] = province_id

    params["city_id"] = city_id

    params["search"] = search

    json_include_public_banks: int | Unset = UNSET
    if not isinstance(include_public_banks, Unset):
        json_include_public_banks = include_public_banks.value

    params["include_public_banks"] = json_include_public_banks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/number_bank",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> NumberBankPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = NumberBankPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "NumberBankPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[NumberBankPageResult]:
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
    city_id: int,
    search: str | Unset = UNSET,
    include_public_banks: Flag | Unset = UNSET,
) -> Response[NumberBankPageResult]:
    """List the number banks available in a city.

    Returns the number banks (ready-made lists of numbers by trade and region) that
    `send_to_number_bank`
    can target. With `include_public_banks=1` the service's public banks are included. The page declares
    no authentication while its own code sample sends the Api-Key header, which is required here. It
    copies the phonebook list's response; the bank item shape is inferred.

    Args:
        province_id (int):
        city_id (int):
        search (str | Unset):
        include_public_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0
            and 1 are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[NumberBankPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        province_id=province_id,
        city_id=city_id,
        search=search,
        include_public_banks=include_public_banks,
    )

    response = client.request(kwargs, operation="list_number_banks")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_number_banks") from error.__cause__


def sync(
    *,
    client: Client,
    province_id: int,
    city_id: int,
    search: str | Unset = UNSET,
    include_public_banks: Flag | Unset = UNSET,
) -> NumberBankPageResult:
    """List the number banks available in a city.

    Returns the number banks (ready-made lists of numbers by trade and region) that
    `send_to_number_bank`
    can target. With `include_public_banks=1` the service's public banks are included. The page declares
    no authentication while its own code sample sends the Api-Key header, which is required here. It
    copies the phonebook list's response; the bank item shape is inferred.

    Args:
        province_id (int):
        city_id (int):
        search (str | Unset):
        include_public_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0
            and 1 are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        NumberBankPageResult
    """

    response = sync_detailed(
        client=client,
        province_id=province_id,
        city_id=city_id,
        search=search,
        include_public_banks=include_public_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_number_banks")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    province_id: int,
    city_id: int,
    search: str | Unset = UNSET,
    include_public_banks: Flag | Unset = UNSET,
) -> Response[NumberBankPageResult]:
    """List the number banks available in a city.

    Returns the number banks (ready-made lists of numbers by trade and region) that
    `send_to_number_bank`
    can target. With `include_public_banks=1` the service's public banks are included. The page declares
    no authentication while its own code sample sends the Api-Key header, which is required here. It
    copies the phonebook list's response; the bank item shape is inferred.

    Args:
        province_id (int):
        city_id (int):
        search (str | Unset):
        include_public_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0
            and 1 are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[NumberBankPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        province_id=province_id,
        city_id=city_id,
        search=search,
        include_public_banks=include_public_banks,
    )

    response = await client.arequest(kwargs, operation="list_number_banks")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_number_banks") from error.__cause__


async def asyncio(
    *,
    client: Client,
    province_id: int,
    city_id: int,
    search: str | Unset = UNSET,
    include_public_banks: Flag | Unset = UNSET,
) -> NumberBankPageResult:
    """List the number banks available in a city.

    Returns the number banks (ready-made lists of numbers by trade and region) that
    `send_to_number_bank`
    can target. With `include_public_banks=1` the service's public banks are included. The page declares
    no authentication while its own code sample sends the Api-Key header, which is required here. It
    copies the phonebook list's response; the bank item shape is inferred.

    Args:
        province_id (int):
        city_id (int):
        search (str | Unset):
        include_public_banks (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0
            and 1 are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        NumberBankPageResult
    """

    response = await asyncio_detailed(
        client=client,
        province_id=province_id,
        city_id=city_id,
        search=search,
        include_public_banks=include_public_banks,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_number_banks")
    return response.parsed
