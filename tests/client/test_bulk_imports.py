"""Sending in bulk from a sync client loads nothing async, and OTP does not load the bulk sends.

Each check runs in a fresh interpreter and compares with a baseline: what a bare ``import httpx``
loads (if httpx ever brings ``asyncio`` in itself, the client cannot keep it out).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SEND = textwrap.dedent(
    """
    import httpx
    from iranpayamak import IranPayamak

    def answer(request):
        return httpx.Response(200, json={"status": "success", "code": "200", "message": "ok", "data": 7})

    client = IranPayamak(
        "k" * 32, line_number="9999", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    assert client.sms.send_simple("hi", ["09121234567", "09121234568"], chunk_size=1) == [7, 7]
    assert client.sms.send_simple_bulk("hi", iter(["09121234567"])).send_request_ids == [7]
    assert client.sms.send_pattern_many("abc", ["09121234567", "09121234568"], {"code": "1"}).send_request_ids == [7, 7]
    """
)


def _loaded_after(code: str) -> set[str]:
    """The modules loaded by running ``code`` in a fresh interpreter."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output.splitlines()[-1]))


@pytest.fixture(scope="module")
def baseline() -> set[str]:
    return _loaded_after("import httpx")


@pytest.mark.parametrize(
    "code", ["import iranpayamak.bulk", SEND], ids=["import iranpayamak.bulk", "sync bulk and pattern sends"]
)
def test_sync_bulk_sends_do_not_import_asyncio(code: str, baseline: set[str]) -> None:
    loaded = _loaded_after(code)
    assert "iranpayamak.bulk" in loaded  # the check looks at the code it means to
    assert "asyncio" not in loaded - baseline


def test_otp_classifies_send_errors_without_loading_the_bulk_sends() -> None:
    loaded = _loaded_after("import iranpayamak.otp.service")
    assert "iranpayamak.outcomes" in loaded
    assert "iranpayamak.bulk" not in loaded


def test_names_importable_from_the_former_bulk_module_still_are() -> None:
    import iranpayamak.bulk
    import iranpayamak.errors
    import iranpayamak.outcomes

    assert iranpayamak.bulk.may_have_been_sent is iranpayamak.outcomes.may_have_been_sent
    assert iranpayamak.bulk.is_fatal is iranpayamak.outcomes.is_fatal
    assert iranpayamak.bulk.BulkSendError is iranpayamak.errors.BulkSendError
    assert iranpayamak.bulk.SendInterruptedError is iranpayamak.errors.SendInterruptedError
