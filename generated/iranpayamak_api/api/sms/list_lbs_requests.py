# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the account's location-based campaigns."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.lbs_request_list_result import LbsRequestListResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/lbs",
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> LbsRequestListResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = LbsRequestListResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "LbsRequestListResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[LbsRequestListResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[LbsRequestListResult]:
    """List the account's location-based campaigns.

    Returns the LBS campaigns of the account with their status. The documentation page shows no
    query parameters and documents only the 401 response; the success body is inferred to be a
    list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
    client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
    header instead, which is inferred to work here (public clients use it on `list_lines`;
    nothing shows it on this operation).

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LbsRequestListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = client.request(kwargs, operation="list_lbs_requests")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_lbs_requests") from error.__cause__


def sync(
    *,
    client: Client,
) -> LbsRequestListResult:
    """List the account's location-based campaigns.

    Returns the LBS campaigns of the account with their status. The documentation page shows no
    query parameters and documents only the 401 response; the success body is inferred to be a
    list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
    client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
    header instead, which is inferred to work here (public clients use it on `list_lines`;
    nothing shows it on this operation).

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        LbsRequestListResult
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_lbs_requests")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[LbsRequestListResult]:
    """List the account's location-based campaigns.

    Returns the LBS campaigns of the account with their status. The documentation page shows no
    query parameters and documents only the 401 response; the success body is inferred to be a
    list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
    client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
    header instead, which is inferred to work here (public clients use it on `list_lines`;
    nothing shows it on this operation).

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LbsRequestListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(kwargs, operation="list_lbs_requests")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_lbs_requests") from error.__cause__


async def asyncio(
    *,
    client: Client,
) -> LbsRequestListResult:
    """List the account's location-based campaigns.

    Returns the LBS campaigns of the account with their status. The documentation page shows no
    query parameters and documents only the 401 response; the success body is inferred to be a
    list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
    client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
    header instead, which is inferred to work here (public clients use it on `list_lines`;
    nothing shows it on this operation).

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        LbsRequestListResult
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_lbs_requests")
    return response.parsed
