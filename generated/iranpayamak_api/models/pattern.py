# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_variable_shown import PatternVariableShown


T = TypeVar("T", bound="Pattern")


@_attrs_define
class Pattern:
    """A pattern of the account. Inferred: the pages of `get_pattern` and `list_patterns` show the body
    of `create_pattern` instead, so no field is required (not even `code`) and fields under other
    names are kept as received.

        Attributes:
            code (str | Unset):
            title (str | Unset):
            text (str | Unset):
            description (None | str | Unset):
            status (str | Unset): Where the pattern stands; the `PatternStatus` values as far as is known.
            share (bool | int | Unset):
            website (None | str | Unset):
            category (int | Unset): The category; the `PatternCategory` values as far as is known.
            vars_ (list[PatternVariableShown] | Unset):
    """

    code: str | Unset = UNSET
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    description: str | Unset | None = UNSET
    status: str | Unset = UNSET
    share: bool | int | Unset = UNSET
    website: str | Unset | None = UNSET
    category: int | Unset = UNSET
    vars_: list[PatternVariableShown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        text = self.text

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        share: bool | int | Unset
        if isinstance(self.share, Unset):
            share = UNSET
        else:
            share = self.share

        website: str | Unset | None
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        category = self.category

        vars_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = []
            for vars_item_data in self.vars_:
                vars_item = vars_item_data.to_dict()
                vars_.append(vars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if share is not UNSET:
            field_dict["share"] = share
        if website is not UNSET:
            field_dict["website"] = website
        if category is not UNSET:
            field_dict["category"] = category
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_variable_shown import PatternVariableShown

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        text = d.pop("text", UNSET)

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        status = d.pop("status", UNSET)

        def _parse_share(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                    or (isinstance(data, str) and data.isascii() and data.lstrip("+-").isdigit() and len(data) <= 31)
                ):
                    raise TypeError()
                _share_type_0 = data
                share_type_0 = int(_share_type_0)
                if isinstance(_share_type_0, bool):
                    # int(True) is 1: a boolean where a number is promised is not a number the service meant.
                    raise TypeError("share_type_0: a boolean where a number is declared")

                return share_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | int | Unset, data)

        share = _parse_share(d.pop("share", UNSET))

        def _parse_website(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        _category = d.pop("category", UNSET)
        category: int | Unset
        if isinstance(_category, Unset) or _category is None:
            category = UNSET
        else:
            category = int(_category)
        if isinstance(_category, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("category: a boolean where a number is declared")

        _vars_ = d.pop("vars", UNSET)
        vars_: list[PatternVariableShown] | Unset = UNSET
        if _vars_ is not UNSET:
            vars_ = []
            for vars_item_data in _vars_:
                vars_item = PatternVariableShown.from_dict(vars_item_data)

                vars_.append(vars_item)

        pattern = cls(
            code=code,
            title=title,
            text=text,
            description=description,
            status=status,
            share=share,
            website=website,
            category=category,
            vars_=vars_,
        )

        pattern.additional_properties = d
        return pattern

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
