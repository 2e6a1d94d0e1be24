"""The clients send what the spec says: every operation, through both layers, against Prism.

Prism (pinned in package.json) serves the spec with request validation on (``--errors``): a request
that does not match the spec is answered 422, which the clients raise. Each of the 63 operations is
called through the generated functions and through the ergonomic client with the spec's examples,
and the answer (Prism returns the spec's success example) must parse into the typed result.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from generator.resources import Method
from iranpayamak import IranPayamak
from iranpayamak.pagination import Pager
from iranpayamak_api import Client
from iranpayamak_api.types import File
from tests.conftest import ROOT, SPEC_PATH
from tests.fakes import NOW
from tests.spec_examples import (
    METHODS,
    OPERATIONS,
    ergonomic_call,
    expected_result,
    low_level_call,
    low_level_module,
    normalized,
    operation_of,
    plain,
    success,
)

PRISM = ROOT / "node_modules" / ".bin" / "prism"
KEY = "prism-contract-key"
TOKEN = "prism-panel-token"
# Operations documented with a panel token that fall back to the key: checked both ways.
BEARER_OR_KEY = [
    pytest.param(p, o, id=o["operationId"])
    for _, p, o in OPERATIONS
    if [list(requirement) for requirement in o["security"]] == [["PanelBearer"], ["ApiKeyAuth"]]
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    """A Prism mock of the spec on a free port, stopped when the module's tests are done."""
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run `npm ci` (scripts/test does)")
    port = _free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", str(SPEC_PATH), "--host", "127.0.0.1", "--port", str(port), "--errors"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited early:\n{process.stdout.read() if process.stdout else ''}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("Prism did not start within two minutes")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.parametrize(
    ("path", "operation"),
    [pytest.param(p, o, id=o["operationId"]) for _, p, o in OPERATIONS],
)
def test_generated_function_passes_prism_validation(prism: str, path: str, operation: dict[str, Any]) -> None:
    _passes_prism(prism, path, operation, Client(api_key=KEY, panel_token=TOKEN, base_url=prism, max_retries=0))


@pytest.mark.parametrize(("path", "operation"), BEARER_OR_KEY)
def test_bearer_documented_operation_called_with_the_key_passes_prism(
    prism: str, path: str, operation: dict[str, Any]
) -> None:
    _passes_prism(prism, path, operation, Client(api_key=KEY, base_url=prism, max_retries=0))


def _passes_prism(prism: str, path: str, operation: dict[str, Any], client: Client) -> None:
    positional, keywords, _ = low_level_call(path, operation)
    with client:
        result = low_level_module(operation).sync(*positional, client=client, **keywords)
    _, media_type, example = success(operation)
    if media_type == "application/json":
        assert normalized(result.to_dict()) == normalized(example)
    else:
        assert isinstance(result, File) and result.payload.read()


@pytest.mark.parametrize("method", METHODS, ids=[f"{m.namespace}.{m.name}" for m in METHODS])
def test_ergonomic_method_passes_prism_validation(prism: str, method: Method) -> None:
    positional, keywords, _ = ergonomic_call(method)
    with IranPayamak(api_key=KEY, panel_token=TOKEN, base_url=prism, max_retries=0, clock=lambda: NOW) as client:
        result = getattr(getattr(client, method.namespace), method.public_name)(*positional, **keywords)
        if isinstance(result, Pager):
            result = result.page()
    _, media_type, example = success(operation_of(method)[2])
    if media_type == "application/json":
        assert normalized(plain(result)) == normalized(expected_result(method, example.get("data")))
    else:
        assert isinstance(result, bytes) and result
