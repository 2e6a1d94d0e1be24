# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mobile_operator import MobileOperator

T = TypeVar("T", bound="PostalFilter")


@_attrs_define
class PostalFilter:
    """One audience slice of a postal-code send.

    Attributes:
        postal_code (str): The first 3, 4 or 5 digits of a postal code. Both postal pages (the receiver count and the
            postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999, which can
            only be numeric bounds entered as lengths; the pattern here follows their own words instead.
        gender_id (int): A gender option from `list_postal_genders`.
        age_from (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the receiver-count
            page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both bounds
            are applied to both here.
        age_to (int): A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the receiver-count page).
            The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both bounds
            are applied to both here.
        number_prefix (None | str):
        operator (MobileOperator | None):
        row_from (int):
        row_count (int):
    """

    postal_code: str
    gender_id: int
    age_from: int
    age_to: int
    number_prefix: str | None
    operator: MobileOperator | None
    row_from: int
    row_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        postal_code = self.postal_code

        gender_id = self.gender_id

        age_from = self.age_from

        age_to = self.age_to

        number_prefix: str | None
        number_prefix = self.number_prefix

        operator: str | None
        if isinstance(self.operator, MobileOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        row_from = self.row_from

        row_count = self.row_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postal_code": postal_code,
                "gender_id": gender_id,
                "age_from": age_from,
                "age_to": age_to,
                "number_prefix": number_prefix,
                "operator": operator,
                "row_from": row_from,
                "row_count": row_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        postal_code = d.pop("postal_code")

        _gender_id = d.pop("gender_id")
        gender_id = int(_gender_id)
        if isinstance(_gender_id, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("gender_id: a boolean where a number is declared")

        _age_from = d.pop("age_from")
        age_from = int(_age_from)
        if isinstance(_age_from, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("age_from: a boolean where a number is declared")

        _age_to = d.pop("age_to")
        age_to = int(_age_to)
        if isinstance(_age_to, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("age_to: a boolean where a number is declared")

        def _parse_number_prefix(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        number_prefix = _parse_number_prefix(d.pop("number_prefix"))

        def _parse_operator(data: object) -> MobileOperator | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = MobileOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MobileOperator | None, data)

        operator = _parse_operator(d.pop("operator"))

        _row_from = d.pop("row_from")
        row_from = int(_row_from)
        if isinstance(_row_from, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("row_from: a boolean where a number is declared")

        _row_count = d.pop("row_count")
        row_count = int(_row_count)
        if isinstance(_row_count, bool):
            # int(True) is 1: a boolean where a number is promised is not a number the service meant.
            raise TypeError("row_count: a boolean where a number is declared")

        postal_filter = cls(
            postal_code=postal_code,
            gender_id=gender_id,
            age_from=age_from,
            age_to=age_to,
            number_prefix=number_prefix,
            operator=operator,
            row_from=row_from,
            row_count=row_count,
        )

        postal_filter.additional_properties = d
        return postal_filter

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
