# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Sign in to the user panel."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.login_request import LoginRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/auth/login",
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
    body: LoginRequest,
) -> Response[AckResult]:
    """Sign in to the user panel.

    Starts a panel session with a username and password; `method` picks the second factor (`sms` or
    `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
    they authenticate with the Api-Key header. The page's schema is empty and its response example is
    `{}`; the fields come from its request example, and none is marked required. Requiring `username`
    and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
    calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
    token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
    whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
    with `verify_two_factor`. Neither is documented.

    Args:
        body (LoginRequest): Body of `login`.

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

    response = client.request(kwargs, operation="login")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "login") from error.__cause__


def sync(
    *,
    client: Client,
    body: LoginRequest,
) -> AckResult:
    """Sign in to the user panel.

    Starts a panel session with a username and password; `method` picks the second factor (`sms` or
    `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
    they authenticate with the Api-Key header. The page's schema is empty and its response example is
    `{}`; the fields come from its request example, and none is marked required. Requiring `username`
    and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
    calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
    token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
    whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
    with `verify_two_factor`. Neither is documented.

    Args:
        body (LoginRequest): Body of `login`.

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
        raise client.failure(errors.error_from_response(response), "login")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: LoginRequest,
) -> Response[AckResult]:
    """Sign in to the user panel.

    Starts a panel session with a username and password; `method` picks the second factor (`sms` or
    `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
    they authenticate with the Api-Key header. The page's schema is empty and its response example is
    `{}`; the fields come from its request example, and none is marked required. Requiring `username`
    and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
    calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
    token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
    whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
    with `verify_two_factor`. Neither is documented.

    Args:
        body (LoginRequest): Body of `login`.

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

    response = await client.arequest(kwargs, operation="login")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "login") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: LoginRequest,
) -> AckResult:
    """Sign in to the user panel.

    Starts a panel session with a username and password; `method` picks the second factor (`sms` or
    `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
    they authenticate with the Api-Key header. The page's schema is empty and its response example is
    `{}`; the fields come from its request example, and none is marked required. Requiring `username`
    and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
    calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
    token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
    whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
    with `verify_two_factor`. Neither is documented.

    Args:
        body (LoginRequest): Body of `login`.

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
        raise client.failure(errors.error_from_response(response), "login")
    return response.parsed
