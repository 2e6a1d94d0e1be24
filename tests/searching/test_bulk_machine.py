"""A state machine that searches for bulk sends that send twice or lose track of someone.

Against one mock account per run, Hypothesis plays campaigns of ``send_simple`` /
``send_simple_bulk`` and ``send_pattern_many`` (sync in one test, async in the other) with random
recipients in random spellings (``+98``, ``0098``, Persian and Arabic digits, spaces, dashes, ints),
as lists and as generators, with repeats and invalid entries; random faults from the mock's menu
(error statuses, dropped connections, malformed, HTML, empty and non-finite bodies, slow trickling
answers); and random interruptions: the recipients iterable raising an exception or
``KeyboardInterrupt``, ``KeyboardInterrupt`` raised by the transport before or after the mock carried
out the request, and (async) cancellation and ``asyncio.timeout``, both before and after the request
took effect. Each campaign is then rerun with the numbers it reports as not sent.

Invariants, checked against the mock's outbox and the requests it received:

- nobody receives a campaign's message twice, across the run and the rerun, and no request repeats
  a number;
- every valid recipient given ends in exactly one of sent / not sent / may have been sent, and the
  result is reachable from whatever was raised whenever anything was sent;
- "sent" recipients are in the outbox, "not sent" ones are not, and nothing else is;
- ``KeyboardInterrupt`` and cancellations reach the caller as themselves.

Hypothesis draws everything from the run's seed (``tests/conftest.py``), so a failure repeats with
``scripts/test --hypothesis-seed=N``; ``scripts/test --slow`` runs ten times the examples.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import attrs
import httpx
from attrs import define, frozen
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from iranpayamak import bulk
from iranpayamak.bulk import BulkSendResult
from iranpayamak.errors import IranPayamakError
from iranpayamak.phone import normalize_mobile
from iranpayamak.testing import Fault, MockService
from iranpayamak_api import RetryPolicy
from tests import search
from tests.reliability.report import observe

# The code before this suite existed had neither; the fallbacks let it fail on the invariants instead
# of on the import.
result_of: Callable[[BaseException], Any] = getattr(bulk, "result_of", lambda error: getattr(error, "result", None))
PatternSendResults: type[list[Any]] = getattr(bulk, "PatternSendResults", list)

COUNTS: dict[str, Counter[str]] = {"sync": Counter(), "async": Counter()}
"""What each machine ran in this process: examples, rule steps and invariant checks."""

POOL = [
    *(f"0912{n:07d}" for n in (1234567, 7654321, 1000001, 5550000, 9999999, 3141592)),
    *(f"0935{n:07d}" for n in (1234567, 2222222, 8080808, 4444444)),
    *(f"0990{n:07d}" for n in (1111111, 7777777, 1212121)),
    *(f"0901{n:07d}" for n in (5555555, 6060606)),
    *(f"0921{n:07d}" for n in (1313131, 9090909)),
]
"""Valid numbers, few enough that campaigns repeat them."""

INVALID = ["hello", "0912-345", "09121234", "+1 555 0100", "0812 123 4567", "", "12345678901234", "+98 21 1234 5678"]

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _spellings(number: str) -> list[str | int]:
    rest = number[1:]
    return [
        number,
        f"+98 {rest[:3]} {rest[3:6]} {rest[6:]}",
        f"0098{rest}",
        f"98{rest}",
        rest,
        number.translate(_PERSIAN),
        f"+98 {rest}".translate(_ARABIC),
        f"{number[:4]}-{number[4:7]}-{number[7:]}",
        f" {number[:4]} {number[4:]} ",
        int(rest),
    ]


FORMS = len(_spellings(POOL[0]))

NO_WAIT = RetryPolicy(sleep=lambda _seconds: None, async_sleep=lambda _seconds: asyncio.sleep(0))

SEND_PATHS = ("/ws/v1/sms/simple", "/ws/v1/sms/pattern")


def _valid(entry: str | int) -> str | None:
    try:
        return normalize_mobile(entry)
    except IranPayamakError:
        return None


def _distinct_valid(entries: list[str | int]) -> list[str]:
    return list(dict.fromkeys(number for entry in entries if (number := _valid(entry)) is not None))


# --- What a campaign is -----------------------------------------------------------------------------


@frozen
class Interruption:
    """How a campaign is stopped: ``kind`` at the ``at``-th item read, or the ``at``-th send request."""

    kind: str
    at: int

    @property
    def in_iterable(self) -> bool:
        return self.kind.startswith("iterable")

    @property
    def before(self) -> bool:
        """Whether a transport interruption strikes before the mock carries the request out."""
        return self.kind.endswith("before")


@frozen
class Campaign:
    """One bulk send: its recipients as given, their shape, the call's options, and its interruption."""

    entries: list[str | int]
    shape: str
    pattern: bool
    api: str
    chunk_size: int
    skip_invalid: bool
    concurrency: int
    interruption: Interruption | None


