"""The ``account`` tag: balance, profile, lines and orders."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._state import MockState, OrderRecord
from ._common import Call, _invalid, _not_found, handles

if TYPE_CHECKING:
    from iranpayamak_api import wire


def _order(state: MockState, order_id: str) -> OrderRecord:
    # Ids are 64-bit: longer digits name no order (and int() refuses more than 4,300 of them).
    order = state.orders.get(int(order_id)) if len(order_id) <= 18 else None
    if order is None or order["status"] == "cancelled":
        raise _not_found()
    return order


@handles("get_balance")
def get_balance(state: MockState, call: Call) -> wire.Balance:
    count_ = state.balance // state.rate
    return {
        "balanceAmount": state.balance,
        "balanceCount": count_,
        "details": [{"count": count_, "rate": state.rate, "amount": state.balance}],
    }


@handles("charge_wallet")
def charge_wallet(state: MockState, call: Call) -> dict[str, Any]:
    order_id = state.next_id()
    state.orders[order_id] = {
        "id": order_id,
        "amount": call.body["amount"],
        "status": "created",
        "redirect": call.body.get("redirectUrl"),
    }
    return {"orderId": order_id, "amount": call.body["amount"]}


@handles("get_profile")
def get_profile(state: MockState, call: Call) -> wire.Profile:
    return state.profile


@handles("register_account")
def register_account(state: MockState, call: Call) -> None:
    return None


@handles("update_account")
def update_account(state: MockState, call: Call) -> None:
    if "first_name" in call.body or "last_name" in call.body:
        state.profile["displayName"] = f"{call.body.get('first_name', '')} {call.body.get('last_name', '')}".strip()
    if "mobile" in call.body:
        state.profile["mobile"] = call.body["mobile"]


@handles("list_lines")
def list_lines(state: MockState, call: Call) -> list[wire.Line]:
    lines = state.lines
    if "is_dedicated" in call.params:
        lines = [line for line in lines if line["is_dedicated"] == bool(call.params["is_dedicated"])]
    if call.params.get("search"):
        lines = [line for line in lines if call.params["search"] in line["line_number"]]
    return lines


@handles("apply_order_discount")
def apply_order_discount(state: MockState, call: Call) -> dict[str, Any]:
    order = _order(state, call.body["orderId"])
    if order["status"] != "created":
        raise _invalid("orderId", "The order is already paid.")
    order["amount"] = order["amount"] * 9 // 10
    return {"orderId": order["id"], "amount": order["amount"]}


@handles("cancel_order")
def cancel_order(state: MockState, call: Call) -> None:
    order = _order(state, call.body["orderId"])
    if order["status"] != "created":
        raise _invalid("orderId", "The order is already paid.")
    order["status"] = "cancelled"


@handles("pay_order")
def pay_order(state: MockState, call: Call) -> dict[str, Any]:
    order = _order(state, call.body["orderId"])
    if order["status"] == "created":
        # The mock's gateway approves every payment at once.
        order["status"] = "paid"
        state.balance += int(order["amount"])
    source = call.body.get("paymentSource", "gateway")
    result: dict[str, Any] = {"orderId": order["id"], "status": order["status"]}
    if source != "wallet":
        result["redirectUrl"] = call.body.get("redirectUrl") or order.get("redirect")
    return result
