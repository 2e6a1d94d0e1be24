"""Reports and the inbox come back as records: names spelled right, times aware (issue 15, item 6).

The generated models keep the service's wire names (``recievedAt``) and its zone-less timestamps as
text; what ``client.reports`` returns follows one rule instead, and keeps the wire model in ``raw``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.records import DeliveryReport, InboxMessage, SendRequest, aware_time
from iranpayamak.schedule import TEHRAN
from tests.client.test_undocumented_answers import _run, both_clients
from tests.fakes import FakeService


def _page(items: list[Any]) -> dict[str, Any]:
    page = {"currentPage": 1, "totalPages": 1, "totalItems": len(items), "itemsPerPage": 100, "items": items}
    return {"status": "success", "data": page, "messages": None}


async def _first(pager: Any) -> Any:
    return (await pager.page()).items


def _items(client: Any, pager: Any) -> list[Any]:
    return _run(_first(pager)) if isinstance(client, AsyncIranPayamak) else pager.page().items


@both_clients
def test_inbox_messages_are_received_at_an_aware_time(cls: type[Any]) -> None:
    wire = {"from": "09121234567", "to": "90008361", "text": "لغو", "recievedAt": "2026-11-27 09:30:00"}
    client = FakeService(httpx.Response(200, json=_page([wire]))).ergonomic(cls)
    (message,) = _items(client, client.reports.inbox())
    assert isinstance(message, InboxMessage)
    assert message.received_at == datetime(2026, 11, 27, 6, 0, tzinfo=UTC)  # zone-less: Tehran time
    assert message.received_at.utcoffset() == timedelta(hours=3, minutes=30)
    assert message.to_dict() == {
        "from": "09121234567",
        "to": "90008361",
        "text": "لغو",
        "received_at": "2026-11-27T09:30:00+03:30",
    }
    assert message.raw.recieved_at == datetime(2026, 11, 27, 9, 30)  # the wire model, as it was sent


@both_clients
def test_delivery_reports_and_send_requests_carry_aware_times(cls: type[Any]) -> None:
    item = {"id": 1, "mobile": "09121234567", "status": "delivered", "sent_at": "2026-11-27 09:30:00",
            "delivered_at": "2026-11-27T06:00:05Z", "extra": "kept"}  # fmt: skip
    client = FakeService(httpx.Response(200, json=_page([item]))).ergonomic(cls)
    (report,) = _items(client, client.reports.items(1042))
    assert isinstance(report, DeliveryReport)
    assert report.sent_at == datetime(2026, 11, 27, 9, 30, tzinfo=TEHRAN)
    assert report.delivered_at == datetime(2026, 11, 27, 6, 0, 5, tzinfo=UTC)
    assert report.raw.additional_properties == {"extra": "kept"}
    request = {"id": 1042, "status": "done", "created_at": "1405/09/06 09:30", "schedule": None}
    client = FakeService(httpx.Response(200, json={"status": "success", "data": request})).ergonomic(cls)
    sent = _run(client.reports.send_request(1042))
    assert isinstance(sent, SendRequest) and sent.id == 1042
    # A Solar Hijri date is no time the client can read: None, with the text kept in raw.
    assert sent.created_at is None and sent.raw.created_at == "1405/09/06 09:30"
    assert sent.to_dict()["created_at"] is None and "type_" not in sent.to_dict()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2026-11-27 09:30:00", datetime(2026, 11, 27, 9, 30, tzinfo=TEHRAN)),
        ("2026-11-27T09:30:00+03:30", datetime(2026, 11, 27, 6, 0, tzinfo=UTC)),
        ("2026-11-27T06:00:00Z", datetime(2026, 11, 27, 6, 0, tzinfo=UTC)),
        (datetime(2026, 11, 27, 9, 30), datetime(2026, 11, 27, 9, 30, tzinfo=TEHRAN)),
        ("", None),
        (None, None),
        ("yesterday", None),
    ],
)
def test_times_are_read_tolerantly_and_always_aware(given: object, expected: datetime | None) -> None:
    found = aware_time(given)
    assert found == expected
    assert found is None or found.tzinfo is not None


def test_the_client_records_are_what_the_types_say() -> None:
    # The pager's item type is the record, for type checkers and for users reading the signature.
    import inspect

    hints = inspect.signature(IranPayamak(api_key="k").reports.inbox).return_annotation
    assert "records.InboxMessage" in str(hints)
