# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Confirm a panel sign-in with its two-factor code."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.two_factor_verify_request import TwoFactorVerifyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TwoFactorVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/auth/verify-2fa",
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
    body: TwoFactorVerifyRequest,
) -> Response[AckResult]:
    """Confirm a panel sign-in with its two-factor code.

    Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
    user received or read from an authenticator app. The page's schema is empty; the fields come from
    its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
    and `code` is inferred, since they are what the call checks; `method` is nullable per the
    example's comment. The success body is not documented; we infer that, as with `login`,
    `data.token` is the panel token once the sign-in is complete.

    Args:
        body (TwoFactorVerifyRequest): Body of `verify_two_factor`. The page gives `code` no
            pattern; digits only is inferred from its
            six-digit example and from the codes that SMS and authenticator apps produce.

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

    response = client.request(kwargs, operation="verify_two_factor")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "verify_two_factor") from error.__cause__


def sync(
    *,
    client: Client,
    body: TwoFactorVerifyRequest,
) -> AckResult:
    """Confirm a panel sign-in with its two-factor code.

    Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
    user received or read from an authenticator app. The page's schema is empty; the fields come from
    its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
    and `code` is inferred, since they are what the call checks; `method` is nullable per the
    example's comment. The success body is not documented; we infer that, as with `login`,
    `data.token` is the panel token once the sign-in is complete.

    Args:
        body (TwoFactorVerifyRequest): Body of `verify_two_factor`. The page gives `code` no
            pattern; digits only is inferred from its
            six-digit example and from the codes that SMS and authenticator apps produce.

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
        raise client.failure(errors.error_from_response(response), "verify_two_factor")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: TwoFactorVerifyRequest,
) -> Response[AckResult]:
    """Confirm a panel sign-in with its two-factor code.

    Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
    user received or read from an authenticator app. The page's schema is empty; the fields come from
    its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
    and `code` is inferred, since they are what the call checks; `method` is nullable per the
    example's comment. The success body is not documented; we infer that, as with `login`,
    `data.token` is the panel token once the sign-in is complete.

    Args:
        body (TwoFactorVerifyRequest): Body of `verify_two_factor`. The page gives `code` no
            pattern; digits only is inferred from its
            six-digit example and from the codes that SMS and authenticator apps produce.

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

    response = await client.arequest(kwargs, operation="verify_two_factor")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "verify_two_factor") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: TwoFactorVerifyRequest,
) -> AckResult:
    """Confirm a panel sign-in with its two-factor code.

    Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
    user received or read from an authenticator app. The page's schema is empty; the fields come from
    its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
    and `code` is inferred, since they are what the call checks; `method` is nullable per the
    example's comment. The success body is not documented; we infer that, as with `login`,
    `data.token` is the panel token once the sign-in is complete.

    Args:
        body (TwoFactorVerifyRequest): Body of `verify_two_factor`. The page gives `code` no
            pattern; digits only is inferred from its
            six-digit example and from the codes that SMS and authenticator apps produce.

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
        raise client.failure(errors.error_from_response(response), "verify_two_factor")
    return response.parsed
