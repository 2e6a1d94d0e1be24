"""Iranian mobile numbers: every common spelling in, the service's ``09xxxxxxxxx`` out.

The service accepts only the local 11-digit form with Latin digits. People type numbers with
``+98``, ``0098`` or ``98`` in front, without the leading 0, in Persian or Arabic-Indic digits, and
with spaces, dashes, dots, parentheses, no-break spaces, zero-width non-joiners and bidi marks pasted
in from chats and spreadsheets. :func:`normalize_mobile` turns all of those into ``09xxxxxxxxx`` and
rejects anything else with :class:`InvalidPhoneNumber`.

Validation is structural (an 11-digit number starting with 09) because operator ranges change more
often than any table; :func:`mobile_operator` looks up the operator when you want it.

Example::

    >>> normalize_mobile("+98 912 000 0000")
    '09120000000'
    >>> normalize_mobile("۰۹۱۲-۰۰۰-۰۰۰۰")
    '09120000000'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from attrs import frozen

from .errors import InvalidPhoneNumber

__all__ = [
    "InvalidPhoneNumber",
    "MobileOperator",
    "NormalizedMobiles",
    "Rejected",
    "mobile_operator",
    "normalize_mobile",
    "normalize_mobiles",
]

# Persian (U+06F0-U+06F9) and Arabic-Indic (U+0660-U+0669) digits to ASCII.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# Spaces of every width, joiners, and the invisible direction marks that right-to-left text inserts
# around Latin runs. ASCII control characters other than tab are not among them.
_INVISIBLE = "\t \u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060-\u2069\u3000\ufeff"
# Characters that only format a number: the above, and separators people type between digit groups.
_FORMATTING = re.compile(f"[{_INVISIBLE}\\-.()]")
_LEADING_INVISIBLE = re.compile(f"^[{_INVISIBLE}]+")
# How pasted lists separate their numbers.
_LIST_SEPARATORS = re.compile(r"[,،;٬\n\r]+")


def _reject(value: object, field: str | None, reason: str) -> InvalidPhoneNumber:
    where = f"{field}: " if field else ""
    shown = repr(value)
    if len(shown) > 40:
        shown = f"{shown[:37]}..."
    message = f"{where}{shown} is not an Iranian mobile number: {reason}"
    return InvalidPhoneNumber(message, value=value, reason=reason, field=field)


def normalize_mobile(value: str | int, *, field: str | None = None) -> str:
    """Return ``value`` as the service's ``09xxxxxxxxx`` form.

    Accepts ``09…``, ``9…`` (10 digits), ``+98…``, ``0098…`` and ``98…`` (12 digits), with a stray 0
    after the country code (``+98 0912…``), in Latin, Persian or Arabic-Indic digits, with any
    formatting characters. An ``int`` (as spreadsheets store numbers) is read as its digits.

    ``field`` names the argument the value came from, for the error message.

    Raises:
        InvalidPhoneNumber: ``value`` is not a mobile number; the message names it and says why.

    Example::

        >>> normalize_mobile("0098 (912) 123-4567")
        '09121234567'
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _reject(value, field, f"expected text, got {type(value).__name__}")
    translated = str(value).translate(_DIGITS)
    if _LEADING_INVISIBLE.sub("", translated)[:1] in ("-", "."):
        raise _reject(value, field, "it starts with a sign or a dot")
    text = _FORMATTING.sub("", translated)
    if not text:
        raise _reject(value, field, "it is empty")
    digits = text[1:] if text.startswith("+") else text
    if not digits.isascii() or not digits.isdigit():
        raise _reject(value, field, "it contains characters other than digits")
    if text.startswith("+"):
        if not digits.startswith("98"):
            raise _reject(value, field, "the country code is not +98 (Iran)")
        national = digits[2:]
    elif digits.startswith("0098"):
        national = digits[4:]
    elif digits.startswith("98") and len(digits) == 12:
        national = digits[2:]
    else:
        national = digits
    # One leading 0 is the trunk prefix, also written after a country code ("+98 0912...").
    if national.startswith("0"):
        national = national[1:]
    if not national.startswith("9"):
        raise _reject(value, field, "mobile numbers start with 09")
    if len(national) != 10:
        raise _reject(value, field, f"it has {len(national) + 1} digits in the 09 form; mobile numbers have 11")
    return "0" + national


@frozen
class Rejected:
    """An input that is not a mobile number, and why."""

    input: str
    reason: str


