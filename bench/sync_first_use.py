"""What a synchronous client's first use of every namespace loads: the asynchronous code among it.

Two fresh interpreters list ``sys.modules`` after their code ran:

- the baseline, httpx doing for itself what the client does with it: ``import httpx``, an
  ``httpx.Client()`` with its default transport (which imports httpcore, and with it httpcore's async
  half and anyio: those come with httpx), and one request through an ``httpx.MockTransport``;
- the same, then an ``IranPayamak`` over a ``MockTransport`` touching every namespace and reading the
  balance once.

An asynchronous module is ``asyncio``, ``anyio`` or ``trio`` (or one of their submodules), or any module
with ``async`` in its name (our async resource classes, httpcore's async half). The figure is how many
of them the client loads beyond the baseline; the goal is none.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass

__all__ = ["SyncFirstUseResult", "asynchronous", "measure_sync_first_use"]

_BALANCE = {"status": "success", "data": {"balanceAmount": 5000, "balanceCount": 25}}

BASELINE = f"""
import httpx
answer = lambda request: httpx.Response(200, json={_BALANCE!r})
httpx.Client()
httpx.Client(transport=httpx.MockTransport(answer)).get("https://api.iranpayamak.com/x").json()
"""

CLIENT = """
from functools import cached_property
from iranpayamak import IranPayamak
# The namespaces are the client's cached properties, each importing its module when first read.
NAMESPACES = sorted(name for name, value in vars(IranPayamak).items() if isinstance(value, cached_property))
client = IranPayamak(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
for name in NAMESPACES:
    getattr(client, name)
client.account.balance()
"""

_PACKAGES = frozenset({"asyncio", "anyio", "trio"})


def asynchronous(modules: set[str]) -> set[str]:
    """The asynchronous modules among ``modules``."""
    return {name for name in modules if name.split(".")[0] in _PACKAGES or "async" in name}


@dataclass(frozen=True)
class SyncFirstUseResult:
    """The namespaces touched, and the asynchronous modules loaded beyond httpx's own."""

    namespaces: list[str]
    baseline_asynchronous: list[str]
    """The asynchronous modules httpx loads itself (allowed)."""
    extra_asynchronous: list[str]
    """The asynchronous modules the client loads beyond them (the goal: none)."""

    @property
    def count(self) -> int:
        """How many asynchronous modules the client loads beyond httpx's own."""
        return len(self.extra_asynchronous)


def _run(code: str) -> dict[str, list[str]]:
    script = textwrap.dedent(code) + "\nimport json as _json, sys as _sys\n"
    script += "print(_json.dumps({'modules': sorted(_sys.modules), 'namespaces': globals().get('NAMESPACES', [])}))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: dict[str, list[str]] = json.loads(done.stdout)
    return loaded


def measure_sync_first_use() -> SyncFirstUseResult:
    """List the asynchronous modules a sync client touching every namespace loads beyond httpx's own."""
    baseline = asynchronous(set(_run(BASELINE)["modules"]))
    client = _run(BASELINE + CLIENT)
    if not client["namespaces"]:
        raise RuntimeError("found no namespace of IranPayamak to touch")
    return SyncFirstUseResult(
        namespaces=client["namespaces"],
        baseline_asynchronous=sorted(baseline),
        extra_asynchronous=sorted(asynchronous(set(client["modules"])) - baseline),
    )
