"""pytest fixtures for testing SMS code against the mock (registered through the ``pytest11`` entry point).

::

    def test_login_sends_a_code(iranpayamak_client, iranpayamak_mock):
        iranpayamak_client.otp.send("09121234567", pattern="mockOtp001")
        assert iranpayamak_mock.outbox[-1].recipient == "09121234567"

To give the mock your app's own account (its pattern codes, sender lines, balance), override
``iranpayamak_mock`` in your ``conftest.py``, asking for the plugin's own by the same name; every test
and ``iranpayamak_client`` then get the seeded mock::

    @pytest.fixture
    def iranpayamak_mock(iranpayamak_mock):
        iranpayamak_mock.add_pattern("SJ3FgPrE0C", "کد ورود شما: %code%")
        iranpayamak_mock.add_line("30001234")
        return iranpayamak_mock

A test can change its mock further: ``iranpayamak_mock.balance = 0`` to see what the app does when the
credit runs out.

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
    """A fresh in-process mock account for each test: the demo account, which a ``conftest.py`` may
    extend by overriding this fixture (see the module's docstring)."""
    from iranpayamak.testing import MockService

    with MockService() as mock:
        yield mock


@pytest.fixture
def iranpayamak_client(iranpayamak_mock: MockService) -> Iterator[IranPayamak]:
    """An ``IranPayamak`` client wired to ``iranpayamak_mock``."""
    client: IranPayamak = iranpayamak_mock.client()
    with client:
        yield client
