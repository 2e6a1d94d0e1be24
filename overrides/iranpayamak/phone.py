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

import codecs
import re
from collections.abc import Iterable
from enum import StrEnum
from itertools import compress

from attrs import frozen

from ._digits import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, TO_ASCII_DIGITS
from ._display import shown
from .errors import InvalidArgumentError, InvalidPhoneNumber

__all__ = [
    "InvalidPhoneNumber",
    "MobileOperator",
    "NormalizedMobiles",
    "Rejected",
    "mobile_operator",
    "normalize_mobile",
    "normalize_mobiles",
]

# Spaces of every width, joiners, and the invisible direction marks that right-to-left text inserts
# around Latin runs. ASCII control characters other than tab are not among them.
_INVISIBLE_CHARS = "\t \u00a0\u1680\u205f\u3000\ufeff" + "".join(
    chr(code)
    for first, last in ((0x2000, 0x200F), (0x2028, 0x202F), (0x2060, 0x2069))
    for code in range(first, last + 1)
)
# How pasted lists separate their numbers.
_LIST_SEPARATORS = re.compile(r"[,،;٬\n\r]+")
# What splitting a text looks for: a separator or a space of any kind (a word may be a number).
_SPLITS = re.compile(r"[,،;٬\s]")

# Reading texts: a batch of texts is joined with NULs (one text is a batch of one) and read with a
# few C-level passes over the joined text, so the per-text cost of Python is paid only for texts that
# are not a number as a whole. The passes:
#
# 1. _clean() (a charmap encode and a bytes translate): ASCII stays, invisible characters go, Persian
#    and Arabic-Indic digits become ASCII digits, and every other character "?", no digit either. The
#    charmap codec (the machinery of the standard library's single-byte codecs, cp1252 and the like)
#    does this in C at a few nanoseconds a character; str.translate() looks every character of a text
#    that is not all ASCII up in a dict, ten times slower, which made it the largest cost of a batch.
_SPECIAL = _INVISIBLE_CHARS + PERSIAN_DIGITS + ARABIC_INDIC_DIGITS  # encoded as bytes 0x80 and up
_UNUSED = "\ufffe" * (128 - len(_SPECIAL))  # a noncharacter for the bytes no special character takes
_ASCII = "".join("\ufffe" if chr(code) in _SPECIAL else chr(code) for code in range(128))  # tab, space: special
_TO_BYTES = codecs.charmap_build(_ASCII + _SPECIAL + _UNUSED)
_FROM_BYTES = (
    bytes(range(128)) + _SPECIAL.translate(TO_ASCII_DIGITS).encode("ascii", errors="replace") + b"?" * len(_UNUSED)
)
_INVISIBLE_BYTES = bytes(range(0x80, 0x80 + len(_INVISIBLE_CHARS)))


def _clean(text: str) -> bytes:
    """``text`` with invisible characters dropped, digits in ASCII, any other non-ASCII character "?"."""
    encoded, _ = codecs.charmap_encode(text, "replace", _TO_BYTES)
    return encoded.translate(_FROM_BYTES, _INVISIBLE_BYTES)


# 2. _SIGNED (finditer()): a dash or dot that starts a text (after its invisible characters) is a sign
#    or a decimal point ("-912...", ".912..."), not formatting. Anywhere else, _UNFORMAT drops it, and
#    parentheses anywhere.
_SIGNED = re.compile(rb"\x00[-.]")
_SIGNS = frozenset((b"-", b"."))  # the same, for one text
_UNFORMAT = b"-.()"
# 3. _VERDICTS (findall()): each NUL-ended text matches one branch, and the text of the one group says
#    what the text is (the group's text, and what it means; :func:`_reason` reads it):
#
#      "9xxxxxxxxx"     ten digits: the national number of a mobile number
#      "9…\x00"         digits and the NUL: a 9 after the prefix, but not ten digits (len() is how many
#                       digits the 09 form has)
#      "…\x00", digits  or the NUL alone: digits after the prefix that do not start with 9
#      "+…", no NUL     a country code other than +98
#      "…\x00"          what follows the prefix holds something other than digits
#      ""               nothing: an empty text
#
#    The country code or trunk 0 is read the one way the reasons describe: the atomic group takes the
#    first prefix that fits and 0?+ the 0 if there is one, and neither is given back to try another.
_VERDICTS = re.compile(
    r"""
      \x00                                      # an empty text: the group takes no text
    | (?>\+98|0098|98(?=[0-9]{10}\x00)|)0?+     # +98, 0098, or 98 before ten digits; a trunk 0
      ( 9[0-9]{9}(?=\x00)                       # a mobile number
      | [0-9]*\x00                              # digits that are not one
      | (?<![^\x00])\+[0-9]+(?=\x00)            # + and digits at the start of a text, not +98...
      | [^\x00]*\x00                            # anything else
      )
      (?:(?<!\x00)\x00)?                        # the NUL, if the group did not take it
    """,
    re.VERBOSE,
)
_SIGN = "-"
"""The verdict of a text that starts with a sign or a dot (it never matches _VERDICTS)."""


