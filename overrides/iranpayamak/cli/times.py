"""``--at``: the send time as typed, and as the command prints it back."""

from __future__ import annotations

from datetime import datetime

import typer

from ..schedule import TEHRAN

__all__ = ["moment", "parse_at", "scheduled_at"]


def parse_at(value: str | None) -> datetime | None:
    """The time ``--at`` gives: without a zone it is Tehran time, the service's.

    Raises:
        typer.BadParameter: It is not a date and time (exit code 2).
    """
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date and time; write it like 2026-12-01 09:30 (Tehran time) or 2026-12-01T06:00+00:00",
            param_hint="'--at'",
        ) from None


def scheduled_at(value: datetime) -> str:
    """When a send is scheduled, in the zone it was given in: ``2026-12-01 09:30 Tehran time`` for a
    time without a zone (the service's zone), ``... UTC`` or ``... UTC+04:00`` for one with an offset."""
    shown = f"{value:%Y-%m-%d %H:%M:%S}" if value.second else f"{value:%Y-%m-%d %H:%M}"
    offset = value.utcoffset()
    if offset is None:
        return f"{shown} Tehran time"
    if not offset:
        return f"{shown} UTC"
    sign, minutes = ("+" if offset.total_seconds() > 0 else "-"), abs(int(offset.total_seconds())) // 60
    return f"{shown} UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def moment(value: datetime) -> str:
    """``value`` in ISO 8601 with its offset, for JSON: a time without a zone is Tehran time, so scripts
    reading the output need not know that."""
    return (value.replace(tzinfo=TEHRAN) if value.tzinfo is None else value).isoformat()
