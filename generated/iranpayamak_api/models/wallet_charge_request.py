# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletChargeRequest")


@_attrs_define
class WalletChargeRequest:
    """Body of `charge_wallet`.

    Attributes:
        amount (int): Amount to add to the wallet.
        redirect_url (str | Unset): Where the payment gateway returns the user.
    """

    amount: int
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount")
        amount = int(_amount)
        if isinstance(_amount, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("amount: a boolean where a number is declared")

        redirect_url = d.pop("redirectUrl", UNSET)

        wallet_charge_request = cls(
            amount=amount,
            redirect_url=redirect_url,
        )

        wallet_charge_request.additional_properties = d
        return wallet_charge_request

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