def _verdicts(texts: list[str]) -> list[str]:
    """The verdict of each text: the text of :data:`_VERDICTS`'s group, or :data:`_SIGN`."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        # A NUL is how the batch ends a text: texts with one in them are read alone, the NUL another
        # character that is no digit.
        return [_verdicts([text.replace("\x00", "\x01")])[0] for text in texts]
    cleaned = _clean(f"\x00{joined}\x00")  # the NUL in front starts the first text
    verdicts = _VERDICTS.findall(cleaned.translate(None, _UNFORMAT).decode("ascii"), 1)
    texts_before = done = 0
    for signed in _SIGNED.finditer(cleaned):
        texts_before += cleaned.count(b"\x00", done, signed.start())
        done = signed.start()
        verdicts[texts_before] = _SIGN
    return verdicts


def _verdict(text: str) -> str:
    """The verdict of one text: what :func:`_verdicts` finds for a batch of one, without its bookkeeping."""
    cleaned = _clean(text.replace("\x00", "\x01") if "\x00" in text else text)
    if cleaned[:1] in _SIGNS:
        return _SIGN
    found = _VERDICTS.match((cleaned.translate(None, _UNFORMAT) + b"\x00").decode("ascii"))
    return (found[1] if found else None) or ""


def _read(verdict: str) -> tuple[str, str]:
    """``(number, "")`` or ``("", reason)`` for a text of this verdict (see :data:`_VERDICTS`)."""
    if verdict.isdigit():
        return "0" + verdict, ""
    return "", _reason(verdict)


def _reason(verdict: str) -> str:
    """Why a text of this verdict, not a number's, is no mobile number."""
    if verdict == _SIGN:
        return "it starts with a sign or a dot"
    if not verdict:
        return "it is empty"
    if verdict[-1] != "\x00":
        return "the country code is not +98 (Iran)"
    if verdict == "\x00" or verdict[:-1].isdigit():
        if verdict[0] == "9":
            return f"it has {len(verdict)} digits in the 09 form; mobile numbers have 11"
        return "mobile numbers start with 09"
    return "it contains characters other than digits"


def _reject(value: object, field: object, reason: str) -> InvalidPhoneNumber:
    # `field` only names the argument; a caller's junk there must not turn the rejection into a crash.
    name = field if isinstance(field, str) and field else None
    where = f"{name}: " if name else ""
    message = f"{where}{shown(value)} is not an Iranian mobile number: {reason}"
    return InvalidPhoneNumber(message, value=value, reason=reason, field=name)


# The longest whole number that could spell a mobile number: 98 and ten digits.
_LONGEST_NUMBER = 10**12


def _int_text(value: int) -> str:
    """The digits of a whole number that may be a mobile number; "" for one far too long to be one
    (``str()`` of a number above 4,300 digits raises)."""
    return str(value) if -_LONGEST_NUMBER < value < _LONGEST_NUMBER else ""


def _not_text(value: object) -> str:
    """Why ``value`` cannot be read at all, or "" when it is text or a whole number that may be a number."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return f"expected text, got {type(value).__name__}"
    if isinstance(value, int) and not _int_text(value):
        return "it has more digits than a mobile number"
    return ""


def _parse(value: object) -> tuple[str, str]:
    """``(number, "")`` for a mobile number, or ``("", reason)`` for anything else; never raises."""
    if type(value) is not str:
        reason = _not_text(value)
        if reason:
            return "", reason
        value = str(value)
    return _read(_verdict(value))


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
    number, reason = _parse(value)
    if reason:
        raise _reject(value, field, reason)
    return number


@frozen
class Rejected:
    """An input that is not a mobile number, and why."""

    input: str
    reason: str

    @classmethod
    def of(cls, value: object, reason: str) -> Rejected:
        """The rejection of ``value`` as given: text as it is, anything else as a short description
        (``str()`` of some values fails, a 5,000-digit number for one)."""
        if isinstance(value, str):
            return cls(value, reason)
        digits = _int_text(value) if isinstance(value, int) and not isinstance(value, bool) else ""
        return cls(digits or shown(value), reason)


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


Parsed = tuple[str, str, str]
"""A piece of input, its number (or ""), and why it is not one (or "")."""


def _words(piece: str, reason: str) -> list[Parsed]:
    """A pasted piece that is not one number as a whole (for ``reason``), as numbers: word by word when
    some word is a number ("hello 0912..."), else the piece rejected whole."""
    words = piece.split()
    # Only words long enough to be a number are read: "+98 21 4649 6448" is one landline, not four rejects.
    if len(words) > 1 and max(map(len, words)) >= 10:
        parsed = [(word, *_read(verdict)) for word, verdict in zip(words, _verdicts(words), strict=True)]
        if any(number for _, number, _ in parsed):
            return parsed
    return [(piece, "", reason)]


def _pieces(text: str, reason: str) -> list[Parsed]:
    """The pieces of a pasted text that is not one number as a whole (for ``reason``), each read."""
    if not _LIST_SEPARATORS.search(text):
        pieces = [text.strip()]
        if pieces[0] == text:  # already read
            return _words(text, reason)
    else:
        pieces = [chunk.strip() for chunk in _LIST_SEPARATORS.split(text)]
    found: list[Parsed] = []
    for piece, verdict in zip(pieces, _verdicts(pieces), strict=True):
        if piece:  # an empty piece holds no number, and is no mistake either
            number, why = _read(verdict)
            found += _words(piece, why) if why else [(piece, number, "")]
    return found


def _not_a_text(item: object, verdict: str) -> Parsed:
    """An item that is not text, rejected: a whole number for its digits' ``verdict``, anything else for its type."""
    reason = _not_text(item)
    if reason:
        return (Rejected.of(item, reason).input, "", reason)
    return (_int_text(item), "", _reason(verdict))  # type: ignore[arg-type]


