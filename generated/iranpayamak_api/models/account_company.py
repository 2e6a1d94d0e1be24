# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCompany")


@_attrs_define
class AccountCompany:
    """The company record of a company account.

    Attributes:
        name (str | Unset):
        national_id (str | Unset):
        registration_id (str | Unset):
        economic_id (str | Unset):
        province_id (int | Unset):
        city_id (int | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        fixed_phone (str | Unset):
        email (str | Unset):
    """

    name: str | Unset = UNSET
    national_id: str | Unset = UNSET
    registration_id: str | Unset = UNSET
    economic_id: str | Unset = UNSET
    province_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    fixed_phone: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        national_id = self.national_id

        registration_id = self.registration_id

        economic_id = self.economic_id

        province_id = self.province_id

        city_id = self.city_id

        address = self.address

        postal_code = self.postal_code

        fixed_phone = self.fixed_phone

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if registration_id is not UNSET:
            field_dict["registration_id"] = registration_id
        if economic_id is not UNSET:
            field_dict["economic_id"] = economic_id
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if address is not UNSET:
            field_dict["address"] = address
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if fixed_phone is not UNSET:
            field_dict["fixed_phone"] = fixed_phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        national_id = d.pop("national_id", UNSET)

        registration_id = d.pop("registration_id", UNSET)

        economic_id = d.pop("economic_id", UNSET)

        _province_id = d.pop("province_id", UNSET)
        province_id: int | Unset
        if isinstance(_province_id, Unset) or _province_id is None:
            province_id = UNSET
        else:
            province_id = int(_province_id)
        if isinstance(_province_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("province_id: a boolean where a number is declared")

        _city_id = d.pop("city_id", UNSET)
        city_id: int | Unset
        if isinstance(_city_id, Unset) or _city_id is None:
            city_id = UNSET
        else:
            city_id = int(_city_id)
        if isinstance(_city_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("city_id: a boolean where a number is declared")

        address = d.pop("address", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        fixed_phone = d.pop("fixed_phone", UNSET)

        email = d.pop("email", UNSET)

        account_company = cls(
            name=name,
            national_id=national_id,
            registration_id=registration_id,
            economic_id=economic_id,
            province_id=province_id,
            city_id=city_id,
            address=address,
            postal_code=postal_code,
            fixed_phone=fixed_phone,
            email=email,
        )

        account_company.additional_properties = d
        return account_company

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
