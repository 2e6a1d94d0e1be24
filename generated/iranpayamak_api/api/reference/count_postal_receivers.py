# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""Count the recipients a postal-code filter would reach."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.count_result import CountResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    postal_code: str,
    gender_id: int | Unset = UNSET,
    age_from: int,
    age_to: int,
    number_prefix: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["postal_code"] = postal_code

    params["gender_id"] = gender_id

    params["age_from"] = age_from

    params["age_to"] = age_to

    params["number_prefix"] = number_prefix

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/sms/postal/get-receiver-count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> CountResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = CountResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "CountResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[CountResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    postal_code: str,
    gender_id: int | Unset = UNSET,
    age_from: int,
    age_to: int,
    number_prefix: str | Unset = UNSET,
) -> Response[CountResult]:
    """Count the recipients a postal-code filter would reach.

    Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
    before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
    (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
    as required and gives them those defaults, which a required parameter never uses, so no default
    is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
    numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
    types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
    same digits. The page declares no authentication; the Api-Key header is required here. Only the
    401 response is documented; `data` is inferred to be the count.

    Args:
        postal_code (str): The first 3, 4 or 5 digits of a postal code. Both postal pages (the
            receiver count and the
            postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999,
            which can
            only be numeric bounds entered as lengths; the pattern here follows their own words
            instead.
        gender_id (int | Unset):
        age_from (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on
            the receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        age_to (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the
            receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        number_prefix (str | Unset): Leading digits of a mobile number without its 0, for example
            912.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CountResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        postal_code=postal_code,
        gender_id=gender_id,
        age_from=age_from,
        age_to=age_to,
        number_prefix=number_prefix,
    )

    response = client.request(kwargs, operation="count_postal_receivers")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "count_postal_receivers") from error.__cause__


def sync(
    *,
    client: Client,
    postal_code: str,
    gender_id: int | Unset = UNSET,
    age_from: int,
    age_to: int,
    number_prefix: str | Unset = UNSET,
) -> CountResult:
    """Count the recipients a postal-code filter would reach.

    Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
    before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
    (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
    as required and gives them those defaults, which a required parameter never uses, so no default
    is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
    numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
    types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
    same digits. The page declares no authentication; the Api-Key header is required here. Only the
    401 response is documented; `data` is inferred to be the count.

    Args:
        postal_code (str): The first 3, 4 or 5 digits of a postal code. Both postal pages (the
            receiver count and the
            postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999,
            which can
            only be numeric bounds entered as lengths; the pattern here follows their own words
            instead.
        gender_id (int | Unset):
        age_from (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on
            the receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        age_to (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the
            receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        number_prefix (str | Unset): Leading digits of a mobile number without its 0, for example
            912.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CountResult
    """

    response = sync_detailed(
        client=client,
        postal_code=postal_code,
        gender_id=gender_id,
        age_from=age_from,
        age_to=age_to,
        number_prefix=number_prefix,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "count_postal_receivers")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    postal_code: str,
    gender_id: int | Unset = UNSET,
    age_from: int,
    age_to: int,
    number_prefix: str | Unset = UNSET,
) -> Response[CountResult]:
    """Count the recipients a postal-code filter would reach.

    Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
    before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
    (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
    as required and gives them those defaults, which a required parameter never uses, so no default
    is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
    numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
    types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
    same digits. The page declares no authentication; the Api-Key header is required here. Only the
    401 response is documented; `data` is inferred to be the count.

    Args:
        postal_code (str): The first 3, 4 or 5 digits of a postal code. Both postal pages (the
            receiver count and the
            postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999,
            which can
            only be numeric bounds entered as lengths; the pattern here follows their own words
            instead.
        gender_id (int | Unset):
        age_from (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on
            the receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        age_to (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the
            receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        number_prefix (str | Unset): Leading digits of a mobile number without its 0, for example
            912.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[CountResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        postal_code=postal_code,
        gender_id=gender_id,
        age_from=age_from,
        age_to=age_to,
        number_prefix=number_prefix,
    )

    response = await client.arequest(kwargs, operation="count_postal_receivers")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "count_postal_receivers") from error.__cause__


async def asyncio(
    *,
    client: Client,
    postal_code: str,
    gender_id: int | Unset = UNSET,
    age_from: int,
    age_to: int,
    number_prefix: str | Unset = UNSET,
) -> CountResult:
    """Count the recipients a postal-code filter would reach.

    Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
    before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
    (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
    as required and gives them those defaults, which a required parameter never uses, so no default
    is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
    numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
    types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
    same digits. The page declares no authentication; the Api-Key header is required here. Only the
    401 response is documented; `data` is inferred to be the count.

    Args:
        postal_code (str): The first 3, 4 or 5 digits of a postal code. Both postal pages (the
            receiver count and the
            postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999,
            which can
            only be numeric bounds entered as lengths; the pattern here follows their own words
            instead.
        gender_id (int | Unset):
        age_from (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on
            the receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        age_to (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the
            receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both
            bounds
            are applied to both here.
        number_prefix (str | Unset): Leading digits of a mobile number without its 0, for example
            912.

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        CountResult
    """

    response = await asyncio_detailed(
        client=client,
        postal_code=postal_code,
        gender_id=gender_id,
        age_from=age_from,
        age_to=age_to,
        number_prefix=number_prefix,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "count_postal_receivers")
    return response.parsed
