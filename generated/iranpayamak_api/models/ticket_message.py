# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMessage")


@_attrs_define
class TicketMessage:
    """One message of a ticket's conversation.

    Attributes:
        id (int | Unset):
        text (str | Unset):
        is_admin (bool | Unset): True when support wrote the message.
        created_at (str | Unset):
        file_id (int | None | Unset): Id of the attachment, for `download_ticket_file`.
    """

    id: int | Unset = UNSET
    text: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    file_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        is_admin = self.is_admin

        created_at = self.created_at

        file_id: int | Unset | None
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset) or _id is None:
            id = UNSET
        else:
            id = int(_id)
        if isinstance(_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("id: a boolean where a number is declared")

        text = d.pop("text", UNSET)

        is_admin = d.pop("is_admin", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_file_id(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                    or (isinstance(data, str) and data.isascii() and data.lstrip("+-").isdigit() and len(data) <= 31)
                ):
                    raise TypeError()
                _file_id_type_0 = data
                file_id_type_0 = int(_file_id_type_0)
                if isinstance(_file_id_type_0, bool):
                    # int(True) is 1: a boolean where a number is promised is not a number the service meant.
                    raise TypeError("file_id_type_0: a boolean where a number is declared")

                return file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        ticket_message = cls(
            id=id,
            text=text,
            is_admin=is_admin,
            created_at=created_at,
            file_id=file_id,
        )

        ticket_message.additional_properties = d
        return ticket_message

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
