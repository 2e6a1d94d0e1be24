# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhonebookSlice")


@_attrs_define
class PhonebookSlice:
    """A range of a phonebook's contacts - `limit` contacts starting at `offset`.

    Attributes:
        id (int): Id of the phonebook.
        offset (int):
        limit (int):
    """

    id: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id")
        id = int(_id)
        if isinstance(_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("id: a boolean where a number is declared")

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

        phonebook_slice = cls(
            id=id,
            offset=offset,
            limit=limit,
        )

        phonebook_slice.additional_properties = d
        return phonebook_slice

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
