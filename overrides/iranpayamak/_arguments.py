"""Checking and converting method arguments before anything is sent.

The resource methods (generated from the spec, in ``_generated``) pass each argument through one of
these conversions, chosen from its schema: mobile numbers are normalized, line numbers and number
formats fall back to the client's defaults, datetimes become the service's schedule text, files are
read, enums and nested objects are checked, and the spec's own limits (minimum lengths, patterns,
ranges, list sizes) are enforced. Every rejection is an ``InvalidArgumentError`` naming the field.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Protocol, TypeVar, cast

import attrs
from attrs import frozen

from iranpayamak_api.models import NumberFormat
from iranpayamak_api.types import UNSET, File, Unset

from .errors import InvalidArgumentError, InvalidPhoneNumber
from .phone import normalize_mobile

__all__ = ["DEFAULT_MAX_TEXT_LENGTH", "Arguments"]

DEFAULT_MAX_TEXT_LENGTH = 5000
"""The longest message text sent unless the client is told otherwise.

The service documents no limit; this one stops a runaway text (a whole file pasted by mistake) before it
is billed as dozens of parts per recipient, and is a setting because the real limit is unknown.
"""

E = TypeVar("E", bound=Enum)
M = TypeVar("M", bound="_Model")
N = TypeVar("N", bound="_Model")

_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LINE_FORMATTING = re.compile(r"[\s\-+\u200c\u200e\u200f]")
# Text the service cannot store: NUL, and lone surrogates, which have no UTF-8 encoding.
_UNSENDABLE = re.compile(r"[\x00\ud800-\udfff]")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


@functools.cache
def _spec_pattern(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns follow ECMA-262, where `$` only matches at the very end; in Python it also
    # matches before a final newline, which would let "123\n" pass ^[0-9]+$.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _unknown_enum_values(value: object, where: str) -> tuple[str, str] | None:
    """Where the first enum value inside a model that the spec does not list is, and what it is (models
    keep such values when reading answers, but a request must not send one)."""
    if isinstance(value, Enum):
        return None if value._name_ in type(value).__members__ else (where, f"{value.value!r} is not an allowed value")
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


def _invalid(field: str, reason: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{field}: {reason}", field=field, reason=reason)


def iterable(values: object, field: str, *, expected: str = "a list") -> Iterable[Any]:
    """``values`` if it can hold many items, without reading it (it may be a generator).

    Text is refused although it is iterable: iterated, a number would become single digits.

    Raises:
        InvalidArgumentError: ``values`` is text, bytes, a mapping or not iterable at all.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise _invalid(field, f"expected {expected}, got {type(values).__name__}")
    return values


