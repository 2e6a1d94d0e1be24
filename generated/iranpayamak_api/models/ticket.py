# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_message import TicketMessage


T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """A support ticket. Inferred: no page shows one, so no field is required (not even `id`) and
    fields under other names are kept as received.

        Attributes:
            id (int | Unset):
            subject (str | Unset):
            department (int | str | Unset): The department, by number or by name; numeric text reads as the number.
            status (str | Unset): Where the ticket stands (values not documented).
            created_at (str | Unset):
            updated_at (str | Unset):
            conversation (list[TicketMessage] | Unset):
    """

    id: int | Unset = UNSET
    subject: str | Unset = UNSET
    department: int | str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    conversation: list[TicketMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        department: int | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        conversation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = []
            for conversation_item_data in self.conversation:
                conversation_item = conversation_item_data.to_dict()
                conversation.append(conversation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if department is not UNSET:
            field_dict["department"] = department
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if conversation is not UNSET:
            field_dict["conversation"] = conversation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_message import TicketMessage

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

        subject = d.pop("subject", UNSET)

        def _parse_department(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                    or (isinstance(data, str) and data.isascii() and data.lstrip("+-").isdigit() and len(data) <= 31)
                ):
                    raise TypeError()
                _department_type_0 = data
                department_type_0 = int(_department_type_0)
                if isinstance(_department_type_0, bool):
                    # int(True) is 1: a boolean where a number is promised is not a number the service meant.
                    raise TypeError("department_type_0: a boolean where a number is declared")

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _conversation = d.pop("conversation", UNSET)
        conversation: list[TicketMessage] | Unset = UNSET
        if _conversation is not UNSET:
            conversation = []
            for conversation_item_data in _conversation:
                conversation_item = TicketMessage.from_dict(conversation_item_data)

                conversation.append(conversation_item)

        ticket = cls(
            id=id,
            subject=subject,
            department=department,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            conversation=conversation,
        )

        ticket.additional_properties = d
        return ticket

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
