"""Checking and converting method arguments before anything is sent.

The resource methods (generated from the spec, in ``_generated``) pass each argument through one of
these conversions, chosen from its schema: mobile numbers are normalized, line numbers and number
formats fall back to the client's defaults, datetimes become the service's schedule text, files are
read, enums and nested objects are checked (nested objects against the spec's own schemas, see
``_schema``), and the spec's own limits (minimum lengths, patterns, ranges, list sizes) are enforced.
Every rejection is an ``InvalidArgumentError`` naming the field, whatever the value: error messages
quote values through :func:`~iranpayamak._display.shown`, which cannot fail, and never quote a secret.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import attrs
from attrs import frozen

from iranpayamak_api.models import NumberFormat
from iranpayamak_api.types import UNSET, File, Secret, Unset

from ._digits import TO_ASCII_DIGITS
from ._display import shown
from ._schema import INT64, UNSENDABLE, format_problem, problem, resolved, spec_pattern
from .errors import InvalidArgumentError, InvalidPhoneNumber, IranPayamakError
from .phone import normalize_mobile

if TYPE_CHECKING:
    from ._sending import Sending

__all__ = [
    "DEFAULT_MAX_TEXT_LENGTH",
    "MAX_LINE_DIGITS",
    "Arguments",
    "MobilePath",
    "aware_now",
    "each",
    "iterable",
    "line_number",
    "read_all",
    "text_value",
    "whole_number",
]

DEFAULT_MAX_TEXT_LENGTH = 5000
"""The longest message text sent unless the client is told otherwise.

The service documents no limit; this one stops a runaway text (a whole file pasted by mistake) before it
is billed as dozens of parts per recipient, and is a setting because the real limit is unknown.
"""

MAX_LINE_DIGITS = 20
"""The most digits a sender line may have; the service's lines have 4 to 14."""

E = TypeVar("E", bound=Enum)
M = TypeVar("M", bound="_Model")
N = TypeVar("N", bound="_Model")

# What may sit inside a line number as typed or pasted: spaces, ZWNJ and direction marks anywhere, and a
# dash between two digit groups. A leading sign is not formatting: "-3000505" is no line.
_LINE_FORMATTING = re.compile(r"[\s\u200c\u200e\u200f]|(?<=[0-9])-(?=[0-9])")


MobilePath = tuple[str | EllipsisType, ...]
"""Where a mobile number sits inside a nested argument: the keys leading to it, ``...`` for every item
of a list (``("recipients", ...)`` is each number of ``recipients``)."""


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


