# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Show the account profile."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.profile_result import ProfileResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/account/profile",
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProfileResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = ProfileResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "ProfileResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[ProfileResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[ProfileResult]:
    """Show the account profile.

    Returns the account's display name, mobile, verification and block flags, plan and permission
    mask. The page's description was copied from a login page and is ignored.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[ProfileResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = client.request(kwargs, operation="get_profile")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_profile") from error.__cause__


def sync(
    *,
    client: Client,
) -> ProfileResult:
    """Show the account profile.

    Returns the account's display name, mobile, verification and block flags, plan and permission
    mask. The page's description was copied from a login page and is ignored.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        ProfileResult
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_profile")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[ProfileResult]:
    """Show the account profile.

    Returns the account's display name, mobile, verification and block flags, plan and permission
    mask. The page's description was copied from a login page and is ignored.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[ProfileResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(kwargs, operation="get_profile")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_profile") from error.__cause__


async def asyncio(
    *,
    client: Client,
) -> ProfileResult:
    """Show the account profile.

    Returns the account's display name, mobile, verification and block flags, plan and permission
    mask. The page's description was copied from a login page and is ignored.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        ProfileResult
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_profile")
    return response.parsed
