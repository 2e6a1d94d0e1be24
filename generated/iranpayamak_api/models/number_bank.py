# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberBank")


@_attrs_define
class NumberBank:
    """A number bank - a ready-made list of numbers by trade and region. Inferred: no page shows one,
    so no field is required (not even `id`) and fields under other names are kept as received.

        Attributes:
            id (int | Unset):
            title (str | Unset):
            records (int | Unset): Number of numbers in the bank.
            province_id (int | Unset):
            city_id (int | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    records: int | Unset = UNSET
    province_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        records = self.records

        province_id = self.province_id

        city_id = self.city_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if records is not UNSET:
            field_dict["records"] = records
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset) or _id is None:
            id = UNSET
        else:
            id = int(_id)
        if isinstance(_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("id: a boolean where a number is declared")

        title = d.pop("title", UNSET)

        _records = d.pop("records", UNSET)
        records: int | Unset
        if isinstance(_records, Unset) or _records is None:
            records = UNSET
        else:
            records = int(_records)
        if isinstance(_records, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("records: a boolean where a number is declared")

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

        number_bank = cls(
            id=id,
            title=title,
            records=records,
            province_id=province_id,
            city_id=city_id,
        )

        number_bank.additional_properties = d
        return number_bank

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
