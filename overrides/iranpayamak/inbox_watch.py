"""Watching the inbox: each new inbound message once, in order, with a cursor to resume from.

``client.reports.watch_inbox(cursor=...)`` polls the inbox (which the service lists newest first) and
yields an :class:`InboxEvent` for each message not seen before, oldest first. Each event carries the
cursor just past its message: a string to persist once the message is handled, so that a restarted
worker passing it back neither misses nor repeats a message. ``cursor=None`` starts with the oldest
message the inbox holds.

The service gives messages no id, so a cursor is the time of the last message handled and the
fingerprints (sender, line, text) of those handled at that very time: a message is new when it is
later, or at that time with a fingerprint not yet counted as often. Two identical texts from one
sender in the same second are two messages, and both are yielded. A message whose time cannot be
read counts as older than any cursor (it is yielded only when starting from the beginning).

Example::

    for event in client.reports.watch_inbox(cursor=load_cursor()):
        handle(event.message)
        save_cursor(event.cursor)
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from attrs import frozen

from ._steps import Call, Emit, Flow, Sleep, Step
from .errors import InvalidArgumentError
from .records import InboxMessage

__all__ = ["InboxCursor", "InboxEvent", "cursor_after", "inbox_flow"]

_PREFIX = "inbox1."
_RESTARTS = 3  # reads of the inbox that may find it changed under them before one is taken as it is


def _fingerprint(message: InboxMessage) -> str:
    return hashlib.sha256(f"{message.from_}\x00{message.to}\x00{message.text}".encode()).hexdigest()[:16]


@frozen
class InboxCursor:
    """Where a watch of the inbox stands (see the module's documentation).

    Attributes:
        time: The time of the last message handled; None before the first.
        seen: The fingerprints of the messages handled at that time, each as often as handled.
    """

    time: datetime | None
    seen: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> InboxCursor:
        """The cursor a string stands for (None: the beginning).

        Raises:
            InvalidArgumentError: ``text`` is not a cursor that a watch gave.
        """
        if text is None:
            return cls(None)
        reason = "not a cursor given by watch_inbox (pass None to start from the oldest message)"
        if not isinstance(text, str) or not text.startswith(_PREFIX):
            raise InvalidArgumentError(f"cursor: {reason}", field="cursor", reason=reason)
        try:
            data = json.loads(base64.urlsafe_b64decode(text[len(_PREFIX) :].encode()))
            time = None if data["t"] is None else datetime.fromisoformat(data["t"])
            seen = tuple(str(item) for item in data["s"])
        except (ValueError, KeyError, TypeError) as error:
            raise InvalidArgumentError(f"cursor: {reason}", field="cursor", reason=reason) from error
        if time is not None and time.tzinfo is None:
            raise InvalidArgumentError(f"cursor: {reason}", field="cursor", reason=reason)
        return cls(time, seen)

    def text(self) -> str:
        """The cursor as a string to persist."""
        data = {"t": None if self.time is None else self.time.isoformat(), "s": list(self.seen)}
        return _PREFIX + base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()

    def after(self, message: InboxMessage) -> InboxCursor:
        """The cursor once ``message`` (a new one) is handled."""
        if message.received_at is None:
            return self
        if self.time is not None and message.received_at == self.time:
            return InboxCursor(self.time, (*self.seen, _fingerprint(message)))
        return InboxCursor(message.received_at, (_fingerprint(message),))

    def reached(self, newest_first: Iterable[InboxMessage]) -> bool:
        """Whether a page of the listing holds a message older than the cursor (so no later page holds
        a new one)."""
        return self.time is not None and any(
            message.received_at is not None and message.received_at < self.time for message in newest_first
        )

    def new(self, newest_first: Iterable[InboxMessage]) -> list[InboxMessage]:
        """The messages of a newest-first listing (the whole of it down to the cursor: the messages at
        the cursor's time are counted together) that are new, oldest first."""
        fresh: list[InboxMessage] = []
        at_cursor: list[InboxMessage] = []
        for message in newest_first:
            when = message.received_at
            if self.time is None:
                fresh.append(message)
            elif when is None:
                continue  # no time to place it by: older than any cursor
            elif when < self.time:
                break
            elif when == self.time:
                at_cursor.append(message)
            else:
                fresh.append(message)
        return _oldest_first(fresh, at_cursor, self.seen)


def _oldest_first(
    later: list[InboxMessage], at_cursor: list[InboxMessage], seen: tuple[str, ...]
) -> list[InboxMessage]:
    # Of the messages at the cursor's time, as many of each fingerprint as were handled are the
    # oldest ones (they were listed last): the rest are new.
    handled = Counter(seen)
    unseen_at_cursor = []
    for message in reversed(at_cursor):  # oldest first
        key = _fingerprint(message)
        if handled[key]:
            handled[key] -= 1
        else:
            unseen_at_cursor.append(message)
    return [*unseen_at_cursor, *reversed(later)]


@frozen
class InboxEvent:
    """A new inbound message, and the cursor to persist once it is handled.

    Attributes:
        message: The message.
        cursor: The cursor just past it: a later watch from it starts with the next message.
    """

    message: InboxMessage
    cursor: str


def cursor_after(messages: Iterable[InboxMessage]) -> str:
    """A cursor past every message of a newest-first listing (the inbox's first page, say): a watch
    from it yields only messages that arrive later.

    Example::

        cursor = cursor_after(client.reports.inbox().page().items)
    """
    newest_first = list(messages)
    cursor = InboxCursor(None)
    for message in reversed(newest_first):
        cursor = cursor.after(message)
    return cursor.text()


def _past_overlap(listing: list[InboxMessage], items: list[InboxMessage], grown: int) -> list[InboxMessage] | None:
    """A page's items less those read already, when ``grown`` messages arrived since the page before.

    New messages are listed first, so they push every later item down: the next page then starts
    with the last ``grown`` items of the listing so far. None when it does not (messages were
    removed, or placed elsewhere): the listing cannot be continued, only read again.
    """
    if not 0 < grown <= min(len(listing), len(items)):
        return None
    seen = [(message.received_at, _fingerprint(message)) for message in listing[-grown:]]
    if [(message.received_at, _fingerprint(message)) for message in items[:grown]] != seen:
        return None
    return items[grown:]


def _read(cursor: InboxCursor, limit: int) -> Flow[Step, list[InboxMessage]]:
    """Every new message, oldest first, reading pages until one reaches older messages.

    A listing is only used whole (down to the cursor, or to the end): handing out the newest messages
    of a partial one would move the cursor past the older ones, never to be seen again. When the inbox
    changes under every read, this poll hands out nothing and the next one tries again.
    """
    for _ in range(_RESTARTS):
        listing: list[InboxMessage] = []
        number, total = 1, None
        while True:
            page: Any = yield Call("reports", "_inbox_page", (number, limit))
            items: list[InboxMessage] | None = list(page.items)
            if total is not None and page.total_items != total:
                items = _past_overlap(listing, list(page.items), page.total_items - total)
                if items is None:
                    break  # the pages shifted in a way that cannot be followed: read again
            total = page.total_items
            listing.extend(items or ())
            if cursor.reached(page.items) or not page.has_next:
                return cursor.new(listing)
            number += 1
    return []


def inbox_flow(cursor: str | None, *, poll: float, limit: int) -> Flow[Step, None]:
    """Emit an :class:`InboxEvent` for each new message, oldest first, then wait ``poll`` seconds, forever."""
    position = InboxCursor.parse(cursor)
    while True:
        for message in (yield from _read(position, limit)):
            position = position.after(message)
            yield Emit(InboxEvent(message, position.text()))
        yield Sleep(poll)
