# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from enum import IntEnum
from typing import Self


class PersonGender(IntEnum):
    """1 men, 2 women, 3 other.

    Values the service adds later are kept as they arrive instead of failing to parse.
    """

    MEN = 1
    WOMEN = 2
    OTHER = 3

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        # Cached so that repeated lookups of the same new value return the same member.
        cls._value2member_map_[value] = member
        return member
