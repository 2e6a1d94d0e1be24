# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the sender lines the account may use."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.flag import Flag
from ...models.line_list_result import LineListResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    is_dedicated: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_is_dedicated: int | Unset = UNSET
    if not isinstance(is_dedicated, Unset):
        json_is_dedicated = is_dedicated.value

    params["is_dedicated"] = json_is_dedicated

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/lines/accessible",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> LineListResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = LineListResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "LineListResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[LineListResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    search: str | Unset = UNSET,
    is_dedicated: Flag | Unset = UNSET,
) -> Response[LineListResult]:
    """List the sender lines the account may use.

    Returns the lines usable as `line_number`, including the shared line `90008361`. The success
    body is undocumented; public client code finds the rows either directly in `data` or in
    `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
    query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
    the page declares a bearer panel token only; a client holding one sends it, and one without
    sends the Api-Key header, as the official clients do.

    Args:
        search (str | Unset):
        is_dedicated (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LineListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        search=search,
        is_dedicated=is_dedicated,
    )

    response = client.request(kwargs, operation="list_lines")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_lines") from error.__cause__


def sync(
    *,
    client: Client,
    search: str | Unset = UNSET,
    is_dedicated: Flag | Unset = UNSET,
) -> LineListResult:
    """List the sender lines the account may use.

    Returns the lines usable as `line_number`, including the shared line `90008361`. The success
    body is undocumented; public client code finds the rows either directly in `data` or in
    `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
    query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
    the page declares a bearer panel token only; a client holding one sends it, and one without
    sends the Api-Key header, as the official clients do.

    Args:
        search (str | Unset):
        is_dedicated (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
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
        LineListResult
    """

    response = sync_detailed(
        client=client,
        search=search,
        is_dedicated=is_dedicated,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_lines")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    search: str | Unset = UNSET,
    is_dedicated: Flag | Unset = UNSET,
) -> Response[LineListResult]:
    """List the sender lines the account may use.

    Returns the lines usable as `line_number`, including the shared line `90008361`. The success
    body is undocumented; public client code finds the rows either directly in `data` or in
    `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
    query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
    the page declares a bearer panel token only; a client holding one sends it, and one without
    sends the Api-Key header, as the official clients do.

    Args:
        search (str | Unset):
        is_dedicated (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
            are inferred to be the safer form for
            the service's validation (one page's example sends '1').

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LineListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        search=search,
        is_dedicated=is_dedicated,
    )

    response = await client.arequest(kwargs, operation="list_lines")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_lines") from error.__cause__


async def asyncio(
    *,
    client: Client,
    search: str | Unset = UNSET,
    is_dedicated: Flag | Unset = UNSET,
) -> LineListResult:
    """List the sender lines the account may use.

    Returns the lines usable as `line_number`, including the shared line `90008361`. The success
    body is undocumented; public client code finds the rows either directly in `data` or in
    `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
    query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
    the page declares a bearer panel token only; a client holding one sends it, and one without
    sends the Api-Key header, as the official clients do.

    Args:
        search (str | Unset):
        is_dedicated (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1
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
        LineListResult
    """

    response = await asyncio_detailed(
        client=client,
        search=search,
        is_dedicated=is_dedicated,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_lines")
    return response.parsed
