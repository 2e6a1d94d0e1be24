"""Schemathesis checks that the mock answers what the spec says, for every operation.

It generates valid and invalid requests from the spec and runs its default checks on each answer:
status codes, content types, response schemas, rejection of invalid data, acceptance of valid data,
authentication. Valid requests are made realistic first where the spec cannot say what exists in the
account (its lines, its approved pattern, its phonebook, ...), as a real account would need.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from iranpayamak.testing import MockService
from iranpayamak.testing._spec import load_spec

MOCK = MockService(balance=10**15)
# The key goes through Schemathesis' own auth settings, so its negative cases can leave it out.
CONFIG = SchemathesisConfig.from_dict({"auth": {"openapi": {"ApiKeyAuth": {"api_key": MOCK.api_key}}}})
schema = schemathesis.openapi.from_dict(load_spec(), config=CONFIG)
schema.app = MOCK.app

# Values that exist in the seeded demo account, for requests that refer to account records.
EXISTING = {
    "line_number": "90008361",
    "from": "90008361",
    "code": "mockOtp001",
}


def _phonebook() -> int:
    return next(iter(MOCK.state.phonebooks))


def realistic(case: Any) -> None:
    """Point a valid request at records that exist in the demo account."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return
    body = case.body
    operation_id = case.operation.definition.raw.get("operationId")
    for key, value in EXISTING.items():
        if key in body and not (key == "code" and operation_id != "send_pattern"):
            body[key] = value
    if operation_id == "send_pattern":
        body["attributes"] = {**body.get("attributes", {}), "code": "1234"}
    for key in ("phone_book_id",):
        if key in body:
            body[key] = _phonebook()
    for piece in body.get("selectedPhoneBooks", []) or []:
        piece["id"] = _phonebook()
    for peer in body.get("peers", []) or []:
        for piece in peer.get("selectedPhoneBooks", []) or []:
            piece["id"] = _phonebook()
    if operation_id == "send_to_number_bank":
        for piece in body.get("recipients", []) or []:
            piece["bank_id"] = 5
    if operation_id == "send_voice":
        body["file_id"] = next(iter(MOCK.state.voice_files), 0) or MOCK.state.next_id()
        MOCK.state.voice_files.setdefault(body["file_id"], b"audio")
    if operation_id == "add_contact" and "phone_book_data_id" in body:
        body.pop("phone_book_data_id")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_mock_answers_what_the_spec_says(case: Any) -> None:
    # Every case starts from the seeded account: otherwise what ran before on the same worker (a deleted
    # phonebook, a spent balance) decides the outcome, and xdist shares the work out differently each run.
    MOCK.reset()
    realistic(case)
    case.call_and_validate()
