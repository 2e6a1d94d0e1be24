# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.id_list_result import IdListResult
from ...models.peer_to_peer_file_send_request import PeerToPeerFileSendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PeerToPeerFileSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/send/peer-to-peer-file",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> IdListResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_201 = IdListResult.from_dict(payload)

        _conform.conform(response_201)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "IdListResult", exc) from exc
    return response_201


def _build_response(*, response: httpx.Response) -> Response[IdListResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: PeerToPeerFileSendRequest,
) -> Response[IdListResult]:
    """Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file.

    The file variant of `send_peer_to_peer`: each row pairs a text with its recipients. The page
    says `peers_file` may be an Excel or a CSV file. The documentation page places it at
    `/ws/v1/sms/peer-to-peer-file`; the endpoint list, followed here, at
    `/ws/v1/send/peer-to-peer-file`. The page lists `number_format` as `en | fa` while its example
    sends `persian`; this document uses `english | persian` throughout.

    Args:
        body (PeerToPeerFileSendRequest): Form of `send_peer_to_peer_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="send_peer_to_peer_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_peer_to_peer_file") from error.__cause__


def sync(
    *,
    client: Client,
    body: PeerToPeerFileSendRequest,
) -> IdListResult:
    """Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file.

    The file variant of `send_peer_to_peer`: each row pairs a text with its recipients. The page
    says `peers_file` may be an Excel or a CSV file. The documentation page places it at
    `/ws/v1/sms/peer-to-peer-file`; the endpoint list, followed here, at
    `/ws/v1/send/peer-to-peer-file`. The page lists `number_format` as `en | fa` while its example
    sends `persian`; this document uses `english | persian` throughout.

    Args:
        body (PeerToPeerFileSendRequest): Form of `send_peer_to_peer_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdListResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "send_peer_to_peer_file")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: PeerToPeerFileSendRequest,
) -> Response[IdListResult]:
    """Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file.

    The file variant of `send_peer_to_peer`: each row pairs a text with its recipients. The page
    says `peers_file` may be an Excel or a CSV file. The documentation page places it at
    `/ws/v1/sms/peer-to-peer-file`; the endpoint list, followed here, at
    `/ws/v1/send/peer-to-peer-file`. The page lists `number_format` as `en | fa` while its example
    sends `persian`; this document uses `english | persian` throughout.

    Args:
        body (PeerToPeerFileSendRequest): Form of `send_peer_to_peer_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdListResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="send_peer_to_peer_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_peer_to_peer_file") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: PeerToPeerFileSendRequest,
) -> IdListResult:
    """Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file.

    The file variant of `send_peer_to_peer`: each row pairs a text with its recipients. The page
    says `peers_file` may be an Excel or a CSV file. The documentation page places it at
    `/ws/v1/sms/peer-to-peer-file`; the endpoint list, followed here, at
    `/ws/v1/send/peer-to-peer-file`. The page lists `number_format` as `en | fa` while its example
    sends `persian`; this document uses `english | persian` throughout.

    Args:
        body (PeerToPeerFileSendRequest): Form of `send_peer_to_peer_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdListResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "send_peer_to_peer_file")
    return response.parsed
