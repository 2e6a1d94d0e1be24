# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Show the account balance."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.balance_result import BalanceResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/account/balance",
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> BalanceResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = BalanceResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "BalanceResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[BalanceResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[BalanceResult]:
    """Show the account balance.

    Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
    and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
    Like the other account operations it answers with the singular `message` key. The page gives a
    unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
    inferred (in its example, count times rate is the amount, and the parts add up to the total).
    One public client reads the amounts in snake_case (`balance_amount`). Those names are not
    declared here, but unknown fields are kept as received, and the camelCase fields the page
    requires are optional so that such a body still parses.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[BalanceResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = client.request(kwargs, operation="get_balance")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_balance") from error.__cause__


def sync(
    *,
    client: Client,
) -> BalanceResult:
    """Show the account balance.

    Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
    and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
    Like the other account operations it answers with the singular `message` key. The page gives a
    unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
    inferred (in its example, count times rate is the amount, and the parts add up to the total).
    One public client reads the amounts in snake_case (`balance_amount`). Those names are not
    declared here, but unknown fields are kept as received, and the camelCase fields the page
    requires are optional so that such a body still parses.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        BalanceResult
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_balance")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[BalanceResult]:
    """Show the account balance.

    Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
    and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
    Like the other account operations it answers with the singular `message` key. The page gives a
    unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
    inferred (in its example, count times rate is the amount, and the parts add up to the total).
    One public client reads the amounts in snake_case (`balance_amount`). Those names are not
    declared here, but unknown fields are kept as received, and the camelCase fields the page
    requires are optional so that such a body still parses.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[BalanceResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(kwargs, operation="get_balance")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "get_balance") from error.__cause__


async def asyncio(
    *,
    client: Client,
) -> BalanceResult:
    """Show the account balance.

    Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
    and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
    Like the other account operations it answers with the singular `message` key. The page gives a
    unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
    inferred (in its example, count times rate is the amount, and the parts add up to the total).
    One public client reads the amounts in snake_case (`balance_amount`). Those names are not
    declared here, but unknown fields are kept as received, and the camelCase fields the page
    requires are optional so that such a body still parses.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        BalanceResult
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "get_balance")
    return response.parsed
