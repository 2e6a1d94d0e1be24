"""A stateful mock of the IranPayamak web service, for testing SMS code without sending SMS.

Needs the ``mock`` extra: ``pip install "iranpayamak[mock]"``. Three ways to run it:

- In-process, for fast tests::

      from iranpayamak.testing import MockService

      mock = MockService()
      client = mock.client()                       # an IranPayamak wired to the mock
      client.otp.send("09121234567", pattern="mockOtp001")
      mock.outbox[-1].text                          # 'کد ورود شما: 483920'

- On a real port, for any client::

      with MockServer() as mock:
          print(mock.url, mock.api_key)

- From the command line: ``iranpayamak mock --port 4010``.

Your app's own pattern codes, sender lines and balance: ``mock.add_pattern("SJ3FgPrE0C", "کد: %code%")``,
``mock.add_line("30001234")``, ``mock.balance = 0``.

pytest users get the ``iranpayamak_mock`` and ``iranpayamak_client`` fixtures automatically.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from ._app import RecordedRequest
    from ._faults import Fault, Faults
    from ._server import MockServer
    from ._service import DEFAULT_API_KEY, MockService
    from ._state import MockClock, OutboxMessage, ReceivedMessage

__all__ = [
    "DEFAULT_API_KEY",
    "Fault",
    "Faults",
    "MockClock",
    "MockServer",
    "MockService",
    "OutboxMessage",
    "ReceivedMessage",
    "RecordedRequest",
]

# Nothing is imported until it is used: the pytest plugin (``pytest_plugin``, loaded by every pytest
# run through the ``pytest11`` entry point) lives in this package, and the mock's dependencies
# (Starlette, uvicorn, ...) are only there with the ``mock`` extra.
_LAZY = {
    "RecordedRequest": "._app",
    "Fault": "._faults",
    "Faults": "._faults",
    "MockServer": "._server",
    "DEFAULT_API_KEY": "._service",
    "MockService": "._service",
    "MockClock": "._state",
    "OutboxMessage": "._state",
    "ReceivedMessage": "._state",
}

_import_lazily, __dir__ = lazy_attributes(__name__, _LAZY, globals())


def __getattr__(name: str) -> Any:
    try:
        return _import_lazily(name)
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] in {"iranpayamak", "iranpayamak_api"}:
            raise  # a broken installation of this package, not a missing extra
        raise ModuleNotFoundError(
            f'iranpayamak.testing needs the mock extra: pip install "iranpayamak[mock]" ({error})', name=error.name
        ) from error
