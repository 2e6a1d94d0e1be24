# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Line")


@_attrs_define
class Line:
    """A sender line. Public clients find its number under `line_number` or `number`.

    Attributes:
        id (int | Unset):
        line_number (str | Unset):
        number (str | Unset):
        title (str | Unset):
        is_dedicated (bool | Unset):
    """

    id: int | Unset = UNSET
    line_number: str | Unset = UNSET
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    is_dedicated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_number = self.line_number

        number = self.number

        title = self.title

        is_dedicated = self.is_dedicated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if is_dedicated is not UNSET:
            field_dict["is_dedicated"] = is_dedicated

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

        line_number = d.pop("line_number", UNSET)

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        is_dedicated = d.pop("is_dedicated", UNSET)

        line = cls(
            id=id,
            line_number=line_number,
            number=number,
            title=title,
            is_dedicated=is_dedicated,
        )

        line.additional_properties = d
        return line

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
