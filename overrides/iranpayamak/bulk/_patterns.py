"""The fan-out of ``client.sms.send_pattern_many``: one pattern send per recipient, several at a time."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING

from ..errors import IranPayamakError
from ._results import PatternSendResult, PatternSendResults
from ._steps import Flow, answer_to, run, run_async
from ._stops import interrupted, raise_stopped

if TYPE_CHECKING:
    from anyio.abc import TaskGroup

__all__ = ["PatternSends"]


class PatternSends:
    """The bookkeeping of ``send_pattern_many``, shared by the sync and async clients.

    Each recipient is waiting, in flight or answered. The first interruption (``KeyboardInterrupt``, a
    cancellation, an unexpected exception) stops the batch: nothing more is started, and the results
    then show the recipients in flight as "may have been sent" and the ones never started as not sent
    (see the module documentation for what is raised).
    """

    def __init__(self, recipients: Iterable[str]) -> None:
        self._lock = threading.Lock()
        self._answers: dict[str, PatternSendResult | None] = dict.fromkeys(recipients)
        self._in_flight: set[str] = set()
        self._stopped_by: BaseException | None = None

    def send(self, request: Callable[[str], int], workers: int) -> PatternSendResults:
        """Send to each recipient with ``request``, ``workers`` threads at a time; one result each, in order.

        The sync shell: each thread runs one recipient's :meth:`_flow`.
        """

        def one(number: str) -> None:
            try:
                run(self._flow(number), request)
            except BaseException as error:
                self._stop(error)  # at once, before the other workers start more sends
                raise

        pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(self._answers))))
        try:
            futures = [pool.submit(one, number) for number in self._answers]
            wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:
                if future.done() and (raised := future.exception()) is not None:
                    raise raised
        except BaseException as error:
            self._stop(error)
            # Sends in flight finish in their threads; waiting for them would hold up Ctrl-C.
            pool.shutdown(wait=False, cancel_futures=True)
            raise_stopped(error, self.results())
        pool.shutdown()
        return self.results()

    async def send_async(self, request: Callable[[str], Awaitable[int]], workers: int) -> PatternSendResults:
        """:meth:`send` with an asynchronous ``request``: at most ``workers`` in flight.

        The async shell: each task runs one recipient's :meth:`_flow`.
        """
        import anyio

        limiter = anyio.CapacityLimiter(workers)
        cancelled = anyio.get_cancelled_exc_class()

        async def one(number: str, group: TaskGroup) -> None:
            async with limiter:
                try:
                    await run_async(self._flow(number), request)
                except cancelled:
                    raise  # left in flight: it may have been sent
                except BaseException as error:
                    # Kept out of the task group (which would wrap it, or let asyncio raise a
                    # KeyboardInterrupt past it); raised below once the other sends have stopped.
                    self._stop(error)
                    group.cancel_scope.cancel()

        try:
            async with anyio.create_task_group() as group:
                for number in self._answers:
                    group.start_soon(one, number, group)
        except BaseException as error:
            self._stop(error)
            raise_stopped(error, self.results())
        if self._stopped_by is not None:
            raise_stopped(self._stopped_by, self.results())
        return self.results()

    def _flow(self, number: str) -> Flow[str, None]:
        """One recipient's send, written once for both clients: yields ``number`` to send to (unless the
        batch has stopped), and is sent its send request id or has its error thrown in.

        A failure of the service is its result; anything else is left to the shell, which stops the batch.
        """
        if self._start(number):
            self._answered(number, (yield from answer_to(number)))

    def _start(self, number: str) -> bool:
        with self._lock:
            if self._stopped_by is not None:
                return False
            self._in_flight.add(number)
            return True

    def _answered(self, number: str, answer: int | IranPayamakError) -> None:
        result = (
            PatternSendResult(number, error=answer)
            if isinstance(answer, IranPayamakError)
            else PatternSendResult(number, answer)
        )
        with self._lock:
            self._answers[number] = result  # answered before it stops being in flight: never neither
            self._in_flight.discard(number)

    def _stop(self, error: BaseException) -> None:
        with self._lock:
            if self._stopped_by is None:
                self._stopped_by = error

    def results(self) -> PatternSendResults:
        """One result per recipient, in order, as things stand."""
        with self._lock:
            interruption = type(self._stopped_by).__name__
            return PatternSendResults(
                answer
                if answer is not None
                else PatternSendResult(number, error=interrupted(interruption, in_flight=number in self._in_flight))
                for number, answer in self._answers.items()
            )
