# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.profile_plan import ProfilePlan


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """The account profile.

    Attributes:
        display_name (str):
        mobile (str): The owner's mobile; the documentation shows it masked.
        verified (bool):
        blocked (bool):
        plan (ProfilePlan): The account's plan.
        permissions (str): The permission mask, as hexadecimal digits.
    """

    display_name: str
    mobile: str
    verified: bool
    blocked: bool
    plan: ProfilePlan
    permissions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        mobile = self.mobile

        verified = self.verified

        blocked = self.blocked

        plan = self.plan.to_dict()

        permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "mobile": mobile,
                "verified": verified,
                "blocked": blocked,
                "plan": plan,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_plan import ProfilePlan

        d = dict(src_dict)
        display_name = d.pop("displayName")

        mobile = d.pop("mobile")

        verified = d.pop("verified")

        blocked = d.pop("blocked")

        plan = ProfilePlan.from_dict(d.pop("plan"))

        permissions = d.pop("permissions")

        profile = cls(
            display_name=display_name,
            mobile=mobile,
            verified=verified,
            blocked=blocked,
            plan=plan,
            permissions=permissions,
        )

        profile.additional_properties = d
        return profile

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
