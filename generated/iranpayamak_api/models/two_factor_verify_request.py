# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.two_factor_method import TwoFactorMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorVerifyRequest")


@_attrs_define
class TwoFactorVerifyRequest:
    """Body of `verify_two_factor`. The page gives `code` no pattern; digits only is inferred from its
    six-digit example and from the codes that SMS and authenticator apps produce.

        Attributes:
            token (str):
            code (str):
            method (None | TwoFactorMethod | Unset):
    """

    token: str
    code: str
    method: TwoFactorMethod | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        code = self.code

        method: str | Unset | None
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, TwoFactorMethod):
            method = self.method.value
        else:
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "code": code,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        code = d.pop("code")

        def _parse_method(data: object) -> TwoFactorMethod | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = TwoFactorMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TwoFactorMethod | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        two_factor_verify_request = cls(
            token=token,
            code=code,
            method=method,
        )

        two_factor_verify_request.additional_properties = d
        return two_factor_verify_request

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
