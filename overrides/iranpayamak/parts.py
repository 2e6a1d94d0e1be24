"""How many SMS parts a text takes, and in which encoding: what a message is billed as.

A text that only uses the GSM 03.38 alphabet goes as GSM-7: 160 characters in one part, 153 in each
part of a longer one (the rest of each part holds the header that joins them), the characters of the
extension table (``^ { } [ ] ~ \\ | €`` and form feed) counting two each. Any other character (every
Persian letter, Persian digits, most emoji) makes the whole text UCS-2: 70 characters in one part, 67
in each part of a longer one, a character outside the Basic Multilingual Plane (most emoji) counting
two, as UTF-16 writes it.

Example::

    >>> message_parts("کد ورود شما: 482913")
    MessageParts(parts=1, encoding='ucs2', characters=19, per_part=70)
    >>> message_parts("x" * 161).parts
    2
"""

from __future__ import annotations

from typing import Literal

from attrs import frozen

__all__ = ["GSM7_BASIC", "GSM7_EXTENSION", "MessageParts", "as_delivered", "message_parts"]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The GSM 03.38 default alphabet: one septet each."""

GSM7_EXTENSION = frozenset("\f^{}\\[]~|€")
"""The GSM 03.38 extension table: an escape and the character, so two septets each."""

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# (one part, each part of several) per encoding.
_SIZES: dict[str, tuple[int, int]] = {"gsm7": (160, 153), "ucs2": (70, 67)}


@frozen
class MessageParts:
    """What one message with a text is billed as.

    Attributes:
        parts: How many SMS parts it takes (1 for an empty text).
        encoding: ``"gsm7"`` or ``"ucs2"``.
        characters: Its length as the encoding counts it: septets for GSM-7 (extension characters
            count two), UTF-16 code units for UCS-2 (characters outside the BMP count two).
        per_part: How many of those fit in each of its parts: 160 or 153, 70 or 67.
    """

    parts: int
    encoding: Literal["gsm7", "ucs2"]
    characters: int
    per_part: int


def _gsm7_length(text: str) -> int | None:
    """The septets ``text`` takes in GSM-7, or None when a character is not in the alphabet."""
    length = 0
    for char in text:
        if char in GSM7_BASIC:
            length += 1
        elif char in GSM7_EXTENSION:
            length += 2
        else:
            return None
    return length


def message_parts(text: str) -> MessageParts:
    """The parts, encoding and length of one message with ``text`` (see the module's documentation).

    Example::

        >>> message_parts("سلام").encoding
        'ucs2'
        >>> message_parts("{" * 80)   # extension characters count two
        MessageParts(parts=1, encoding='gsm7', characters=160, per_part=160)
    """
    if not isinstance(text, str):
        raise TypeError(f"message_parts() takes text, got {type(text).__name__}")
    septets = _gsm7_length(text)
    if septets is not None:
        encoding: Literal["gsm7", "ucs2"] = "gsm7"
        length = septets
    else:
        encoding = "ucs2"
        length = sum(2 if ord(char) > 0xFFFF else 1 for char in text)
    single, multi = _SIZES[encoding]
    if length <= single:
        return MessageParts(parts=1, encoding=encoding, characters=length, per_part=single)
    # A part never ends half-way through a character: an extension character's escape and septet,
    # or a surrogate pair, go together into the next part when only one unit is left.
    return MessageParts(parts=_split(text, encoding, multi), encoding=encoding, characters=length, per_part=multi)


def _split(text: str, encoding: str, per_part: int) -> int:
    parts, used = 1, 0
    for char in text:
        width = 2 if (char in GSM7_EXTENSION if encoding == "gsm7" else ord(char) > 0xFFFF) else 1
        if used + width > per_part:
            parts, used = parts + 1, 0
        used += width
    return parts


def as_delivered(text: str, number_format: str = "english") -> str:
    """``text`` as the recipient gets it: with ``number_format="persian"`` the service writes digits as
    Persian digits, which makes a Latin text UCS-2 (and so more parts)."""
    return text.translate(_PERSIAN_DIGITS) if number_format == "persian" else text
