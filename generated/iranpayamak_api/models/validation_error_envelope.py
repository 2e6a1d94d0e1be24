# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
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
    """A validation failure, inferred (no page shows one): `messages` maps each invalid field to its
    errors, as public clients read it. Nothing is required, since a 422 in Laravel's own shape
    (`message` text and an `errors` map) is as likely; the client reads the field errors from
    `messages`, `message` or `errors`.

        Attributes:
            status (ApiStatus | Unset): Outcome of the call as the body reports it.
            data (Any | Unset): Null on errors.
            messages (FieldMessages | Unset): Validation errors by field name, each one message or a list of them.
            message (Any | Unset): One text, or a field-to-errors map like `messages`.
            errors (FieldMessages | Unset): Validation errors by field name, each one message or a list of them.
    """

    status: ApiStatus | Unset = UNSET
    data: Any | Unset = UNSET
    messages: FieldMessages | Unset = UNSET
    message: Any | Unset = UNSET
    errors: FieldMessages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data = self.data

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if messages is not UNSET:
            field_dict["messages"] = messages
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_messages import FieldMessages

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ApiStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiStatus(_status)

        data = d.pop("data", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: FieldMessages | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = FieldMessages.from_dict(_messages)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: FieldMessages | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = FieldMessages.from_dict(_errors)

        validation_error_envelope = cls(
            status=status,
            data=data,
            messages=messages,
            message=message,
            errors=errors,
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
