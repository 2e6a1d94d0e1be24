# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lbs_device import LbsDevice
from ..models.lbs_dispatch_moment import LbsDispatchMoment
from ..types import UNSET, Unset

T = TypeVar("T", bound="LbsRequest")


@_attrs_define
class LbsRequest:
    """A location-based campaign. Inferred: no page shows one, so no field is required (not even `id`)
    and fields under other names are kept as received.

        Attributes:
            id (int | Unset):
            text (str | Unset):
            start_time (int | Unset):
            end_time (int | Unset):
            receiver_count (int | Unset):
            latitude (float | Unset):
            longitude (float | Unset):
            radius (int | Unset):
            address (str | Unset):
            dispatch_moment (LbsDispatchMoment | Unset): When an LBS message is sent relative to the area - on entering,
                while present, or on leaving.
            receiver_gender (str | Unset):
            receiver_age_from (int | Unset):
            receiver_age_to (int | Unset):
            device (LbsDevice | Unset): Devices an LBS campaign targets - all, Android or iOS.
            status (str | Unset): Where the campaign stands (values not documented).
    """

    id: int | Unset = UNSET
    text: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    receiver_count: int | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    radius: int | Unset = UNSET
    address: str | Unset = UNSET
    dispatch_moment: LbsDispatchMoment | Unset = UNSET
    receiver_gender: str | Unset = UNSET
    receiver_age_from: int | Unset = UNSET
    receiver_age_to: int | Unset = UNSET
    device: LbsDevice | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        start_time = self.start_time

        end_time = self.end_time

        receiver_count = self.receiver_count

        latitude = self.latitude

        longitude = self.longitude

        radius = self.radius

        address = self.address

        dispatch_moment: str | Unset = UNSET
        if not isinstance(self.dispatch_moment, Unset):
            dispatch_moment = self.dispatch_moment.value

        receiver_gender = self.receiver_gender

        receiver_age_from = self.receiver_age_from

        receiver_age_to = self.receiver_age_to

        device: str | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.value

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if receiver_count is not UNSET:
            field_dict["receiver_count"] = receiver_count
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if radius is not UNSET:
            field_dict["radius"] = radius
        if address is not UNSET:
            field_dict["address"] = address
        if dispatch_moment is not UNSET:
            field_dict["dispatch_moment"] = dispatch_moment
        if receiver_gender is not UNSET:
            field_dict["receiver_gender"] = receiver_gender
        if receiver_age_from is not UNSET:
            field_dict["receiver_age_from"] = receiver_age_from
        if receiver_age_to is not UNSET:
            field_dict["receiver_age_to"] = receiver_age_to
        if device is not UNSET:
            field_dict["device"] = device
        if status is not UNSET:
            field_dict["status"] = status

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

        _start_time = d.pop("start_time", UNSET)
        start_time: int | Unset
        if isinstance(_start_time, Unset) or _start_time is None:
            start_time = UNSET
        else:
            start_time = int(_start_time)
        if isinstance(_start_time, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("start_time: a boolean where a number is declared")

        _end_time = d.pop("end_time", UNSET)
        end_time: int | Unset
        if isinstance(_end_time, Unset) or _end_time is None:
            end_time = UNSET
        else:
            end_time = int(_end_time)
        if isinstance(_end_time, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("end_time: a boolean where a number is declared")

        _receiver_count = d.pop("receiver_count", UNSET)
        receiver_count: int | Unset
        if isinstance(_receiver_count, Unset) or _receiver_count is None:
            receiver_count = UNSET
        else:
            receiver_count = int(_receiver_count)
        if isinstance(_receiver_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("receiver_count: a boolean where a number is declared")

        _latitude = d.pop("latitude", UNSET)
        latitude: float | Unset
        if isinstance(_latitude, Unset) or _latitude is None:
            latitude = UNSET
        else:
            latitude = float(_latitude)
        if isinstance(_latitude, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("latitude: a boolean where a number is declared")

        _longitude = d.pop("longitude", UNSET)
        longitude: float | Unset
        if isinstance(_longitude, Unset) or _longitude is None:
            longitude = UNSET
        else:
            longitude = float(_longitude)
        if isinstance(_longitude, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("longitude: a boolean where a number is declared")

        _radius = d.pop("radius", UNSET)
        radius: int | Unset
        if isinstance(_radius, Unset) or _radius is None:
            radius = UNSET
        else:
            radius = int(_radius)
        if isinstance(_radius, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("radius: a boolean where a number is declared")

        address = d.pop("address", UNSET)

        _dispatch_moment = d.pop("dispatch_moment", UNSET)
        dispatch_moment: LbsDispatchMoment | Unset
        if isinstance(_dispatch_moment, Unset):
            dispatch_moment = UNSET
        else:
            dispatch_moment = LbsDispatchMoment(_dispatch_moment)

        receiver_gender = d.pop("receiver_gender", UNSET)

        _receiver_age_from = d.pop("receiver_age_from", UNSET)
        receiver_age_from: int | Unset
        if isinstance(_receiver_age_from, Unset) or _receiver_age_from is None:
            receiver_age_from = UNSET
        else:
            receiver_age_from = int(_receiver_age_from)
        if isinstance(_receiver_age_from, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("receiver_age_from: a boolean where a number is declared")

        _receiver_age_to = d.pop("receiver_age_to", UNSET)
        receiver_age_to: int | Unset
        if isinstance(_receiver_age_to, Unset) or _receiver_age_to is None:
            receiver_age_to = UNSET
        else:
            receiver_age_to = int(_receiver_age_to)
        if isinstance(_receiver_age_to, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("receiver_age_to: a boolean where a number is declared")

        _device = d.pop("device", UNSET)
        device: LbsDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = LbsDevice(_device)

        status = d.pop("status", UNSET)

        lbs_request = cls(
            id=id,
            text=text,
            start_time=start_time,
            end_time=end_time,
            receiver_count=receiver_count,
            latitude=latitude,
            longitude=longitude,
            radius=radius,
            address=address,
            dispatch_moment=dispatch_moment,
            receiver_gender=receiver_gender,
            receiver_age_from=receiver_age_from,
            receiver_age_to=receiver_age_to,
            device=device,
            status=status,
        )

        lbs_request.additional_properties = d
        return lbs_request

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
