# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.pattern_category import PatternCategory

if TYPE_CHECKING:
    from ..models.pattern_variable import PatternVariable


T = TypeVar("T", bound="PatternCreateRequest")


@_attrs_define
class PatternCreateRequest:
    """Body of `create_pattern`. The page lists all six fields as required; `description` may be null.

    Attributes:
        text (str): The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
            least one character is assumed here, since an empty text has nothing to say.
        description (None | str): A note for the reviewer who approves the pattern.
        share (Flag): A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer form for
            the service's validation (one page's example sends '1').
        website (str): The website or business the pattern is used for.
        category (PatternCategory): What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.
        vars_ (list[PatternVariable]):
    """

    text: str
    description: str | None
    share: Flag
    website: str
    category: PatternCategory
    vars_: list[PatternVariable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        description: str | None
        description = self.description

        share = self.share.value

        website = self.website

        category = self.category.value

        vars_ = []
        for vars_item_data in self.vars_:
            vars_item = vars_item_data.to_dict()
            vars_.append(vars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "description": description,
                "share": share,
                "website": website,
                "category": category,
                "vars": vars_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_variable import PatternVariable

        d = dict(src_dict)
        text = d.pop("text")

        def _parse_description(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        share = Flag(d.pop("share"))

        website = d.pop("website")

        category = PatternCategory(d.pop("category"))

        vars_ = []
        _vars_ = d.pop("vars")
        for vars_item_data in _vars_:
            vars_item = PatternVariable.from_dict(vars_item_data)

            vars_.append(vars_item)

        pattern_create_request = cls(
            text=text,
            description=description,
            share=share,
            website=website,
            category=category,
            vars_=vars_,
        )

        pattern_create_request.additional_properties = d
        return pattern_create_request

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
