# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.province import Province


T = TypeVar("T", bound="ProvincePage")


@_attrs_define
class ProvincePage:
    """One page of provinces.

    Attributes:
        items (list[Province]):
        current_page (int | Unset): The page returned, from 1.
        total_pages (int | Unset): Number of pages at the current `limit`.
        total_items (int | Unset): Number of items across all pages.
        items_per_page (int | Unset): The page size used.
    """

    items: list[Province]
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_items: int | Unset = UNSET
    items_per_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        current_page = self.current_page

        total_pages = self.total_pages

        total_items = self.total_items

        items_per_page = self.items_per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if items_per_page is not UNSET:
            field_dict["itemsPerPage"] = items_per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.province import Province

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Province.from_dict(items_item_data)

            items.append(items_item)

        _current_page = d.pop("currentPage", UNSET)
        current_page: int | Unset
        if isinstance(_current_page, Unset) or _current_page is None:
            current_page = UNSET
        else:
            current_page = int(_current_page)
        if isinstance(_current_page, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("current_page: a boolean where a number is declared")

        _total_pages = d.pop("totalPages", UNSET)
        total_pages: int | Unset
        if isinstance(_total_pages, Unset) or _total_pages is None:
            total_pages = UNSET
        else:
            total_pages = int(_total_pages)
        if isinstance(_total_pages, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("total_pages: a boolean where a number is declared")

        _total_items = d.pop("totalItems", UNSET)
        total_items: int | Unset
        if isinstance(_total_items, Unset) or _total_items is None:
            total_items = UNSET
        else:
            total_items = int(_total_items)
        if isinstance(_total_items, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("total_items: a boolean where a number is declared")

        _items_per_page = d.pop("itemsPerPage", UNSET)
        items_per_page: int | Unset
        if isinstance(_items_per_page, Unset) or _items_per_page is None:
            items_per_page = UNSET
        else:
            items_per_page = int(_items_per_page)
        if isinstance(_items_per_page, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("items_per_page: a boolean where a number is declared")

        province_page = cls(
            items=items,
            current_page=current_page,
            total_pages=total_pages,
            total_items=total_items,
            items_per_page=items_per_page,
        )

        province_page.additional_properties = d
        return province_page

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
