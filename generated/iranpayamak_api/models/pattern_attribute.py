# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_attribute_type import PatternAttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatternAttribute")


@_attrs_define
class PatternAttribute:
    """A variable of a pattern as the pattern request object declares it.

    Attributes:
        name (str):
        length (int):
        type_ (PatternAttributeType | Unset): Type of a pattern variable as the pattern request object names it.
    """

    name: str
    length: int
    type_: PatternAttributeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        length = self.length

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "length": length,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _length = d.pop("length")
        length = int(_length)
        if isinstance(_length, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("length: a boolean where a number is declared")

        _type_ = d.pop("type", UNSET)
        type_: PatternAttributeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PatternAttributeType(_type_)

        pattern_attribute = cls(
            name=name,
            length=length,
            type_=type_,
        )

        pattern_attribute.additional_properties = d
        return pattern_attribute

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
