# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonebookRequest")


@_attrs_define
class PhonebookRequest:
    """Body of `create_phonebook` and `update_phonebook`.

    Attributes:
        title (str):
        attributes (list[int] | None | Unset): Ids of the custom attributes the phonebook's contacts carry.
    """

    title: str
    attributes: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        attributes: list[int] | Unset | None
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = self.attributes

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_attributes(data: object) -> list[int] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    _attributes_type_0_item = attributes_type_0_item_data
                    attributes_type_0_item = int(_attributes_type_0_item)
                    if isinstance(_attributes_type_0_item, bool):
                        # int(True) is 1: a boolean where a number is promised is not a number the service meant.
                        raise TypeError("attributes_type_0_item: a boolean where a number is declared")

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        phonebook_request = cls(
            title=title,
            attributes=attributes,
        )

        phonebook_request.additional_properties = d
        return phonebook_request

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
