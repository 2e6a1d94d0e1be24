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


T = TypeVar("T", bound="IdListResult")


@_attrs_define
class IdListResult:
    """A result whose payload is a list of send request ids, one per peer. The pages type the ids as
    `number`; they are integers here, as in `IdResult`.

        Attributes:
            status (ApiStatus): Outcome of the call as the body reports it.
            data (list[int]):
            messages (FieldMessages | list[str] | None | str | Unset): Human-readable text attached to a response: one
                string, a list of strings, a field-to-errors map,
                or null. Texts are often in Persian.
    """

    status: ApiStatus
    data: list[int]
    messages: FieldMessages | list[str] | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_messages import FieldMessages

        status = self.status.value

        data = self.data

        messages: dict[str, Any] | list[str] | str | Unset | None
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = self.messages

        elif isinstance(self.messages, FieldMessages):
            messages = self.messages.to_dict()
        else:
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_messages import FieldMessages

        d = dict(src_dict)
        status = ApiStatus(d.pop("status"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            _data_item = data_item_data
            data_item = int(_data_item)
            if isinstance(_data_item, bool):
                # int(True) is 1: a boolean where a number is promised is not a number the service meant.
                raise TypeError("data_item: a boolean where a number is declared")

            data.append(data_item)

        def _parse_messages(data: object) -> FieldMessages | list[str] | str | Unset | None:
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

        messages = _parse_messages(d.pop("messages", UNSET))

        id_list_result = cls(
            status=status,
            data=data,
            messages=messages,
        )

        id_list_result.additional_properties = d
        return id_list_result

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
