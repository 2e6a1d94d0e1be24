# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InboxMessage")


@_attrs_define
class InboxMessage:
    """A message received on one of the account's lines.

    Attributes:
        from_ (str): An Iranian mobile number in the local 11-digit form with Latin digits.
        to (str): A sender line number, Latin digits only; `90008361` is the shared public line. The digits-only
            pattern is documented on the pattern and file send pages and assumed for the JSON sends whose
            pages give none. One public client sends the word `PRO` as a shared line on simple sends; that is
            unverified and not admitted here.
        text (str):
        recieved_at (datetime.datetime): When the message arrived (the service's spelling).
    """

    from_: str
    to: str
    text: str
    recieved_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        text = self.text

        recieved_at = self.recieved_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "text": text,
                "recievedAt": recieved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        text = d.pop("text")

        recieved_at = datetime.datetime.fromisoformat(d.pop("recievedAt"))

        inbox_message = cls(
            from_=from_,
            to=to,
            text=text,
            recieved_at=recieved_at,
        )

        inbox_message.additional_properties = d
        return inbox_message

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
