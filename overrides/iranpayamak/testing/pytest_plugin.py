"""pytest fixtures for testing SMS code against the mock (registered through the ``pytest11`` entry point).

::

    def test_login_sends_a_code(iranpayamak_client, iranpayamak_mock):
        iranpayamak_client.otp.send("09121234567", pattern="mockOtp001")
        assert iranpayamak_mock.outbox[-1].recipient == "09121234567"

The mock is imported only when a fixture is used, so installing the package never slows or breaks
test suites that do not use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from iranpayamak import IranPayamak
    from iranpayamak.testing import MockService


@pytest.fixture
def iranpayamak_mock() -> Iterator[MockService]:
    """A fresh in-process mock account for each test."""
    from iranpayamak.testing import MockService

    with MockService() as mock:
        yield mock


@pytest.fixture
def iranpayamak_client(iranpayamak_mock: MockService) -> Iterator[IranPayamak]:
    """An ``IranPayamak`` client wired to ``iranpayamak_mock``."""
    client: IranPayamak = iranpayamak_mock.client()
    with client:
        yield client
