# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_status import ApiStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_messages import FieldMessages


T = TypeVar("T", bound="AccountEnvelope")


@_attrs_define
class AccountEnvelope:
    """The response envelope of the account operations and of 401 bodies: like `Envelope`, with the
    singular `message` key. The balance and profile pages require `status`, `message` and `data`;
    `message` is not required here, so that a body using the plural `messages` key still parses
    (public clients read both keys).

        Attributes:
            status (ApiStatus): Outcome of the call as the body reports it.
            message (FieldMessages | list[str] | None | str | Unset): Human-readable text attached to a response: one
                string, a list of strings, a field-to-errors map,
                or null. Texts are often in Persian.
    """

    status: ApiStatus
    message: FieldMessages | list[str] | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_messages import FieldMessages

        status = self.status.value

        message: dict[str, Any] | list[str] | str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        elif isinstance(self.message, FieldMessages):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_messages import FieldMessages

        d = dict(src_dict)
        status = ApiStatus(d.pop("status"))

        def _parse_message(data: object) -> FieldMessages | list[str] | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_api_messages_type_1 = cast(list[str], data)

                return componentsschemas_api_messages_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_messages_type_2 = FieldMessages.from_dict(data)

                return componentsschemas_api_messages_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldMessages | list[str] | None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        account_envelope = cls(
            status=status,
            message=message,
        )

        account_envelope.additional_properties = d
        return account_envelope

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
