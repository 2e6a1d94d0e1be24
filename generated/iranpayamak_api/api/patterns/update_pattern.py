# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Edit a pattern's text or variables."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.code_result import CodeResult
from ...models.pattern_update_request import PatternUpdateRequest
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: PatternUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ws/v1/patterns/{code}".format(
            code=quote(str(code), safe=""),
        ),
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
        response_200 = CodeResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "CodeResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[CodeResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: Client,
    body: PatternUpdateRequest,
) -> Response[CodeResult]:
    """Edit a pattern's text or variables.

    Changes an existing pattern; an edited pattern may need approval again. No documentation page
    exists. The body follows the pattern request object the documentation defines (`text`, `shared`
    and `website` required, variables under `attributes`), which the endpoint list also names as the
    required fields. Unknown extra fields are allowed so that the create-style names (`share`,
    `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

    Args:
        code (str):
        body (PatternUpdateRequest): Body of `update_pattern`, the documented pattern request
            object.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CodeResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.request(kwargs, operation="update_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_pattern") from error.__cause__


def sync(
    code: str,
    *,
    client: Client,
    body: PatternUpdateRequest,
) -> CodeResult:
    """Edit a pattern's text or variables.

    Changes an existing pattern; an edited pattern may need approval again. No documentation page
    exists. The body follows the pattern request object the documentation defines (`text`, `shared`
    and `website` required, variables under `attributes`), which the endpoint list also names as the
    required fields. Unknown extra fields are allowed so that the create-style names (`share`,
    `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

    Args:
        code (str):
        body (PatternUpdateRequest): Body of `update_pattern`, the documented pattern request
            object.

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
        code=code,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_pattern")
    return response.parsed


async def asyncio_detailed(
    code: str,
    *,
    client: Client,
    body: PatternUpdateRequest,
) -> Response[CodeResult]:
    """Edit a pattern's text or variables.

    Changes an existing pattern; an edited pattern may need approval again. No documentation page
    exists. The body follows the pattern request object the documentation defines (`text`, `shared`
    and `website` required, variables under `attributes`), which the endpoint list also names as the
    required fields. Unknown extra fields are allowed so that the create-style names (`share`,
    `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

    Args:
        code (str):
        body (PatternUpdateRequest): Body of `update_pattern`, the documented pattern request
            object.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CodeResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.arequest(kwargs, operation="update_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "update_pattern") from error.__cause__


async def asyncio(
    code: str,
    *,
    client: Client,
    body: PatternUpdateRequest,
) -> CodeResult:
    """Edit a pattern's text or variables.

    Changes an existing pattern; an edited pattern may need approval again. No documentation page
    exists. The body follows the pattern request object the documentation defines (`text`, `shared`
    and `website` required, variables under `attributes`), which the endpoint list also names as the
    required fields. Unknown extra fields are allowed so that the create-style names (`share`,
    `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

    Args:
        code (str):
        body (PatternUpdateRequest): Body of `update_pattern`, the documented pattern request
            object.

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
        code=code,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "update_pattern")
    return response.parsed
