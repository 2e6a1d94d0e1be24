# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_request_status import SendRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendRequest")


@_attrs_define
class SendRequest:
    """A send request - one send call, or one peer of a peer-to-peer send. Inferred: no page shows one,
    so no field is required (not even `id`) and fields under other names are kept as received.

        Attributes:
            id (int | Unset):
            status (SendRequestStatus | Unset): Overall status of a send request, as public client code lists it.
            type_ (str | Unset): Kind of send (simple, pattern, ...); values not documented.
            text (str | Unset):
            line_number (str | Unset):
            recipients_count (int | Unset):
            cost (float | Unset):
            created_at (str | Unset):
            schedule (None | str | Unset):
    """

    id: int | Unset = UNSET
    status: SendRequestStatus | Unset = UNSET
    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    line_number: str | Unset = UNSET
    recipients_count: int | Unset = UNSET
    cost: float | Unset = UNSET
    created_at: str | Unset = UNSET
    schedule: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        text = self.text

        line_number = self.line_number

        recipients_count = self.recipients_count

        cost = self.cost

        created_at = self.created_at

        schedule: str | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if recipients_count is not UNSET:
            field_dict["recipients_count"] = recipients_count
        if cost is not UNSET:
            field_dict["cost"] = cost
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

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

        _status = d.pop("status", UNSET)
        status: SendRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SendRequestStatus(_status)

        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        line_number = d.pop("line_number", UNSET)

        _recipients_count = d.pop("recipients_count", UNSET)
        recipients_count: int | Unset
        if isinstance(_recipients_count, Unset) or _recipients_count is None:
            recipients_count = UNSET
        else:
            recipients_count = int(_recipients_count)
        if isinstance(_recipients_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("recipients_count: a boolean where a number is declared")

        _cost = d.pop("cost", UNSET)
        cost: float | Unset
        if isinstance(_cost, Unset) or _cost is None:
            cost = UNSET
        else:
            cost = float(_cost)
        if isinstance(_cost, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("cost: a boolean where a number is declared")

        created_at = d.pop("created_at", UNSET)

        def _parse_schedule(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        send_request = cls(
            id=id,
            status=status,
            type_=type_,
            text=text,
            line_number=line_number,
            recipients_count=recipients_count,
            cost=cost,
            created_at=created_at,
            schedule=schedule,
        )

        send_request.additional_properties = d
        return send_request

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
