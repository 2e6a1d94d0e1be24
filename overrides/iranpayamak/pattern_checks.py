"""Checking a pattern send against the pattern's definition before it is sent.

The client fetches each pattern's definition once (``patterns.get``: its text, approval status and
variables, each with a type and a maximum length) and keeps it for ``pattern_cache_ttl`` seconds
(10 minutes by default; dropped at once when the service answers that the pattern does not exist).
``sms.send_pattern``, ``sms.send_pattern_many`` and ``otp.send`` then refuse, before sending and with a
:class:`~iranpayamak.errors.PatternCheckError` naming the variable:

- a pattern not approved (``pending``, ``rejected``); one the service does not know fails with its own
  answer to the lookup, a :class:`~iranpayamak.errors.NotFoundError`, as a send of it would;
- a value for a variable the pattern lacks, or no value for one it has;
- a value that breaks one of :data:`VALUE_RULES` for its variable (longer than the declared length, or
  not a whole number for an ``int`` variable).

What the service itself says settles the rest: when the definition cannot be fetched (the service is
unreachable or answers with another error) the send goes ahead unchecked, and a definition that
leaves something out (no status, no variables) checks only what it says. ``check_patterns=False``
on the client turns the checks off.

Example::

    client.patterns.preview("SJ3FgPrE0C", {"code": "4821"})
    # PatternPreview(text='کد ورود شما: 4821', parts=MessageParts(parts=1, encoding='ucs2', ...))
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from attrs import frozen

from iranpayamak_api.types import Unset

from ._steps import Call, Flow, Step
from .errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    NotFoundError,
    PatternCheckError,
    ResponseParseError,
)
from .parts import MessageParts, as_delivered, message_parts

if TYPE_CHECKING:
    from iranpayamak_api.models import Pattern

__all__ = [
    "APPROVED",
    "VALUE_RULES",
    "PatternCache",
    "PatternDefinition",
    "PatternPreview",
    "PatternVariable",
    "ValueRule",
    "check_values",
    "checked_flow",
    "definition_flow",
    "render",
]

APPROVED = "active"
"""The status of a pattern that can be sent."""

_UNAPPROVED = {"pending": "is waiting for approval", "rejected": "was rejected by the provider's review"}
_PLACEHOLDER = re.compile(r"%(\w+)%")


@frozen
class PatternVariable:
    """A ``%name%`` of a pattern: its type (``int``, ``str``, ``date``...) and longest value, when declared."""

    name: str
    type: str | None
    length: int | None


@frozen
class PatternDefinition:
    """What a pattern declares, as far as the service's answer says.

    Attributes:
        code: The pattern's code.
        text: Its template, or None when the answer had none.
        status: Its approval status (``active`` can be sent), or None when the answer had none.
        variables: Its variables, or None when the answer did not list them (nothing is then checked
            about the values).
    """

    code: str
    text: str | None
    status: str | None
    variables: tuple[PatternVariable, ...] | None

    @classmethod
    def of(cls, code: str, wire: Pattern) -> PatternDefinition:
        """The definition in a ``patterns.get`` answer."""
        variables = None
        if not isinstance(wire.vars_, Unset):
            variables = tuple(
                PatternVariable(
                    name=variable.var,
                    type=None if isinstance(variable.type_, Unset) else variable.type_.lower(),
                    length=None if isinstance(variable.length, Unset) else variable.length,
                )
                for variable in wire.vars_
                if isinstance(variable.var, str)
            )
        return cls(
            code=code,
            text=None if isinstance(wire.text, Unset) else wire.text,
            status=None if isinstance(wire.status, Unset) else wire.status,
            variables=variables,
        )


@frozen
class ValueRule:
    """One rule a pattern value must follow.

    Attributes:
        name: What it checks, for people.
        types: The variable types it applies to; None for every variable.
        check: The reason ``value`` breaks it for ``variable``, or None when it does not.
    """

    name: str
    types: frozenset[str] | None
    check: Callable[[str, PatternVariable], str | None]


def _too_long(value: str, variable: PatternVariable) -> str | None:
    if variable.length is None or len(value) <= variable.length:
        return None
    return f"is {len(value)} characters long; the pattern allows at most {variable.length}"


def _not_whole_number(value: str, variable: PatternVariable) -> str | None:
    if re.fullmatch(r"[0-9]+", value):
        return None
    return f"must be a whole number in digits 0-9 (the variable's type is {variable.type})"


VALUE_RULES: list[ValueRule] = [
    ValueRule("length", None, _too_long),
    ValueRule("whole number", frozenset({"int", "integer", "number"}), _not_whole_number),
]
"""The rules pattern values are checked against, in order; the first broken one is reported.

