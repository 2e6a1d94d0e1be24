# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BalanceDetail")


@_attrs_define
class BalanceDetail:
    """The part of the balance bought at one tariff.

    Attributes:
        count (int): Number of messages this part buys.
        rate (int): The tariff: the price of one message. The page states no unit; toman is inferred (count times
            rate is the amount in its example).
        amount (int): Balance of this part, in toman (the page says so).
    """

    count: int
    rate: int
    amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        rate = self.rate

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "rate": rate,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _count = d.pop("count")
        count = int(_count)
        if isinstance(_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("count: a boolean where a number is declared")

        _rate = d.pop("rate")
        rate = int(_rate)
        if isinstance(_rate, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("rate: a boolean where a number is declared")

        _amount = d.pop("amount")
        amount = int(_amount)
        if isinstance(_amount, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("amount: a boolean where a number is declared")

        balance_detail = cls(
            count=count,
            rate=rate,
            amount=amount,
        )

        balance_detail.additional_properties = d
        return balance_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
