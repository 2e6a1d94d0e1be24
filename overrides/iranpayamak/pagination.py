"""Paged lists: iterate every item across pages lazily, or fetch one page with its totals.

List methods (``client.reports.inbox()``, ``client.phonebook.contacts(...)``, ...) return a
:class:`Pager` (``AsyncPager`` on the async client). Nothing is requested until you iterate or ask
for a page.

Example::

    for message in client.reports.inbox():          # every page, fetched as the loop needs it
        print(message.from_, message.text)

    page = client.reports.inbox(limit=50).page(2)   # one page
    print(page.total_items, page.total_pages, len(page.items))

    async for message in async_client.reports.inbox():
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar

from attrs import frozen

from iranpayamak_api import Client
from iranpayamak_api.types import Unset

from ._arguments import whole_number
from .errors import ResponseParseError

__all__ = ["AsyncPager", "Page", "Pager"]

T = TypeVar("T")
U = TypeVar("U")


class _PageData(Protocol[T]):
    """What every generated ``*Page`` model has (an inferred list's page may lack its numbers)."""

    @property
    def current_page(self) -> int | Unset: ...

    @property
    def total_pages(self) -> int | Unset: ...

    @property
    def total_items(self) -> int | Unset: ...

    @property
    def items_per_page(self) -> int | Unset: ...

    @property
    def items(self) -> list[T]: ...


@frozen
class Page(Generic[T]):
    """One page of a list.

    Attributes:
        items: The page's items.
        current_page: Its number, from 1.
        total_pages: How many pages the list has at this page size.
        total_items: How many items the list has.
        items_per_page: The page size.
        raw: The page as the generated model parsed it (unknown fields in ``additional_properties``).
    """

    items: list[T]
    current_page: int
    total_pages: int
    total_items: int
    items_per_page: int
    raw: Any

    @property
    def has_next(self) -> bool:
        """Whether a later page exists."""
        return self.current_page < self.total_pages and bool(self.items)

    @classmethod
    def of(cls, data: _PageData[T] | list[T], client: Client) -> Page[T]:
        """Wrap a generated page model, or the plain list an inferred list may answer with.

        A list, or a page that lacks any of its numbers (the lists no documentation page shows take
        both), is read as the only page: one page holding every item.

        Raises:
            ResponseParseError: The page's numbers are there but not whole numbers (the page shown
                with ``client``'s secrets masked, should the service have echoed one).
        """
        if isinstance(data, list):
            return cls._only(data, raw=data)
        current, pages, total, size = data.current_page, data.total_pages, data.total_items, data.items_per_page
        if (
            isinstance(current, Unset)
            or isinstance(pages, Unset)
            or isinstance(total, Unset)
            or isinstance(size, Unset)
        ):
            return cls._only(list(data.items), raw=data)
        numbers = (current, pages, total, size)
        if not all(isinstance(number, int) and not isinstance(number, bool) for number in numbers):
            error = client.without_secrets(
                ResponseParseError(
                    f"the page numbers are not whole numbers: {numbers!r}", status_code=200, body=repr(data)
                )
            )
            # Raised without the answer in this frame: error trackers record its locals.
            del data, numbers, current, pages, total, size
            raise error
        return cls(
            items=list(data.items),
            current_page=current,
            total_pages=pages,
            total_items=total,
            items_per_page=size,
            raw=data,
        )

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """This page with each item converted (the generated models into the client's records)."""
        return Page(
            items=[convert(item) for item in self.items],
            current_page=self.current_page,
            total_pages=self.total_pages,
            total_items=self.total_items,
            items_per_page=self.items_per_page,
            raw=self.raw,
        )

    @classmethod
    def _only(cls, items: list[T], raw: Any) -> Page[T]:
        return cls(
            items=items, current_page=1, total_pages=1, total_items=len(items), items_per_page=len(items), raw=raw
        )


def _page_number(start: int, number: int | None) -> int:
    return start if number is None else whole_number(number, "page", minimum=1)


def _repeats(page: Page[Any], requested: int) -> bool:
    """Whether the service answered with an earlier page than asked for, whose items were seen already."""
    return page.current_page < requested


def _following(page: Page[Any]) -> int | None:
    """The number of the page after ``page``, or None when the list is done."""
    return page.current_page + 1 if page.has_next else None


class Pager(Generic[T]):
    """The pages of one list, from ``start`` on, fetched on demand.

    Iterating yields items; :meth:`pages` yields whole pages; :meth:`page` fetches one. Iteration
    stops after the last page, after an empty page, or when the service answers with an earlier page
    than the one asked for (its items are not yielded twice).
    """

    def __init__(self, fetch: Callable[[int], Page[T]], *, start: int = 1) -> None:
        self._fetch = fetch
        self._start = start

    def page(self, number: int | None = None) -> Page[T]:
        """Fetch one page (the first of this pager by default).

        Raises:
            InvalidArgumentError: ``number`` is not a page number (1 or more).
        """
        return self._fetch(_page_number(self._start, number))

    def pages(self) -> Iterator[Page[T]]:
        """Every page from the start, one request each."""
        number: int | None = self._start
        while number is not None:
            page = self._fetch(number)
            if _repeats(page, number):
                return
            yield page
            number = _following(page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """The asynchronous :class:`Pager`: ``async for`` over items, ``pages()``, ``await page()``."""

    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]], *, start: int = 1) -> None:
        self._fetch = fetch
        self._start = start

    async def page(self, number: int | None = None) -> Page[T]:
        """Fetch one page (the first of this pager by default)."""
        return await self._fetch(_page_number(self._start, number))

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page from the start, one request each."""
        number: int | None = self._start
        while number is not None:
            page = await self._fetch(number)
            if _repeats(page, number):
                return
            yield page
            number = _following(page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
