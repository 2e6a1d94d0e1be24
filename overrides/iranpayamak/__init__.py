"""Typed sync and async client for the IranPayamak (FarazSMS) SMS web service.

Example::

    from iranpayamak import IranPayamak

    client = IranPayamak()                      # key from IRANPAYAMAK_API_KEY
    client.account.balance()                    # Balance(amount=5000, count=25, details=[...])
    client.sms.send_pattern("SJ3FgPrE0C", "+98 912 000 0000", {"code": "1234"})
    client.otp.send("09120000000", pattern="SJ3FgPrE0C")
    for message in client.reports.inbox():
        print(message.text)

This package builds on the generated low-level client, ``iranpayamak_api``, which it may import;
the generated package never imports this one.
"""

from iranpayamak_api import __version__

from . import errors
from .bulk import BulkSendResult, PatternSendResult
from .client import AsyncIranPayamak, IranPayamak
from .errors import InvalidPhoneNumber
from .otp import OtpSent
from .pagination import AsyncPager, Page, Pager
from .phone import MobileOperator, NormalizedMobiles, mobile_operator, normalize_mobile, normalize_mobiles
from .resources import Balance

__all__ = [
    "AsyncIranPayamak",
    "AsyncPager",
    "Balance",
    "BulkSendResult",
    "InvalidPhoneNumber",
    "IranPayamak",
    "MobileOperator",
    "NormalizedMobiles",
    "OtpSent",
    "Page",
    "Pager",
    "PatternSendResult",
    "__version__",
    "errors",
    "mobile_operator",
    "normalize_mobile",
    "normalize_mobiles",
]
