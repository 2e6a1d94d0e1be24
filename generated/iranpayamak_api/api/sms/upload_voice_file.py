# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Upload an audio file for voice sends."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.id_result import IdResult
from ...models.voice_upload_request import VoiceUploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VoiceUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ws/v1/sms/voice/upload-file",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> IdResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_201 = IdResult.from_dict(payload)

        _conform.conform(response_201)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "IdResult", exc) from exc
    return response_201


def _build_response(*, response: httpx.Response) -> Response[IdResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: VoiceUploadRequest,
) -> Response[IdResult]:
    """Upload an audio file for voice sends.

    Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
    takes. The documentation page declares no authentication, yet an upload belongs to an account,
    so the Api-Key header is required here as on every web-service call.

    Args:
        body (VoiceUploadRequest): Form of `upload_voice_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, operation="upload_voice_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "upload_voice_file") from error.__cause__


def sync(
    *,
    client: Client,
    body: VoiceUploadRequest,
) -> IdResult:
    """Upload an audio file for voice sends.

    Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
    takes. The documentation page declares no authentication, yet an upload belongs to an account,
    so the Api-Key header is required here as on every web-service call.

    Args:
        body (VoiceUploadRequest): Form of `upload_voice_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdResult
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "upload_voice_file")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: VoiceUploadRequest,
) -> Response[IdResult]:
    """Upload an audio file for voice sends.

    Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
    takes. The documentation page declares no authentication, yet an upload belongs to an account,
    so the Api-Key header is required here as on every web-service call.

    Args:
        body (VoiceUploadRequest): Form of `upload_voice_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[IdResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, operation="upload_voice_file")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "upload_voice_file") from error.__cause__


async def asyncio(
    *,
    client: Client,
    body: VoiceUploadRequest,
) -> IdResult:
    """Upload an audio file for voice sends.

    Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
    takes. The documentation page declares no authentication, yet an upload belongs to an account,
    so the Api-Key header is required here as on every web-service call.

    Args:
        body (VoiceUploadRequest): Form of `upload_voice_file`.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        IdResult
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "upload_voice_file")
    return response.parsed
