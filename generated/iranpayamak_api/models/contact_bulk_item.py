# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_prefix import ContactPrefix
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_attribute_value import ContactAttributeValue


T = TypeVar("T", bound="ContactBulkItem")


@_attrs_define
class ContactBulkItem:
    """One contact of a bulk upsert.

    Attributes:
        mobile (str): An Iranian mobile number in the local 11-digit form with Latin digits.
        prefix (ContactPrefix | Unset): How to address a contact - man, woman, company or organisation.
        name (str | Unset):
        attributes (list[ContactAttributeValue] | Unset):
    """

    mobile: str
    prefix: ContactPrefix | Unset = UNSET
    name: str | Unset = UNSET
    attributes: list[ContactAttributeValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        prefix: str | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix.value

        name = self.name

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
                "mobile": mobile,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_attribute_value import ContactAttributeValue

        d = dict(src_dict)
        mobile = d.pop("mobile")

        _prefix = d.pop("prefix", UNSET)
        prefix: ContactPrefix | Unset
        if isinstance(_prefix, Unset):
            prefix = UNSET
        else:
            prefix = ContactPrefix(_prefix)

        name = d.pop("name", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ContactAttributeValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ContactAttributeValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        contact_bulk_item = cls(
            mobile=mobile,
            prefix=prefix,
            name=name,
            attributes=attributes,
        )

        contact_bulk_item.additional_properties = d
        return contact_bulk_item

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
