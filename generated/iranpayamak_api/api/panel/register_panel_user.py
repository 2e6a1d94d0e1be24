# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Register a panel user."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.ack_result import AckResult
from ...models.panel_register_request import PanelRegisterRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PanelRegisterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/auth/register",
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
    body: PanelRegisterRequest,
) -> Response[AckResult]:
    """Register a panel user.

    Creates a panel account; not needed to use the web service. No documentation page exists. The
    fields the form asks for are served by `get_register_form`, so the body is an open object whose
    common fields are listed; the response is the plain envelope.

    Args:
        body (PanelRegisterRequest): Body of `register_panel_user`; further fields asked by the
            form are passed through.

    Raises:
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="register_panel_user")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "register_panel_user") from error.__cause__


def sync(
    *,
    client: Client,
    body: PanelRegisterRequest,
) -> AckResult:
    """Register a panel user.

    Creates a panel account; not needed to use the web service. No documentation page exists. The
    fields the form asks for are served by `get_register_form`, so the body is an open object whose
    common fields are listed; the response is the plain envelope.

    Args:
        body (PanelRegisterRequest): Body of `register_panel_user`; further fields asked by the
            form are passed through.

    Raises:
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
        raise client.failure(errors.error_from_response(response), "register_panel_user")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: PanelRegisterRequest,
) -> Response[AckResult]:
    """Register a panel user.

    Creates a panel account; not needed to use the web service. No documentation page exists. The
    fields the form asks for are served by `get_register_form`, so the body is an open object whose
    common fields are listed; the response is the plain envelope.

    Args:
        body (PanelRegisterRequest): Body of `register_panel_user`; further fields asked by the
            form are passed through.

    Raises:
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[AckResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="register_panel_user")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "register_panel_user") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: PanelRegisterRequest,
) -> AckResult:
    """Register a panel user.

    Creates a panel account; not needed to use the web service. No documentation page exists. The
    fields the form asks for are served by `get_register_form`, so the body is an open object whose
    common fields are listed; the response is the plain envelope.

    Args:
        body (PanelRegisterRequest): Body of `register_panel_user`; further fields asked by the
            form are passed through.

    Raises:
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
        raise client.failure(errors.error_from_response(response), "register_panel_user")
    return response.parsed