def _invalid(field: str, reason: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{field}: {reason}", field=field, reason=reason)


def _at(field: str, found: tuple[str, str], whose: object = None) -> InvalidArgumentError:
    """The error for a problem ``found`` inside the argument ``field``, for the item of mobile ``whose``."""
    path, reason = found
    where = f"{field}{path}"
    suffix = f" (for {whose})" if isinstance(whose, str) else ""
    return InvalidArgumentError(f"{where}: {reason}{suffix}", field=where, reason=reason)


def _unknown_enum_values(value: object, where: str) -> tuple[str, str] | None:
    """Where the first enum value inside a model that the spec does not list is, and what it is (models
    keep such values when reading answers, but a request must not send one)."""
    if isinstance(value, Enum):
        if value._name_ in type(value).__members__:
            return None
        return where, f"{shown(value.value)} is not an allowed value"
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _unknown_enum_values(item, f"{where}[{index}]")
            if found:
                return found
    elif attrs.has(type(value)):
        for attribute in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            found = _unknown_enum_values(getattr(value, attribute.name), f"{where}.{attribute.name}")
            if found:
                return found
    return None


def iterable(values: object, field: str, *, expected: str = "a list") -> Iterable[Any]:
    """``values`` if it can hold many items, without reading it (it may be a generator).

    Text is refused although it is iterable: iterated, a number would become single digits.

    Raises:
        InvalidArgumentError: ``values`` is text, bytes, a mapping or not iterable at all.
    """
    if isinstance(values, str | bytes | bytearray | Mapping) or not isinstance(values, Iterable):
        raise _invalid(field, f"expected {expected}, got {type(values).__name__}")
    return values


def _unreadable(field: str, error: Exception) -> InvalidArgumentError:
    return _invalid(field, f"could not be read: {type(error).__name__} was raised while iterating it")


def each(values: object, field: str, *, expected: str = "a list") -> Iterator[Any]:
    """The items of ``values`` (see :func:`iterable`), read lazily (a generator stays a stream).

    Raises:
        InvalidArgumentError: ``values`` is not a list of items, or reading it failed; the error it
            raised is the ``__cause__``.
    """
    items = iterable(values, field, expected=expected)
    iterator: Iterator[Any] | None = None
    while True:
        try:
            iterator = iter(items) if iterator is None else iterator
            item = next(iterator)
        except StopIteration:
            return
        except IranPayamakError:
            raise
        except Exception as error:
            raise _unreadable(field, error) from error
        yield item


def read_all(values: object, field: str, *, expected: str = "a list") -> list[Any]:
    """Every item of ``values`` (see :func:`each`), read now (at the speed of ``list()``)."""
    items = iterable(values, field, expected=expected)
    try:
        return list(items)
    except IranPayamakError:
        raise
    except Exception as error:
        raise _unreadable(field, error) from error


def whole_number(value: object, field: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number within the spec's range and the service's 64-bit numbers (booleans are not numbers).

    Raises:
        InvalidArgumentError: naming ``field``.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(field, f"expected a whole number, got {type(value).__name__}")
    low = -INT64 if minimum is None else max(minimum, -INT64)
    high = INT64 if maximum is None else min(maximum, INT64)
    if value < low:
        raise _invalid(field, f"must be at least {low}, got {shown(value)}")
    if value > high:
        raise _invalid(field, f"must be at most {high}, got {shown(value)}")
    return int(value)


def text_value(value: object, field: str) -> str:
    """A value that fills a text variable (a pattern's or a personalised send's): text, or a whole number
    written as text. Anything else would reach the recipient as its Python spelling ("None", "{...}").

    Raises:
        InvalidArgumentError: ``value`` is missing (None), a float, a boolean, a container or unsendable.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(whole_number(value, field))
    if not isinstance(value, str):
        got = "None (no value)" if value is None else type(value).__name__
        raise _invalid(field, f"expected text or a whole number, got {got}")
    if UNSENDABLE.search(value):
        raise _invalid(field, "contains a NUL character or an unpaired surrogate, which cannot be sent")
    return value


def line_number(value: object, field: str) -> str:
    """A sender line number as the service takes it: Latin digits, at least one of them not 0.

    Persian and Arabic-Indic digits are translated, and spaces, ZWNJ and direction marks (and dashes
    between digit groups) removed. A ``+98`` in front is refused rather than dropped: lines are not
    phone numbers, and guessing which digits are the line could send from someone else's line. Phones
    show an SMS from line ``3000505`` as ``+983000505``; the line is ``3000505``.

    Raises:
        InvalidArgumentError: naming ``field``.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(whole_number(value, field, minimum=1))
    if not isinstance(value, str):
        raise _invalid(field, f"expected the line number as text, got {type(value).__name__}")
    digits = _LINE_FORMATTING.sub("", value.translate(TO_ASCII_DIGITS))
    if digits.startswith("+"):
        raise _invalid(field, f"{shown(value)}: give the line without a country code (+98 3000505 is line 3000505)")
    if not (digits.isascii() and digits.isdigit()):
        raise _invalid(field, f"{shown(value)} is not a line number (digits only)")
    if not digits.strip("0"):
        raise _invalid(field, f"{shown(value)} is not a line number (it must not be 0)")
    if len(digits) > MAX_LINE_DIGITS:
        raise _invalid(field, f"has {len(digits)} digits; lines have at most {MAX_LINE_DIGITS}")
    return digits


def aware_now(clock: Callable[[], object], field: str = "clock") -> datetime:
    """The current time from ``clock``, checked: a timezone-aware ``datetime``.

    Raises:
        InvalidArgumentError: ``clock`` is not a function, or did not return an aware datetime.
    """
    if not callable(clock):
        raise _invalid(field, f"expected a function returning the current time, got {type(clock).__name__}")
    now = clock()
    if not isinstance(now, datetime):
        raise _invalid(field, f"must return a datetime, returned {type(now).__name__}")
    try:
        offset = now.utcoffset()
    except (ValueError, TypeError):  # a time zone whose offset is out of range, or not a timedelta
        raise _invalid(field, "returned a datetime whose time zone gives no usable offset") from None
    if offset is None:
        raise _invalid(field, "must return timezone-aware datetimes, e.g. lambda: datetime.now(timezone.utc)")
    return now


DEFAULT_PAGE_SIZE = 100
"""Items per page of list methods. The documentation gives no maximum and a default of 10; 100 is the
largest page a public client (miladpaak's report screen) asks for, and reads a long list in a tenth of
the requests."""


def _sending(clock: Callable[[], datetime]) -> Sending:
    from ._sending import Sending  # not at import: it imports modules that import this one

    return Sending(clock=clock)


def _system_clock() -> datetime:
    return datetime.now(UTC)


def string(
    value: object,
    field: str,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    format: str | None = None,
    secret: bool = False,
) -> str:
    """Text that the service can store and that meets the spec's limits.

    With ``secret``, a rejection never quotes the value (it may be a password, token or code).
    """
    if not isinstance(value, str):
        raise _invalid(field, f"expected text, got {type(value).__name__}")
    if UNSENDABLE.search(value):
        raise _invalid(field, "contains a NUL character or an unpaired surrogate, which cannot be sent")
    if min_length is not None and len(value.strip()) < min_length:
        raise _invalid(field, "must not be empty" if min_length == 1 else f"needs at least {min_length} characters")
    if max_length is not None and len(value) > max_length:
        raise _invalid(field, f"has {len(value)} characters; at most {max_length} are allowed")
    # The value is quoted only in a rejection: most calls pass, and quoting costs a repr.
    if pattern is not None and spec_pattern(pattern).search(value) is None:
        raise _invalid(field, f"{_quoted(value, secret)} does not have the expected form ({pattern})")
    reason = None if format is None else format_problem(value, format)
    if reason:
        raise _invalid(field, f"{_quoted(value, secret)} {reason}")
    return value


def _quoted(value: str, secret: bool) -> str:
    return "the value" if secret else shown(value)


def secret(value: object, field: str) -> Secret:
    """``value`` held as a :class:`~iranpayamak_api.types.Secret`, whose ``repr`` is ``'****'``.

    Methods rebind their secret parameters with this first (``password = args.secret(password,
    "password")``), so a dump of the frame's locals (a traceback with locals, an error tracker)
    shows ``'****'``. Anything but text is refused without being quoted.
    """
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise _invalid(field, f"expected text, got {type(value).__name__}")
    return Secret(value)


def callback(value: object, field: str) -> Callable[..., Any] | None:
    """A function the caller passes to be called back (``on_progress``), or None; checked before
    anything is sent, rather than failing when it is first called."""
    if value is not None and not callable(value):
        raise _invalid(field, f"expected a function or None, got {type(value).__name__}")
    return value


def integer(value: object, field: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number within the spec's range and the service's 64-bit numbers (not a boolean)."""
    return whole_number(value, field, minimum=minimum, maximum=maximum)


def number(value: object, field: str, *, minimum: float | None = None, maximum: float | None = None) -> float:
    """A finite number within the spec's range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(field, f"expected a number, got {type(value).__name__}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _invalid(field, f"must be a finite number, got {shown(value)}")
    if minimum is not None and number < minimum:
        raise _invalid(field, f"must be at least {minimum}, got {shown(value)}")
    if maximum is not None and number > maximum:
        raise _invalid(field, f"must be at most {maximum}, got {shown(value)}")
    return number


def boolean(value: object, field: str) -> bool:
    """A real ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise _invalid(field, f"expected True or False, got {shown(value)}")
    return value


def items(
    values: object,
    field: str,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    each: Mapping[str, Any] | None = None,
) -> list[Any]:
    """A list (from any iterable other than text or a mapping) within the spec's size limits, each
    item matching the spec's schema ``each`` when given."""
    found = read_all(values, field)
    if min_items is not None and len(found) < min_items:
        raise _invalid(field, "must not be empty" if min_items == 1 else f"needs at least {min_items} items")
    if max_items is not None and len(found) > max_items:
        raise _invalid(field, f"has {len(found)} items; at most {max_items} are allowed")
    if each is not None:
        for index, item in enumerate(found):
            _conform(item, each, f"{field}[{index}]")
    return found


def mobile(value: object, field: str) -> str:
    """A mobile number in ``09xxxxxxxxx`` form."""
    return normalize_mobile(value, field=field)  # type: ignore[arg-type]


def mobiles(values: object, field: str, *, min_items: int | None = 1, max_items: int | None = None) -> list[str]:
    """Mobile numbers in ``09xxxxxxxxx`` form, all checked before any is used.

    Raises:
        InvalidPhoneNumber: At least one is not a mobile number; the message counts and names them.
    """
    numbers = items(values, field, min_items=min_items, max_items=max_items)
    result: list[str] = []
    problems: list[InvalidPhoneNumber] = []
    for index, value in enumerate(numbers):
        try:
            result.append(normalize_mobile(value, field=f"{field}[{index}]"))
        except InvalidPhoneNumber as error:
            problems.append(error)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more invalid numbers)" if len(problems) > 1 else ""
        raise InvalidPhoneNumber(f"{first}{more}", value=first.value, reason=first.reason, field=first.field)
    return result


def enum(cls: type[E], value: object, field: str) -> E:
    """One of the values the spec lists for ``cls`` (a member or its value; a boolean is neither)."""
    members = cls.__members__.values()
    if not isinstance(value, bool):
        for member in members:
            if value is member or (type(value) in (str, int) and value == member.value):
                return member
    allowed = ", ".join(repr(member.value) for member in members)
    raise _invalid(field, f"{shown(value)} is not one of {allowed}")


def upload(value: object, field: str, default_name: str) -> File:
    """A file to upload, read from a path, bytes or a file object."""
    from .files import to_upload  # file handling loads only for uploads

    return to_upload(value, field=field, default_name=default_name)


def spreadsheet(value: object, field: str, default_name: str) -> File:
    """An Excel workbook to upload; anything else is refused before sending."""
    from .files import check_spreadsheet, to_upload

    return check_spreadsheet(to_upload(value, field=field, default_name=default_name), field=field)


def sheet(value: object, field: str, default_name: str) -> File:
    """An Excel workbook or a CSV file to upload; anything else is refused before sending."""
    from .files import check_sheet, to_upload

    return check_sheet(to_upload(value, field=field, default_name=default_name), field=field)


def save_path(value: object, field: str) -> Path | None:
    """Where a download is to be written, checked before the download: its folder must exist and be
    writable, and it must not be a folder itself. None when not given."""
    if value is None:
        return None
    if not isinstance(value, str | os.PathLike):
        raise _invalid(field, f"expected a path, got {type(value).__name__}")
    try:
        path = Path(value)
        text = str(path)
    except (TypeError, ValueError) as error:
        raise _invalid(field, f"is not a usable path ({type(error).__name__})") from None
    if "\x00" in text or not text.strip():
        raise _invalid(field, "is not a usable path (it is empty or contains a NUL character)")
    try:
        is_folder = path.is_dir()
        folder = path.parent if path.parent != Path() else Path.cwd()
        folder_exists = folder.is_dir()
        writable = os.access(folder, os.W_OK)
    except (OSError, ValueError) as error:
        raise _invalid(field, f"{shown(text)} cannot be used ({type(error).__name__})") from None
    if is_folder:
        raise _invalid(field, f"{shown(text)} is a folder; give the file's path")
    if not folder_exists:
        raise _invalid(field, f"the folder of {shown(text)} does not exist")
    if not writable:
        raise _invalid(field, f"the folder of {shown(text)} is not writable")
    return path


def save(content: bytes, path: Path | None, field: str) -> bytes:
    """Write a download to ``path`` (checked by :meth:`save_path`); ``content`` either way.

    Raises:
        InvalidArgumentError: Writing failed all the same (the disk filled up, the folder went away).
    """
    if path is not None:
        try:
            path.write_bytes(content)
        except OSError as error:
            reason = f"could not write {shown(str(path))} ({error.strerror or type(error).__name__})"
            raise _invalid(field, reason) from None
    return content


def text_map(cls: type[M], values: object, field: str) -> M:
    """A name-to-text map model (pattern variables); integers are written as text."""
    return cls.from_dict(texts(values, field))


def texts(values: object, field: str) -> dict[str, str]:
    """A mapping of names to text; integers are written as text."""
    if not isinstance(values, Mapping):
        raise _invalid(field, f"expected a mapping of names to values, got {type(values).__name__}")
    try:
        pairs = list(values.items())
    except Exception as error:
        raise _invalid(field, f"could not be read: {type(error).__name__} was raised") from error
    texts: dict[str, str] = {}
    for name, value in pairs:
        if not isinstance(name, str) or not name or UNSENDABLE.search(name):
            raise _invalid(field, f"variable names must be non-empty text, got {shown(name)}")
        texts[name] = text_value(value, f"{field}[{name!r}]")
    return texts


def model(cls: type[M], value: object, field: str, mobile_paths: tuple[MobilePath, ...] = ()) -> M:
    """A nested object from the model itself or a plain mapping, with its mobile numbers normalized,
    checked against its schema in the spec (the component named like ``cls``).

    ``mobile_paths`` lists where mobiles sit inside it, each as the keys that lead there, ``...``
    standing for every item of a list: ``("mobile",)``, ``("recipients", ...)``, ``("ceo", "mobile")``.
    """
    return _model(cls, value, field, mobile_paths, {"$ref": f"#/components/schemas/{cls.__name__}"})


def _model(
    cls: type[M], value: object, field: str, mobile_paths: tuple[MobilePath, ...], schema: Mapping[str, Any]
) -> M:
    try:
        if isinstance(value, cls):
            data: Any = value.to_dict()
        elif isinstance(value, Mapping):
            data = dict(value)
        else:
            raise _invalid(field, f"expected {cls.__name__} or a mapping, got {type(value).__name__}")
    except IranPayamakError:
        raise
    except Exception as error:
        raise _invalid(field, f"could not be read: {type(error).__name__} was raised") from error
    for path in mobile_paths:
        _normalize_at(data, path, field)
    # An item with a mobile of its own (a recipient, a contact) is named by it too, not only by index.
    whose = data.get("mobile") if ("mobile",) in mobile_paths and isinstance(data, dict) else None
    try:
        model = cls.from_dict(data)
        unknown = _unknown_enum_values(model, field)
        sent = model.to_dict()
    except Exception:
        # The model could not even be built: say where the data departs from the schema, if it does.
        found = problem(data, schema) or ("", f"is not a valid {cls.__name__}")
        raise _at(field, found, whose) from None
    if unknown:
        raise _invalid(*unknown)
    if _texts_from_numbers(model, schema):
        sent = model.to_dict()
    _conform(sent, schema, field, whose)
    return model


def _conform(value: object, schema: Mapping[str, Any], field: str, whose: object = None) -> None:
    found = problem(value, schema)
    if found is not None:
        raise _at(field, found, whose)


def one_of(classes: tuple[type[M], type[N]], value: object, field: str) -> M | N:
    """One of two request models, given as the model itself or a mapping that fits exactly one of them."""
    either = {"oneOf": [{"$ref": f"#/components/schemas/{cls.__name__}"} for cls in classes]}
    for cls in classes:
        if isinstance(value, cls):
            return _model(cls, value, field, (), either)
    if not isinstance(value, Mapping):
        names = " or ".join(cls.__name__ for cls in classes)
        raise _invalid(field, f"expected {names} or a mapping, got {type(value).__name__}")
    reasons = []
    for candidate in classes:
        try:
            return _model(candidate, value, field, (), either)
        except InvalidArgumentError as error:
            reasons.append(error)
    best = max(reasons, key=lambda error: len(error.field or ""))
    raise _invalid(best.field or field, best.reason)


def models(
    cls: type[M],
    values: object,
    field: str,
    mobile_paths: tuple[MobilePath, ...] = (),
    *,
    min_items: int | None = None,
    max_items: int | None = None,
) -> list[M]:
    """A list of nested objects, each as :meth:`model` takes it."""
    found = items(values, field, min_items=min_items, max_items=max_items)
    return [model(cls, item, f"{field}[{index}]", mobile_paths) for index, item in enumerate(found)]


def _normalize_at(node: Any, path: MobilePath, where: str) -> None:
    key, rest = path[0], path[1:]
    assert isinstance(key, str), "a mobile path starts with a key"
    if not isinstance(node, dict) or node.get(key) is None:
        return
    inner = f"{where}.{key}"
    if rest[:1] == (...,):
        rest = rest[1:]
        values = items(node[key], inner)
        if rest:
            for index, child in enumerate(values):
                _normalize_at(child, rest, f"{inner}[{index}]")
            node[key] = values
        else:
            node[key] = mobiles(values, inner, min_items=None)
    elif rest:
        _normalize_at(node[key], rest, inner)
    else:
        node[key] = mobile(node[key], inner)


@frozen
class Arguments:
    """The client's defaults, and the conversions that fall back to them.

    The pure checks (:func:`string`, :func:`integer`, :func:`model`, ...) are module functions; they
    are reachable here too, as ``args.integer(...)``, so a resource method needs one name for both.

    Attributes:
        line_number: The sender line used when a send does not name one.
        number_format: The number format used when a send does not name one.
        clock: Returns the current time; schedules must be later than it.
        chunk_size: How many recipients bulk sends put in one request.
        max_text_length: The longest message text allowed; None for no limit.
        page_size: Items per page that list methods ask for when a call does not say.
        sending: What the client's sends share: pattern definitions, the idempotency store.
    """

    line_number: str
    number_format: NumberFormat = NumberFormat.ENGLISH
    clock: Callable[[], datetime] = _system_clock
    chunk_size: int = 100
    max_text_length: int | None = DEFAULT_MAX_TEXT_LENGTH
    page_size: int = DEFAULT_PAGE_SIZE
    sending: Sending = attrs.field(
        default=attrs.Factory(lambda self: _sending(self.clock), takes_self=True), eq=False, repr=False
    )

    def message_text(self, value: object, field: str, *, min_length: int = 1) -> str:
        """A message text: sendable, not empty, and no longer than the client's ``max_text_length``."""
        return string(value, field, min_length=min_length, max_length=self.max_text_length)

    def line(self, value: object, field: str) -> str:
        """A sender line number (see :func:`line_number`), the client's default when None."""
        return self.line_number if value is None else line_number(value, field)

    def number_format_or_default(self, value: object, field: str) -> NumberFormat:
        """The number format, the client's default when None."""
        return self.number_format if value is None else enum(NumberFormat, value, field)

    def now(self) -> datetime:
        """The current time from the client's clock.

        Raises:
            InvalidArgumentError: The clock (a setting) returned something other than an aware datetime.
        """
        return aware_now(self.clock)

    def schedule(self, value: object, field: str, *, future: bool = True) -> str | None:
        """The service's text for a send time, or None to send now (``future``: check it is ahead).

        A keyed send checks that the time is ahead only once its key says there is a send to make, so
        that a retry after the time has passed still gets the result of the send that went out.
        """
        if value is None:
            return None
        from .schedule import format_schedule  # zoneinfo loads only when a send is scheduled

        return format_schedule(value, now=self.now(), field=field, future=future)  # type: ignore[arg-type]

    def as_sent(
        self, line_number: object, number_format: object, schedule: object = None
    ) -> tuple[str, str, str | None]:
        """``line_number``, ``number_format`` and ``schedule`` checked, as a request carries them: what an
        idempotency fingerprint is made of, so that a retry naming the same ones otherwise (the default
        by name, the line as a number, a send time in another zone) is the same send."""
        line = self.line(line_number, "line_number")
        digits = self.number_format_or_default(number_format, "number_format").value
        return line, digits, self.schedule(schedule, "schedule", future=False)

    def form_schedule(self, value: object, field: str, *, future: bool = True) -> str | Unset:
        """The schedule of a multipart form, left out to send now."""
        text = self.schedule(value, field, future=future)
        return UNSET if text is None else text

    # The pure checks, for resource methods that hold only ``args``.
    string = staticmethod(string)
    secret = staticmethod(secret)
    callback = staticmethod(callback)
    integer = staticmethod(integer)
    number = staticmethod(number)
    boolean = staticmethod(boolean)
    items = staticmethod(items)
    mobile = staticmethod(mobile)
    mobiles = staticmethod(mobiles)
    enum = staticmethod(enum)
    upload = staticmethod(upload)
    spreadsheet = staticmethod(spreadsheet)
    sheet = staticmethod(sheet)
    save_path = staticmethod(save_path)
    save = staticmethod(save)
    text_map = staticmethod(text_map)
    texts = staticmethod(texts)
    model = staticmethod(model)
    one_of = staticmethod(one_of)
    models = staticmethod(models)


def _texts_from_numbers(model: Any, schema: Mapping[str, Any]) -> bool:
    """Whole numbers among a model's free-form text fields (a personalised send's variables) written as
    text, as pattern values are; whether any was."""
    extra = resolved(schema).get("additionalProperties")
    values = getattr(model, "additional_properties", None)
    if not isinstance(extra, Mapping) or resolved(extra).get("type") != "string" or not isinstance(values, dict):
        return False
    numbers = {
        name: str(value)
        for name, value in values.items()
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= INT64
    }
    values.update(numbers)
    return bool(numbers)
