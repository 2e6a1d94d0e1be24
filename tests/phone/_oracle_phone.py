"""THE PREVIOUS IMPLEMENTATION of ``iranpayamak.phone``, frozen here as a test oracle; not shipped.

This is ``overrides/iranpayamak/phone.py`` as it was before the single classifier (commit 8c2ddc0):
a batched fast path and a step-by-step parse for reasons, stitched together by index. Left out, as
they did not change: the operator table, and the two result records (imported from the package).
The differential tests (``test_against_the_oracle.py``) check that the new classifier gives every
input the same verdict and the exact same reason as this code did.
Do not edit it to make a test pass: a difference is either a bug in the new code or a change of
behaviour that must be decided on its own, and then this oracle is what the change is measured from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from iranpayamak._display import shown
from iranpayamak.errors import InvalidArgumentError, InvalidPhoneNumber
from iranpayamak.phone import NormalizedMobiles, Rejected

__all__ = ["NormalizedMobiles", "Rejected", "normalize_mobile", "normalize_mobiles"]

# Persian (U+06F0-U+06F9) and Arabic-Indic (U+0660-U+0669) digits to ASCII.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
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

# Characters that only format a number: the above, and separators people type between digit groups.
_FORMATTING = _INVISIBLE_CHARS + "-.()"
# One translate() deletes the formatting characters and turns every digit into ASCII. ASCII characters
# map to themselves explicitly: in text that is not all ASCII, translate() treats a character missing
# from the table as a failed lookup, which costs about as much as a replacement.
_CLEAN = str.maketrans(
    {
        **{code: chr(code) for code in range(128)},
        **{ord(char): None for char in _FORMATTING},
        **{k: chr(v) for k, v in _DIGITS.items()},
    }
)

# The fast path, for the common case of a valid number: one translate() and one match read the number.
# Anything it does not accept takes the step-by-step path below, which accepts the same numbers and says
# why it rejects the rest.
_VALID = re.compile(r"(?:\+98|0098|98(?=[0-9]{10}\Z))?0?(9[0-9]{9})\Z")


_MAY_HIDE_A_SIGN = frozenset(_INVISIBLE_CHARS + "-.")


def _starts_with_a_sign(text: str) -> bool:
    """Whether a minus or a dot leads ``text``: translate() drops both, but there they are not formatting."""
    return text[:1] in _MAY_HIDE_A_SIGN and text.lstrip(_INVISIBLE_CHARS)[:1] in ("-", ".")


def _read_cleaned(text: str, cleaned: str) -> str | None:
    """The number in ``text`` given its cleaned form, or None to take the step-by-step path."""
    match = _VALID.match(cleaned)
    if match is None:
        return None
    if _starts_with_a_sign(text):
        return None
    return "0" + match.group(1)


def _fast_normalize(text: str) -> str | None:
    """The ``09xxxxxxxxx`` form of a plainly valid number, or None to take the step-by-step path."""
    return _read_cleaned(text, text.translate(_CLEAN))


# One match per NUL-terminated record of a joined, cleaned batch: group 1 is the national number when the
# record is plainly one, and empty otherwise (the second branch consumes any other record).
_RECORDS = re.compile(r"(?:(?:\+98|0098|98(?=[0-9]{10}\x00))?0?(9[0-9]{9})(?=\x00)|[^\x00]*)\x00")


def _nationals(texts: list[str]) -> list[str]:
    """For each text, the national number (``9xxxxxxxxx``) its fast reading finds, or ``""``.

    The whole batch is cleaned with one translate() per kind of text and read with one findall(): the
    per-call cost of doing it text by text is most of the time for a single number. ASCII-only texts
    (most cells) are joined apart from the others so that translate() keeps its fast path for ASCII
    text. A leading sign or dot is not checked here.
    """
    plain = [text.isascii() for text in texts]
    found = {
        kind: iter(_read_together([t for t, p in zip(texts, plain, strict=True) if p is kind]))
        for kind in (True, False)
    }
    return [next(found[kind]) for kind in plain]


def _read_together(texts: list[str]) -> list[str]:
    joined = "\x00".join(texts) + "\x00"
    if joined.count("\x00") != len(texts):  # a NUL inside a text: read them one by one instead
        return [_national(text) for text in texts]
    return _RECORDS.findall(joined.translate(_CLEAN))


def _national(text: str) -> str:
    match = _VALID.match(text.translate(_CLEAN))
    return match.group(1) if match else ""


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


def _parse(value: object) -> tuple[str, str]:
    """``(number, "")`` for a mobile number, or ``("", reason)`` for anything else; never raises."""
    if isinstance(value, str):
        number = _fast_normalize(value)
        if number is not None:
            return number, ""
    return _parse_step_by_step(value)


def _parse_step_by_step(value: object) -> tuple[str, str]:
    """:func:`_parse` without the fast path: slower, and it says why a value is not a number."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return "", f"expected text, got {type(value).__name__}"
    if isinstance(value, int) and not _int_text(value):
        return "", "it has more digits than a mobile number"
    given = str(value)
    if _starts_with_a_sign(given):
        return "", "it starts with a sign or a dot"
    text = given.translate(_CLEAN)  # digits to ASCII, formatting characters dropped
    if not text:
        return "", "it is empty"
    digits = text[1:] if text.startswith("+") else text
    if not digits.isascii() or not digits.isdigit():
        return "", "it contains characters other than digits"
    if text.startswith("+"):
        if not digits.startswith("98"):
            return "", "the country code is not +98 (Iran)"
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
        return "", "mobile numbers start with 09"
    if len(national) != 10:
        return "", f"it has {len(national) + 1} digits in the 09 form; mobile numbers have 11"
    return "0" + national, ""