Only what the service documents is here: each variable's declared ``length``, and its ``type``. Other
providers refuse newlines or spaces in values; this service documents no such rule, so none is
guessed. A rule found later (by ``iranpayamak conformance`` against the real service, say) is one
more entry: ``VALUE_RULES.append(ValueRule("no newline", None, check))``.
"""


def _refuse(code: str, field: str, reason: str) -> PatternCheckError:
    return PatternCheckError(f"{field}: {reason} (pattern {code!r})", pattern=code, field=field, reason=reason)


def check_values(definition: PatternDefinition, values: Mapping[str, object]) -> None:
    """Refuse a send of ``definition`` with ``values`` that the pattern would not take.

    Values are never quoted in the error (one may be a one-time code).

    Raises:
        PatternCheckError: The pattern is not approved, or a value is missing, unknown or breaks a rule.
    """
    code = definition.code
    if definition.status in _UNAPPROVED:
        raise _refuse(code, "code", f"the pattern {_UNAPPROVED[definition.status]}; it cannot be sent yet")
    if definition.variables is None:
        return
    declared = {variable.name: variable for variable in definition.variables}
    for name, value in values.items():
        variable = declared.get(name)
        if variable is None:
            known = ", ".join(declared) or "none"
            raise _refuse(code, f"attributes.{name}", f"the pattern has no such variable (its variables: {known})")
        for rule in VALUE_RULES:
            reason = (
                None if rule.types is not None and variable.type not in rule.types else rule.check(str(value), variable)
            )
            if reason is not None:
                raise _refuse(code, f"attributes.{name}", reason)
    for name in declared:
        if name not in values:
            raise _refuse(code, f"attributes.{name}", "missing: the pattern has this variable")


def render(template: str, values: Mapping[str, object], *, number_format: str = "english") -> str:
    """The text a recipient gets: each ``%name%`` filled, and digits as ``number_format`` asks."""
    text = _PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), match.group(0))), template)
    return as_delivered(text, number_format)


@frozen
class PatternPreview:
    """A pattern filled in: the message the recipient will see, and its parts.

    Attributes:
        code: The pattern's code.
        text: The message, values filled in.
        parts: What it is billed as (:func:`~iranpayamak.message_parts`).
    """

    code: str
    text: str
    parts: MessageParts

    @classmethod
    def of(cls, definition: PatternDefinition, values: Mapping[str, object], number_format: str) -> PatternPreview:
        """The preview of ``definition`` with ``values``.

        Raises:
            PatternCheckError: The definition has no text to fill in.
        """
        if definition.text is None:
            raise _refuse(definition.code, "code", "the service's answer has no text for this pattern")
        text = render(definition.text, values, number_format=number_format)
        return cls(code=definition.code, text=text, parts=message_parts(text))


class PatternCache:
    """Pattern definitions, each kept ``ttl`` seconds by the client's clock (thread-safe).

    Example::

        cache = PatternCache(ttl=600.0, clock=lambda: datetime.now(UTC))
    """

    def __init__(self, *, ttl: float, clock: Callable[[], datetime]) -> None:
        self._ttl = timedelta(seconds=ttl)
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[PatternDefinition, datetime]] = {}

    def get(self, code: str) -> PatternDefinition | None:
        """The definition of ``code`` if it was fetched less than ``ttl`` ago."""
        with self._lock:
            entry = self._entries.get(code)
            if entry is None:
                return None
            if self._clock() - entry[1] >= self._ttl:
                del self._entries[code]
                return None
            return entry[0]

    def put(self, definition: PatternDefinition) -> None:
        """Keep ``definition`` from now."""
        with self._lock:
            self._entries[definition.code] = (definition, self._clock())

    def drop(self, code: str) -> None:
        """Forget ``code`` (the service said it does not exist)."""
        with self._lock:
            self._entries.pop(code, None)


def definition_flow(cache: PatternCache, code: str, *, required: bool = False) -> Flow[Step, PatternDefinition | None]:
    """The definition of ``code``: from ``cache``, or fetched and cached.

    None when it could not be fetched for a reason that says nothing about the pattern (the service
    unreachable, a server error, an unreadable answer): the send then goes ahead unchecked. With
    ``required`` (a preview, which cannot be made without it), that failure is raised instead.

    Raises:
        NotFoundError: The service does not know the pattern.
        AuthenticationError: The key was refused (a send would be refused too).
    """
    cached = cache.get(code)
    if cached is not None:
        return cached
    try:
        wire: Any = yield Call("patterns", "get", (code,))
    except NotFoundError:
        cache.drop(code)
        raise  # the service's own answer, as a send of the unknown pattern gets it
    except AuthenticationError:
        raise
    except (APIError, APIConnectionError, ResponseParseError):
        if required:
            raise
        return None
    definition = PatternDefinition.of(code, wire)
    if definition.status not in _UNAPPROVED:
        cache.put(definition)  # one awaiting approval is fetched again: approval then counts at once
    return definition


def checked_flow(cache: PatternCache, code: str, values: Iterable[Mapping[str, object]]) -> Flow[Step, None]:
    """Check each of ``values`` (one recipient's each) against the definition of ``code``.

    Raises:
        PatternCheckError: The pattern is not approved, or some values break its definition.
        NotFoundError: The service does not know the pattern.
        AuthenticationError: The key was refused.
    """
    definition = yield from definition_flow(cache, code)
    if definition is None:
        return
    for each in values:
        check_values(definition, each)
