# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Edit a location-based campaign before it runs."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.lbs_update_request import LbsUpdateRequest
from ...types import Response


def _get_kwargs(
    lbs_id: int,
    *,
    body: LbsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ws/v1/lbs/{lbs_id}".format(
            lbs_id=quote(str(lbs_id), safe=""),
        ),
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
    lbs_id: int,
    *,
    client: Client,
    body: LbsUpdateRequest,
) -> Response[AckResult]:
    """Edit a location-based campaign before it runs.

    Replaces the text, area, window and filters of a campaign that has not started. The edit
    page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
    `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
    is empty as well: the fields come from its example, none is marked required, and the six
    fields required on create are required here too (inferred: the edit is read as replacing the
    campaign). The success body is undocumented. Authentication: the page declares a bearer
    panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
    sends the Api-Key header instead, which is inferred to work here (public clients use it on
    `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):
        body (LbsUpdateRequest): Body of `update_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        lbs_id=lbs_id,
        body=body,
    )

    response = client.request(kwargs, operation="update_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_lbs_request") from error.__cause__


def sync(
    lbs_id: int,
    *,
    client: Client,
    body: LbsUpdateRequest,
) -> AckResult:
    """Edit a location-based campaign before it runs.

    Replaces the text, area, window and filters of a campaign that has not started. The edit
    page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
    `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
    is empty as well: the fields come from its example, none is marked required, and the six
    fields required on create are required here too (inferred: the edit is read as replacing the
    campaign). The success body is undocumented. Authentication: the page declares a bearer
    panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
    sends the Api-Key header instead, which is inferred to work here (public clients use it on
    `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):
        body (LbsUpdateRequest): Body of `update_lbs_request`.

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
        lbs_id=lbs_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_lbs_request")
    return response.parsed


async def asyncio_detailed(
    lbs_id: int,
    *,
    client: Client,
    body: LbsUpdateRequest,
) -> Response[AckResult]:
    """Edit a location-based campaign before it runs.

    Replaces the text, area, window and filters of a campaign that has not started. The edit
    page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
    `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
    is empty as well: the fields come from its example, none is marked required, and the six
    fields required on create are required here too (inferred: the edit is read as replacing the
    campaign). The success body is undocumented. Authentication: the page declares a bearer
    panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
    sends the Api-Key header instead, which is inferred to work here (public clients use it on
    `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):
        body (LbsUpdateRequest): Body of `update_lbs_request`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        lbs_id=lbs_id,
        body=body,
    )

    response = await client.arequest(kwargs, operation="update_lbs_request")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_lbs_request") from error.__cause__


async def asyncio(
    lbs_id: int,
    *,
    client: Client,
    body: LbsUpdateRequest,
) -> AckResult:
    """Edit a location-based campaign before it runs.

    Replaces the text, area, window and filters of a campaign that has not started. The edit
    page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
    `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
    is empty as well: the fields come from its example, none is marked required, and the six
    fields required on create are required here too (inferred: the edit is read as replacing the
    campaign). The success body is undocumented. Authentication: the page declares a bearer
    panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
    sends the Api-Key header instead, which is inferred to work here (public clients use it on
    `list_lines`; nothing shows it on this operation).

    Args:
        lbs_id (int):
        body (LbsUpdateRequest): Body of `update_lbs_request`.

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
        lbs_id=lbs_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_lbs_request")
    return response.parsed
