"""What is kept for one mobile number, and its text form in a store.

One record per number holds every purpose's code, so that the per-number hourly cap and the
purposes' state change together in one atomic store update (one key, which also suits Redis Cluster).
Times are seconds since the epoch, read from the service's clock: expiry is decided from the data,
so an injected clock is obeyed even by a store whose own TTLs run on real time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from attrs import Factory, define, fields

from ..errors import OtpStoreError

__all__ = ["Challenge", "NumberState"]

_VERSION = 1


class _Unreadable(Exception):
    """Why a stored record cannot be read (becomes an ``OtpStoreError``)."""


def _no_unknown(values: dict[str, Any], known: set[str], where: str) -> None:
    # A field this version does not know may hold a rule it does not apply: refuse, do not drop it.
    unknown = sorted(set(values) - known)
    if unknown:
        raise _Unreadable(f"{where}: unknown fields {unknown}")


def _time(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Unreadable(f"{where}: not a time")
    return float(value)


def _optional_time(value: object, where: str) -> float | None:
    return None if value is None else _time(value, where)


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Unreadable(f"{where}: not a count")
    return value


def _optional_text(value: object, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise _Unreadable(f"{where}: not text")
    return value


_READERS: dict[str, Callable[[object, str], Any]] = {
    "digest": _optional_text,
    "salt": _optional_text,
    "expires": _optional_time,
    "attempts": _count,
    "locked_until": _optional_time,
    "streak": _count,
    "last_sent": _optional_time,
    "pending": _optional_text,
    "pending_until": _optional_time,
    "ended": _optional_text,
    "ended_until": _optional_time,
}


@define
class Challenge:
    """The state of one purpose (``login``, ``reset``, ...) for one number.

    Attributes:
        digest: The salted HMAC of the current code; None when there is no usable code.
        salt: The current code's salt.
        expires: When the current code stops working.
        attempts: Wrong codes entered since the last success or lockout.
        locked_until: No issue or verify before this time.
        streak: Codes sent in a row (since the last success, or since sends stopped for a while);
            picks the resend cooldown.
        last_sent: When the last code was sent.
        pending: A token for a send in progress, so two servers cannot send at once.
        pending_until: When an abandoned reservation (a server that died mid-send) lapses.
        ended: Why the last code stopped working before a new one came: ``used``, ``expired`` or
            ``cancelled`` (for ``check`` and ``status``); remembered until ``ended_until``.
        ended_until: When ``ended`` is forgotten.
    """

    digest: str | None = None
    salt: str | None = None
    expires: float | None = None
    attempts: int = 0
    locked_until: float | None = None
    streak: int = 0
    last_sent: float | None = None
    pending: str | None = None
    pending_until: float | None = None
    ended: str | None = None
    ended_until: float | None = None

    def is_empty(self) -> bool:
        """True when nothing is left worth keeping."""
        return self == Challenge()

    def clear_code(self) -> None:
        """Forget the current code (used, expired or locked out)."""
        self.digest = self.salt = self.expires = None
        self.ended = self.ended_until = None

    def end_code(self, why: str, until: float) -> None:
        """Forget the current code, remembering ``why`` (``used``, ``expired``, ``cancelled``) until ``until``."""
        self.clear_code()
        self.ended, self.ended_until = why, until

    def has_code(self) -> bool:
        """Whether a code is stored (it may still have to be checked for expiry)."""
        return self.digest is not None and self.salt is not None


@define
class NumberState:
    """Everything kept for one number.

    Attributes:
        sent: When codes were sent to the number in the last hour, for every purpose (the hourly cap).
        purposes: Each purpose's :class:`Challenge`.
    """

    sent: list[float] = Factory(list)
    purposes: dict[str, Challenge] = Factory(dict)

    @classmethod
    def parse(cls, raw: str | None, *, owner: str = "a number") -> NumberState:
        """The state stored as ``raw``; empty when there is none.

        Raises:
            OtpStoreError: ``raw`` is not a record this version wrote (not JSON, another version, a
                field of the wrong type). It is not treated as empty: that would lift lockouts and caps
                and then overwrite the record. ``owner`` names the number in the message.
        """
        if raw is None:
            return cls()
        try:
            return cls._from_data(json.loads(raw))
        except (_Unreadable, ValueError, OverflowError, RecursionError) as error:
            reason = {_Unreadable: str(error), OverflowError: "a number out of range"}.get(type(error), "not JSON")
            raise OtpStoreError(
                f"the stored OTP record of {owner} cannot be read ({reason}); it was left as it is, "
                "for someone to look at or delete"
            ) from error

    @classmethod
    def _from_data(cls, data: object) -> NumberState:
        if not isinstance(data, dict):
            raise _Unreadable("not a JSON object")
        version = data.get("v")
        if isinstance(version, bool) or version != _VERSION:
            raise _Unreadable(f"version {version!r}, expected {_VERSION}")
        _no_unknown(data, {"v", "sent", "purposes"}, "the record")
        sent = data.get("sent", [])
        if not isinstance(sent, list):
            raise _Unreadable("sent: not a list")
        purposes = data.get("purposes", {})
        if not isinstance(purposes, dict):
            raise _Unreadable("purposes: not an object")
        return cls(
            sent=[_time(t, f"sent[{i}]") for i, t in enumerate(sent)],
            purposes={purpose: _challenge(values, f"purposes[{purpose!r}]") for purpose, values in purposes.items()},
        )

    def dump(self) -> str:
        """The text to store: compact JSON, with default values left out."""
        purposes: dict[str, dict[str, Any]] = {}
        for purpose, challenge in sorted(self.purposes.items()):
            defaults = Challenge()
            purposes[purpose] = {
                f.name: getattr(challenge, f.name)
                for f in fields(Challenge)
                if getattr(challenge, f.name) != getattr(defaults, f.name)
            }
        return json.dumps({"v": _VERSION, "sent": self.sent, "purposes": purposes}, separators=(",", ":"))

    def is_empty(self) -> bool:
        """True when nothing is left worth keeping."""
        return not self.sent and not self.purposes


def _challenge(values: object, where: str) -> Challenge:
    if not isinstance(values, dict):
        raise _Unreadable(f"{where}: not an object")
    _no_unknown(values, set(_READERS), where)
    return Challenge(**{name: _READERS[name](value, f"{where}.{name}") for name, value in values.items()})
