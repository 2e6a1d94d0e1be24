"""Ready-made request bodies and answers for tests of the generated client."""

from __future__ import annotations

import io
from typing import Any

from iranpayamak_api.models import (
    NumberFormat,
    PatternSendRequest,
    PatternValues,
    SimpleSendFileRequest,
)
from iranpayamak_api.types import File

BALANCE: dict[str, Any] = {
    "status": "success",
    "message": None,
    "data": {"balanceAmount": 5000, "balanceCount": 25, "details": [{"count": 25, "rate": 200, "amount": 5000}]},
}


def pattern_body(recipient: str = "09121234567") -> PatternSendRequest:
    """A valid pattern send."""
    return PatternSendRequest(
        code="SJ3FgPrE0C",
        recipient=recipient,
        attributes=PatternValues.from_dict({"code": "482913"}),
        line_number="90008361",
        number_format=NumberFormat.ENGLISH,
    )


def simple_file_body() -> SimpleSendFileRequest:
    """A valid simple send from a file."""
    return SimpleSendFileRequest(
        text="جشنواره زمستانه",
        line_number="90008361",
        recipients_file=File(payload=io.BytesIO(b"mobile\n09121234567\n"), file_name="list.csv"),
    )
