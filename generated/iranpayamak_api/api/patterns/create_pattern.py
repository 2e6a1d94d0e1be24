# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Create a new pattern (message template) for pattern sends."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.code_result import CodeResult
from ...models.pattern_create_request import PatternCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PatternCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/patterns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> CodeResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_201 = CodeResult.from_dict(payload)

        _conform.conform(response_201)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "CodeResult", exc) from exc
    return response_201


def _build_response(*, response: httpx.Response) -> Response[CodeResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: PatternCreateRequest,
) -> Response[CodeResult]:
    """Create a new pattern (message template) for pattern sends.

    Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
    type and a maximum length. New patterns must be approved by the provider before they can be sent.
    `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
    the new pattern's code.

    Args:
        body (PatternCreateRequest): Body of `create_pattern`. The page lists all six fields as
            required; `description` may be null.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CodeResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="create_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "create_pattern") from error.__cause__


def sync(
    *,
    client: Client,
    body: PatternCreateRequest,
) -> CodeResult:
    """Create a new pattern (message template) for pattern sends.

    Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
    type and a maximum length. New patterns must be approved by the provider before they can be sent.
    `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
    the new pattern's code.

    Args:
        body (PatternCreateRequest): Body of `create_pattern`. The page lists all six fields as
            required; `description` may be null.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CodeResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "create_pattern")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: PatternCreateRequest,
) -> Response[CodeResult]:
    """Create a new pattern (message template) for pattern sends.

    Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
    type and a maximum length. New patterns must be approved by the provider before they can be sent.
    `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
    the new pattern's code.

    Args:
        body (PatternCreateRequest): Body of `create_pattern`. The page lists all six fields as
            required; `description` may be null.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CodeResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="create_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "create_pattern") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: PatternCreateRequest,
) -> CodeResult:
    """Create a new pattern (message template) for pattern sends.

    Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
    type and a maximum length. New patterns must be approved by the provider before they can be sent.
    `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
    the new pattern's code.

    Args:
        body (PatternCreateRequest): Body of `create_pattern`. The page lists all six fields as
            required; `description` may be null.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CodeResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "create_pattern")
    return response.parsed
