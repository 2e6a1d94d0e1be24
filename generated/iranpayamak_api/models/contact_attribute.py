# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType

T = TypeVar("T", bound="ContactAttribute")


@_attrs_define
class ContactAttribute:
    """A custom attribute of a contact with its value.

    Attributes:
        id (int):
        title (str):
        type_ (AttributeType): Type of a custom contact attribute.
        code (str):
        value (float | None | str):
    """

    id: int
    title: str
    type_: AttributeType
    code: str
    value: float | str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        code = self.code

        value: float | str | None
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
                "code": code,
                "value": value,
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

        title = d.pop("title")

        type_ = AttributeType(d.pop("type"))

        code = d.pop("code")

        def _parse_value(data: object) -> float | str | None:
            if data is None:
                return data
            try:
                if not (
                    (isinstance(data, int | float) and not isinstance(data, bool))
                    or (
                        isinstance(data, str)
                        and data.isascii()
                        and data.lstrip("+-").replace(".", "", 1).isdigit()
                        and len(data) <= 60
                    )
                ):
                    raise TypeError()
                _value_type_1 = data
                value_type_1 = float(_value_type_1)
                if isinstance(_value_type_1, bool):
                    # float(True) is 1: a boolean where a number is promised is not a number the service meant.
                    raise TypeError("value_type_1: a boolean where a number is declared")

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | str, data)

        value = _parse_value(d.pop("value"))

        contact_attribute = cls(
            id=id,
            title=title,
            type_=type_,
            code=code,
            value=value,
        )

        contact_attribute.additional_properties = d
        return contact_attribute

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
