# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_gender import PersonGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCeo")


@_attrs_define
class AccountCeo:
    """The CEO of a company account.

    Attributes:
        has_ceo (bool | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        father_name (str | Unset):
        gender (PersonGender | Unset): 1 men, 2 women, 3 other.
        br_date (int | Unset): Birth date, Unix time in seconds.
        mobile (str | Unset): An Iranian mobile number in the local 11-digit form with Latin digits.
        national_id (str | Unset):
        national_code (str | Unset):
    """

    has_ceo: bool | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    father_name: str | Unset = UNSET
    gender: PersonGender | Unset = UNSET
    br_date: int | Unset = UNSET
    mobile: str | Unset = UNSET
    national_id: str | Unset = UNSET
    national_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_ceo = self.has_ceo

        first_name = self.first_name

        last_name = self.last_name

        father_name = self.father_name

        gender: int | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        br_date = self.br_date

        mobile = self.mobile

        national_id = self.national_id

        national_code = self.national_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_ceo is not UNSET:
            field_dict["has_ceo"] = has_ceo
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if father_name is not UNSET:
            field_dict["father_name"] = father_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if br_date is not UNSET:
            field_dict["br_date"] = br_date
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if national_code is not UNSET:
            field_dict["national_code"] = national_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_ceo = d.pop("has_ceo", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        father_name = d.pop("father_name", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: PersonGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = PersonGender(_gender)

        _br_date = d.pop("br_date", UNSET)
        br_date: int | Unset
        if isinstance(_br_date, Unset) or _br_date is None:
            br_date = UNSET
        else:
            br_date = int(_br_date)
        if isinstance(_br_date, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("br_date: a boolean where a number is declared")

        mobile = d.pop("mobile", UNSET)

        national_id = d.pop("national_id", UNSET)

        national_code = d.pop("national_code", UNSET)

        account_ceo = cls(
            has_ceo=has_ceo,
            first_name=first_name,
            last_name=last_name,
            father_name=father_name,
            gender=gender,
            br_date=br_date,
            mobile=mobile,
            national_id=national_id,
            national_code=national_code,
        )

        account_ceo.additional_properties = d
        return account_ceo

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
