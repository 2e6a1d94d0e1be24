"""A synchronous client loads no asynchronous code: touching every namespace, and calling one, imports
neither ``asyncio`` nor an async-only module beyond what httpx itself loads."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from iranpayamak import IranPayamak

NAMESPACES = sorted(name for name, value in vars(IranPayamak).items() if type(value).__name__ == "cached_property")
BALANCE = {"status": "success", "data": {"balanceAmount": 5000, "balanceCount": 25}}

# The same httpx work the client does, without the client: what httpx loads itself is allowed. Its
# default transport imports httpcore (which loads its own async half and anyio) for the first request.
BASELINE = f"""
import httpx
import httpcore
answer = lambda request: httpx.Response(200, json={BALANCE!r})
httpx.Client(transport=httpx.MockTransport(answer)).get("https://api.iranpayamak.com/x").json()
"""


def _loaded(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


def _asynchronous(modules: set[str]) -> set[str]:
    return {name for name in modules if name.split(".")[0] in {"asyncio", "anyio", "trio"} or "async" in name}


def _client_touching(namespaces: list[str]) -> str:
    return BASELINE + textwrap.dedent(
        f"""
        from iranpayamak import IranPayamak
        client = IranPayamak(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        for name in {namespaces!r}:
            namespace = getattr(client, name)
            getattr(namespace, "with_raw_response", None)  # every namespace but otp has one
        client.account.balance()
        """
    )


def test_the_namespaces_are_all_listed() -> None:
    assert len(NAMESPACES) == 11 and "sms" in NAMESPACES and "otp" in NAMESPACES


def test_a_sync_client_imports_no_asynchronous_code() -> None:
    baseline = _asynchronous(_loaded(BASELINE))
    assert "asyncio" not in baseline  # else this test could not see the client import it
    assert sorted(_asynchronous(_loaded(_client_touching(NAMESPACES))) - baseline) == []
