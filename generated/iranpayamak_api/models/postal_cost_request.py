# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_format import NumberFormat

if TYPE_CHECKING:
    from ..models.postal_filter import PostalFilter


T = TypeVar("T", bound="PostalCostRequest")


@_attrs_define
class PostalCostRequest:
    """A cost estimate of a postal-code send.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        number_format (NumberFormat): Whether digits in the delivered text are written with Latin (`english`) or Persian
            (`persian`)
            characters. Some pages list `en | fa`; their own examples and every real client send these values.
        line_id (int): Id of a line from `list_postal_lines`.
        schedule (None | str): When to send: null for now, otherwise `YYYY-MM-DD HH:MM:SS` (the form the pages' examples
            use) or
            an ISO 8601 time with an offset. Must be in the future. Inferred, not documented: that the
            examples' times are Tehran time, and that an empty string also means now (one page's example
            sends one).
        filters (list[PostalFilter]):
    """

    text: str
    number_format: NumberFormat
    line_id: int
    schedule: str | None
    filters: list[PostalFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        number_format = self.number_format.value

        line_id = self.line_id

        schedule: str | None
        schedule = self.schedule

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "number_format": number_format,
                "line_id": line_id,
                "schedule": schedule,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postal_filter import PostalFilter

        d = dict(src_dict)
        text = d.pop("text")

        number_format = NumberFormat(d.pop("number_format"))

        _line_id = d.pop("line_id")
        line_id = int(_line_id)
        if isinstance(_line_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("line_id: a boolean where a number is declared")

        def _parse_schedule(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = PostalFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        postal_cost_request = cls(
            text=text,
            number_format=number_format,
            line_id=line_id,
            schedule=schedule,
            filters=filters,
        )

        postal_cost_request.additional_properties = d
        return postal_cost_request

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
