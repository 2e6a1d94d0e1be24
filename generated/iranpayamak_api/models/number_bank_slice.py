# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NumberBankSlice")


@_attrs_define
class NumberBankSlice:
    """A range of a number bank - `limit` numbers starting at `offset`.

    Attributes:
        bank_id (int):
        offset (int):
        limit (int):
    """

    bank_id: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_id = self.bank_id

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_id": bank_id,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bank_id = d.pop("bank_id")
        bank_id = int(_bank_id)
        if isinstance(_bank_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("bank_id: a boolean where a number is declared")

        _offset = d.pop("offset")
        offset = int(_offset)
        if isinstance(_offset, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("offset: a boolean where a number is declared")

        _limit = d.pop("limit")
        limit = int(_limit)
        if isinstance(_limit, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("limit: a boolean where a number is declared")

        number_bank_slice = cls(
            bank_id=bank_id,
            offset=offset,
            limit=limit,
        )

        number_bank_slice.additional_properties = d
        return number_bank_slice

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
