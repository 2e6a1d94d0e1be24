"""Paged lists: lazy iteration over every page, single pages with totals, and safe stopping."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import InvalidArgumentError
from iranpayamak.pagination import Page
from tests.fakes import FakeService, envelope


def inbox_page(number: int, total_pages: int, size: int = 2, total_items: int | None = None) -> httpx.Response:
    items = [
        {"from": "09121234567", "to": "90008361", "text": f"p{number}-{index}", "recievedAt": "2026-11-20T08:15:00Z"}
        for index in range(size)
    ]
    data = {
        "currentPage": number,
        "totalPages": total_pages,
        "totalItems": total_items if total_items is not None else total_pages * size,
        "itemsPerPage": size,
        "items": items,
    }
    return envelope(data)


def by_page(request: httpx.Request) -> httpx.Response:
    number = int(request.url.params["page"])
    return inbox_page(number, 3, size=2 if number < 3 else 1, total_items=5)


def test_iterating_walks_every_page_lazily() -> None:
    service = FakeService(by_page)
    pager = service.ergonomic(IranPayamak).reports.inbox(limit=2)
    assert service.requests == []
    iterator = iter(pager)
    assert next(iterator).text == "p1-0"
    assert len(service.requests) == 1
    rest = [message.text for message in iterator]
    assert rest == ["p1-1", "p2-0", "p2-1", "p3-0"]
    assert [request.url.params["page"] for request in service.requests] == ["1", "2", "3"]
    assert {request.url.params["limit"] for request in service.requests} == {"2"}


def test_one_page_with_its_totals() -> None:
    service = FakeService(by_page)
    page = service.ergonomic(IranPayamak).reports.inbox(limit=2).page(2)
    assert isinstance(page, Page)
    assert (page.current_page, page.total_pages, page.total_items, page.items_per_page) == (2, 3, 5, 2)
    assert [m.text for m in page.items] == ["p2-0", "p2-1"]
    assert page.has_next
    assert len(service.requests) == 1


def test_starting_page_and_pages_iterator() -> None:
    service = FakeService(by_page)
    pages = list(service.ergonomic(IranPayamak).reports.inbox(page=2).pages())
    assert [p.current_page for p in pages] == [2, 3]
    assert not pages[-1].has_next


@pytest.mark.parametrize(
    "answers",
    [
        [inbox_page(1, 5), inbox_page(1, 5)],  # the service repeats a page
        [inbox_page(1, 9), inbox_page(2, 9, size=0)],  # an empty page before the promised end
    ],
    ids=["repeated page", "empty page"],
)
def test_iteration_stops_when_the_service_stops_making_progress(answers: list[httpx.Response]) -> None:
    service = FakeService(*answers)
    messages = list(service.ergonomic(IranPayamak).reports.inbox())
    assert len(service.requests) == 2
    assert len(messages) == 2


@pytest.mark.anyio
async def test_async_pager_iterates_and_fetches_pages() -> None:
    service = FakeService(by_page)
    client: Any = service.ergonomic(AsyncIranPayamak)
    texts = [message.text async for message in client.reports.inbox(limit=2)]
    assert texts == ["p1-0", "p1-1", "p2-0", "p2-1", "p3-0"]
    page = await client.reports.inbox().page(3)
    assert page.items[0].text == "p3-0"


def test_every_paged_list_returns_a_pager() -> None:
    client = IranPayamak(api_key="k")
    pagers = [
        client.reports.inbox(),
        client.reports.send_requests(),
        client.reports.items(1),
        client.phonebook.list(),
        client.phonebook.attributes(),
        client.phonebook.contacts(),
        client.patterns.list(),
        client.tickets.list(),
    ]
    assert all(hasattr(pager, "pages") and hasattr(pager, "page") for pager in pagers)


def _inbox_requests(mock: Any) -> list[Any]:
    return [request for request in mock.requests if request.operation_id == "list_inbox_messages"]


@pytest.mark.parametrize(
    ("settings", "call", "requests", "limit"),
    [
        ({}, {}, 3, "100"),  # the default: 100 a page, not the service's 10
        ({"page_size": 50}, {}, 5, "50"),
        ({"page_size": 50}, {"limit": 25}, 10, "25"),  # a call's limit wins
    ],
    ids=["default", "client-page-size", "call-limit"],
)
def test_lists_are_read_in_pages_of_the_client_page_size(
    settings: dict[str, Any], call: dict[str, Any], requests: int, limit: str
) -> None:
    from iranpayamak.testing import MockService

    mock = MockService()
    for number in range(250):
        mock.receive(f"0912{number:07d}", f"پیام {number}")
    messages = list(mock.client(**settings).reports.inbox(**call))
    assert len(messages) == 250
    sent = _inbox_requests(mock)
    assert len(sent) == requests and {request.query["limit"] for request in sent} == {limit}


def test_a_page_size_below_one_is_refused() -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        IranPayamak(api_key="k", page_size=0)
    assert refused.value.field == "page_size"
