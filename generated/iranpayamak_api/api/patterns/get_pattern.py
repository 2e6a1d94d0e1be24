# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Show one pattern and its variables."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.pattern_result import PatternResult
from ...types import Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/patterns/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> PatternResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = PatternResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "PatternResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[PatternResult]:
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
) -> Response[PatternResult]:
    """Show one pattern and its variables.

    Returns a pattern by code, including its variables, so a send can supply exactly the values it
    expects. The page attaches a request body to this GET, typed with the pattern request object and
    with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
    required here. It is read as a copy error: no body is sent. The page's success answer (201 with
    a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
    (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

    Args:
        code (str):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PatternResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = client.request(kwargs, operation="get_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_pattern") from error.__cause__


def sync(
    code: str,
    *,
    client: Client,
) -> PatternResult:
    """Show one pattern and its variables.

    Returns a pattern by code, including its variables, so a send can supply exactly the values it
    expects. The page attaches a request body to this GET, typed with the pattern request object and
    with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
    required here. It is read as a copy error: no body is sent. The page's success answer (201 with
    a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
    (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

    Args:
        code (str):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PatternResult
    """

    response = sync_detailed(
        code=code,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_pattern")
    return response.parsed


async def asyncio_detailed(
    code: str,
    *,
    client: Client,
) -> Response[PatternResult]:
    """Show one pattern and its variables.

    Returns a pattern by code, including its variables, so a send can supply exactly the values it
    expects. The page attaches a request body to this GET, typed with the pattern request object and
    with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
    required here. It is read as a copy error: no body is sent. The page's success answer (201 with
    a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
    (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

    Args:
        code (str):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PatternResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = await client.arequest(kwargs, operation="get_pattern")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_pattern") from error.__cause__


async def asyncio(
    code: str,
    *,
    client: Client,
) -> PatternResult:
    """Show one pattern and its variables.

    Returns a pattern by code, including its variables, so a send can supply exactly the values it
    expects. The page attaches a request body to this GET, typed with the pattern request object and
    with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
    required here. It is read as a copy error: no body is sent. The page's success answer (201 with
    a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
    (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

    Args:
        code (str):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PatternResult
    """

    response = await asyncio_detailed(
        code=code,
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_pattern")
    return response.parsed
