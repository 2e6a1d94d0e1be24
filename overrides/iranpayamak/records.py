"""The records the ergonomic clients return for reports and the inbox: one rule for names and times.

The generated models (``iranpayamak_api.models``) keep the service's wire names and types, typo
included (``recievedAt``), and its timestamps as it sends them. The records here are what
``client.reports`` returns:

- attributes are spelled correctly and in snake_case (``received_at``);
- every time is an aware ``datetime`` in Tehran's zone. The service's times mostly carry no zone;
  like the schedules the client sends, they are read as Tehran time (an inference: no page says so),
  and times with a zone are converted to it. A time in a form the
  client cannot read (a Solar Hijri date, say) is None there, and the text stays in ``raw``;
- ``raw`` is the generated model, with every field the service sent (unknown ones in
  ``additional_properties``);
- ``to_dict()`` gives snake_case JSON-ready data with ISO 8601 times, as the CLI prints it.

Example::

    for message in client.reports.inbox():
        print(message.received_at.isoformat(), message.from_, message.text)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from attrs import field, frozen

# Imported at run time, not only for type checkers: the records' annotations name them, and tools that
# resolve a result's type hints (and the tests that check results against them) need them.
from iranpayamak_api.models import DeliveryStatus, SendRequestStatus
from iranpayamak_api.models import InboxMessage as WireInboxMessage
from iranpayamak_api.models import SendRequest as WireSendRequest
from iranpayamak_api.models import SendRequestItem as WireSendRequestItem
from iranpayamak_api.types import Unset

from .schedule import TEHRAN

__all__ = ["DeliveryReport", "InboxMessage", "SendRequest", "aware_time"]


def aware_time(value: object) -> datetime | None:
    """A time the service sent, as an aware datetime in Tehran's zone: ISO 8601 or ``YYYY-MM-DD
    HH:MM:SS``, zone-less times read as Tehran time. None for an absent time, or one in a form this
    cannot read.

    Example::

        >>> aware_time("2026-11-27 09:30:00").isoformat()
        '2026-11-27T09:30:00+03:30'
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    # Every time in Tehran's zone, whatever zone it came in: the same instant, shown one way.
    return moment.replace(tzinfo=TEHRAN) if moment.tzinfo is None else moment.astimezone(TEHRAN)


def _present(value: Any) -> Any:
    """None for a field the answer did not carry (``UNSET``), the value otherwise."""
    return None if isinstance(value, Unset) else value


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _text(value: Any) -> str | None:
    value = _present(value)
    return None if value is None else str(value)


@frozen
class InboxMessage:
    """A message received on one of the account's lines.

    Attributes:
        from_: The sender's mobile number (``from`` on the wire).
        to: The line it arrived on.
        text: The message.
        received_at: When it arrived (``recievedAt`` on the wire).
        raw: The generated model, as the service sent it.
    """

    from_: str
    to: str
    text: str
    received_at: datetime | None
    raw: WireInboxMessage = field(repr=False, eq=False)

    @classmethod
    def of(cls, wire: WireInboxMessage) -> InboxMessage:
        """The record for a generated ``InboxMessage``."""
        return cls(from_=wire.from_, to=wire.to, text=wire.text, received_at=aware_time(wire.recieved_at), raw=wire)

    def to_dict(self) -> dict[str, Any]:
        """Snake_case, JSON-ready data."""
        return {"from": self.from_, "to": self.to, "text": self.text, "received_at": _iso(self.received_at)}


@frozen
class DeliveryReport:
    """One recipient of a send request and what became of the message.

    Attributes:
        id: The item's id.
        mobile: The recipient.
        status: The delivery status (an unknown new status is kept as its text).
        parts: How many SMS parts the text took.
        cost: What it cost.
        sent_at: When it was sent, or None.
        delivered_at: When it was delivered, or None.
        raw: The generated ``SendRequestItem``, as the service sent it.
    """

    id: int | None
    mobile: str | None
    status: DeliveryStatus | str | None
    parts: int | None
    cost: float | None
    sent_at: datetime | None
    delivered_at: datetime | None
    raw: WireSendRequestItem = field(repr=False, eq=False)

    @classmethod
    def of(cls, wire: WireSendRequestItem) -> DeliveryReport:
        """The record for a generated ``SendRequestItem``."""
        return cls(
            id=_present(wire.id),
            mobile=_present(wire.mobile),
            status=_present(wire.status),
            parts=_present(wire.parts),
            cost=_present(wire.cost),
            sent_at=aware_time(_present(wire.sent_at)),
            delivered_at=aware_time(_present(wire.delivered_at)),
            raw=wire,
        )

    def to_dict(self) -> dict[str, Any]:
        """Snake_case, JSON-ready data."""
        return {
            "id": self.id,
            "mobile": self.mobile,
            "status": _text(self.status),
            "parts": self.parts,
            "cost": self.cost,
            "sent_at": _iso(self.sent_at),
            "delivered_at": _iso(self.delivered_at),
        }


@frozen
class SendRequest:
    """One send call (or one peer of a peer-to-peer send) and its outcome.

    Attributes:
        id: The send request id that the send returned.
        status: Its status (an unknown new status is kept as its text).
        type: The kind of send (``simple``, ``pattern``...; the values are not documented).
        text: The text sent.
        line_number: The sender line.
        recipients_count: How many recipients it had.
        cost: What it cost.
        created_at: When it was made, or None.
        schedule: When it is to be sent, for a scheduled send; None otherwise.
        raw: The generated ``SendRequest``, as the service sent it.
    """

    id: int | None
    status: SendRequestStatus | str | None
    type: str | None
    text: str | None
    line_number: str | None
    recipients_count: int | None
    cost: float | None
    created_at: datetime | None
    schedule: datetime | None
    raw: WireSendRequest = field(repr=False, eq=False)

    @classmethod
    def of(cls, wire: WireSendRequest) -> SendRequest:
        """The record for a generated ``SendRequest``."""
        return cls(
            id=_present(wire.id),
            status=_present(wire.status),
            type=_present(wire.type_),
            text=_present(wire.text),
            line_number=_present(wire.line_number),
            recipients_count=_present(wire.recipients_count),
            cost=_present(wire.cost),
            created_at=aware_time(_present(wire.created_at)),
            schedule=aware_time(_present(wire.schedule)),
            raw=wire,
        )

    def to_dict(self) -> dict[str, Any]:
        """Snake_case, JSON-ready data."""
        return {
            "id": self.id,
            "status": _text(self.status),
            "type": self.type,
            "text": self.text,
            "line_number": self.line_number,
            "recipients_count": self.recipients_count,
            "cost": self.cost,
            "created_at": _iso(self.created_at),
            "schedule": _iso(self.schedule),
        }
