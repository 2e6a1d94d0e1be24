"""Idempotency keys: a send retried with the same key is not sent twice.

Every send method takes ``idempotency_key=``. The client records each key's outcome in a store (the
client's ``idempotency_store``: the memory of this process by default, or a ``RedisStore`` shared by
every process, the stores of :mod:`iranpayamak.otp.store`) for ``idempotency_ttl`` seconds (24 hours
by default). A call with a key seen before then:

- returns the first call's result, without sending, when the first call succeeded;
- raises :class:`~iranpayamak.errors.IdempotencyConflictError` while the first call is still running
  (retry later to get its result), or when the key was first used with other arguments;
- raises :class:`~iranpayamak.errors.IdempotencyUncertainError` when the first call failed in a way
  that leaves unknown whether it went out (a timeout after the request left, a server error, a crash
  in flight: a claim left unfinished for :data:`PENDING_LEASE` seconds), rather than risk a second
  message; check the reports;
- sends, when the first call failed before anything could have gone out (a refused argument, a 4xx
  answer): that failure is forgotten.

The typical use is a task queue that retries a task after a failure (Celery's ``autoretry_for``): key
the send by the task's own identity, so a retry after the send succeeded (the worker died before
acknowledging) returns the first result instead of texting the user again::

    @app.task(bind=True, autoretry_for=(APIConnectionError,), max_retries=5)
    def notify(self, order_id, mobile):
        client.sms.send_pattern("SJ3FgPrE0C", mobile, {"order": order_id},
                                idempotency_key=f"order-shipped:{order_id}")

Bulk sends key each request: ``send_simple`` each chunk (by the key and the chunk's numbers),
``send_pattern_many`` each recipient (by the key and the number), so rerunning a bulk send with its
key sends only what the first run did not.

``otp.send`` stores the code it sent with the key, since a repeat returns that code: enciphered under
the client's API key, so that reading the store (a shared Redis) does not give the codes away. A client
with another API key cannot read it, and its repeat raises :class:`~iranpayamak.errors.IdempotencyError`.
"""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
import uuid
from collections.abc import Callable, Generator
from typing import Any, Literal, TypeVar

from attrs import frozen

from ._sending import DEFAULT_IDEMPOTENCY_TTL
from ._steps import Flow, Step, Update
from .bulk import may_have_been_sent
from .errors import IdempotencyConflictError, IdempotencyUncertainError, InvalidArgumentError
from .otp.store import Change, Write

__all__ = [
    "DEFAULT_IDEMPOTENCY_TTL",
    "PENDING_LEASE",
    "Idempotency",
    "check_key",
    "fingerprint",
    "idempotent_flow",
    "subkey",
]

T = TypeVar("T")

PENDING_LEASE = 15 * 60.0
"""Seconds after which a send still marked as running is taken to have died in flight (uncertain)."""

_PREFIX = "iranpayamak:idempotency:"
_VERSION = 1
_MAX_KEY = 200
_DIGEST = 16  # hex digits of a fingerprint in a subkey


