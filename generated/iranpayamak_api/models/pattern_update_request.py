# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_attribute import PatternAttribute


T = TypeVar("T", bound="PatternUpdateRequest")


@_attrs_define
class PatternUpdateRequest:
    """Body of `update_pattern`, the documented pattern request object.

    Attributes:
        text (str):
        shared (bool):
        website (str):
        description (str | Unset):
        attributes (list[PatternAttribute] | Unset):
    """

    text: str
    shared: bool
    website: str
    description: str | Unset = UNSET
    attributes: list[PatternAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        shared = self.shared

        website = self.website

        description = self.description

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "shared": shared,
                "website": website,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_attribute import PatternAttribute

        d = dict(src_dict)
        text = d.pop("text")

        shared = d.pop("shared")

        website = d.pop("website")

        description = d.pop("description", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[PatternAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = PatternAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        pattern_update_request = cls(
            text=text,
            shared=shared,
            website=website,
            description=description,
            attributes=attributes,
        )

        pattern_update_request.additional_properties = d
        return pattern_update_request

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