@frozen
class Arguments:
    """The conversions, with the client's defaults.

    Attributes:
        line_number: The sender line used when a send does not name one.
        number_format: The number format used when a send does not name one.
        clock: Returns the current time; schedules must be later than it.
        chunk_size: How many recipients bulk sends put in one request.
        max_text_length: The longest message text allowed; None for no limit.
    """

    line_number: str
    number_format: NumberFormat = NumberFormat.ENGLISH
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    chunk_size: int = 100
    max_text_length: int | None = DEFAULT_MAX_TEXT_LENGTH

    def string(
        self,
        value: object,
        field: str,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
    ) -> str:
        """Text that the service can store and that meets the spec's limits."""
        if not isinstance(value, str):
            raise _invalid(field, f"expected text, got {type(value).__name__}")
        if _UNSENDABLE.search(value):
            raise _invalid(field, "contains a NUL character or an unpaired surrogate, which cannot be sent")
        if min_length is not None and len(value.strip()) < min_length:
            raise _invalid(field, "must not be empty" if min_length == 1 else f"needs at least {min_length} characters")
        if max_length is not None and len(value) > max_length:
            raise _invalid(field, f"has {len(value)} characters; at most {max_length} are allowed")
        if pattern is not None and _spec_pattern(pattern).search(value) is None:
            raise _invalid(field, f"{value!r} does not have the expected form ({pattern})")
        return value

    def message_text(self, value: object, field: str, *, min_length: int = 1) -> str:
        """A message text: sendable, not empty, and no longer than the client's ``max_text_length``."""
        return self.string(value, field, min_length=min_length, max_length=self.max_text_length)

    def integer(self, value: object, field: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
        """A whole number within the spec's range (booleans are not numbers here)."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid(field, f"expected a whole number, got {type(value).__name__}")
        if minimum is not None and value < minimum:
            raise _invalid(field, f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise _invalid(field, f"must be at most {maximum}, got {value}")
        return value

    def number(self, value: object, field: str, *, minimum: float | None = None, maximum: float | None = None) -> float:
        """A number within the spec's range."""
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            raise _invalid(field, f"expected a number, got {value!r}")
        if minimum is not None and value < minimum:
            raise _invalid(field, f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise _invalid(field, f"must be at most {maximum}, got {value}")
        return float(value)

    def boolean(self, value: object, field: str) -> bool:
        """A real ``True`` or ``False``."""
        if not isinstance(value, bool):
            raise _invalid(field, f"expected True or False, got {value!r}")
        return value

    def items(
        self, values: object, field: str, *, min_items: int | None = None, max_items: int | None = None
    ) -> list[Any]:
        """A list (from any iterable other than text or a mapping) within the spec's size limits."""
        found = list(iterable(values, field))
        if min_items is not None and len(found) < min_items:
            raise _invalid(field, "must not be empty" if min_items == 1 else f"needs at least {min_items} items")
        if max_items is not None and len(found) > max_items:
            raise _invalid(field, f"has {len(found)} items; at most {max_items} are allowed")
        return found

    def mobile(self, value: object, field: str) -> str:
        """A mobile number in ``09xxxxxxxxx`` form."""
        return normalize_mobile(value, field=field)  # type: ignore[arg-type]

    def mobiles(
        self, values: object, field: str, *, min_items: int | None = 1, max_items: int | None = None
    ) -> list[str]:
        """Mobile numbers in ``09xxxxxxxxx`` form, all checked before any is used.

        Raises:
            InvalidPhoneNumber: At least one is not a mobile number; the message counts and names them.
        """
        numbers = self.items(values, field, min_items=min_items, max_items=max_items)
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

    def line(self, value: object, field: str) -> str:
        """A sender line number, the client's default when None; Persian digits and spaces are tidied."""
        if value is None:
            return self.line_number
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise _invalid(field, f"expected the line number as text, got {type(value).__name__}")
        digits = _LINE_FORMATTING.sub("", value.translate(_PERSIAN_DIGITS))
        if not (digits.isascii() and digits.isdigit()):
            raise _invalid(field, f"{value!r} is not a line number (digits only)")
        return digits

    def number_format_or_default(self, value: object, field: str) -> NumberFormat:
        """The number format, the client's default when None."""
        return self.number_format if value is None else self.enum(NumberFormat, value, field)

    def enum(self, cls: type[E], value: object, field: str) -> E:
        """One of the values the spec lists for ``cls`` (a member or its value)."""
        members = cls.__members__.values()
        for member in members:
            if value is member or value == member.value:
                return member
        allowed = ", ".join(repr(member.value) for member in members)
        raise _invalid(field, f"{value!r} is not one of {allowed}")

    def schedule(self, value: object, field: str) -> str | None:
        """The service's text for a send time, or None to send now."""
        if value is None:
            return None
        from .schedule import format_schedule  # zoneinfo loads only when a send is scheduled

        return format_schedule(value, now=self.clock(), field=field)  # type: ignore[arg-type]

    def form_schedule(self, value: object, field: str) -> str | Unset:
        """The schedule of a multipart form, left out to send now."""
        text = self.schedule(value, field)
        return UNSET if text is None else text

    def upload(self, value: object, field: str, default_name: str) -> File:
        """A file to upload, read from a path, bytes or a file object."""
        from .files import to_upload  # file handling loads only for uploads

        return to_upload(value, field=field, default_name=default_name)

    def spreadsheet(self, value: object, field: str, default_name: str) -> File:
        """An Excel workbook to upload; anything else is refused before sending."""
        from .files import check_spreadsheet, to_upload

        return check_spreadsheet(to_upload(value, field=field, default_name=default_name), field=field)

    def text_map(self, cls: type[M], values: object, field: str) -> M:
        """A name-to-text map model (pattern variables); integers are written as text."""
        return cls.from_dict(self.texts(values, field))

    def texts(self, values: object, field: str) -> dict[str, str]:
        """A mapping of names to text; integers are written as text."""
        if not isinstance(values, Mapping):
            raise _invalid(field, f"expected a mapping of names to values, got {type(values).__name__}")
        texts: dict[str, str] = {}
        for name, value in values.items():
            if not isinstance(name, str) or not name:
                raise _invalid(field, f"variable names must be non-empty text, got {name!r}")
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            texts[name] = self.string(value, f"{field}[{name!r}]")
        return texts

    def model(self, cls: type[M], value: object, field: str, mobile_paths: tuple[str, ...] = ()) -> M:
        """A nested object from the model itself or a plain mapping, with its mobile numbers normalized.

        ``mobile_paths`` lists where mobiles sit inside it (``"mobile"``, ``"recipients[]"``,
        ``"ceo.mobile"``).
        """
        if isinstance(value, cls):
            data: Any = value.to_dict()
        elif isinstance(value, Mapping):
            data = dict(value)
        else:
            raise _invalid(field, f"expected {cls.__name__} or a mapping, got {type(value).__name__}")
        for path in mobile_paths:
            self._normalize_at(data, path.split("."), field)
        try:
            model = cls.from_dict(data)
            json.dumps(model.to_dict())
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            detail = f"missing {error}" if isinstance(error, KeyError) else str(error)
            raise _invalid(field, f"is not a valid {cls.__name__} ({detail})") from None
        unknown = _unknown_enum_values(model, field)
        if unknown:
            raise _invalid(*unknown)
        return model

    def one_of(self, classes: tuple[type[M], type[N]], value: object, field: str) -> M | N:
        """One of two request models, given as the model itself or a mapping that fits one of them."""
        for cls in classes:
            if isinstance(value, cls):
                return value
        if not isinstance(value, Mapping):
            names = " or ".join(cls.__name__ for cls in classes)
            raise _invalid(field, f"expected {names} or a mapping, got {type(value).__name__}")
        reasons = []
        for candidate in classes:
            try:
                return self.model(candidate, value, field)
            except InvalidArgumentError as error:
                reasons.append(error.reason)
        raise _invalid(field, "; ".join(reasons))

    def models(
        self,
        cls: type[M],
        values: object,
        field: str,
        mobile_paths: tuple[str, ...] = (),
        *,
        min_items: int | None = None,
        max_items: int | None = None,
    ) -> list[M]:
        """A list of nested objects, each as :meth:`model` takes it."""
        items = self.items(values, field, min_items=min_items, max_items=max_items)
        return [self.model(cls, item, f"{field}[{index}]", mobile_paths) for index, item in enumerate(items)]

    def _normalize_at(self, node: Any, parts: list[str], where: str) -> None:
        key, rest = parts[0], parts[1:]
        name = key.removesuffix("[]")
        if not isinstance(node, dict) or node.get(name) is None:
            return
        inner = f"{where}.{name}"
        if key.endswith("[]"):
            values = self.items(node[name], inner)
            if rest:
                for index, child in enumerate(values):
                    self._normalize_at(child, rest, f"{inner}[{index}]")
            else:
                node[name] = self.mobiles(values, inner, min_items=None)
        elif rest:
            self._normalize_at(node[name], rest, inner)
        else:
            node[name] = self.mobile(node[name], inner)
