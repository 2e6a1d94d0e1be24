# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VariableRecipient")


@_attrs_define
class VariableRecipient:
    """One recipient of a variable send - the mobile plus one string value per `%variable%` of the text.

    Attributes:
        mobile (str): An Iranian mobile number in the local 11-digit form with Latin digits.
    """

    mobile: str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        variable_recipient = cls(
            mobile=mobile,
        )

        variable_recipient.additional_properties = d
        return variable_recipient

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
