# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Show one location-based campaign."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.lbs_request_result import LbsRequestResult
from ...types import Response


def _get_kwargs(
    lbs_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/lbs/{lbs_id}".format(
            lbs_id=quote(str(lbs_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> LbsRequestResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = LbsRequestResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "LbsRequestResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[LbsRequestResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    lbs_id: int,
    *,
    client: Client,
) -> Response[LbsRequestResult]:
    """Show one location-based campaign.

    Returns the details of one campaign. Only the 401 response is documented; the campaign shape
    is inferred from the create request plus an id and a status. Authentication: the page
    declares a bearer panel token only. A client holding a panel token sends `Authorization:
    Bearer`; one without sends the Api-Key header instead, which is inferred to work here
    (public clients use it on `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LbsRequestResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        lbs_id=lbs_id,
    )

    response = client.request(kwargs, operation="get_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_lbs_request") from error.__cause__


def sync(
    lbs_id: int,
    *,
    client: Client,
) -> LbsRequestResult:
    """Show one location-based campaign.

    Returns the details of one campaign. Only the 401 response is documented; the campaign shape
    is inferred from the create request plus an id and a status. Authentication: the page
    declares a bearer panel token only. A client holding a panel token sends `Authorization:
    Bearer`; one without sends the Api-Key header instead, which is inferred to work here
    (public clients use it on `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        LbsRequestResult
    """

    response = sync_detailed(
        lbs_id=lbs_id,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_lbs_request")
    return response.parsed


async def asyncio_detailed(
    lbs_id: int,
    *,
    client: Client,
) -> Response[LbsRequestResult]:
    """Show one location-based campaign.

    Returns the details of one campaign. Only the 401 response is documented; the campaign shape
    is inferred from the create request plus an id and a status. Authentication: the page
    declares a bearer panel token only. A client holding a panel token sends `Authorization:
    Bearer`; one without sends the Api-Key header instead, which is inferred to work here
    (public clients use it on `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[LbsRequestResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        lbs_id=lbs_id,
    )

    response = await client.arequest(kwargs, operation="get_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_lbs_request") from error.__cause__


async def asyncio(
    lbs_id: int,
    *,
    client: Client,
) -> LbsRequestResult:
    """Show one location-based campaign.

    Returns the details of one campaign. Only the 401 response is documented; the campaign shape
    is inferred from the create request plus an id and a status. Authentication: the page
    declares a bearer panel token only. A client holding a panel token sends `Authorization:
    Bearer`; one without sends the Api-Key header instead, which is inferred to work here
    (public clients use it on `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        LbsRequestResult
    """

    response = await asyncio_detailed(
        lbs_id=lbs_id,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_lbs_request")
    return response.parsed
