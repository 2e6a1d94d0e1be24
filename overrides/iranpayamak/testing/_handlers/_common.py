"""What the handlers share: the registry, a validated request, refusals and the pieces several tags use.

A handler receives a request that already matched the spec (see ``_spec``) and returns the ``data`` of
a success envelope, or raises :class:`Refused` with the status and messages the service would send.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from typing import Any

from attrs import frozen

from .._state import MockState, SendRequest

__all__ = ["HANDLERS", "Call", "Refused"]

NOT_FOUND = "داده درخواستی یافت نشد"
BAD_LINE = "گزینه انتخاب شده line number صحیح نمی باشد"
NO_CREDIT = "اعتبار کافی نیست"


class Refused(Exception):
    """The service's answer to a request it will not carry out."""

    def __init__(self, status: int, messages: str | dict[str, list[str]], *, key: str = "messages") -> None:
        super().__init__(str(messages))
        self.status = status
        self.messages = messages
        self.key = key


def _not_found() -> Refused:
    return Refused(404, NOT_FOUND)


def _invalid(field: str, message: str) -> Refused:
    return Refused(422, {field: [message]})


@frozen
class Call:
    """A validated request: its parameters (query and path), body and uploaded files."""

    params: dict[str, Any]
    body: dict[str, Any]
    files: dict[str, bytes]
    bearer: str | None = None


Handler = Callable[[MockState, Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# --- Shared pieces -----------------------------------------------------------------------------------


def _page(items: list[Any], params: dict[str, Any]) -> dict[str, Any]:
    page, limit = int(params.get("page") or 1), int(params.get("limit") or 10)
    start = (page - 1) * limit
    return {
        "currentPage": page,
        "totalPages": -(-len(items) // limit),
        "totalItems": len(items),
        "itemsPerPage": limit,
        "items": items[start : start + limit],
    }


def _whole(items: list[Any]) -> dict[str, Any]:
    """A paged answer holding every item (for lists the service does not page by request)."""
    return {
        "currentPage": 1,
        "totalPages": 1,
        "totalItems": len(items),
        "itemsPerPage": max(len(items), 1),
        "items": items,
    }


def _line(state: MockState, value: Any, field: str = "line_number") -> str:
    if not state.has_line(str(value)):
        raise _invalid(field, BAD_LINE)
    return str(value)


def _fill(template: str, values: dict[str, Any]) -> str:
    return re.sub(r"%(\w+)%", lambda match: str(values.get(match.group(1), match.group(0))), template)


def _send(
    state: MockState,
    kind: str,
    line: str,
    messages: list[tuple[str, str]],
    body: dict[str, Any],
    *,
    template: str | None = None,
) -> SendRequest:
    if not state.affordable(text for _, text in messages):
        raise _invalid("balance", NO_CREDIT)
    number_format = body.get("number_format") or body.get("numberFormat")
    return state.record_send(
        kind, line, messages, schedule=body.get("schedule") or None, number_format=number_format, template=template
    )


def _slices(state: MockState, slices: Iterable[dict[str, Any]], field: str) -> list[str]:
    numbers: list[str] = []
    for index, piece in enumerate(slices or []):
        if piece["id"] not in state.phonebooks:
            raise _invalid(f"{field}.{index}.id", NOT_FOUND)
        numbers += state.phonebook_numbers(piece["id"], piece["offset"], piece["limit"])
    return numbers


def _unique(numbers: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(numbers))


def _rows(content: bytes) -> list[list[str]] | None:
    """The rows of an uploaded sheet (xlsx or CSV), or None when it cannot be read."""
    if content.startswith(b"PK"):
        try:
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            sheet = book.active
            rows = (
                []
                if sheet is None
                else [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
            )
            book.close()
            return rows
        except Exception:  # any unreadable workbook is reported the same way
            return None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        # newline="" lets the csv module see line breaks itself: a lone "\r" (old Mac files) is one too.
        return [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    except csv.Error:  # a NUL byte, a field over the csv module's limit: unreadable, as the service says
        return None


def _table(content: bytes) -> list[dict[str, str]] | None:
    """An uploaded sheet as records keyed by its header row."""
    rows = _rows(content)
    if not rows or len(rows) < 2:
        return None
    header = [cell.strip() for cell in rows[0]]
    return [dict(zip(header, (cell.strip() for cell in row), strict=False)) for row in rows[1:]]


def _mobile(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("98") and len(digits) == 12:
        digits = "0" + digits[2:]
    elif len(digits) == 10 and digits.startswith("9"):
        digits = "0" + digits
    return digits if re.fullmatch(r"09\d{9}", digits) else None
