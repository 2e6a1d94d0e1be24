# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phonebook_attribute import PhonebookAttribute


T = TypeVar("T", bound="Phonebook")


@_attrs_define
class Phonebook:
    """A phonebook.

    Attributes:
        id (int):
        title (str):
        records (int): Number of contacts in the phonebook.
        attributes (list[PhonebookAttribute]):
    """

    id: int
    title: str
    records: int
    attributes: list[PhonebookAttribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        records = self.records

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "records": records,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonebook_attribute import PhonebookAttribute

        d = dict(src_dict)
        _id = d.pop("id")
        id = int(_id)
        if isinstance(_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("id: a boolean where a number is declared")

        title = d.pop("title")

        _records = d.pop("records")
        records = int(_records)
        if isinstance(_records, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("records: a boolean where a number is declared")

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = PhonebookAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        phonebook = cls(
            id=id,
            title=title,
            records=records,
            attributes=attributes,
        )

        phonebook.additional_properties = d
        return phonebook

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
