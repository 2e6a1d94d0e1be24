from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_status import ApiStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_messages import FieldMessages


T = TypeVar("T", bound="ValidationErrorEnvelope")


@_attrs_define
class ValidationErrorEnvelope:
    """A validation failure; `messages` maps each invalid field to its errors.

    Attributes:
        messages (FieldMessages): Validation errors, keyed by field name; each value is one message or a list of them.
        status (ApiStatus | Unset): Outcome of the call as the body reports it.
        data (Any | Unset): Always null on errors.
    """

    messages: FieldMessages
    status: ApiStatus | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_messages import FieldMessages

        d = dict(src_dict)
        messages = FieldMessages.from_dict(d.pop("messages"))

        _status = d.pop("status", UNSET)
        status: ApiStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiStatus(_status)

        data = d.pop("data", UNSET)

        validation_error_envelope = cls(
            messages=messages,
            status=status,
            data=data,
        )

        validation_error_envelope.additional_properties = d
        return validation_error_envelope

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
