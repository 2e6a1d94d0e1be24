# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lbs_create_gender import LbsCreateGender
from ..models.lbs_device import LbsDevice
from ..models.lbs_dispatch_moment import LbsDispatchMoment
from ..types import UNSET, Unset

T = TypeVar("T", bound="LbsCreateRequest")


@_attrs_define
class LbsCreateRequest:
    """Body of `create_lbs_request`.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        start_time (int): Start of the window, Unix time in seconds.
        end_time (int): End of the window, Unix time in seconds.
        latitude (float): Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so only an
            integer type can be read from them; decimal degrees are inferred, within the range of any
            latitude.
        longitude (float): Longitude of the centre, in degrees. Like `latitude`, an integer in the pages' examples (90)
            and
            a decimal here (inferred).
        radius (int): Radius of the area around the point (the example uses 1000, presumably metres).
        receiver_count (int | Unset): Maximum number of people to message.
        address (str | Unset): A human-readable address of the point.
        dispatch_moment (LbsDispatchMoment | Unset): When an LBS message is sent relative to the area - on entering,
            while present, or on leaving.
        receiver_age_from (int | Unset):
        receiver_age_to (int | Unset):
        device (LbsDevice | Unset): Devices an LBS campaign targets - all, Android or iOS.
        receiver_gender (LbsCreateGender | Unset): Gender filter of `create_lbs_request` - all, Mr or Ms.
    """

    text: str
    start_time: int
    end_time: int
    latitude: float
    longitude: float
    radius: int
    receiver_count: int | Unset = UNSET
    address: str | Unset = UNSET
    dispatch_moment: LbsDispatchMoment | Unset = UNSET
    receiver_age_from: int | Unset = UNSET
    receiver_age_to: int | Unset = UNSET
    device: LbsDevice | Unset = UNSET
    receiver_gender: LbsCreateGender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start_time = self.start_time

        end_time = self.end_time

        latitude = self.latitude

        longitude = self.longitude

        radius = self.radius

        receiver_count = self.receiver_count

        address = self.address

        dispatch_moment: str | Unset = UNSET
        if not isinstance(self.dispatch_moment, Unset):
            dispatch_moment = self.dispatch_moment.value

        receiver_age_from = self.receiver_age_from

        receiver_age_to = self.receiver_age_to

        device: str | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.value

        receiver_gender: str | Unset = UNSET
        if not isinstance(self.receiver_gender, Unset):
            receiver_gender = self.receiver_gender.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "start_time": start_time,
                "end_time": end_time,
                "latitude": latitude,
                "longitude": longitude,
                "radius": radius,
            }
        )
        if receiver_count is not UNSET:
            field_dict["receiver_count"] = receiver_count
        if address is not UNSET:
            field_dict["address"] = address
        if dispatch_moment is not UNSET:
            field_dict["dispatch_moment"] = dispatch_moment
        if receiver_age_from is not UNSET:
            field_dict["receiver_age_from"] = receiver_age_from
        if receiver_age_to is not UNSET:
            field_dict["receiver_age_to"] = receiver_age_to
        if device is not UNSET:
            field_dict["device"] = device
        if receiver_gender is not UNSET:
            field_dict["receiver_gender"] = receiver_gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _start_time = d.pop("start_time")
        start_time = int(_start_time)
        if isinstance(_start_time, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("start_time: a boolean where a number is declared")

        _end_time = d.pop("end_time")
        end_time = int(_end_time)
        if isinstance(_end_time, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("end_time: a boolean where a number is declared")

        _latitude = d.pop("latitude")
        latitude = float(_latitude)
        if isinstance(_latitude, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("latitude: a boolean where a number is declared")

        _longitude = d.pop("longitude")
        longitude = float(_longitude)
        if isinstance(_longitude, bool):
            # float(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("longitude: a boolean where a number is declared")

        _radius = d.pop("radius")
        radius = int(_radius)
        if isinstance(_radius, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("radius: a boolean where a number is declared")

        _receiver_count = d.pop("receiver_count", UNSET)
        receiver_count: int | Unset
        if isinstance(_receiver_count, Unset) or _receiver_count is None:
            receiver_count = UNSET
        else:
            receiver_count = int(_receiver_count)
        if isinstance(_receiver_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("receiver_count: a boolean where a number is declared")

        address = d.pop("address", UNSET)

        _dispatch_moment = d.pop("dispatch_moment", UNSET)
        dispatch_moment: LbsDispatchMoment | Unset
        if isinstance(_dispatch_moment, Unset):
            dispatch_moment = UNSET
        else:
            dispatch_moment = LbsDispatchMoment(_dispatch_moment)

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

        _receiver_gender = d.pop("receiver_gender", UNSET)
        receiver_gender: LbsCreateGender | Unset
        if isinstance(_receiver_gender, Unset):
            receiver_gender = UNSET
        else:
            receiver_gender = LbsCreateGender(_receiver_gender)

        lbs_create_request = cls(
            text=text,
            start_time=start_time,
            end_time=end_time,
            latitude=latitude,
            longitude=longitude,
            radius=radius,
            receiver_count=receiver_count,
            address=address,
            dispatch_moment=dispatch_moment,
            receiver_age_from=receiver_age_from,
            receiver_age_to=receiver_age_to,
            device=device,
            receiver_gender=receiver_gender,
        )

        lbs_create_request.additional_properties = d
        return lbs_create_request

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
