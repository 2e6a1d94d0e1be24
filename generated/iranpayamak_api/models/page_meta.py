# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Position of a page within a paged list. The keys are camelCase although query parameters are
    snake_case. The pages type the four numbers as `number`; they are integers here because page
    numbers and counts are whole.

        Attributes:
            current_page (int): The page returned, from 1.
            total_pages (int): Number of pages at the current `limit`.
            total_items (int): Number of items across all pages.
            items_per_page (int): The page size used.
    """

    current_page: int
    total_pages: int
    total_items: int
    items_per_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        total_pages = self.total_pages

        total_items = self.total_items

        items_per_page = self.items_per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPage": current_page,
                "totalPages": total_pages,
                "totalItems": total_items,
                "itemsPerPage": items_per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _current_page = d.pop("currentPage")
        current_page = int(_current_page)
        if isinstance(_current_page, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("current_page: a boolean where a number is declared")

        _total_pages = d.pop("totalPages")
        total_pages = int(_total_pages)
        if isinstance(_total_pages, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("total_pages: a boolean where a number is declared")

        _total_items = d.pop("totalItems")
        total_items = int(_total_items)
        if isinstance(_total_items, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("total_items: a boolean where a number is declared")

        _items_per_page = d.pop("itemsPerPage")
        items_per_page = int(_items_per_page)
        if isinstance(_items_per_page, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("items_per_page: a boolean where a number is declared")

        page_meta = cls(
            current_page=current_page,
            total_pages=total_pages,
            total_items=total_items,
            items_per_page=items_per_page,
        )

        page_meta.additional_properties = d
        return page_meta

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
