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
    from ..models.line import Line
    from ..models.line_items import LineItems


T = TypeVar("T", bound="LineListResult")


@_attrs_define
class LineListResult:
    """Result of `list_lines` - the lines as a list, or wrapped in `items`.

    Attributes:
        status (ApiStatus): Outcome of the call as the body reports it.
        data (LineItems | list[Line]):
        messages (FieldMessages | list[str] | None | str | Unset): Human-readable text attached to a response: one
            string, a list of strings, a field-to-errors map,
            or null. Texts are often in Persian.
    """

    status: ApiStatus
    data: LineItems | list[Line]
    messages: FieldMessages | list[str] | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_messages import FieldMessages

        status = self.status.value

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

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
        from ..models.line import Line
        from ..models.line_items import LineItems

        d = dict(src_dict)
        status = ApiStatus(d.pop("status"))

        def _parse_data(data: object) -> LineItems | list[Line]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = Line.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = LineItems.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data"))

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

        line_list_result = cls(
            status=status,
            data=data,
            messages=messages,
        )

        line_list_result.additional_properties = d
        return line_list_result

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
