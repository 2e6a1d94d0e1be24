# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="TicketCreateRequest")


@_attrs_define
class TicketCreateRequest:
    """Form of `create_ticket`; further fields are passed through.

    Attributes:
        department (int): Id of the support department.
        subject (str):
        text (str):
        file (File | Unset): The uploaded file's bytes.
    """

    department: int
    subject: str
    text: str
    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        subject = self.subject

        text = self.text

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department": department,
                "subject": subject,
                "text": text,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("department", (None, str(self.department).encode(), "text/plain")))

        files.append(("subject", (None, str(self.subject).encode(), "text/plain")))

        files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _department = d.pop("department")
        department = int(_department)
        if isinstance(_department, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("department: a boolean where a number is declared")

        subject = d.pop("subject")

        text = d.pop("text")

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        ticket_create_request = cls(
            department=department,
            subject=subject,
            text=text,
            file=file,
        )

        ticket_create_request.additional_properties = d
        return ticket_create_request

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
