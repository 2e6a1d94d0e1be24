"""Resource namespaces whose behaviour goes beyond one request per call.

They subclass the classes generated from the spec (``iranpayamak._generated``) and override only the
methods where the ergonomics differ: chunked and concurrent sends, contacts in batches of 500, the
balance in plain names, the lines as one list, and one-time codes.
"""

from .account import Account, AsyncAccount, Balance
from .otp import AsyncOtp, Otp
from .phonebook import AsyncPhonebook, Phonebook
from .sms import AsyncSms, Sms

__all__ = ["Account", "AsyncAccount", "AsyncOtp", "AsyncPhonebook", "AsyncSms", "Balance", "Otp", "Phonebook", "Sms"]
