"""Typed sync and async client for the IranPayamak (FarazSMS) SMS web service.

Example::

    from iranpayamak import IranPayamak

    client = IranPayamak()                      # key from IRANPAYAMAK_API_KEY
    client.account.balance()                    # Balance(amount=5000, count=25, details=[...])
    client.sms.send_pattern("SJ3FgPrE0C", "+98 912 000 0000", {"code": "1234"})
    client.otp.send("09120000000", pattern="SJ3FgPrE0C")
    for message in client.reports.inbox():
        print(message.text)
    message_parts("سلام")                         # MessageParts(parts=1, encoding='ucs2', ...)

This package builds on the generated low-level client, ``iranpayamak_api``, which it may import;
the generated package never imports this one.
"""

from typing import TYPE_CHECKING

from iranpayamak_api import __version__

from . import errors
from ._lazy import lazy_attributes
from .client import AsyncIranPayamak, IranPayamak
from .errors import InvalidPhoneNumber

if TYPE_CHECKING:
    from .bulk import BulkSendResult, PatternSendResult
    from .estimate import DryRun, Estimate
    from .inbox_watch import InboxEvent
    from .otp import OtpSent
    from .pagination import AsyncPager, Page, Pager
    from .parts import MessageParts, message_parts
    from .pattern_checks import PatternPreview
    from .phone import MobileOperator, NormalizedMobiles, mobile_operator, normalize_mobile, normalize_mobiles
    from .resources import Balance
    from .tracking import Delivery, StatusChange

__all__ = [
    "AsyncIranPayamak",
    "AsyncPager",
    "Balance",
    "BulkSendResult",
    "Delivery",
    "DryRun",
    "Estimate",
    "InboxEvent",
    "InvalidPhoneNumber",
    "IranPayamak",
    "MessageParts",
    "MobileOperator",
    "NormalizedMobiles",
    "OtpSent",
    "Page",
    "Pager",
    "PatternPreview",
    "PatternSendResult",
    "StatusChange",
    "__version__",
    "errors",
    "message_parts",
    "mobile_operator",
    "normalize_mobile",
    "normalize_mobiles",
]

# The rest is imported on first use, so `import iranpayamak` loads little beyond the clients.
_LAZY = {
    "BulkSendResult": ".bulk",
    "PatternSendResult": ".bulk",
    "OtpSent": ".otp.codes",
    "AsyncPager": ".pagination",
    "Page": ".pagination",
    "Pager": ".pagination",
    "MobileOperator": ".phone",
    "NormalizedMobiles": ".phone",
    "mobile_operator": ".phone",
    "normalize_mobile": ".phone",
    "normalize_mobiles": ".phone",
    "Balance": ".resources.account",
    "DryRun": ".estimate",
    "Estimate": ".estimate",
    "InboxEvent": ".inbox_watch",
    "MessageParts": ".parts",
    "message_parts": ".parts",
    "PatternPreview": ".pattern_checks",
    "Delivery": ".tracking",
    "StatusChange": ".tracking",
}


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