SYNC_INTERRUPTIONS = ["iterable error", "iterable interrupt", "transport interrupt before", "transport interrupt after"]
ASYNC_INTERRUPTIONS = [*SYNC_INTERRUPTIONS, "cancel before", "cancel after", "timeout before", "timeout after"]


@st.composite
def _entries(draw: st.DrawFn, *, max_size: int) -> list[str | int]:
    """Valid numbers in random spellings, repeats likely; now and then an invalid entry among them."""
    numbers = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=max_size))
    entries: list[str | int] = [_spellings(number)[draw(st.integers(0, FORMS - 1))] for number in numbers]
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        entries.insert(draw(st.integers(0, len(entries))), draw(st.sampled_from(INVALID)))
    return entries


@st.composite
def campaigns(draw: st.DrawFn, *, pattern: bool, asynchronous: bool) -> Campaign:
    entries = draw(_entries(max_size=10 if pattern else 24))
    chunk_size = draw(st.integers(1, 8))
    interruption = None
    if draw(st.booleans()):
        kind = draw(st.sampled_from(ASYNC_INTERRUPTIONS if asynchronous else SYNC_INTERRUPTIONS))
        # Mostly where it strikes: an item that exists, a request that is made.
        requests = len(entries) if pattern else max(1, -(-len(entries) // chunk_size))
        reach = len(entries) if kind.startswith("iterable") else requests
        interruption = Interruption(kind, draw(st.integers(0, reach)))
    return Campaign(
        entries=entries,
        shape=draw(st.sampled_from(["list", "generator"])),
        pattern=pattern,
        api=draw(st.sampled_from(["send_simple", "send_simple_bulk"])),
        chunk_size=chunk_size,
        skip_invalid=draw(st.booleans()),
        concurrency=draw(st.integers(1, 4)),
        interruption=interruption,
    )


FAULTS = st.one_of(
    st.fixed_dictionaries({"status": st.sampled_from([401, 403, 422, 429, 500, 502, 503])}),
    st.fixed_dictionaries({"drop": st.just(True)}),
    st.fixed_dictionaries({"malformed": st.just(True)}),
    st.fixed_dictionaries({"html": st.just(True)}),
    st.fixed_dictionaries({"empty": st.just(True)}),
    st.fixed_dictionaries({"drip": st.just(0.001), "pad": st.integers(100, 400)}),
    *(
        [  # processed, then a 200 the client cannot read: non-finite, or without the id
            st.fixed_dictionaries(
                {"answer": st.sampled_from([b'{"status":"success","data":1e999,"messages":null}', b'{"status":"ok"}'])}
            )
        ]
        if "answer" in attrs.fields_dict(Fault)
        else []
    ),
)


# --- Interrupting the transport -----------------------------------------------------------------------


class _Arming:
    """The interruption of the campaign under way, shared by the sync and async transports."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.plan: Interruption | None = None
        self.sends = 0
        self.fired = False

    def arm(self, plan: Interruption | None) -> None:
        with self.lock:
            self.plan = None if plan is None or plan.in_iterable else plan
            self.sends, self.fired = 0, False

    def strikes(self, request: httpx.Request) -> Interruption | None:
        """The interruption this request meets, if any (each campaign's strikes once)."""
        if not request.url.path.startswith(SEND_PATHS):
            return None
        with self.lock:
            self.sends += 1
            if self.plan is None or self.sends != max(self.plan.at, 1):
                return None
            return self.plan

    def fire(self) -> None:
        """Note that the interruption is being raised (a fault may have ended the request first)."""
        with self.lock:
            self.fired = True


class SyncInterrupter(httpx.BaseTransport):
    """The mock's transport, with a ``KeyboardInterrupt`` before or after the chosen send request."""

    def __init__(self, inner: httpx.BaseTransport, arming: _Arming) -> None:
        self.inner, self.arming = inner, arming

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = self.arming.strikes(request)
        if plan is not None and plan.before:
            self.arming.fire()
            raise KeyboardInterrupt
        response = self.inner.handle_request(request)
        if plan is not None:
            self.arming.fire()
            raise KeyboardInterrupt
        return response


class AsyncInterrupter(httpx.AsyncBaseTransport):
    """The mock's async transport, interrupted before or after the chosen send request: by
    ``KeyboardInterrupt``, by cancelling the campaign's task, or by its ``asyncio.timeout`` running out."""

    def __init__(self, inner: httpx.AsyncBaseTransport, arming: _Arming) -> None:
        self.inner, self.arming = inner, arming
        self.task: asyncio.Task[Any] | None = None
        self.deadline: asyncio.Timeout | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = self.arming.strikes(request)
        if plan is not None and plan.before:
            await self._interrupt(plan)
        response = await self.inner.handle_async_request(request)
        if plan is not None:
            await self._interrupt(plan)
        return response

    async def _interrupt(self, plan: Interruption) -> None:
        self.arming.fire()
        if plan.kind.startswith("transport interrupt"):
            raise KeyboardInterrupt
        if plan.kind.startswith("cancel"):
            assert self.task is not None
            self.task.cancel()
        else:
            assert self.deadline is not None
            self.deadline.reschedule(asyncio.get_running_loop().time())
        # Wait for the cancellation to arrive (a pattern send runs in a child task, which the task
        # group cancels next); the guard only bounds a hang, it is not part of any check.
        await asyncio.wait_for(asyncio.Event().wait(), timeout=30)
        raise AssertionError("the cancellation never arrived")


# --- The recipients as the caller hands them over -----------------------------------------------------


class _Trap:
    """Raises the iterable's planned exception, and remembers that it did."""

    def __init__(self, plan: Interruption | None) -> None:
        self.at = plan.at if plan is not None and plan.in_iterable else None
        self.interrupt = plan is not None and plan.kind == "iterable interrupt"
        self.sprung = False

    def check(self, index: int) -> None:
        if index == self.at:
            self.sprung = True
            raise KeyboardInterrupt if self.interrupt else OSError("the file went away")


class _RaisingList(list[Any]):
    """A list whose iteration may raise part-way, as a lazily loaded collection might."""

    def __init__(self, entries: list[str | int], trap: _Trap) -> None:
        super().__init__(entries)
        self.trap = trap

    def __iter__(self) -> Iterator[Any]:
        for index, entry in enumerate(list.__iter__(self)):
            self.trap.check(index)
            yield entry


def _source(campaign: Campaign, trap: _Trap) -> Any:
    if campaign.shape == "list":
        return _RaisingList(campaign.entries, trap)

    def generator() -> Iterator[str | int]:
        for index, entry in enumerate(campaign.entries):
            trap.check(index)
            yield entry

    return generator()


# --- The machine --------------------------------------------------------------------------------------


@define
class Outcome:
    """What a call returned or raised."""

    returned: Any = None
    raised: BaseException | None = None


class BulkMachine(RuleBasedStateMachine):
    """Campaigns against one mock account; see the module documentation."""

    mode: ClassVar[str] = "sync"

    def __init__(self) -> None:
        super().__init__()
        self.counts = COUNTS[self.mode]
        self.counts["runs"] += 1
        self.mock = MockService(balance=10**12)
        self.arming = _Arming()
        self.campaigns = 0
        self.faults = 0
        self.sync_client: Any = None
        if self.mode == "sync":
            http = httpx.Client(transport=SyncInterrupter(self.mock.transport(), self.arming))
            self.sync_client = self.mock.client(http_client=http, retry_policy=NO_WAIT)

    def teardown(self) -> None:
        if self.sync_client is not None:
            self.sync_client.close()
        self.mock.close()

    def check(self, condition: bool, message: str) -> None:
        self.counts["checks"] += 1
        assert condition, message

    # --- The one rule: a change of faults, then a campaign ---

    @rule(data=st.data())
    def campaign(self, data: st.DataObject) -> None:
        self.counts["steps"] += 1
        change = data.draw(st.sampled_from(["keep", "add", "add", "clear"]))
        if change == "add" and self.faults < 3:
            self.faults += 1
            fault = data.draw(FAULTS)
            operation = data.draw(st.sampled_from([None, "send_simple", "send_pattern"]))
            share = data.draw(st.integers(1, 4))
            self.mock.faults.add(operation=operation, probability=share / 4, seed=self.faults, **fault)
        elif change == "clear":
            self.faults = 0
            self.mock.faults.clear()
        pattern = data.draw(st.booleans())
        self._campaign(data.draw(campaigns(pattern=pattern, asynchronous=self.mode == "async")))

    # --- Running a campaign ---

    def _campaign(self, campaign: Campaign) -> None:
        self.campaigns += 1
        marker = str(100_000 + self.campaigns)  # the pattern's code, or the simple text
        text = f"کد ورود شما: {marker}" if campaign.pattern else f"پیام {marker}"
        self.arming.arm(campaign.interruption)
        trap = _Trap(campaign.interruption)
        outcome = self._call(campaign, marker, _source(campaign, trap), interrupted=True)
        fired = self.arming.fired or trap.sprung
        self.arming.arm(None)
        left = self._check_first_run(campaign, text, outcome, fired)
        if left:
            again = self._call(campaign, marker, list(left), interrupted=False)
            self._check_rerun(campaign, text, again, left)

    def _call(self, campaign: Campaign, marker: str, recipients: Any, *, interrupted: bool) -> Outcome:
        if self.mode == "sync":
            try:
                return Outcome(returned=self._send(self.sync_client, campaign, marker, recipients))
            except BaseException as error:  # everything, KeyboardInterrupt included, is examined
                return Outcome(raised=error)
        return self._call_async(campaign, marker, recipients, interrupted=interrupted)

    def _call_async(self, campaign: Campaign, marker: str, recipients: Any, *, interrupted: bool) -> Outcome:
        transport = AsyncInterrupter(self.mock.async_transport(), self.arming)
        plan = campaign.interruption if interrupted else None

        async def main() -> Any:
            http = httpx.AsyncClient(transport=transport)
            async with self.mock.async_client(http_client=http, retry_policy=NO_WAIT) as client:
                transport.task = asyncio.current_task()
                if plan is not None and plan.kind.startswith("timeout"):
                    async with asyncio.timeout(None) as deadline:
                        transport.deadline = deadline
                        return await self._send(client, campaign, marker, recipients)
                return await self._send(client, campaign, marker, recipients)

        try:
            return Outcome(returned=asyncio.run(main()))
        except BaseException as error:
            return Outcome(raised=error)

    @staticmethod
    def _send(client: Any, campaign: Campaign, marker: str, recipients: Any) -> Any:
        if campaign.pattern:
            return client.sms.send_pattern_many(
                "mockOtp001", recipients, {"code": marker}, concurrency=campaign.concurrency
            )
        send = getattr(client.sms, campaign.api)
        return send(f"پیام {marker}", recipients, chunk_size=campaign.chunk_size, skip_invalid=campaign.skip_invalid)

    # --- The invariants ---

    def _delivered(self, text: str) -> Counter[str]:
        return Counter(message.recipient for message in self.mock.outbox if message.text == text)

    def _no_repeats(self, text: str) -> Counter[str]:
        delivered = self._delivered(text)
        twice = sorted(number for number, count in delivered.items() if count > 1)
        self.check(not twice, f"sent the same message twice to {twice}")
        for request in self.mock.requests:
            if request.path == "/ws/v1/sms/simple" and request.body:
                numbers = json.loads(request.body).get("recipients") or []
                self.check(len(numbers) == len(set(numbers)), f"one request repeats a number: {numbers}")
        return delivered

    def _check_first_run(self, campaign: Campaign, text: str, outcome: Outcome, fired: bool) -> list[str]:
        """Check the run; the numbers a rerun must send to (the not sent)."""
        delivered = self._no_repeats(text)
        raised, plan = outcome.raised, campaign.interruption
        if fired and plan is not None:
            self.check(raised is not None, f"{plan.kind} was swallowed")
            self._check_raised_as_itself(plan, raised)
        given = _distinct_valid(campaign.entries)
        if raised is None and not isinstance(outcome.returned, BulkSendResult | list):
            raise AssertionError(f"unexpected return value {outcome.returned!r}")
        result = result_of(raised) if raised is not None else outcome.returned
        if raised is not None and result is None:
            # Only a refusal before anything was sent may come without a result.
            self.check(not delivered, f"{type(raised).__name__} lost the record of {sorted(delivered)}")
            return [] if isinstance(raised, IranPayamakError) else given
        if isinstance(result, PatternSendResults | list) and campaign.pattern:
            sent, unsent, maybe, unread = self._pattern_sets(result, given)
        elif isinstance(result, BulkSendResult):
            sent, unsent, maybe, unread = self._simple_sets(campaign, result)
        else:  # send_simple returned its ids: everyone was sent
            sent, unsent, maybe, unread = set(given), [], [], []
        not_sent = [*unsent, *(n for n in unread if n not in unsent)]
        everyone = [*sent, *not_sent, *maybe]
        self.check(sorted(everyone) == sorted(given), f"not each recipient once: {sorted(everyone)} vs {sorted(given)}")
        self.check(set(sent) <= set(delivered), f"reported sent but not in the outbox: {set(sent) - set(delivered)}")
        self.check(not set(not_sent) & set(delivered), f"reported not sent but sent: {set(not_sent) & set(delivered)}")
        self.check(set(delivered) <= set(sent) | set(maybe), f"sent but not reported: {set(delivered) - set(sent)}")
        return not_sent

    def _check_raised_as_itself(self, plan: Interruption, raised: BaseException | None) -> None:
        expected: type[BaseException] = {
            "iterable interrupt": KeyboardInterrupt,
            "transport interrupt before": KeyboardInterrupt,
            "transport interrupt after": KeyboardInterrupt,
            "cancel before": asyncio.CancelledError,
            "cancel after": asyncio.CancelledError,
            "timeout before": TimeoutError,
            "timeout after": TimeoutError,
            "iterable error": Exception,
        }[plan.kind]
        self.check(isinstance(raised, expected), f"{plan.kind} came out as {type(raised).__name__}: {raised!r}")

    def _simple_sets(
        self, campaign: Campaign, result: BulkSendResult
    ) -> tuple[set[str], list[str], list[str], list[str]]:
        inputs_read = getattr(result, "inputs_read", len(campaign.entries))
        read = campaign.entries[:inputs_read]
        if getattr(result, "complete", True):
            self.check(inputs_read == len(campaign.entries), "a complete result that did not read everything")
        reached = _distinct_valid(read)
        unsent, maybe = result.unsent_recipients, result.uncertain_recipients
        failed = [*unsent, *maybe]
        self.check(len(failed) == len(set(failed)), f"a number reported twice: {failed}")
        self.check(set(failed) <= set(reached), f"reported numbers that were not read: {set(failed) - set(reached)}")
        sent = set(reached) - set(failed)
        self.check(result.sent_count == len(sent), f"sent_count {result.sent_count}, but {len(sent)} are unaccounted")
        unread = [number for number in _distinct_valid(campaign.entries) if number not in reached]
        return sent, unsent, maybe, unread

    def _pattern_sets(self, results: list[Any], given: list[str]) -> tuple[set[str], list[str], list[str], list[str]]:
        self.check([r.recipient for r in results] == given, "pattern results are not one per recipient, in order")
        sent = {r.recipient for r in results if r.ok}
        unsent = [r.recipient for r in results if not r.ok and not r.maybe_sent]
        maybe = [r.recipient for r in results if r.maybe_sent]
        return sent, unsent, maybe, []

    def _check_rerun(self, campaign: Campaign, text: str, outcome: Outcome, left: list[str]) -> None:
        delivered = self._no_repeats(text)
        result = outcome.returned if outcome.raised is None else result_of(outcome.raised)
        if result is None:
            self.check(isinstance(outcome.raised, IranPayamakError), f"the rerun raised {outcome.raised!r}")
            return
        unsent: set[str] = set()
        if isinstance(result, BulkSendResult):
            unsent = set(result.unsent_recipients)
            sent = set(left) - unsent - set(result.uncertain_recipients)
        elif campaign.pattern:
            sent = {r.recipient for r in result if r.ok}
            unsent = {r.recipient for r in result if not r.ok and not r.maybe_sent}
        else:
            sent = set(left)
        self.check(sent <= set(delivered), f"the rerun reported sent but not in the outbox: {sent - set(delivered)}")
        self.check(not unsent & set(delivered), f"the rerun reported not sent but sent: {unsent & set(delivered)}")


class AsyncBulkMachine(BulkMachine):
    mode = "async"


SETTINGS = settings(
    max_examples=search.examples(quick=50, slow=500),
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _run(machine: type[BulkMachine], suite: str) -> None:
    counts = COUNTS[machine.mode]
    run_state_machine_as_test(machine, settings=SETTINGS)
    observe("search", suite=suite, runs=counts["runs"], steps=counts["steps"], checks=counts["checks"])


def test_bulk_sends_never_send_twice_nor_lose_track_sync() -> None:
    _run(BulkMachine, "bulk sends, state machine (sync)")


def test_bulk_sends_never_send_twice_nor_lose_track_async() -> None:
    _run(AsyncBulkMachine, "bulk sends, state machine (async)")
