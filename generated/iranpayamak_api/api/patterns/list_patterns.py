# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""List the account's patterns."""

from typing import Any

import httpx

from ... import _conform, _parsing, errors
from ...client import Client
from ...models.flag import Flag
from ...models.pattern_page_result import PatternPageResult
from ...models.pattern_sort_field import PatternSortField
from ...models.pattern_status import PatternStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    staus: PatternStatus | Unset = UNSET,
    share: Flag | Unset = UNSET,
    sort_by: PatternSortField | Unset = UNSET,
    sort_type: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    json_staus: str | Unset = UNSET
    if not isinstance(staus, Unset):
        json_staus = staus.value

    params["staus"] = json_staus

    json_share: int | Unset = UNSET
    if not isinstance(share, Unset):
        json_share = share.value

    params["share"] = json_share

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type.value

    params["sort_type"] = json_sort_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws/v1/patterns",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> PatternPageResult | None:
    """The success model, or None when the answer reports an error."""
    if not _parsing.is_success(response):
        return None
    payload = _parsing.json_payload(response)
    if _parsing.is_error_envelope(payload):
        return None
    try:
        response_200 = PatternPageResult.from_dict(payload)

        _conform.conform(response_200)
    except Exception as exc:
        # Reading a model is plain data conversion, so any failure (a missing key, a wrong type, a
        # number no int can hold) means the body is not what the spec promises.
        raise _parsing.mismatch(response, "PatternPageResult", exc) from exc
    return response_200


