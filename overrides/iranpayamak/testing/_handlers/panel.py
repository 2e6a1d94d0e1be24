"""The ``panel`` tag: the web panel's login and registration."""

from __future__ import annotations

from typing import Any

from .._state import MockState
from ._common import Call, Refused, handles

PANEL_USER = ("demo", "demo")
"""The panel username and password the mock accepts."""
TWO_FACTOR_CODE = "123456"
"""The second-factor code the mock accepts."""


@handles("login")
def login(state: MockState, call: Call) -> dict[str, Any]:
    if (call.body["username"], call.body["password"]) != PANEL_USER:
        raise Refused(401, "نام کاربری یا رمز عبور اشتباه است", key="message")
    token = f"panel-{state.next_id()}"
    state.panel_tokens[token] = "pending" if call.body.get("method") else "active"
    return {"token": token, "two_factor": bool(call.body.get("method"))}


@handles("verify_two_factor")
def verify_two_factor(state: MockState, call: Call) -> dict[str, Any]:
    if state.panel_tokens.get(call.body["token"]) != "pending" or call.body["code"] != TWO_FACTOR_CODE:
        raise Refused(401, "کد تایید اشتباه است", key="message")
    state.panel_tokens[call.body["token"]] = "active"
    return {"token": call.body["token"]}


@handles("logout")
def logout(state: MockState, call: Call) -> None:
    if call.bearer:
        state.panel_tokens.pop(call.bearer, None)


@handles("register_panel_user")
def register_panel_user(state: MockState, call: Call) -> None:
    return None


@handles("get_register_form")
def get_register_form(state: MockState, call: Call) -> dict[str, Any]:
    return {"fields": ["mobile", "username", "password", "first_name", "last_name", "email"]}
