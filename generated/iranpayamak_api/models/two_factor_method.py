# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from enum import StrEnum
from typing import Self


class TwoFactorMethod(StrEnum):
    """Second sign-in factor - a code by SMS, or an authenticator app (`ga`).

    Values the service adds later are kept as they arrive instead of failing to parse.
    """

    GA = "ga"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        # Cached so that repeated lookups of the same new value return the same member.
        cls._value2member_map_[value] = member
        return member
