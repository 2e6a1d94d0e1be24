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


T = TypeVar("T", bound="ContactRequest")


@_attrs_define
class ContactRequest:
    """Body of `add_contact`.

    Attributes:
        phone_book_id (int):
        mobile (str): An Iranian mobile number in the local 11-digit form with Latin digits.
        phone_book_data_id (int | Unset): Id of an existing contact to update instead of adding one.
        prefix (ContactPrefix | Unset): How to address a contact - man, woman, company or organisation.
        name (str | Unset):
        attributes (list[ContactAttributeValue] | Unset):
    """

    phone_book_id: int
    mobile: str
    phone_book_data_id: int | Unset = UNSET
    prefix: ContactPrefix | Unset = UNSET
    name: str | Unset = UNSET
    attributes: list[ContactAttributeValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_book_id = self.phone_book_id

        mobile = self.mobile

        phone_book_data_id = self.phone_book_data_id

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
                "phone_book_id": phone_book_id,
                "mobile": mobile,
            }
        )
        if phone_book_data_id is not UNSET:
            field_dict["phone_book_data_id"] = phone_book_data_id
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
        _phone_book_id = d.pop("phone_book_id")
        phone_book_id = int(_phone_book_id)
        if isinstance(_phone_book_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("phone_book_id: a boolean where a number is declared")

        mobile = d.pop("mobile")

        _phone_book_data_id = d.pop("phone_book_data_id", UNSET)
        phone_book_data_id: int | Unset
        if isinstance(_phone_book_data_id, Unset) or _phone_book_data_id is None:
            phone_book_data_id = UNSET
        else:
            phone_book_data_id = int(_phone_book_data_id)
        if isinstance(_phone_book_data_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("phone_book_data_id: a boolean where a number is declared")

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

        contact_request = cls(
            phone_book_id=phone_book_id,
            mobile=mobile,
            phone_book_data_id=phone_book_data_id,
            prefix=prefix,
            name=name,
            attributes=attributes,
        )

        contact_request.additional_properties = d
        return contact_request

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
