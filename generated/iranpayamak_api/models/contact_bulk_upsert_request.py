# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_bulk_item import ContactBulkItem


T = TypeVar("T", bound="ContactBulkUpsertRequest")


@_attrs_define
class ContactBulkUpsertRequest:
    """Body of `bulk_upsert_contacts`; at most 500 contacts per request.

    Attributes:
        phone_book_id (int):
        items (list[ContactBulkItem]):
    """

    phone_book_id: int
    items: list[ContactBulkItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_book_id = self.phone_book_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_book_id": phone_book_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_bulk_item import ContactBulkItem

        d = dict(src_dict)
        _phone_book_id = d.pop("phone_book_id")
        phone_book_id = int(_phone_book_id)
        if isinstance(_phone_book_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("phone_book_id: a boolean where a number is declared")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContactBulkItem.from_dict(items_item_data)

            items.append(items_item)

        contact_bulk_upsert_request = cls(
            phone_book_id=phone_book_id,
            items=items,
        )

        contact_bulk_upsert_request.additional_properties = d
        return contact_bulk_upsert_request

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
