"""Resource namespaces whose behaviour goes beyond one request per call.

They subclass the classes generated from the spec (``iranpayamak._generated``) and override only the
methods where the ergonomics differ: chunked and concurrent sends, contacts in batches of 500, the
balance in plain names, the lines as one list, one-time codes, and panel sign-in's token.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .account import Account, AsyncAccount, Balance
    from .otp import AsyncOtp, Otp
    from .panel import AsyncPanel, Panel, PanelSession
    from .phonebook import AsyncPhonebook, Phonebook
    from .sms import AsyncSms, Sms

__all__ = [
    "Account",
    "AsyncAccount",
    "AsyncOtp",
    "AsyncPanel",
    "AsyncPhonebook",
    "AsyncSms",
    "Balance",
    "Otp",
    "Panel",
    "PanelSession",
    "Phonebook",
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
    "Phonebook": ".phonebook",
    "AsyncPhonebook": ".phonebook",
    "Sms": ".sms",
    "AsyncSms": ".sms",
}


__getattr__, __dir__ = lazy_attributes(__name__, _MODULES, globals())
