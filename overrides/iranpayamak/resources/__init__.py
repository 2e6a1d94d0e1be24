"""Hand-written additions to the resource namespaces whose behaviour goes beyond one request per call.

Each module subclasses the namespace's generated classes (``iranpayamak/_generated/resources/``) and
adds names: chunked and concurrent sends, contacts in batches of 500, the balance in plain names, panel
sign-in's session, pattern previews, delivery and inbox tracking, and one-time codes (``otp``, which is
hand-written whole). An operation such a method wraps is private in the spec (``sms._send_simple``), so
no generated method is overridden with another contract.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .account import Account, AsyncAccount, Balance
    from .otp import AsyncOtp, Otp
    from .panel import AsyncPanel, Panel, PanelSession
    from .patterns import AsyncPatterns, Patterns
    from .phonebook import AsyncPhonebook, Phonebook
    from .reports import AsyncReports, Reports
    from .sms import AsyncSms, Sms

__all__ = [
    "Account",
    "AsyncAccount",
    "AsyncOtp",
    "AsyncPanel",
    "AsyncPatterns",
    "AsyncPhonebook",
    "AsyncReports",
    "AsyncSms",
    "Balance",
    "Otp",
    "Panel",
    "PanelSession",
    "Patterns",
    "Phonebook",
    "Reports",
    "Sms",
]

# Imported on first use: a client loads only the namespaces it is asked for.
_MODULES = {
    "Account": ".account",
    "AsyncAccount": ".account",
    "Balance": ".account",
    "Otp": ".otp",
    "AsyncOtp": ".otp",
    "Panel": ".panel",
    "AsyncPanel": ".panel",
    "PanelSession": ".panel",
    "Patterns": ".patterns",
    "AsyncPatterns": ".patterns",
    "Reports": ".reports",
    "AsyncReports": ".reports",
    "Phonebook": ".phonebook",
    "AsyncPhonebook": ".phonebook",
    "Sms": ".sms",
    "AsyncSms": ".sms",
}


__getattr__, __dir__ = lazy_attributes(__name__, _MODULES, globals())
