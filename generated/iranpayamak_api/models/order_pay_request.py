# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.payment_source import PaymentSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPayRequest")


@_attrs_define
class OrderPayRequest:
    """Form of `pay_order`.

    Attributes:
        order_id (str):
        payment_source (PaymentSource | Unset): How an order is paid.
        redirect_url (str | Unset): Where the payment gateway returns the user. The page marks it nullable; a form field
            cannot be
            null, so leave it out when there is none.
    """

    order_id: str
    payment_source: PaymentSource | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        payment_source: str | Unset = UNSET
        if not isinstance(self.payment_source, Unset):
            payment_source = self.payment_source.value

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if payment_source is not UNSET:
            field_dict["paymentSource"] = payment_source
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("orderId", (None, str(self.order_id).encode(), "text/plain")))

        if not isinstance(self.payment_source, Unset):
            files.append(("paymentSource", (None, str(self.payment_source.value).encode(), "text/plain")))

        if not isinstance(self.redirect_url, Unset):
            files.append(("redirectUrl", (None, str(self.redirect_url).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        _payment_source = d.pop("paymentSource", UNSET)
        payment_source: PaymentSource | Unset
        if isinstance(_payment_source, Unset):
            payment_source = UNSET
        else:
            payment_source = PaymentSource(_payment_source)

        redirect_url = d.pop("redirectUrl", UNSET)

        order_pay_request = cls(
            order_id=order_id,
            payment_source=payment_source,
            redirect_url=redirect_url,
        )

        order_pay_request.additional_properties = d
        return order_pay_request

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
