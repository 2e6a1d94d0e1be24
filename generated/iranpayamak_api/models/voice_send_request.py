# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonebook_slice import PhonebookSlice


T = TypeVar("T", bound="VoiceSendRequest")


@_attrs_define
class VoiceSendRequest:
    """Body of `send_voice`; `recipients`, `selectedPhoneBooks` or both must be given.

    Attributes:
        file_id (int): Id returned by `upload_voice_file`.
        recipients (list[str] | Unset):
        selected_phone_books (list[PhonebookSlice] | Unset):
        schedule (None | str | Unset): When to send: null for now, otherwise `YYYY-MM-DD HH:MM:SS` (the form the pages'
            examples use) or
            an ISO 8601 time with an offset. Must be in the future. Inferred, not documented: that the
            examples' times are Tehran time, and that an empty string also means now (one page's example
            sends one).
    """

    file_id: int
    recipients: list[str] | Unset = UNSET
    selected_phone_books: list[PhonebookSlice] | Unset = UNSET
    schedule: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        selected_phone_books: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_phone_books, Unset):
            selected_phone_books = []
            for selected_phone_books_item_data in self.selected_phone_books:
                selected_phone_books_item = selected_phone_books_item_data.to_dict()
                selected_phone_books.append(selected_phone_books_item)

        schedule: str | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
            }
        )
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if selected_phone_books is not UNSET:
            field_dict["selectedPhoneBooks"] = selected_phone_books
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonebook_slice import PhonebookSlice

        d = dict(src_dict)
        _file_id = d.pop("file_id")
        file_id = int(_file_id)
        if isinstance(_file_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("file_id: a boolean where a number is declared")

        recipients = cast(list[str], d.pop("recipients", UNSET))

        _selected_phone_books = d.pop("selectedPhoneBooks", UNSET)
        selected_phone_books: list[PhonebookSlice] | Unset = UNSET
        if _selected_phone_books is not UNSET:
            selected_phone_books = []
            for selected_phone_books_item_data in _selected_phone_books:
                selected_phone_books_item = PhonebookSlice.from_dict(selected_phone_books_item_data)

                selected_phone_books.append(selected_phone_books_item)

        def _parse_schedule(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        voice_send_request = cls(
            file_id=file_id,
            recipients=recipients,
            selected_phone_books=selected_phone_books,
            schedule=schedule,
        )

        voice_send_request.additional_properties = d
        return voice_send_request

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
