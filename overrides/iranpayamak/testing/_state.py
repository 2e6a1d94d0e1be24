"""The mock account: everything a sequence of calls creates, changes and reads.

State is kept in memory behind one lock, so the mock can serve concurrent requests. Time comes from
a :class:`MockClock`, so tests can move delivery reports forward without sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import TYPE_CHECKING, TypedDict, cast
from zoneinfo import ZoneInfo

from attrs import define, field, fields, frozen

from ..parts import as_delivered
from ..parts import message_parts as parts_of

if TYPE_CHECKING:
    # The records are typed by the spec's wire shapes, so mypy names a field a handler invents.
    from iranpayamak_api import wire

__all__ = [
    "FINAL_FAILURES",
    "MockClock",
    "MockState",
    "OutboxMessage",
    "ReceivedMessage",
    "SendRequest",
    "message_parts",
    "now_text",
]

FINAL_FAILURES = frozenset({"send-failure", "delivery-failure", "delivery-undetermined", "system-error", "blacklist"})
"""Final statuses a recipient can be configured to end in instead of ``delivered``."""

TEHRAN = ZoneInfo("Asia/Tehran")


class MockClock:
    """The mock's time: the system clock (or a fixed start) plus however far it was advanced."""

    def __init__(self, start: datetime | None = None) -> None:
        self._start = start
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The current mock time (aware, UTC)."""
        base = self._start if self._start is not None else datetime.now(UTC)
        return base + self._offset

    def advance(self, seconds: float) -> None:
        """Move time forward, e.g. to let queued messages be delivered."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)

    def rewind(self) -> None:
        """Undo every :meth:`advance`: back to the start (or to the system clock)."""
        with self._lock:
            self._offset = timedelta()


def message_parts(text: str) -> int:
    """How many SMS parts a text takes, as the client counts them (``iranpayamak.message_parts``): the
    mock bills what an estimate predicts."""
    return parts_of(text).parts


@frozen
class OutboxMessage:
    """A message the mock delivered.

    Attributes:
        recipient: The number, ``09xxxxxxxxx``.
        text: The text as delivered (pattern variables filled in, digits as ``number_format`` asks).
        line_number: The sender line.
        sent_at: When it was sent (mock time).
        send_request_id: The send request it belongs to.
        kind: ``pattern``, ``simple``, ``variables``, ``peer-to-peer``, ``bank``, ``sample`` or ``voice``.
        schedule: The requested send time, when there was one.
    """

    recipient: str
    text: str
    line_number: str
    sent_at: datetime
    send_request_id: int
    kind: str
    schedule: str | None = None


@frozen
class ReceivedMessage:
    """A message a mobile user sent to one of the account's lines."""

    sender: str
    line_number: str
    text: str
    received_at: datetime


@define
class _Item:
    id: int
    mobile: str
    final: str
    parts: int
    cost: int


@define
class SendRequest:
    """A send request and its recipients, whose statuses move with the clock."""

    id: int
    kind: str
    text: str
    line_number: str
    created_at: datetime
    schedule: str | None
    items: list[_Item] = field(factory=list)
    rejected: bool = False

    @property
    def cost(self) -> int:
        return sum(item.cost for item in self.items)

    def starts_at(self) -> datetime:
        """When sending begins: the schedule if one was given, else when the request was made."""
        return _schedule_time(self.schedule) or self.created_at


def _schedule_time(text: str | None) -> datetime | None:
    # Schedules arrive as Tehran wall-clock text, or as ISO 8601 with an offset.
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=TEHRAN)


class PhonebookRecord(TypedDict):
    """A phonebook as the mock keeps it: its attributes by id (``wire.Phonebook`` shows them whole)."""

    id: int
    title: str
    attributes: list[int]


class ContactRecord(TypedDict):
    """A contact as the mock keeps it: its phonebook, and its attribute values by attribute id."""

    id: int
    phone_book_id: int
    prefix: wire.ContactPrefix | None
    name: str | None
    mobile: str
    attributes: dict[int, str]


class OrderRecord(TypedDict):
    """A wallet charge's order: ``created``, then ``paid`` or ``cancelled``."""

    id: int
    amount: int
    status: str
    redirect: str | None


