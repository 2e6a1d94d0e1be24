# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Create a location-based (LBS) campaign."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.lbs_create_request import LbsCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LbsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/lbs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> AckResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = AckResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "AckResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[AckResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: LbsCreateRequest,
) -> Response[AckResult]:
    """Create a location-based (LBS) campaign.

    Creates a campaign that messages people who are inside a circular area during a time window,
    optionally filtered by gender, age and device. The documentation page leaves the request
    schema empty; the fields come from its example, and none is marked required. Requiring
    `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
    them a campaign has no message, no time window or no area. `start_time` and `end_time` are
    Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
    new campaign's id. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (LbsCreateRequest): Body of `create_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="create_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "create_lbs_request") from error.__cause__


def sync(
    *,
    client: Client,
    body: LbsCreateRequest,
) -> AckResult:
    """Create a location-based (LBS) campaign.

    Creates a campaign that messages people who are inside a circular area during a time window,
    optionally filtered by gender, age and device. The documentation page leaves the request
    schema empty; the fields come from its example, and none is marked required. Requiring
    `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
    them a campaign has no message, no time window or no area. `start_time` and `end_time` are
    Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
    new campaign's id. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (LbsCreateRequest): Body of `create_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        AckResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "create_lbs_request")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: LbsCreateRequest,
) -> Response[AckResult]:
    """Create a location-based (LBS) campaign.

    Creates a campaign that messages people who are inside a circular area during a time window,
    optionally filtered by gender, age and device. The documentation page leaves the request
    schema empty; the fields come from its example, and none is marked required. Requiring
    `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
    them a campaign has no message, no time window or no area. `start_time` and `end_time` are
    Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
    new campaign's id. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (LbsCreateRequest): Body of `create_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="create_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "create_lbs_request") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: LbsCreateRequest,
) -> AckResult:
    """Create a location-based (LBS) campaign.

    Creates a campaign that messages people who are inside a circular area during a time window,
    optionally filtered by gender, age and device. The documentation page leaves the request
    schema empty; the fields come from its example, and none is marked required. Requiring
    `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
    them a campaign has no message, no time window or no area. `start_time` and `end_time` are
    Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
    new campaign's id. Authentication: the page declares a bearer panel token only. A client
    holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
    instead, which is inferred to work here (public clients use it on `list_lines`; nothing
    shows it on this operation).

    Args:
        body (LbsCreateRequest): Body of `create_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        AckResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "create_lbs_request")
    return response.parsed
