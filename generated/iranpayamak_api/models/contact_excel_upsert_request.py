# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="ContactExcelUpsertRequest")


@_attrs_define
class ContactExcelUpsertRequest:
    """Form of `upsert_contacts_excel`.

    Attributes:
        phone_book_id (int):
        file (File): An Excel workbook (`.xlsx`, or the older `.xls`) laid out like the phonebook's sample sheet
            (`download_phonebook_sample`). The contact import page, the one that takes it, names Excel only.
    """

    phone_book_id: int
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_book_id = self.phone_book_id

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_book_id": phone_book_id,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("phone_book_id", (None, str(self.phone_book_id).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _phone_book_id = d.pop("phone_book_id")
        phone_book_id = int(_phone_book_id)
        if isinstance(_phone_book_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("phone_book_id: a boolean where a number is declared")

        file = File(payload=BytesIO(d.pop("file")))

        contact_excel_upsert_request = cls(
            phone_book_id=phone_book_id,
            file=file,
        )

        contact_excel_upsert_request.additional_properties = d
        return contact_excel_upsert_request

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
