# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_format import NumberFormat

T = TypeVar("T", bound="CostRequest")


@_attrs_define
class CostRequest:
    """A cost estimate of a simple, sample or pattern send.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        receiver_count (int):
        line_number (str): A sender line number, Latin digits only; `90008361` is the shared public line. The digits-
            only
            pattern is documented on the pattern and file send pages and assumed for the JSON sends whose
            pages give none. One public client sends the word `PRO` as a shared line on simple sends; that is
            unverified and not admitted here.
        number_format (NumberFormat): Whether digits in the delivered text are written with Latin (`english`) or Persian
            (`persian`)
            characters. Some pages list `en | fa`; their own examples and every real client send these values.
    """

    text: str
    receiver_count: int
    line_number: str
    number_format: NumberFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        receiver_count = self.receiver_count

        line_number = self.line_number

        number_format = self.number_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "receiver_count": receiver_count,
                "line_number": line_number,
                "number_format": number_format,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _receiver_count = d.pop("receiver_count")
        receiver_count = int(_receiver_count)
        if isinstance(_receiver_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("receiver_count: a boolean where a number is declared")

        line_number = d.pop("line_number")

        number_format = NumberFormat(d.pop("number_format"))

        cost_request = cls(
            text=text,
            receiver_count=receiver_count,
            line_number=line_number,
            number_format=number_format,
        )

        cost_request.additional_properties = d
        return cost_request

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
