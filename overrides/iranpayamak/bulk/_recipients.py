"""Reading recipients: chunks of a lazy iterable, numbers checked up front, repeats of a stream dropped."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from .._arguments import each
from ..errors import InvalidPhoneNumber
from ..phone import Rejected, normalize_mobile

__all__ = ["NUMBERS", "SeenNumbers", "chunked", "is_collection", "mobiles_upfront"]

T = TypeVar("T")


def chunked(values: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` values, read lazily."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def mobiles_upfront(
    values: Iterable[str | int], field: str, *, skip_invalid: bool, invalid: list[Rejected]
) -> list[str]:
    """Every number normalized and checked, repeats dropped, before anything is sent."""
    numbers: dict[str, None] = {}
    for index, value in enumerate(each(values, field, expected=NUMBERS)):
        try:
            numbers[normalize_mobile(value, field=f"{field}[{index}]")] = None
        except InvalidPhoneNumber as error:
            if not skip_invalid:
                raise
            invalid.append(Rejected.of(value, error.reason))
    return list(numbers)


NUMBERS = "a list of numbers"


def is_collection(values: object) -> bool:
    return isinstance(values, Collection) and not isinstance(values, str | bytes)


class SeenNumbers:
    """The numbers a stream has yielded so far, to drop repeats without holding every one as a string.

    A set for the first 65,536 numbers; past that, one bit per possible number, in 8 KiB blocks of
    65,536 numbers allocated as numbers fall in them: about 1.2 MiB per prefix such as ``0912``
    however many numbers share it, and at most 120 MiB (every ``09xxxxxxxxx`` at once).
    """

    _SET_LIMIT = 1 << 16

    def __init__(self) -> None:
        self._set: set[int] | None = set()
        self._blocks: dict[int, bytearray] = {}

    def add(self, number: str) -> bool:
        """Remember ``number`` (normalized); whether it was new."""
        key = int(number)
        if self._set is not None:
            if key in self._set:
                return False
            self._set.add(key)
            if len(self._set) > self._SET_LIMIT:
                for known in self._set:
                    self._mark(known)
                self._set = None
            return True
        return self._mark(key)

    def _mark(self, key: int) -> bool:
        blocks, index = self._blocks, key >> 16  # blocks of 65,536 numbers, 8 KiB each
        block = blocks.get(index)
        if block is None:
            block = blocks[index] = bytearray(8192)
        offset = key & 0xFFFF
        byte, bit = offset >> 3, 1 << (offset & 7)
        if block[byte] & bit:
            return False
        block[byte] |= bit
        return True
