"""``MockService``: the mock account and its ASGI app, used in-process or behind ``MockServer``."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import httpx

from ._app import RecordedRequest, build_app
from ._faults import Faults
from ._seeding import line_record, pattern_record
from ._spec import load_operations
from ._state import FINAL_FAILURES, MockClock, MockState, OutboxMessage, ReceivedMessage
from ._transport import SyncASGITransport

__all__ = ["DEFAULT_API_KEY", "MockService"]

DEFAULT_API_KEY = "mock-api-key"
"""The key the mock accepts unless told otherwise (it is not a real key)."""

IN_PROCESS_URL = "http://iranpayamak.localhost"


class MockService:
    """A stateful stand-in for the IranPayamak web service, driven by the spec.

    Every operation of the spec is served: requests are validated against it (422 with a
    field-to-messages bag when they do not match), the ``Api-Key`` header is checked (the service's own
    401 bodies), and sends change the account: they charge the balance, appear in :attr:`outbox` and
    in the send-request reports, whose recipients move from ``in-queue`` to ``sent`` to ``delivered``
    as the mock's clock advances.

    The demo account has the shared line ``90008361``, a dedicated line ``3000505``, an approved OTP
    pattern ``mockOtp001`` with the variable ``code``, a phonebook with three contacts, three provinces
    with cities, and two number banks. Give it your app's own patterns, lines and balance with
    :meth:`add_pattern`, :meth:`add_line` and :attr:`balance`.

    Args:
        api_key: The key requests must carry.
        balance: The starting balance, in toman.
        clock: The mock's time; a ``MockClock(start=...)`` makes reports reproducible.

    Example::

        mock = MockService()
        client = mock.client()
        client.otp.send("09121234567", pattern="mockOtp001")
        assert mock.outbox[-1].text.startswith("کد ورود شما")
    """

    def __init__(
        self, *, api_key: str = DEFAULT_API_KEY, balance: int = 1_000_000, clock: MockClock | None = None
    ) -> None:
        self._settings: dict[str, Any] = {"api_key": api_key, "balance": balance}
        self.clock = clock or MockClock()
        self.faults = Faults({operation.operation_id for operation in load_operations()})
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        self.state = self._fresh_state()
        self.app = build_app(self.state, self.faults, self._record)
        self._transports: weakref.WeakSet[SyncASGITransport] = weakref.WeakSet()

    def _fresh_state(self) -> MockState:
        state = MockState(clock=self.clock, **self._settings)
        state.seed()
        return state

    def _record(self, request: RecordedRequest) -> None:
        with self._requests_lock:
            self._requests.append(request)

    # --- Inspection ------------------------------------------------------------------------------

    @property
    def api_key(self) -> str:
        """The key the mock accepts."""
        return self.state.api_key

    @property
    def url(self) -> str:
        """The base URL clients use; in-process clients use a placeholder host that never resolves."""
        return IN_PROCESS_URL

    @property
    def outbox(self) -> list[OutboxMessage]:
        """Every message sent so far, oldest first."""
        with self.state.lock:
            return list(self.state.outbox)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, including refused and faulted ones, oldest first."""
        with self._requests_lock:
            return list(self._requests)

    @property
    def balance(self) -> int:
        """The account balance, in toman; set it to test what your app does when credit runs out.

        Example::

            mock.balance = 0   # the next send is refused: "اعتبار کافی نیست" (not enough credit)
        """
        return self.state.balance

    @balance.setter
    def balance(self, toman: int) -> None:
        if isinstance(toman, bool) or not isinstance(toman, int) or toman < 0:
            raise ValueError(f"balance must be a whole number of toman, 0 or more, got {toman!r}")
        with self.state.lock:
            self.state.balance = toman

    def reset(self) -> None:
        """Back to the fresh demo account: state, outbox, recorded requests, faults and outbox listeners
        cleared, and the clock's advances undone. Patterns, lines and a balance you set go too: seed again
        after a reset (a fixture that seeds each test's fresh mock never needs one)."""
        self.clock.rewind()
        self.state.restore(self._fresh_state())
        with self._requests_lock:
            self._requests.clear()
        self.faults.clear()

    # --- Steering ----------------------------------------------------------------------------------

    def receive(self, sender: str, text: str, line_number: str = "90008361") -> ReceivedMessage:
        """Deliver an inbound message from a mobile user; it then appears in the inbox."""
        message = ReceivedMessage(sender=sender, line_number=line_number, text=text, received_at=self.clock.now())
        with self.state.lock:
            self.state.inbox.append(message)
        return message

    def fail(self, number: str, status: str = "delivery-failure") -> None:
        """Make messages to ``number`` end in ``status`` (for example ``blacklist``) instead of ``delivered``."""
        if status not in FINAL_FAILURES:
            raise ValueError(f"status must be one of {sorted(FINAL_FAILURES)}, got {status!r}")
        with self.state.lock:
            self.state.failures[number] = status

    def add_pattern(
        self,
        code: str,
        text: str,
        *,
        variables: Iterable[str] | None = None,
        status: str = "active",
        title: str | None = None,
    ) -> None:
        """Give the account a pattern under your app's own code, as if made in the panel and reviewed.

        A pattern the account has under ``code`` is replaced (``mockOtp001`` too).

        Args:
            code: The code your app sends, e.g. ``"SJ3FgPrE0C"``.
            text: The template; each ``%name%`` in it is a variable.
            variables: The variables as ``iranpayamak patterns create --var`` takes them: ``name``,
                ``name:type`` or ``name:type:length`` (type ``int``, ``str`` or ``date``; by default
                ``str`` and 10). By default, each ``%name%`` of the text.
            status: ``active`` (approved: it can be sent), ``pending`` (awaiting review: sends are
                refused until :meth:`approve_pattern`) or ``rejected`` (sends are refused).
            title: Its name in the panel; the code by default.

        Raises:
            ValueError: An empty code or text, an unknown status, or variables that differ from the
                text's ``%name%`` placeholders.

        Example::

            mock.add_pattern("SJ3FgPrE0C", "کد ورود شما: %code%")
            client.otp.send("09121234567", pattern="SJ3FgPrE0C")
            mock.add_pattern("Xr52", "سفارش %order% ارسال شد", variables=["order:int:8"], status="pending")
        """
        record = pattern_record(code, text, variables=variables, status=status, title=title)
        with self.state.lock:
            self.state.patterns[code] = record

    def approve_pattern(self, code: str) -> None:
        """Approve a pattern, as the provider's reviewers would, so it can be sent.

        Raises:
            KeyError: The account has no pattern ``code`` (add it with :meth:`add_pattern`).
        """
        with self.state.lock:
            if code not in self.state.patterns:
                raise KeyError(f"the mock account has no pattern {code!r}; add it with add_pattern(code, text)")
            self.state.patterns[code]["status"] = "active"

    def add_line(self, number: str, *, dedicated: bool = True, title: str | None = None) -> None:
        """Give the account a sender line, so sends from it (``line_number=``) are accepted.

        A line the account has with this number is updated in place.

        Args:
            number: The line's digits, e.g. ``"30001234"``.
            dedicated: Whether the line is the account's own (True) or shared.
            title: Its name in the panel.

        Raises:
            ValueError: The number is not all Latin digits.

        Example::

            mock.add_line("30001234")
            client = mock.client(line_number="30001234")
        """
        with self.state.lock:
            existing = next((line for line in self.state.lines if line["line_number"] == number), None)
            line_id = existing["id"] if existing is not None else self.state.next_id()
            record = line_record(line_id, number, dedicated=dedicated, title=title)
            if existing is not None:
                existing.update(record)
            else:
                self.state.lines.append(record)

    def advance(self, seconds: float) -> None:
        """Move the mock's clock forward (queued messages get sent, sent ones delivered)."""
        self.clock.advance(seconds)

    def settle(self) -> None:
        """Advance the clock until every message sent so far has its final status."""
        self.advance(self.state.queue_seconds + self.state.delivery_seconds)

    def now(self) -> datetime:
        """The mock's current time."""
        return self.clock.now()

    # --- Clients -----------------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport into this mock, without a socket."""
        transport = SyncASGITransport(self.app)
        self._transports.add(transport)
        return transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport into this mock, without a socket."""
        return httpx.ASGITransport(app=self.app)

    def client(self, **settings: Any) -> Any:
        """An ``IranPayamak`` client wired to this mock (extra settings are passed through).

        The client owns its connection to the mock: closing it releases everything it holds.
        """
        from iranpayamak import IranPayamak

        return self._owning(IranPayamak, self.transport(), settings)

    def async_client(self, **settings: Any) -> Any:
        """An ``AsyncIranPayamak`` client wired to this mock; closing it releases everything it holds."""
        from iranpayamak import AsyncIranPayamak

        return self._owning(AsyncIranPayamak, self.async_transport(), settings)

    def _owning(self, cls: Any, transport: object, settings: dict[str, Any]) -> Any:
        client = cls(**{"api_key": self.api_key, "base_url": self.url, **settings})
        if "http_client" not in settings:
            # Through the pool the client creates (rather than a supplied http_client, which the client
            # leaves open), so closing the client closes the transport and its helper thread.
            client.api.httpx_args = {**client.api.httpx_args, "transport": transport}
        return client

    def close(self) -> None:
        """Stop the helper threads of in-process sync transports, including those of open clients."""
        for transport in list(self._transports):
            transport.close()
        self._transports.clear()

    def __enter__(self) -> MockService:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