@frozen
class NormalizedMobiles:
    """The outcome of :func:`normalize_mobiles`.

    Attributes:
        valid: The distinct numbers in ``09xxxxxxxxx`` form, in the order they first appeared.
        rejected: The inputs that are not numbers, with the reason, in input order.
        duplicates: How many valid inputs repeated an earlier number.
    """

    valid: list[str]
    rejected: list[Rejected]
    duplicates: int


def _candidates(chunk: str) -> list[str]:
    """One pasted piece as numbers: whole if it is one number with spaces in it, else word by word."""
    piece = chunk.strip()
    if not piece:
        return []
    try:
        normalize_mobile(piece)
    except InvalidPhoneNumber:
        return piece.split()
    return [piece]


def normalize_mobiles(values: str | Iterable[str | int], *, split: bool = True) -> NormalizedMobiles:
    """Normalize a pasted list of numbers, keeping each number once and reporting what is not a number.

    ``values`` may be one pasted text or an iterable of texts; each text may hold several numbers
    separated by commas (``,`` or ``،``), semicolons, new lines or spaces. A piece such as
    ``"0912 123 4567"`` that is one number written with spaces stays one number. With
    ``split=False`` each text is one entry (a spreadsheet cell, say), accepted or rejected whole.

    Example::

        >>> result = normalize_mobiles("09121234567، +98 935 123 4567\\nhello")
        >>> result.valid
        ['09121234567', '09351234567']
        >>> [r.input for r in result.rejected]
        ['hello']
    """
    items: Iterable[str | int] = [values] if isinstance(values, str) else values
    valid: list[str] = []
    seen: set[str] = set()
    rejected: list[Rejected] = []
    duplicates = 0
    for item in items:
        pieces: list[str | int]
        if isinstance(item, int) and not isinstance(item, bool):
            pieces = [item]
        else:
            if not isinstance(item, str):
                rejected.append(Rejected(repr(item), f"expected text, got {type(item).__name__}"))
                continue
            pieces = [c for chunk in _LIST_SEPARATORS.split(item) for c in _candidates(chunk)] if split else [item]
        for piece in pieces:
            try:
                number = normalize_mobile(piece)
            except InvalidPhoneNumber as error:
                rejected.append(Rejected(str(piece), error.reason))
                continue
            if number in seen:
                duplicates += 1
            else:
                seen.add(number)
                valid.append(number)
    return NormalizedMobiles(valid=valid, rejected=rejected, duplicates=duplicates)


class MobileOperator(StrEnum):
    """Iranian mobile operators."""

    MCI = "mci"
    """Hamrah-e Aval."""
    IRANCELL = "irancell"
    RIGHTEL = "rightel"
    TELEKISH = "telekish"
    MTCE = "mtce"
    """Espadan (MTCE)."""
    APTEL = "aptel"


# Prefixes in the 09 form, from libphonenumber's carrier data; the longest match wins.
_OPERATOR_PREFIXES: dict[str, MobileOperator] = {
    "090": MobileOperator.IRANCELL,
    "093": MobileOperator.IRANCELL,
    "09955": MobileOperator.IRANCELL,
    "09991": MobileOperator.IRANCELL,
    "091": MobileOperator.MCI,
    "0932": MobileOperator.MCI,
    "0990": MobileOperator.MCI,
    "0991": MobileOperator.MCI,
    "0992": MobileOperator.MCI,
    "0993": MobileOperator.MCI,
    "0994": MobileOperator.MCI,
    "0996": MobileOperator.MCI,
    "09990": MobileOperator.MCI,
    "09995": MobileOperator.MCI,
    "09996": MobileOperator.MCI,
    "092": MobileOperator.RIGHTEL,
    "0998": MobileOperator.RIGHTEL,
    "09992": MobileOperator.RIGHTEL,
    "09998": MobileOperator.RIGHTEL,
    "09999": MobileOperator.RIGHTEL,
    "0931": MobileOperator.MTCE,
    "0934": MobileOperator.TELEKISH,
    "09993": MobileOperator.APTEL,
}
_LONGEST_PREFIX = max(len(prefix) for prefix in _OPERATOR_PREFIXES)


def mobile_operator(value: str | int) -> MobileOperator | None:
    """The operator a number's prefix belongs to, or None when the prefix is not in the table.

    The table follows libphonenumber's carrier data; numbers ported between operators keep their
    original prefix, so this is the operator that issued the number.

    Raises:
        InvalidPhoneNumber: ``value`` is not a mobile number.

    Example::

        >>> mobile_operator("0935 123 4567")
        <MobileOperator.IRANCELL: 'irancell'>
    """
    number = normalize_mobile(value)
    for length in range(_LONGEST_PREFIX, 2, -1):
        operator = _OPERATOR_PREFIXES.get(number[:length])
        if operator is not None:
            return operator
    return None
