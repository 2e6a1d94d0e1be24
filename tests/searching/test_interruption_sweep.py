"""Interruptions at every step: a Ctrl-C landing on any line of the bookkeeping loses nothing.

A tracer raises ``KeyboardInterrupt`` at the n-th line the library runs in the traced modules, for
every n from the first line to the last of an uninterrupted run, as a Ctrl-C arriving there would.
After each interrupted bulk send, every number is accounted for, checked against the mock's outbox:
no number that went out is listed as not sent (so a rerun of those sends nobody a second copy),
none is both, and every number read is sent, not sent or maybe sent. After each interrupted OTP
issue, an SMS that went out is counted: the next issue for the number waits out the cooldown.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import iranpayamak.bulk
import iranpayamak.otp._flow
import iranpayamak.otp.policy
import iranpayamak.otp.service
import iranpayamak.otp.store
import iranpayamak.outcomes
import iranpayamak.resources.sms
from iranpayamak.bulk import BulkSendResult, result_of
from iranpayamak.errors import OtpCooldownError
from iranpayamak.otp import MemoryStore, OtpService
from iranpayamak.testing import MockService
from tests.reliability.report import observe

_counts = {"runs": 0, "lines": 0, "checks": 0}


def _file(module: Any) -> str:
    return str(Path(module.__file__).resolve())


class Interrupter:
    """Raises ``KeyboardInterrupt`` at the ``at``-th line run in ``files`` (never, for 0), counting lines.

    Lines that open a ``with`` or ``try`` block, or start a handler, are skipped: a tracer's exception
    there escapes the block's handlers (the interpreter has not entered the block yet, or has left it),
    where a real Ctrl-C, delivered only at calls and loop jumps, cannot land.
    """

    def __init__(self, files: set[str], at: int = 0) -> None:
        self.files = files
        self.at = at
        self.lines = 0
        self.where = ""
        """The line it interrupted, as ``file:line``."""

    def _global(self, frame: FrameType, event: str, arg: object) -> Any:
        return self._local if event == "call" and frame.f_code.co_filename in self.files else None

    def _local(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "line" and not _edge_of_a_block(frame):
            self.lines += 1
            if self.lines == self.at:
                self.where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                raise KeyboardInterrupt
        return self._local

    def __enter__(self) -> Interrupter:
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(None)


_SOURCE: dict[str, list[str]] = {}


def _edge_of_a_block(frame: FrameType) -> bool:
    name = frame.f_code.co_filename
    lines = _SOURCE.get(name)
    if lines is None:
        lines = _SOURCE[name] = Path(name).read_text(encoding="utf-8").splitlines()
    text = lines[frame.f_lineno - 1].lstrip() if 0 < frame.f_lineno <= len(lines) else ""
    return text.startswith(("with ", "async with ", "try:", "except", "else:", "finally:"))


def _every_line(files: set[str], run: Callable[[Interrupter], None]) -> Iterator[int]:
    """1, 2, ... up to the number of traced lines an uninterrupted ``run`` takes."""
    with Interrupter(files) as counter:
        run(counter)
    yield from range(1, counter.lines + 1)


# --- Bulk sends ------------------------------------------------------------------------------------

# Every module of the bulk package, core and shells alike, what it classifies errors with, and the
# client methods that call it.
BULK_FILES = {str(path) for path in Path(_file(iranpayamak.bulk)).parent.glob("*.py")} | {
    _file(iranpayamak.outcomes),
    _file(iranpayamak.resources.sms),
}
NUMBERS = ["09120000001", "09120000002", "+98 912 000 0003", "09120000004", "09120000002", "09120000005"]
NORMALIZED = ["09120000001", "09120000002", "09120000003", "09120000004", "09120000005"]


def _bulk(source: str, mock: MockService) -> Callable[[Interrupter], BulkSendResult]:
    client = mock.client(max_retries=0)

    def send(_: Interrupter) -> BulkSendResult:
        recipients = list(NUMBERS) if source == "list" else (number for number in NUMBERS)
        return client.sms.send_simple_bulk("hi", recipients, chunk_size=2)

    return send


def _check_bulk(mock: MockService, result: BulkSendResult | None) -> None:
    out = [message.recipient for message in mock.outbox]
    assert len(out) == len(set(out)), f"a number was sent twice: {out}"
    if result is None:
        assert out == [], "SMS went out but the interruption carries no result"
        return
    unsent, uncertain = set(result.unsent_recipients), set(result.uncertain_recipients)
    assert not unsent & set(out), f"sent, yet listed as not sent (a rerun would send again): {unsent & set(out)}"
    assert not unsent & uncertain
    assert result.sent_count == len(set(out) - uncertain), (result.summary(), out)
    # Numbers not read yet are the caller's to send again from inputs_read on (complete is False then).
    read = NORMALIZED if result.complete else _normalized(NUMBERS[: result.inputs_read])
    missing = set(read) - set(out) - unsent - uncertain
    assert not missing, f"read but in no group: {missing} ({result.summary()})"
    _counts["checks"] += 5


def _normalized(values: list[str]) -> list[str]:
    from iranpayamak.phone import normalize_mobile

    return [normalize_mobile(value) for value in values]


@pytest.mark.parametrize("source", ["list", "generator"])
def test_a_bulk_send_interrupted_on_any_line_accounts_for_everyone(source: str) -> None:
    for at in _every_line(BULK_FILES, lambda interrupter: _bulk(source, MockService())(interrupter)):
        mock = MockService()
        send = _bulk(source, mock)
        result: BulkSendResult | None = None
        with Interrupter(BULK_FILES, at) as interrupter:
            try:
                result = send(interrupter)
            except KeyboardInterrupt as interrupt:
                found = result_of(interrupt)
                assert found is None or isinstance(found, BulkSendResult)
                result = found
        try:
            _check_bulk(mock, result)
        except AssertionError as failure:
            failure.add_note(f"interrupted at {interrupter.where}")
            raise
        _counts["runs"] += 1
        _counts["lines"] += at


# --- One-time codes --------------------------------------------------------------------------------

OTP_FILES = {
    _file(iranpayamak.otp.service),
    _file(iranpayamak.otp._flow),
    _file(iranpayamak.otp.policy),
    _file(iranpayamak.otp.store),
}
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_an_otp_issue_interrupted_on_any_line_still_counts_its_sms() -> None:
    def issue(_: Interrupter) -> None:
        with MockService() as mock:
            OtpService(mock.client(), pattern="mockOtp001", clock=lambda: START).issue("09121234567")

    for at in _every_line(OTP_FILES, issue):
        clock = _Clock()
        with MockService() as mock:
            service = OtpService(mock.client(), pattern="mockOtp001", store=MemoryStore(), clock=clock, send_window=30)
            with Interrupter(OTP_FILES, at) as interrupter, contextlib.suppress(KeyboardInterrupt):
                service.issue("09121234567")
            clock.now += timedelta(seconds=31)  # any reservation has lapsed; the 60 s cooldown has not
            if mock.outbox:
                with pytest.raises(OtpCooldownError):
                    service.issue("09121234567")
                    pytest.fail(f"interrupted at {interrupter.where}, its SMS was not counted")
                assert len(mock.outbox) == 1, f"interrupted at line {at}: a second SMS went out"
            # Whatever the interruption left lapses within the hour. (A send interrupted while it was
            # being recorded may be counted more than once: stricter, never looser.)
            clock.now += timedelta(hours=1)
            service.issue("09121234567")
        _counts["runs"] += 1
        _counts["lines"] += at
        _counts["checks"] += 2


class _Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if _counts["runs"]:
        observe(
            "search",
            suite="interruptions on every line (bulk sends, OTP issue)",
            runs=_counts["runs"],
            steps=_counts["lines"],
            checks=_counts["checks"],
        )
