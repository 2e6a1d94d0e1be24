# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_prefix import ContactPrefix

if TYPE_CHECKING:
    from ..models.contact_attribute import ContactAttribute


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of a phonebook.

    Attributes:
        id (int):
        prefix (ContactPrefix | None):
        name (None | str):
        mobile (str): An Iranian mobile number in the local 11-digit form with Latin digits.
        attributes (list[ContactAttribute]):
    """

    id: int
    prefix: ContactPrefix | None
    name: str | None
    mobile: str
    attributes: list[ContactAttribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prefix: str | None
        if isinstance(self.prefix, ContactPrefix):
            prefix = self.prefix.value
        else:
            prefix = self.prefix

        name: str | None
        name = self.name

        mobile = self.mobile

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prefix": prefix,
                "name": name,
                "mobile": mobile,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_attribute import ContactAttribute

        d = dict(src_dict)
        _id = d.pop("id")
        id = int(_id)
        if isinstance(_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("id: a boolean where a number is declared")

        def _parse_prefix(data: object) -> ContactPrefix | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prefix_type_0 = ContactPrefix(data)

                return prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactPrefix | None, data)

        prefix = _parse_prefix(d.pop("prefix"))

        def _parse_name(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        mobile = d.pop("mobile")

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = ContactAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        contact = cls(
            id=id,
            prefix=prefix,
            name=name,
            mobile=mobile,
            attributes=attributes,
        )

        contact.additional_properties = d
        return contact

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
