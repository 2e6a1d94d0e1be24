"""A synchronous app that uses OTP never loads asyncio (issue 16): only the async service needs it."""

from __future__ import annotations

import subprocess
import sys

_LOADED = "import sys; print('asyncio' in sys.modules)"

_SYNC_OTP = """
import httpx
from iranpayamak import IranPayamak
from iranpayamak.otp import OtpService
client = IranPayamak(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(
    lambda request: httpx.Response(200, json={"status": "success", "data": 7}))))
otp = OtpService(client, pattern="P1", expose_codes=True)
assert otp.verify("09121234567", otp.issue("09121234567").code) is True
client.otp
"""


def _loads_asyncio(code: str) -> bool:
    done = subprocess.run([sys.executable, "-c", code + "\n" + _LOADED], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip() == "True"


def test_a_sync_otp_login_does_not_load_asyncio_unless_httpx_does() -> None:
    baseline = _loads_asyncio("import httpx")
    assert _loads_asyncio(_SYNC_OTP) is baseline
