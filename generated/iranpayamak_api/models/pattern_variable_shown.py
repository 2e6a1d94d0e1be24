# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatternVariableShown")


@_attrs_define
class PatternVariableShown:
    """A variable of a pattern as `get_pattern` and `list_patterns` show it. Inferred: shaped like the
    variables `create_pattern` declares, but no field is required and `type` is any text (the values
    of `PatternVariableType` when the service answers with those).

        Attributes:
            var (str | Unset): The name used as `%name%` in the text.
            type_ (str | Unset): The kind of value.
            length (int | Unset): Maximum length of the value.
    """

    var: str | Unset = UNSET
    type_: str | Unset = UNSET
    length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        var = self.var

        type_ = self.type_

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if var is not UNSET:
            field_dict["var"] = var
        if type_ is not UNSET:
            field_dict["type"] = type_
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        var = d.pop("var", UNSET)

        type_ = d.pop("type", UNSET)

        _length = d.pop("length", UNSET)
        length: int | Unset
        if isinstance(_length, Unset) or _length is None:
            length = UNSET
        else:
            length = int(_length)
        if isinstance(_length, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("length: a boolean where a number is declared")

        pattern_variable_shown = cls(
            var=var,
            type_=type_,
            length=length,
        )

        pattern_variable_shown.additional_properties = d
        return pattern_variable_shown

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
