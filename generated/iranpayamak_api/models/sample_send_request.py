# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_format import NumberFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleSendRequest")


@_attrs_define
class SampleSendRequest:
    """Body of `send_sample`.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        line_number (str): A sender line number, Latin digits only; `90008361` is the shared public line. The digits-
            only
            pattern is documented on the pattern and file send pages and assumed for the JSON sends whose
            pages give none. One public client sends the word `PRO` as a shared line on simple sends; that is
            unverified and not admitted here.
        number_format (NumberFormat): Whether digits in the delivered text are written with Latin (`english`) or Persian
            (`persian`)
            characters. Some pages list `en | fa`; their own examples and every real client send these values.
        schedule (None | str | Unset): When to send: null for now, otherwise `YYYY-MM-DD HH:MM:SS` (the form the pages'
            examples use) or
            an ISO 8601 time with an offset. Must be in the future. Inferred, not documented: that the
            examples' times are Tehran time, and that an empty string also means now (one page's example
            sends one).
    """

    text: str
    line_number: str
    number_format: NumberFormat
    schedule: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        line_number = self.line_number

        number_format = self.number_format.value

        schedule: str | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "line_number": line_number,
                "number_format": number_format,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        line_number = d.pop("line_number")

        number_format = NumberFormat(d.pop("number_format"))

        def _parse_schedule(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        sample_send_request = cls(
            text=text,
            line_number=line_number,
            number_format=number_format,
            schedule=schedule,
        )

        sample_send_request.additional_properties = d
        return sample_send_request

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