def normalize_mobiles(values: str | Iterable[str | int], *, split: bool = True) -> NormalizedMobiles:
    """Normalize a pasted list of numbers, keeping each number once and reporting what is not a number.

    ``values`` may be one pasted text or an iterable of texts; each text may hold several numbers
    separated by commas (``,`` or ``،``), semicolons, new lines or spaces. A piece such as
    ``"0912 123 4567"`` that is one number written with spaces stays one number. With
    ``split=False`` each text is one entry (a spreadsheet cell, say), accepted or rejected whole.

    Raises:
        InvalidArgumentError: ``values`` is neither text nor a list (or reading it failed), or ``split``
            is not a boolean. Entries that are not numbers are reported in ``rejected``, not raised.

    Example::

        >>> result = normalize_mobiles("09121234567، +98 935 123 4567\\nhello")
        >>> result.valid
        ['09121234567', '09351234567']
        >>> [r.input for r in result.rejected]
        ['hello']
    """
    if not isinstance(split, bool):
        raise InvalidArgumentError(
            f"split: expected True or False, got {shown(split)}", field="split", reason="not a boolean"
        )
    items: list[object] = [values] if isinstance(values, str) else _read_values(values)
    verdicts = _verdicts(_texts(items))
    is_number = list(map(str.isdigit, verdicts))
    # Most items are one number each, read above; only the others are looked at one by one.
    rejected: list[Rejected] = []
    found_in: dict[int, list[str]] = {}  # numbers found in items that are not one number as a whole
    index = -1
    for _ in range(is_number.count(False)):
        index = is_number.index(False, index + 1)
        item = items[index]
        if type(item) is str:
            if not split or not _SPLITS.search(item):  # the common case, kept short
                if item or not split:  # an empty cell of a pasted list is no mistake
                    rejected.append(Rejected(item, _reason(verdicts[index])))
                continue
            pieces = _pieces(item, _reason(verdicts[index]))
        else:
            pieces = [_not_a_text(item, verdicts[index])]
        numbers = []
        for piece, number, reason in pieces:
            if reason:
                rejected.append(Rejected(piece, reason))
            else:
                numbers.append(number)
        if numbers:
            found_in[index] = numbers
    found = _in_order(verdicts, is_number, found_in)
    valid = list(dict.fromkeys(found))  # the first of each number, in order
    return NormalizedMobiles(valid=valid, rejected=rejected, duplicates=len(found) - len(valid))


def _texts(items: list[object]) -> list[str]:
    """Each item as the text to read: text as it is, a whole number as its digits, anything else as ""
    (which no reading accepts; such an item is rejected for its type)."""
    if set(map(type, items)) <= {str}:
        return items  # type: ignore[return-value]
    return [
        item
        if isinstance(item, str)
        else _int_text(item)
        if isinstance(item, int) and not isinstance(item, bool)
        else ""
        for item in items
    ]


def _in_order(verdicts: list[str], is_number: list[bool], found_in: dict[int, list[str]]) -> list[str]:
    """Every number found, in input order: the items that are numbers, and at the place of each other
    item the numbers found in it."""
    if not found_in:
        return list(map("0".__add__, compress(verdicts, is_number)))
    found: list[str] = []
    done = 0
    for index, numbers in found_in.items():
        found += map("0".__add__, compress(verdicts[done:index], is_number[done:index]))
        found += numbers
        done = index + 1
    found += map("0".__add__, compress(verdicts[done:], is_number[done:]))
    return found


def _read_values(values: object) -> list[object]:
    """The items of a list of numbers, read now."""
    from ._arguments import read_all  # not at the top: _arguments imports this module

    return read_all(values, "values", expected="text or a list of numbers")


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
