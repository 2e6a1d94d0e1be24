"""Every example of docs/api.md runs against the mock, as a reader would paste it after making a client.

An example is built from the spec's examples, which name records (order 18, ticket 1203) and credentials
that a fresh mock does not hold: the mock answering "not found" or "wrong password" still shows that the
call is well formed and reached the service. What fails is anything the SDK refuses before sending
(a wrong argument, a missing setting) and any answer other than those two.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iranpayamak.testing import MockService
from iranpayamak_api.errors import AuthenticationError, NotFoundError

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _examples() -> list[tuple[str, str]]:
    text = API_MD.read_text(encoding="utf-8")
    found = []
    for heading, body in re.findall(r"^### `(client\.[\w.]+)`\n(.*?)(?=^### |\Z)", text, re.MULTILINE | re.DOTALL):
        blocks = re.findall(r"^```python\n(.*?)^```", body, re.MULTILINE | re.DOTALL)
        # The first block is the signature, the second the example.
        assert len(blocks) == 2, heading
        found.append((heading, blocks[1]))
    return found


EXAMPLES = _examples()


def test_every_spec_operation_has_an_example() -> None:
    assert len(EXAMPLES) >= 60


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=[method for method, _ in EXAMPLES])
def test_the_example_runs_against_the_mock(method: str, example: str) -> None:
    mock = MockService()
    with mock.client(panel_token="a-panel-token") as client:
        try:
            exec(compile(example, f"docs/api.md ({method})", "exec"), {"client": client})
        except (NotFoundError, AuthenticationError):
            assert mock.requests, "answered without a request"
