# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_detail import BalanceDetail


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """The account balance. The page requires all three fields; none is required here, because public
    client code reads the amounts in snake_case (`balance_amount`), and a body spelled that way must
    still parse. Its fields are kept as received.

        Attributes:
            balance_amount (int | Unset): Total balance. No unit is stated; toman is inferred from each part's `amount`.
            balance_count (int | Unset): Number of messages the balance buys.
            details (list[BalanceDetail] | Unset):
    """

    balance_amount: int | Unset = UNSET
    balance_count: int | Unset = UNSET
    details: list[BalanceDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_amount = self.balance_amount

        balance_count = self.balance_count

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_amount is not UNSET:
            field_dict["balanceAmount"] = balance_amount
        if balance_count is not UNSET:
            field_dict["balanceCount"] = balance_count
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_detail import BalanceDetail

        d = dict(src_dict)
        _balance_amount = d.pop("balanceAmount", UNSET)
        balance_amount: int | Unset
        if isinstance(_balance_amount, Unset) or _balance_amount is None:
            balance_amount = UNSET
        else:
            balance_amount = int(_balance_amount)
        if isinstance(_balance_amount, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("balance_amount: a boolean where a number is declared")

        _balance_count = d.pop("balanceCount", UNSET)
        balance_count: int | Unset
        if isinstance(_balance_count, Unset) or _balance_count is None:
            balance_count = UNSET
        else:
            balance_count = int(_balance_count)
        if isinstance(_balance_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("balance_count: a boolean where a number is declared")

        _details = d.pop("details", UNSET)
        details: list[BalanceDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = BalanceDetail.from_dict(details_item_data)

                details.append(details_item)

        balance = cls(
            balance_amount=balance_amount,
            balance_count=balance_count,
            details=details,
        )

        balance.additional_properties = d
        return balance

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
