# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Estimate what a send will cost before running it."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.cost_request import CostRequest
from ...models.cost_result import CostResult
from ...models.postal_cost_request import PostalCostRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CostRequest | PostalCostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/sms/calculate-cost",
    }

    if isinstance(body, CostRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> CostResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = CostResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "CostResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[CostResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: CostRequest | PostalCostRequest,
) -> Response[CostResult]:
    """Estimate what a send will cost before running it.

    Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
    Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
    sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
    endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
    body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
    `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
    shows the other. Both pages declare no authentication; the Api-Key header is required here.
    Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

    Args:
        body (CostRequest | PostalCostRequest):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CostResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="calculate_cost")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "calculate_cost") from error.__cause__


def sync(
    *,
    client: Client,
    body: CostRequest | PostalCostRequest,
) -> CostResult:
    """Estimate what a send will cost before running it.

    Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
    Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
    sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
    endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
    body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
    `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
    shows the other. Both pages declare no authentication; the Api-Key header is required here.
    Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

    Args:
        body (CostRequest | PostalCostRequest):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CostResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "calculate_cost")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: CostRequest | PostalCostRequest,
) -> Response[CostResult]:
    """Estimate what a send will cost before running it.

    Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
    Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
    sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
    endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
    body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
    `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
    shows the other. Both pages declare no authentication; the Api-Key header is required here.
    Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

    Args:
        body (CostRequest | PostalCostRequest):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CostResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="calculate_cost")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "calculate_cost") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: CostRequest | PostalCostRequest,
) -> CostResult:
    """Estimate what a send will cost before running it.

    Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
    Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
    sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
    endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
    body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
    `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
    shows the other. Both pages declare no authentication; the Api-Key header is required here.
    Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

    Args:
        body (CostRequest | PostalCostRequest):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CostResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "calculate_cost")
    return response.parsed