@define
class MockState:
    """Everything the mock account holds.

    Attributes:
        api_key: The key requests must carry.
        balance: The balance in toman.
        rate: The price of one message part, in toman.
        queue_seconds: How long a message stays ``in-queue`` before it is ``sent``.
        delivery_seconds: How long after sending its delivery report arrives.
    """

    api_key: str
    clock: MockClock
    balance: int = 1_000_000
    rate: int = 200
    queue_seconds: float = 1.0
    delivery_seconds: float = 2.0
    lock: threading.RLock = field(factory=threading.RLock)
    lines: list[wire.Line] = field(factory=list)
    patterns: dict[str, wire.Pattern] = field(factory=dict)
    send_requests: dict[int, SendRequest] = field(factory=dict)
    outbox: list[OutboxMessage] = field(factory=list)
    inbox: list[ReceivedMessage] = field(factory=list)
    failures: dict[str, str] = field(factory=dict)
    phonebooks: dict[int, PhonebookRecord] = field(factory=dict)
    attributes: dict[int, wire.PhonebookAttribute] = field(factory=dict)
    contacts: dict[int, ContactRecord] = field(factory=dict)
    tickets: dict[int, wire.Ticket] = field(factory=dict)
    ticket_files: dict[int, bytes] = field(factory=dict)
    lbs: dict[int, wire.LbsRequest] = field(factory=dict)
    voice_files: dict[int, bytes] = field(factory=dict)
    orders: dict[int, OrderRecord] = field(factory=dict)
    panel_tokens: dict[str, str] = field(factory=dict)
    # Empty until seed() gives the demo account's.
    profile: wire.Profile = field(factory=lambda: cast("wire.Profile", {}))
    listeners: list[Callable[[OutboxMessage], None]] = field(factory=list)
    provinces: list[wire.Province] = field(factory=list)
    cities: list[wire.City] = field(factory=list)
    banks: list[wire.NumberBank] = field(factory=list)
    _ids: Iterator[int] = field(factory=lambda: count(1))

    def restore(self, other: MockState) -> None:
        """Take over everything ``other`` holds, outbox listeners included (the app keeps its reference
        to this object)."""
        with self.lock:
            for attribute in fields(MockState):
                if attribute.name != "lock":
                    setattr(self, attribute.name, getattr(other, attribute.name))

    def next_id(self) -> int:
        """A fresh id, unique across every kind of record."""
        return next(self._ids) + 1000

    # --- Time and statuses -------------------------------------------------------------------------

    def item_status(self, request: SendRequest, item: _Item) -> str:
        """Where one recipient stands now."""
        if request.rejected:
            return "send-failure"
        elapsed = (self.clock.now() - request.starts_at()).total_seconds()
        if elapsed < self.queue_seconds:
            return "in-queue"
        if item.final == "send-failure":
            return "send-failure"
        if item.final == "blacklist":
            return "blacklist"
        if elapsed < self.queue_seconds + self.delivery_seconds:
            return "sent"
        return item.final

    def delivered_at(self, request: SendRequest) -> datetime:
        """When a delivered message's report arrived: a fixed time, the same at every look."""
        return request.starts_at() + timedelta(seconds=self.queue_seconds + self.delivery_seconds)

    def request_status(self, request: SendRequest) -> str:
        """Where a send request stands now."""
        if request.rejected:
            return "rejected"
        elapsed = (self.clock.now() - request.starts_at()).total_seconds()
        return "in-queue" if elapsed < self.queue_seconds else "sent"

    # --- Sending ---------------------------------------------------------------------------------

    def cost_of(self, texts: Iterable[str]) -> int:
        """What sending one message with each of ``texts`` costs."""
        return sum(message_parts(text) for text in texts) * self.rate

    def record_send(
        self,
        kind: str,
        line_number: str,
        messages: list[tuple[str, str]],
        *,
        schedule: str | None,
        number_format: str | None,
        template: str | None = None,
    ) -> SendRequest:
        """Create a send request for ``(recipient, text)`` pairs, charge for it and deliver it to the outbox.

        The caller has checked the balance (see :meth:`affordable`).
        """
        now = self.clock.now()
        request = SendRequest(
            id=self.next_id(),
            kind=kind,
            text=template if template is not None else (messages[0][1] if messages else ""),
            line_number=line_number,
            created_at=now,
            schedule=schedule or None,
        )
        for recipient, text in messages:
            delivered = as_delivered(text, number_format or "english")
            parts = message_parts(delivered)
            request.items.append(
                _Item(
                    id=self.next_id(),
                    mobile=recipient,
                    final=self.failures.get(recipient, "delivered"),
                    parts=parts,
                    cost=parts * self.rate,
                )
            )
            message = OutboxMessage(
                recipient=recipient,
                text=delivered,
                line_number=line_number,
                sent_at=now,
                send_request_id=request.id,
                kind=kind,
                schedule=request.schedule,
            )
            self.outbox.append(message)
            for listener in self.listeners:
                listener(message)
        self.balance -= request.cost
        self.send_requests[request.id] = request
        return request

    def record_rejected(self, kind: str, line_number: str, text: str) -> SendRequest:
        """A send request the service accepted but could not carry out (an unreadable file)."""
        request = SendRequest(
            id=self.next_id(),
            kind=kind,
            text=text,
            line_number=line_number,
            created_at=self.clock.now(),
            schedule=None,
            rejected=True,
        )
        self.send_requests[request.id] = request
        return request

    def affordable(self, texts: Iterable[str]) -> bool:
        return self.cost_of(texts) <= self.balance

    def has_line(self, line_number: str) -> bool:
        return any(line["line_number"] == line_number for line in self.lines)

    # --- Seed ------------------------------------------------------------------------------------

    def seed(self) -> None:
        """The demo account: two lines, an approved OTP pattern, a phonebook, places and number banks."""
        self.lines = [
            {"id": 1, "line_number": "90008361", "title": "خط خدماتی اشتراکی", "is_dedicated": False},
            {"id": 2, "line_number": "3000505", "title": "خط اختصاصی", "is_dedicated": True},
        ]
        self.patterns["mockOtp001"] = {
            "code": "mockOtp001",
            "title": "ورود",
            "text": "کد ورود شما: %code%",
            "description": "کد یکبار مصرف ورود",
            "status": "active",
            "share": 0,
            "website": "example.ir",
            "category": 1,
            "vars": [{"var": "code", "type": "int", "length": 10}],
        }
        attribute_id = self.next_id()
        self.attributes[attribute_id] = {"id": attribute_id, "title": "نام شهر", "type": "string", "code": "city"}
        book = self.next_id()
        self.phonebooks[book] = {"id": book, "title": "مشتریان", "attributes": [attribute_id]}
        people: list[tuple[str, str, wire.ContactPrefix, str]] = [
            ("09121111111", "سارا محمدی", "woman", "تهران"),
            ("09352222222", "علی رضایی", "man", "شیراز"),
            ("09903333333", "شرکت نمونه", "co", "اصفهان"),
        ]
        for mobile, name, prefix, city in people:
            contact = self.next_id()
            self.contacts[contact] = {
                "id": contact,
                "phone_book_id": book,
                "prefix": prefix,
                "name": name,
                "mobile": mobile,
                "attributes": {attribute_id: city},
            }
        self.provinces = [{"id": 8, "title": "تهران"}, {"id": 4, "title": "اصفهان"}, {"id": 7, "title": "فارس"}]
        self.cities = [
            {"id": 301, "title": "تهران", "province_id": 8},
            {"id": 302, "title": "شهریار", "province_id": 8},
            {"id": 401, "title": "اصفهان", "province_id": 4},
            {"id": 701, "title": "شیراز", "province_id": 7},
        ]
        self.banks = [
            {"id": 5, "title": "پزشکان تهران", "records": 1200, "province_id": 8, "city_id": 301},
            {"id": 6, "title": "فروشگاه‌های شیراز", "records": 400, "province_id": 7, "city_id": 701},
        ]
        self.profile = {
            "displayName": "حساب نمایشی",
            "mobile": "09120000000",
            "verified": True,
            "blocked": False,
            "plan": {"id": 1, "title": "پکیج نمایشی"},
            "permissions": "01ffffffffffffffffff",
        }

    def bank_numbers(self, bank_id: int, offset: int, limit: int) -> list[str]:
        """The numbers of a number bank (synthetic, stable for a bank)."""
        bank = next((b for b in self.banks if b["id"] == bank_id), None)
        if bank is None:
            return []
        end = min(offset + limit, bank["records"])
        return [f"0919{bank_id:03d}{index:04d}" for index in range(offset, end)]

    def phonebook_numbers(self, phonebook_id: int, offset: int, limit: int) -> list[str]:
        """The numbers of a slice of a phonebook's contacts, in id order."""
        members = sorted(
            (contact for contact in self.contacts.values() if contact["phone_book_id"] == phonebook_id),
            key=lambda contact: contact["id"],
        )
        return [contact["mobile"] for contact in members[offset : offset + limit]]

    def seconds_since(self, moment: datetime) -> float:
        return (self.clock.now() - moment).total_seconds()


def now_text(moment: datetime) -> str:
    """A time as the mock writes it in JSON: ISO 8601 in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
