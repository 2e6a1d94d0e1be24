"""Sending to many recipients: chunking, and results that account for every recipient.

``client.sms.send_simple`` sends one request per chunk of recipients and keeps going when a chunk
fails; ``client.sms.send_pattern_many`` sends one pattern per recipient with bounded concurrency and
never stops at the first failure. Either way every recipient ends up sent, not sent, or (when the
connection broke after the request left) uncertain, so a rerun of the ones not sent completes the job
without sending anything twice.

The same holds when something stops a send half-way:

- an exception raised by the recipients iterable (a generator reading a file), by ``on_progress``, or
  anything unexpected while a request was in flight becomes a :class:`~iranpayamak.errors.BulkSendError`
  whose ``result`` says who was sent, with the original exception as its ``__cause__``;
- ``KeyboardInterrupt``, a cancellation (``asyncio.CancelledError``, so also ``asyncio.timeout``) and
  ``SystemExit`` are re-raised as themselves, never swallowed, with the partial result attached and a
  note summarising it; :func:`result_of` finds it on them, and on whatever they were turned into.

In such a result, the request that was in flight "may have been sent" (its recipients are
``uncertain_recipients``) and, for a list of recipients, the numbers never reached are
``unsent_recipients``. A generator is not read further after an interruption: ``result.complete`` is
then False and ``result.inputs_read`` says how many of its items were taken.

Example::

    try:
        ids = client.sms.send_simple(text, recipients=numbers)
    except BulkSendError as error:
        retry = error.result.unsent_recipients        # safe to send again
        check = error.result.uncertain_recipients     # look them up in the reports first
    except KeyboardInterrupt as interrupt:
        save(result_of(interrupt).unsent_recipients)
        raise
"""

from __future__ import annotations

# The errors of bulk sends, importable from here as they were from the single module bulk.py.
from ..errors import BulkSendError as BulkSendError
from ..errors import SendInterruptedError as SendInterruptedError
from ..outcomes import is_fatal, may_have_been_sent
from ._chunked import Chunk, ChunkedSend
from ._patterns import PatternSends
from ._recipients import chunked, mobiles_upfront
from ._results import BulkSendResult, FailedChunk, PatternSendResult, PatternSendResults, SentChunk
from ._stops import result_of

__all__ = [
    "BulkSendResult",
    "Chunk",
    "ChunkedSend",
    "FailedChunk",
    "PatternSendResult",
    "PatternSendResults",
    "PatternSends",
    "SentChunk",
    "chunked",
    "is_fatal",
    "may_have_been_sent",
    "mobiles_upfront",
    "result_of",
]
