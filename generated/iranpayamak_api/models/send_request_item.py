# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendRequestItem")


@_attrs_define
class SendRequestItem:
    """One recipient of a send request and its delivery status.

    Attributes:
        id (int | Unset):
        mobile (str | Unset):
        status (DeliveryStatus | Unset): Delivery status of one recipient of a send request.
        parts (int | Unset): Number of SMS parts the text took.
        cost (float | Unset):
        sent_at (None | str | Unset):
        delivered_at (None | str | Unset):
    """

    id: int | Unset = UNSET
    mobile: str | Unset = UNSET
    status: DeliveryStatus | Unset = UNSET
    parts: int | Unset = UNSET
    cost: float | Unset = UNSET
    sent_at: str | Unset | None = UNSET
    delivered_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mobile = self.mobile

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        parts = self.parts

        cost = self.cost

        sent_at: str | Unset | None
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = self.sent_at

        delivered_at: str | Unset | None
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at

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

        mobile = d.pop("mobile", UNSET)

        _status = d.pop("status", UNSET)
        status: DeliveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeliveryStatus(_status)

        _parts = d.pop("parts", UNSET)
        parts: int | Unset
        if isinstance(_parts, Unset) or _parts is None:
            parts = UNSET
        else:
            parts = int(_parts)
        if isinstance(_parts, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("parts: a boolean where a number is declared")

        _cost = d.pop("cost", UNSET)
        cost: float | Unset
        if isinstance(_cost, Unset) or _cost is None:
            cost = UNSET
        else:
            cost = float(_cost)
        if isinstance(_cost, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("cost: a boolean where a number is declared")

        def _parse_sent_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        def _parse_delivered_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        send_request_item = cls(
            id=id,
            mobile=mobile,
            status=status,
            parts=parts,
            cost=cost,
            sent_at=sent_at,
            delivered_at=delivered_at,
        )

        send_request_item.additional_properties = d
        return send_request_item

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
