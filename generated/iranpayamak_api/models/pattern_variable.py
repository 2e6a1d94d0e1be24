# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_variable_type import PatternVariableType

T = TypeVar("T", bound="PatternVariable")


@_attrs_define
class PatternVariable:
    """A variable of a pattern as `create_pattern` declares it.

    Attributes:
        var (str): The name used as `%name%` in the text. The create page gives it no pattern; the one here is
            borrowed from the variable names of the pattern request object (`attributes[].name`), assumed
            to follow the same rule.
        type_ (PatternVariableType): Type of a pattern variable as `create_pattern` names it.
        length (int): Maximum length of the value.
    """

    var: str
    type_: PatternVariableType
    length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        var = self.var

        type_ = self.type_.value

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "var": var,
                "type": type_,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        var = d.pop("var")

        type_ = PatternVariableType(d.pop("type"))

        _length = d.pop("length")
        length = int(_length)
        if isinstance(_length, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("length: a boolean where a number is declared")

        pattern_variable = cls(
            var=var,
            type_=type_,
            length=length,
        )

        pattern_variable.additional_properties = d
        return pattern_variable

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