def normalize_mobile(value: str | int, *, field: str | None = None) -> str:
    """The old ``normalize_mobile``."""
    number, reason = _parse(value)
    if reason:
        raise _reject(value, field, reason)
    return number


# Rejected and NormalizedMobiles are records, not parsing: the oracle fills the package's own.


Parsed = tuple[str, str, str]
"""A piece of input, its number (or ""), and why it is not one (or "")."""


def _candidates(chunk: str, *, whole_failed: bool = False) -> list[Parsed]:
    """One pasted piece as numbers: whole if it is one number with spaces in it, else word by word when
    some word is a number ("hello 0912..."); a piece with no number in it is rejected whole."""
    piece = chunk.strip()
    if not piece:
        return []
    number, reason = _parse_step_by_step(piece) if whole_failed else _parse(piece)
    if not reason:
        return [(piece, number, "")]
    # Only words long enough to be a number are tried: "+98 21 4649 6448" is one landline, not four rejects.
    words = piece.split()
    found = [_fast_normalize(word) if len(word) >= 10 else None for word in words] if len(words) > 1 else [None]
    if not any(found):
        return [(piece, "", reason)]
    return [
        (word, number, "") if number else (word, *_parse_step_by_step(word))
        for word, number in zip(words, found, strict=True)
    ]


def _pieces(item: str | int, split: bool) -> list[Parsed]:
    """The pieces of an item whose fast reading failed, each parsed."""
    if not split or not isinstance(item, str) or not _SPLITS.search(item):
        if split and item == "":
            return []  # an empty cell of a pasted list holds no number, and is no mistake either
        # One piece: what the splitting below would make of it, without its cost.
        shown_item = item if isinstance(item, str) else _int_text(item) or shown(item)
        return [(shown_item, *_parse_step_by_step(item))]
    chunks = _LIST_SEPARATORS.split(item)
    if len(chunks) == 1:
        return _candidates(chunks[0], whole_failed=chunks[0] == chunks[0].strip())
    return [parsed for chunk in chunks for parsed in _candidates(chunk)]


def normalize_mobiles(values: str | Iterable[str | int], *, split: bool = True) -> NormalizedMobiles:
    """The old ``normalize_mobiles``."""
    if not isinstance(split, bool):
        raise InvalidArgumentError(
            f"split: expected True or False, got {shown(split)}", field="split", reason="not a boolean"
        )
    items = [values] if isinstance(values, str) else _read_values(values)
    # Anything but text or a whole number is read as "", which no reading accepts; it is rejected below.
    texts = [
        item
        if isinstance(item, str)
        else _int_text(item)
        if isinstance(item, int) and not isinstance(item, bool)
        else ""
        for item in items
    ]
    nationals = _nationals(texts)
    # Most inputs are plainly one number and need nothing more; only the others are looked at one by one.
    others = [
        index
        for index, (national, text) in enumerate(zip(nationals, texts, strict=True))
        if not national or text[:1] in _MAY_HIDE_A_SIGN
    ]
    found: list[str] = []
    rejected: list[Rejected] = []
    done = 0
    for index in others:
        found += ["0" + national for national in nationals[done:index]]
        done = index + 1
        item, national = items[index], nationals[index]
        if isinstance(item, bool) or not isinstance(item, str | int):
            rejected.append(Rejected.of(item, f"expected text, got {type(item).__name__}"))
        elif national and not _starts_with_a_sign(texts[index]):
            found.append("0" + national)
        else:
            for piece, number, reason in _pieces(item, split):
                if reason:
                    rejected.append(Rejected(piece, reason))
                else:
                    found.append(number)
    found += ["0" + national for national in nationals[done:]]
    valid = list(dict.fromkeys(found))  # the first of each number, in order
    return NormalizedMobiles(valid=valid, rejected=rejected, duplicates=len(found) - len(valid))


def _read_values(values: object) -> list[object]:
    """The items of a list of numbers, read now."""
    from iranpayamak._arguments import read_all

    return read_all(values, "values", expected="text or a list of numbers")
