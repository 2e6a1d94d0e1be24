# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.number_format import NumberFormat
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SimpleSendFileRequest")


@_attrs_define
class SimpleSendFileRequest:
    """Form of `send_simple_file`.

    Attributes:
        text (str): The message text of a file-based send; the pages require at least 3 characters.
        line_number (str): A sender line number, Latin digits only; `90008361` is the shared public line. The digits-
            only
            pattern is documented on the pattern and file send pages and assumed for the JSON sends whose
            pages give none. One public client sends the word `PRO` as a shared line on simple sends; that is
            unverified and not admitted here.
        recipients_file (File): The recipient list of a file-based send: an Excel workbook or a CSV file laid out like
            the
            example structure the pages refer to (they do not describe it). The simple and peer-to-peer file
            pages both say "Excel or CSV", so no single media type is given here.
        number_format (NumberFormat | Unset): Whether digits in the delivered text are written with Latin (`english`) or
            Persian (`persian`)
            characters. Some pages list `en | fa`; their own examples and every real client send these values.
        schedule (str | Unset): The schedule of a file-based send, in the same forms as `Schedule`; omit the field to
            send now.
    """

    text: str
    line_number: str
    recipients_file: File
    number_format: NumberFormat | Unset = UNSET
    schedule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        line_number = self.line_number

        recipients_file = self.recipients_file.to_tuple()

        number_format: str | Unset = UNSET
        if not isinstance(self.number_format, Unset):
            number_format = self.number_format.value

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "line_number": line_number,
                "recipients_file": recipients_file,
            }
        )
        if number_format is not UNSET:
            field_dict["number_format"] = number_format
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("text", (None, str(self.text).encode(), "text/plain")))

        files.append(("line_number", (None, str(self.line_number).encode(), "text/plain")))

        files.append(("recipients_file", self.recipients_file.to_tuple()))

        if not isinstance(self.number_format, Unset):
            files.append(("number_format", (None, str(self.number_format.value).encode(), "text/plain")))

        if not isinstance(self.schedule, Unset):
            files.append(("schedule", (None, str(self.schedule).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        line_number = d.pop("line_number")

        recipients_file = File(payload=BytesIO(d.pop("recipients_file")))

        _number_format = d.pop("number_format", UNSET)
        number_format: NumberFormat | Unset
        if isinstance(_number_format, Unset):
            number_format = UNSET
        else:
            number_format = NumberFormat(_number_format)

        schedule = d.pop("schedule", UNSET)

        simple_send_file_request = cls(
            text=text,
            line_number=line_number,
            recipients_file=recipients_file,
            number_format=number_format,
            schedule=schedule,
        )

        simple_send_file_request.additional_properties = d
        return simple_send_file_request

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
