# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_gender import PersonGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ceo import AccountCeo
    from ..models.account_company import AccountCompany


T = TypeVar("T", bound="AccountUpdateRequest")


@_attrs_define
class AccountUpdateRequest:
    """Body of `update_account`; every field is optional.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        father_name (str | Unset):
        gender (PersonGender | Unset): 1 men, 2 women, 3 other.
        national_code (str | Unset):
        national_id (str | Unset):
        br_date (int | Unset): Birth date, Unix time in seconds.
        live_province_id (int | Unset):
        live_city_id (int | Unset):
        live_postal_code (str | Unset):
        fixed_phone (str | Unset):
        mobile (str | Unset): An Iranian mobile number in the local 11-digit form with Latin digits.
        email (str | Unset):
        address (str | Unset):
        ceo (AccountCeo | Unset): The CEO of a company account.
        company (AccountCompany | Unset): The company record of a company account.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    father_name: str | Unset = UNSET
    gender: PersonGender | Unset = UNSET
    national_code: str | Unset = UNSET
    national_id: str | Unset = UNSET
    br_date: int | Unset = UNSET
    live_province_id: int | Unset = UNSET
    live_city_id: int | Unset = UNSET
    live_postal_code: str | Unset = UNSET
    fixed_phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    ceo: AccountCeo | Unset = UNSET
    company: AccountCompany | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        father_name = self.father_name

        gender: int | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        national_code = self.national_code

        national_id = self.national_id

        br_date = self.br_date

        live_province_id = self.live_province_id

        live_city_id = self.live_city_id

        live_postal_code = self.live_postal_code

        fixed_phone = self.fixed_phone

        mobile = self.mobile

        email = self.email

        address = self.address

        ceo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ceo, Unset):
            ceo = self.ceo.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if father_name is not UNSET:
            field_dict["father_name"] = father_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if national_code is not UNSET:
            field_dict["national_code"] = national_code
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if br_date is not UNSET:
            field_dict["br_date"] = br_date
        if live_province_id is not UNSET:
            field_dict["live_province_id"] = live_province_id
        if live_city_id is not UNSET:
            field_dict["live_city_id"] = live_city_id
        if live_postal_code is not UNSET:
            field_dict["live_postal_code"] = live_postal_code
        if fixed_phone is not UNSET:
            field_dict["fixed_phone"] = fixed_phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if ceo is not UNSET:
            field_dict["ceo"] = ceo
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ceo import AccountCeo
        from ..models.account_company import AccountCompany

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        father_name = d.pop("father_name", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: PersonGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = PersonGender(_gender)

        national_code = d.pop("national_code", UNSET)

        national_id = d.pop("national_id", UNSET)

        _br_date = d.pop("br_date", UNSET)
        br_date: int | Unset
        if isinstance(_br_date, Unset) or _br_date is None:
            br_date = UNSET
        else:
            br_date = int(_br_date)
        if isinstance(_br_date, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("br_date: a boolean where a number is declared")

        _live_province_id = d.pop("live_province_id", UNSET)
        live_province_id: int | Unset
        if isinstance(_live_province_id, Unset) or _live_province_id is None:
            live_province_id = UNSET
        else:
            live_province_id = int(_live_province_id)
        if isinstance(_live_province_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("live_province_id: a boolean where a number is declared")

        _live_city_id = d.pop("live_city_id", UNSET)
        live_city_id: int | Unset
        if isinstance(_live_city_id, Unset) or _live_city_id is None:
            live_city_id = UNSET
        else:
            live_city_id = int(_live_city_id)
        if isinstance(_live_city_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("live_city_id: a boolean where a number is declared")

        live_postal_code = d.pop("live_postal_code", UNSET)

        fixed_phone = d.pop("fixed_phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        email = d.pop("email", UNSET)

        address = d.pop("address", UNSET)

        _ceo = d.pop("ceo", UNSET)
        ceo: AccountCeo | Unset
        if isinstance(_ceo, Unset):
            ceo = UNSET
        else:
            ceo = AccountCeo.from_dict(_ceo)

        _company = d.pop("company", UNSET)
        company: AccountCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = AccountCompany.from_dict(_company)

        account_update_request = cls(
            first_name=first_name,
            last_name=last_name,
            father_name=father_name,
            gender=gender,
            national_code=national_code,
            national_id=national_id,
            br_date=br_date,
            live_province_id=live_province_id,
            live_city_id=live_city_id,
            live_postal_code=live_postal_code,
            fixed_phone=fixed_phone,
            mobile=mobile,
            email=email,
            address=address,
            ceo=ceo,
            company=company,
        )

        account_update_request.additional_properties = d
        return account_update_request

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
