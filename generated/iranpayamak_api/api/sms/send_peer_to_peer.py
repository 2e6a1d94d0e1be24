# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Send a different text to each group of recipients in one call."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.id_list_result import IdListResult
from ...models.peer_to_peer_send_request import PeerToPeerSendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PeerToPeerSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/send/peer-to-peer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: PeerToPeerSendRequest,
) -> Response[IdListResult]:
    """Send a different text to each group of recipients in one call.

    Each entry of `peers` has its own text and its own recipients (numbers and/or phonebook slices);
    every peer becomes a separate send request, and `data` lists their ids in order. The documentation
    page places this operation at `/ws/v1/sms/peer-to-peer`; the endpoint list of the service, which
    this document follows, places it at `/ws/v1/send/peer-to-peer`. The page's example sends
    `schedule: ""`; that the service treats it like null (send now) is inferred, not documented.

    The page's request schema is empty: the fields come from its example (which also shows, commented
    out, `selectedPhoneBooks` inside a peer), and none is marked required. Requiring `line_number`,
    `number_format`, `peers` and each peer's `text` is inferred from that example and from the other
    JSON sends, whose pages require the line and the number format.

    Args:
        body (PeerToPeerSendRequest): Body of `send_peer_to_peer`.

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

    response = client.request(kwargs, operation="send_peer_to_peer")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_peer_to_peer") from error.__cause__


def sync(
    *,
    client: Client,
    body: PeerToPeerSendRequest,
) -> IdListResult:
    """Send a different text to each group of recipients in one call.

    Each entry of `peers` has its own text and its own recipients (numbers and/or phonebook slices);
    every peer becomes a separate send request, and `data` lists their ids in order. The documentation
    page places this operation at `/ws/v1/sms/peer-to-peer`; the endpoint list of the service, which
    this document follows, places it at `/ws/v1/send/peer-to-peer`. The page's example sends
    `schedule: ""`; that the service treats it like null (send now) is inferred, not documented.

    The page's request schema is empty: the fields come from its example (which also shows, commented
    out, `selectedPhoneBooks` inside a peer), and none is marked required. Requiring `line_number`,
    `number_format`, `peers` and each peer's `text` is inferred from that example and from the other
    JSON sends, whose pages require the line and the number format.

    Args:
        body (PeerToPeerSendRequest): Body of `send_peer_to_peer`.

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
        raise client.failure(errors.error_from_response(response), "send_peer_to_peer")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: PeerToPeerSendRequest,
) -> Response[IdListResult]:
    """Send a different text to each group of recipients in one call.

    Each entry of `peers` has its own text and its own recipients (numbers and/or phonebook slices);
    every peer becomes a separate send request, and `data` lists their ids in order. The documentation
    page places this operation at `/ws/v1/sms/peer-to-peer`; the endpoint list of the service, which
    this document follows, places it at `/ws/v1/send/peer-to-peer`. The page's example sends
    `schedule: ""`; that the service treats it like null (send now) is inferred, not documented.

    The page's request schema is empty: the fields come from its example (which also shows, commented
    out, `selectedPhoneBooks` inside a peer), and none is marked required. Requiring `line_number`,
    `number_format`, `peers` and each peer's `text` is inferred from that example and from the other
    JSON sends, whose pages require the line and the number format.

    Args:
        body (PeerToPeerSendRequest): Body of `send_peer_to_peer`.

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

    response = await client.arequest(kwargs, operation="send_peer_to_peer")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "send_peer_to_peer") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: PeerToPeerSendRequest,
) -> IdListResult:
    """Send a different text to each group of recipients in one call.

    Each entry of `peers` has its own text and its own recipients (numbers and/or phonebook slices);
    every peer becomes a separate send request, and `data` lists their ids in order. The documentation
    page places this operation at `/ws/v1/sms/peer-to-peer`; the endpoint list of the service, which
    this document follows, places it at `/ws/v1/send/peer-to-peer`. The page's example sends
    `schedule: ""`; that the service treats it like null (send now) is inferred, not documented.

    The page's request schema is empty: the fields come from its example (which also shows, commented
    out, `selectedPhoneBooks` inside a peer), and none is marked required. Requiring `line_number`,
    `number_format`, `peers` and each peer's `text` is inferred from that example and from the other
    JSON sends, whose pages require the line and the number format.

    Args:
        body (PeerToPeerSendRequest): Body of `send_peer_to_peer`.

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
        raise client.failure(errors.error_from_response(response), "send_peer_to_peer")
    return response.parsed
