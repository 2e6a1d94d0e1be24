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
