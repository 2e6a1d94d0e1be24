# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.patterns``: the patterns operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from iranpayamak_api.types import UNSET

from ..._resource import Resource
from ...pagination import AsyncPager, Page, Pager
from ...raw import async_raw_method, async_raw_pages, raw_method, raw_pages

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        Pattern,
        PatternAttribute,
        PatternCategory,
        PatternSortField,
        PatternStatus,
        PatternVariable,
        SortDirection,
    )


__all__ = [
    "AsyncPatternsResource",
    "AsyncPatternsResourceWithRawResponse",
    "PatternsResource",
    "PatternsResourceWithRawResponse",
]


class PatternsResource(Resource):
    """The ``patterns`` operations."""

    @property
    def with_raw_response(self) -> PatternsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.patterns.with_raw_response.create(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return PatternsResourceWithRawResponse(self)

    def create(
        self,
        text: str,
        description: str | None,
        share: bool,
        website: str,
        category: PatternCategory | int,
        vars_: Iterable[PatternVariable | wire.PatternVariable],
    ) -> str:
        """Create a new pattern (message template) for pattern sends.

        Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
        type and a maximum length. New patterns must be approved by the provider before they can be sent.
        `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
        the new pattern's code.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            description: A note for the reviewer who approves the pattern.
            share: A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer
                form for the service's validation (one page's example sends '1').
            website: The website or business the pattern is used for.
            category: What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.
            vars_: A list; each item is a variable of a pattern as `create_pattern` declares it. A dict
                takes the keys of ``iranpayamak_api.wire.PatternVariable``, as sent: ``var``, ``type``,
                ``length``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import create_pattern as operation
        from iranpayamak_api.models import Flag, PatternCategory, PatternCreateRequest, PatternVariable

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _description = None if description is None else args.string(description, "description")
        _share = Flag(int(args.boolean(share, "share")))
        _website = args.string(website, "website")
        _category = args.enum(PatternCategory, category, "category")
        _vars_ = args.models(PatternVariable, vars_, "vars_", ())
        body = PatternCreateRequest(
            text=_text,
            description=_description,
            share=_share,
            website=_website,
            category=_category,
            vars_=_vars_,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def get(
        self,
        code: str,
    ) -> Pattern:
        """Show one pattern and its variables.

        Returns a pattern by code, including its variables, so a send can supply exactly the values it
        expects. The page attaches a request body to this GET, typed with the pattern request object and
        with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
        required here. It is read as a copy error: no body is sent. The page's success answer (201 with
        a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
        (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

        Args:
            code: The pattern's code (its UID in the panel).

        Returns:
            The ``data`` of the answer (Pattern).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import get_pattern as operation

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        result = operation.sync(_code, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        staus: PatternStatus | str | None = None,
        share: bool | None = None,
        sort_by: PatternSortField | str | None = None,
        sort_type: SortDirection | str | None = None,
        page: int = 1,
    ) -> Pager[Pattern]:
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
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            staus: Only patterns with this approval status. The name is spelled as the page spells it
                (inferred to be the server's own spelling).
            share: 1 for shared patterns only, 0 for private ones only.
            sort_by: Field to sort by.
            sort_type: Sort direction.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Pattern: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import list_patterns as operation
        from iranpayamak_api.models import Flag, PatternSortField, PatternStatus, SortDirection

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _staus = UNSET if staus is None else args.enum(PatternStatus, staus, "staus")
        _share = UNSET if share is None else Flag(int(args.boolean(share, "share")))
        _sort_by = UNSET if sort_by is None else args.enum(PatternSortField, sort_by, "sort_by")
        _sort_type = UNSET if sort_type is None else args.enum(SortDirection, sort_type, "sort_type")

        def fetch(number: int) -> Page[Pattern]:
            result = operation.sync(
                client=self._api,
                limit=_limit,
                search=_search,
                staus=_staus,
                share=_share,
                sort_by=_sort_by,
                sort_type=_sort_type,
                page=number,
            )
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def update(
        self,
        code: str,
        text: str,
        shared: bool,
        website: str,
        *,
        description: str | None = None,
        attributes: Iterable[PatternAttribute | wire.PatternAttribute] | None = None,
    ) -> str:
        """Edit a pattern's text or variables.

        Changes an existing pattern; an edited pattern may need approval again. No documentation page
        exists. The body follows the pattern request object the documentation defines (`text`, `shared`
        and `website` required, variables under `attributes`), which the endpoint list also names as the
        required fields. Unknown extra fields are allowed so that the create-style names (`share`,
        `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

        Args:
            code: The pattern's code (its UID in the panel).
            text: See the spec.
            shared: See the spec.
            website: See the spec.
            description: See the spec.
            attributes: A list; each item is a variable of a pattern as the pattern request object declares
                it. A dict takes the keys of ``iranpayamak_api.wire.PatternAttribute``, as sent: ``name``,
                ``length``, ``type``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import update_pattern as operation
        from iranpayamak_api.models import PatternAttribute, PatternUpdateRequest

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        _text = args.string(text, "text", min_length=3)
        _shared = args.boolean(shared, "shared")
        _website = args.string(website, "website", format="uri")
        _description = UNSET if description is None else args.string(description, "description")
        _attributes = UNSET if attributes is None else args.models(PatternAttribute, attributes, "attributes", ())
        body = PatternUpdateRequest(
            text=_text,
            shared=_shared,
            website=_website,
            description=_description,
            attributes=_attributes,
        )
        result = operation.sync(_code, client=self._api, body=body)
        return result.data


class PatternsResourceWithRawResponse:
    """``client.patterns.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PatternsResource) -> None:
        self.create = raw_method(resource, PatternsResource.create)
        self.get = raw_method(resource, PatternsResource.get)
        self.list = raw_pages(resource, PatternsResource.list)
        self.update = raw_method(resource, PatternsResource.update)


class AsyncPatternsResource(Resource):
    """The ``patterns`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncPatternsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.patterns.with_raw_response.create(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncPatternsResourceWithRawResponse(self)

    async def create(
        self,
        text: str,
        description: str | None,
        share: bool,
        website: str,
        category: PatternCategory | int,
        vars_: Iterable[PatternVariable | wire.PatternVariable],
    ) -> str:
        """Create a new pattern (message template) for pattern sends.

        Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
        type and a maximum length. New patterns must be approved by the provider before they can be sent.
        `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
        the new pattern's code.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            description: A note for the reviewer who approves the pattern.
            share: A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer
                form for the service's validation (one page's example sends '1').
            website: The website or business the pattern is used for.
            category: What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.
            vars_: A list; each item is a variable of a pattern as `create_pattern` declares it. A dict
                takes the keys of ``iranpayamak_api.wire.PatternVariable``, as sent: ``var``, ``type``,
                ``length``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import create_pattern as operation
        from iranpayamak_api.models import Flag, PatternCategory, PatternCreateRequest, PatternVariable

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _description = None if description is None else args.string(description, "description")
        _share = Flag(int(args.boolean(share, "share")))
        _website = args.string(website, "website")
        _category = args.enum(PatternCategory, category, "category")
        _vars_ = args.models(PatternVariable, vars_, "vars_", ())
        body = PatternCreateRequest(
            text=_text,
            description=_description,
            share=_share,
            website=_website,
            category=_category,
            vars_=_vars_,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return result.data

    async def get(
        self,
        code: str,
    ) -> Pattern:
        """Show one pattern and its variables.

        Returns a pattern by code, including its variables, so a send can supply exactly the values it
        expects. The page attaches a request body to this GET, typed with the pattern request object and
        with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
        required here. It is read as a copy error: no body is sent. The page's success answer (201 with
        a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
        (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

        Args:
            code: The pattern's code (its UID in the panel).

        Returns:
            The ``data`` of the answer (Pattern).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import get_pattern as operation

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        result = await operation.asyncio(_code, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        staus: PatternStatus | str | None = None,
        share: bool | None = None,
        sort_by: PatternSortField | str | None = None,
        sort_type: SortDirection | str | None = None,
        page: int = 1,
    ) -> AsyncPager[Pattern]:
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
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            staus: Only patterns with this approval status. The name is spelled as the page spells it
                (inferred to be the server's own spelling).
            share: 1 for shared patterns only, 0 for private ones only.
            sort_by: Field to sort by.
            sort_type: Sort direction.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Pattern: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import list_patterns as operation
        from iranpayamak_api.models import Flag, PatternSortField, PatternStatus, SortDirection

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _staus = UNSET if staus is None else args.enum(PatternStatus, staus, "staus")
        _share = UNSET if share is None else Flag(int(args.boolean(share, "share")))
        _sort_by = UNSET if sort_by is None else args.enum(PatternSortField, sort_by, "sort_by")
        _sort_type = UNSET if sort_type is None else args.enum(SortDirection, sort_type, "sort_type")

        async def fetch(number: int) -> Page[Pattern]:
            result = await operation.asyncio(
                client=self._api,
                limit=_limit,
                search=_search,
                staus=_staus,
                share=_share,
                sort_by=_sort_by,
                sort_type=_sort_type,
                page=number,
            )
            return Page.of(result.data, self._api)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    async def update(
        self,
        code: str,
        text: str,
        shared: bool,
        website: str,
        *,
        description: str | None = None,
        attributes: Iterable[PatternAttribute | wire.PatternAttribute] | None = None,
    ) -> str:
        """Edit a pattern's text or variables.

        Changes an existing pattern; an edited pattern may need approval again. No documentation page
        exists. The body follows the pattern request object the documentation defines (`text`, `shared`
        and `website` required, variables under `attributes`), which the endpoint list also names as the
        required fields. Unknown extra fields are allowed so that the create-style names (`share`,
        `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

        Args:
            code: The pattern's code (its UID in the panel).
            text: See the spec.
            shared: See the spec.
            website: See the spec.
            description: See the spec.
            attributes: A list; each item is a variable of a pattern as the pattern request object declares
                it. A dict takes the keys of ``iranpayamak_api.wire.PatternAttribute``, as sent: ``name``,
                ``length``, ``type``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import update_pattern as operation
        from iranpayamak_api.models import PatternAttribute, PatternUpdateRequest

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        _text = args.string(text, "text", min_length=3)
        _shared = args.boolean(shared, "shared")
        _website = args.string(website, "website", format="uri")
        _description = UNSET if description is None else args.string(description, "description")
        _attributes = UNSET if attributes is None else args.models(PatternAttribute, attributes, "attributes", ())
        body = PatternUpdateRequest(
            text=_text,
            shared=_shared,
            website=_website,
            description=_description,
            attributes=_attributes,
        )
        result = await operation.asyncio(_code, client=self._api, body=body)
        return result.data


class AsyncPatternsResourceWithRawResponse:
    """``client.patterns.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncPatternsResource) -> None:
        self.create = async_raw_method(resource, AsyncPatternsResource.create)
        self.get = async_raw_method(resource, AsyncPatternsResource.get)
        self.list = async_raw_pages(resource, AsyncPatternsResource.list)
        self.update = async_raw_method(resource, AsyncPatternsResource.update)
