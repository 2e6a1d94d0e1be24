# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonebook_slice import PhonebookSlice


T = TypeVar("T", bound="Peer")


@_attrs_define
class Peer:
    """One text and its recipients within a peer-to-peer send; numbers, phonebook slices or both.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        recipients (list[str] | Unset):
        selected_phone_books (list[PhonebookSlice] | Unset):
    """

    text: str
    recipients: list[str] | Unset = UNSET
    selected_phone_books: list[PhonebookSlice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        selected_phone_books: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_phone_books, Unset):
            selected_phone_books = []
            for selected_phone_books_item_data in self.selected_phone_books:
                selected_phone_books_item = selected_phone_books_item_data.to_dict()
                selected_phone_books.append(selected_phone_books_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if selected_phone_books is not UNSET:
            field_dict["selectedPhoneBooks"] = selected_phone_books

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonebook_slice import PhonebookSlice

        d = dict(src_dict)
        text = d.pop("text")

        recipients = cast(list[str], d.pop("recipients", UNSET))

        _selected_phone_books = d.pop("selectedPhoneBooks", UNSET)
        selected_phone_books: list[PhonebookSlice] | Unset = UNSET
        if _selected_phone_books is not UNSET:
            selected_phone_books = []
            for selected_phone_books_item_data in _selected_phone_books:
                selected_phone_books_item = PhonebookSlice.from_dict(selected_phone_books_item_data)

                selected_phone_books.append(selected_phone_books_item)

        peer = cls(
            text=text,
            recipients=recipients,
            selected_phone_books=selected_phone_books,
        )

        peer.additional_properties = d
        return peer

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
