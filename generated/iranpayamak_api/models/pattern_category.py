# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from enum import IntEnum
from typing import Self


class PatternCategory(IntEnum):
    """What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.

    Values the service adds later are kept as they arrive instead of failing to parse.
    """

    OTP = 1
    CLUB = 2
    ORDER = 3
    OTHER = 255

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