def _build_response(*, response: httpx.Response) -> Response[PatternPageResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response=response),
    )


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    staus: PatternStatus | Unset = UNSET,
    share: Flag | Unset = UNSET,
    sort_by: PatternSortField | Unset = UNSET,
    sort_type: SortDirection | Unset = UNSET,
) -> Response[PatternPageResult]:
    """List the account's patterns.

    Returns the patterns of the account, to find a pattern's `code` and approval status. The page
    documents the filters as a JSON body on a GET request, which HTTP clients cannot send reliably;
    they are query parameters here. That body is typed with the pattern request object, whose
    required `text`, `shared` and `website` are also the fields the endpoint list names as required
    for this operation; they describe a pattern to save, not a filter (the page's own example sends
    only filters), so they are read as a copy error and not asked for. The status filter is spelled
    `staus` on the page, and that spelling is kept: inferred to be the one the server validates,
    since the page is all there is.

    The page's success answer (201, "Pattern created successfully.", a string in `data`) is copied
    from `create_pattern`. This read is inferred to answer 200 like the other reads (any 2xx is a
    success), with the paged list shape of the other list operations. The page shows no `page` or
    `limit` either; both are inferred from the other list operations, and whether the service reads
    them is not documented.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        staus (PatternStatus | Unset): Approval status of a pattern.
        share (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1 are
            inferred to be the safer form for
            the service's validation (one page's example sends '1').
        sort_by (PatternSortField | Unset):
        sort_type (SortDirection | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PatternPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        staus=staus,
        share=share,
        sort_by=sort_by,
        sort_type=sort_type,
    )

    response = client.request(kwargs, operation="list_patterns")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_patterns") from error.__cause__


def sync(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    staus: PatternStatus | Unset = UNSET,
    share: Flag | Unset = UNSET,
    sort_by: PatternSortField | Unset = UNSET,
    sort_type: SortDirection | Unset = UNSET,
) -> PatternPageResult:
    """List the account's patterns.

    Returns the patterns of the account, to find a pattern's `code` and approval status. The page
    documents the filters as a JSON body on a GET request, which HTTP clients cannot send reliably;
    they are query parameters here. That body is typed with the pattern request object, whose
    required `text`, `shared` and `website` are also the fields the endpoint list names as required
    for this operation; they describe a pattern to save, not a filter (the page's own example sends
    only filters), so they are read as a copy error and not asked for. The status filter is spelled
    `staus` on the page, and that spelling is kept: inferred to be the one the server validates,
    since the page is all there is.

    The page's success answer (201, "Pattern created successfully.", a string in `data`) is copied
    from `create_pattern`. This read is inferred to answer 200 like the other reads (any 2xx is a
    success), with the paged list shape of the other list operations. The page shows no `page` or
    `limit` either; both are inferred from the other list operations, and whether the service reads
    them is not documented.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        staus (PatternStatus | Unset): Approval status of a pattern.
        share (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1 are
            inferred to be the safer form for
            the service's validation (one page's example sends '1').
        sort_by (PatternSortField | Unset):
        sort_type (SortDirection | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PatternPageResult
    """

    response = sync_detailed(
        client=client,
        page=page,
        limit=limit,
        search=search,
        staus=staus,
        share=share,
        sort_by=sort_by,
        sort_type=sort_type,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_patterns")
    return response.parsed


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    staus: PatternStatus | Unset = UNSET,
    share: Flag | Unset = UNSET,
    sort_by: PatternSortField | Unset = UNSET,
    sort_type: SortDirection | Unset = UNSET,
) -> Response[PatternPageResult]:
    """List the account's patterns.

    Returns the patterns of the account, to find a pattern's `code` and approval status. The page
    documents the filters as a JSON body on a GET request, which HTTP clients cannot send reliably;
    they are query parameters here. That body is typed with the pattern request object, whose
    required `text`, `shared` and `website` are also the fields the endpoint list names as required
    for this operation; they describe a pattern to save, not a filter (the page's own example sends
    only filters), so they are read as a copy error and not asked for. The status filter is spelled
    `staus` on the page, and that spelling is kept: inferred to be the one the server validates,
    since the page is all there is.

    The page's success answer (201, "Pattern created successfully.", a string in `data`) is copied
    from `create_pattern`. This read is inferred to answer 200 like the other reads (any 2xx is a
    success), with the paged list shape of the other list operations. The page shows no `page` or
    `limit` either; both are inferred from the other list operations, and whether the service reads
    them is not documented.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        staus (PatternStatus | Unset): Approval status of a pattern.
        share (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1 are
            inferred to be the safer form for
            the service's validation (one page's example sends '1').
        sort_by (PatternSortField | Unset):
        sort_type (SortDirection | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        Response[PatternPageResult]: the raw answer; ``parsed`` is None when it is an error.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        staus=staus,
        share=share,
        sort_by=sort_by,
        sort_type=sort_type,
    )

    response = await client.arequest(kwargs, operation="list_patterns")
    try:
        return _build_response(response=response)
    except errors.ResponseParseError as error:
        # Masked in place if its text quoted the key, which also drops what it chained.
        raise client.failure(error, "list_patterns") from error.__cause__


async def asyncio(
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    staus: PatternStatus | Unset = UNSET,
    share: Flag | Unset = UNSET,
    sort_by: PatternSortField | Unset = UNSET,
    sort_type: SortDirection | Unset = UNSET,
) -> PatternPageResult:
    """List the account's patterns.

    Returns the patterns of the account, to find a pattern's `code` and approval status. The page
    documents the filters as a JSON body on a GET request, which HTTP clients cannot send reliably;
    they are query parameters here. That body is typed with the pattern request object, whose
    required `text`, `shared` and `website` are also the fields the endpoint list names as required
    for this operation; they describe a pattern to save, not a filter (the page's own example sends
    only filters), so they are read as a copy error and not asked for. The status filter is spelled
    `staus` on the page, and that spelling is kept: inferred to be the one the server validates,
    since the page is all there is.

    The page's success answer (201, "Pattern created successfully.", a string in `data`) is copied
    from `create_pattern`. This read is inferred to answer 200 like the other reads (any 2xx is a
    success), with the paged list shape of the other list operations. The page shows no `page` or
    `limit` either; both are inferred from the other list operations, and whether the service reads
    them is not documented.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        staus (PatternStatus | Unset): Approval status of a pattern.
        share (Flag | Unset): A boolean written as 0 or 1. The pages say "true"; 0 and 1 are
            inferred to be the safer form for
            the service's validation (one page's example sends '1').
        sort_by (PatternSortField | Unset):
        sort_type (SortDirection | Unset):

    Raises:
        errors.ConfigurationError: The client lacks the API key (MissingAPIKeyError) or panel token
            (MissingPanelTokenError) this operation needs; nothing was sent.
        errors.APIError: The service answered with an error; the subclass names the kind
            (AuthenticationError, ValidationError, NotFoundError, RateLimitError, ServerError, ...).
        errors.ResponseParseError: A 2xx answer's body is not the JSON the spec promises.
        errors.APIConnectionError: No answer arrived (errors.APITimeoutError for timeouts).

    Returns:
        PatternPageResult
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        search=search,
        staus=staus,
        share=share,
        sort_by=sort_by,
        sort_type=sort_type,
    )
    if response.parsed is None:
        raise client.failure(errors.error_from_response(response), "list_patterns")
    return response.parsed
