# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from enum import IntEnum
from typing import Self


class Flag(IntEnum):
    """A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer form for
    the service's validation (one page's example sends '1').


        Values the service adds later are kept as they arrive instead of failing to parse.
    """

    VALUE_0 = 0
    VALUE_1 = 1

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
