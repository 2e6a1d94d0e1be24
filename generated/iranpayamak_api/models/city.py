# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="City")


@_attrs_define
class City:
    """A city. Inferred: no page shows one, so no field is required (not even `id`) and fields under
    other names are kept as received.

        Attributes:
            id (int | Unset):
            title (str | Unset):
            province_id (int | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    province_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        province_id = self.province_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if province_id is not UNSET:
            field_dict["province_id"] = province_id

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

        _province_id = d.pop("province_id", UNSET)
        province_id: int | Unset
        if isinstance(_province_id, Unset) or _province_id is None:
            province_id = UNSET
        else:
            province_id = int(_province_id)
        if isinstance(_province_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("province_id: a boolean where a number is declared")

        city = cls(
            id=id,
            title=title,
            province_id=province_id,
        )

        city.additional_properties = d
        return city

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