def fingerprint(*parts: object) -> str:
    """A digest of a send's arguments: a key reused with other arguments is a mistake to report.

    A file to upload (a multipart body's ``(name, payload, type)``) counts by its content and type, not
    its name, which only says how it was given (a path's name, ``recipients.xlsx`` for bytes).
    """
    # ASCII: a lone surrogate is escaped, not an error. Anything else JSON has no form for (dates, enums,
    # models) counts by its text, which prints its value.
    text = json.dumps(_files_by_content(parts), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _files_by_content(value: object) -> object:
    """``value`` with each file of a multipart body (the ``to_tuple()`` of a ``File``) replaced by its
    content's digest and its type."""
    if isinstance(value, tuple) and len(value) == 3 and hasattr(value[1], "read"):
        name, payload, given_type = value
        # The part's type as httpx sends it: the one given, else guessed from the name.
        sent_type = given_type or mimetypes.guess_type(str(name or ""))[0] or "application/octet-stream"
        return {"file": _content(payload), "type": sent_type}
    if isinstance(value, dict):
        return {name: _files_by_content(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_files_by_content(item) for item in value]
    return value


def _content(payload: Any) -> str:
    """The digest of a file's whole content, which httpx sends from its start; its position is kept."""
    if isinstance(payload, io.BytesIO):
        return "sha256:" + hashlib.sha256(payload.getbuffer()).hexdigest()
    try:
        start = payload.tell()
        payload.seek(0)
        content = payload.read()
        payload.seek(start)
    except (OSError, ValueError, AttributeError):
        # Not seekable: its content cannot be read without losing it. Never the same as another send
        # (a retry is refused as "other arguments" rather than taken for a send it may not be).
        return "unreadable:" + uuid.uuid4().hex
    return "sha256:" + hashlib.sha256(content if isinstance(content, bytes) else str(content).encode()).hexdigest()


def subkey(key: str, *parts: object) -> str:
    """The key of one request of a bulk send keyed ``key`` (a chunk's numbers, a recipient).

    It is a valid key itself (at most 200 characters): the end of a key too long to take the suffix
    is replaced by its digest, so two long keys stay apart.
    """
    tail = f":{fingerprint(*parts)[:_DIGEST]}"
    if len(key) + len(tail) > _MAX_KEY:
        key = f"{key[: _MAX_KEY - len(tail) - _DIGEST - 1]}~{fingerprint(key)[:_DIGEST]}"
    return key + tail


def check_key(key: object) -> str | None:
    """``idempotency_key`` checked: None, or text of 1 to 200 characters.

    Raises:
        InvalidArgumentError: It is something else, or text that cannot be written as UTF-8 (a lone
            surrogate), which a store such as Redis could not keep.
    """
    if key is None:
        return None
    if not isinstance(key, str) or not key.strip() or len(key) > _MAX_KEY:
        reason = "expected text of 1 to 200 characters, or None"
        raise InvalidArgumentError(f"idempotency_key: {reason}", field="idempotency_key", reason=reason)
    try:
        key.encode()
    except UnicodeEncodeError:
        reason = "expected text that can be written as UTF-8 (it holds a lone surrogate)"
        raise InvalidArgumentError(f"idempotency_key: {reason}", field="idempotency_key", reason=reason) from None
    return key


@frozen
class Idempotency:
    """What a keyed send needs: the key, the send's fingerprint, and the time and TTL to record with.

    Attributes:
        key: The caller's key.
        fingerprint: The digest of the send's arguments (:func:`fingerprint`).
        now: The current time, in seconds (the client's clock).
        ttl: How long the outcome is kept, in seconds.
    """

    key: str
    fingerprint: str
    now: float
    ttl: float


@frozen
class _Claim:
    kind: Literal["send", "done", "busy", "uncertain", "reused"]
    result: Any = None
    error: str = ""


def _record(state: str, fingerprint: str, now: float, **extra: Any) -> str:
    # ASCII: an error's text (a service's message) may hold a lone surrogate, which a store writing
    # UTF-8 (Redis) could not encode; the record must be written whatever the error said.
    return json.dumps({"v": _VERSION, "state": state, "fp": fingerprint, "at": now, **extra})


def _claim(keyed: Idempotency) -> Change[_Claim]:
    def change(current: str | None) -> tuple[Write | None, _Claim]:
        if current is None:
            # Kept past the lease whatever the TTL: a claim that vanished while its send ran (or after
            # its process died) would let the next call send again.
            pending = Write(_record("pending", keyed.fingerprint, keyed.now), PENDING_LEASE + keyed.ttl)
            return pending, _Claim("send")
        record = json.loads(current)
        if record.get("fp") != keyed.fingerprint:
            return None, _Claim("reused")
        if record["state"] == "done":
            return None, _Claim("done", result=record["result"])
        if record["state"] == "uncertain":
            return None, _Claim("uncertain", error=record["error"])
        if keyed.now - float(record["at"]) >= PENDING_LEASE:
            error = "its send started and never recorded an outcome (the process may have stopped mid-send)"
            return Write(_record("uncertain", keyed.fingerprint, keyed.now, error=error), keyed.ttl), _Claim(
                "uncertain", error=error
            )
        return None, _Claim("busy")

    return change


def _settle(keyed: Idempotency, value: str | None) -> Change[None]:
    """Replace this send's own pending claim with ``value`` (None: forget the key)."""

    def change(current: str | None) -> tuple[Write | None, None]:
        if current is not None and json.loads(current).get("state") != "pending":
            return None, None  # someone else's outcome (ours expired meanwhile): leave it
        return Write(value, keyed.ttl if value is not None else 0), None

    return change


def _perform(send: Step | Flow[Step, T]) -> Flow[Step, T]:
    """``send`` performed: a step is yielded, a flow (a send and what it makes of the answer) is run."""
    if isinstance(send, Generator):
        result: T = yield from send
        return result
    answer: T = yield send
    return answer


def idempotent_flow(
    keyed: Idempotency | None,
    send: Step | Flow[Step, T],
    *,
    encode: Callable[[T], Any] = lambda result: result,
    decode: Callable[[Any], T] = lambda stored: stored,
    checks: Flow[Step, None] | None = None,
) -> Flow[Step, T]:
    """Perform ``send`` (a step, or a flow of steps) once per key: see the module's documentation.

    ``encode`` turns the result into JSON-ready data to store, ``decode`` turns that back. ``checks``
    (a pattern's definition checked against the values) runs just before the send, once the key says
    there is one to make: a repeat of a send that went out returns its result whatever the checks would
    say now, and a check that fails sent nothing, so the key is forgotten.

    Raises:
        IdempotencyConflictError: The key's first send is running, or had other arguments.
        IdempotencyUncertainError: The key's first send may have gone out.
    """
    if keyed is None:
        if checks is not None:
            yield from checks
        result: T = yield from _perform(send)
        return result
    key = _PREFIX + keyed.key
    claim: _Claim = yield Update(key, _claim(keyed))
    if claim.kind == "done":
        return decode(claim.result)
    if claim.kind == "busy":
        raise IdempotencyConflictError(
            f"idempotency key {keyed.key!r}: a send with this key is under way; retry once it is done to get "
            "its result",
            key=keyed.key,
            under_way=True,
        )
    if claim.kind == "reused":
        raise IdempotencyConflictError(
            f"idempotency key {keyed.key!r} was used for a send with other arguments; use a new key",
            key=keyed.key,
        )
    if claim.kind == "uncertain":
        raise IdempotencyUncertainError(
            f"idempotency key {keyed.key!r}: the first send with this key may have gone out ({claim.error}); "
            "not sending again: check the reports",
            key=keyed.key,
            first_error=claim.error,
        )
    if checks is not None:
        try:
            yield from checks
        except GeneratorExit:
            raise  # closed, not failed: nothing more can be recorded from here
        except BaseException:
            yield Update(key, _settle(keyed, None))  # nothing was sent: a retry may send
            raise
    try:
        result = yield from _perform(send)
    except GeneratorExit:
        raise  # the flow was closed, not failed: nothing more can be recorded from here
    except BaseException as error:
        # An interrupt (Ctrl-C, a cancellation, SystemExit) stopped the send in flight: it may have
        # gone out, and nothing is running any more, so the key is uncertain rather than "under way".
        if not isinstance(error, Exception) or may_have_been_sent(error):
            outcome = _record("uncertain", keyed.fingerprint, keyed.now, error=f"{type(error).__name__}: {error}")
            yield Update(key, _settle(keyed, outcome))
        else:
            yield Update(key, _settle(keyed, None))  # nothing went out: a retry may send
        raise
    yield Update(key, _settle(keyed, _record("done", keyed.fingerprint, keyed.now, result=encode(result))))
    return result
