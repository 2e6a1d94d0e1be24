"""One-time codes: generated with ``secrets``, checked, and hashed for storage.

``client.otp.send(mobile, pattern=...)`` generates a code with :func:`generate_code`, sends it with
the pattern send (the service's fastest path, never queued behind campaigns) and returns it as an
:class:`OtpSent`. :class:`~iranpayamak.otp.OtpService` keeps only :func:`hash_code`'s salted HMAC of
it, never the code.

Example::

    sent = client.otp.send("0912 123 4567", pattern="SJ3FgPrE0C")
    digest = hash_code(sent.code, salt=new_salt(), mobile=sent.recipient, purpose="login")
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets

from attrs import field, frozen

from .._digits import TO_ASCII_DIGITS
from ..errors import InvalidArgumentError

__all__ = [
    "MAX_CODE_LENGTH",
    "MIN_CODE_LENGTH",
    "OtpSent",
    "check_code",
    "check_length",
    "codes_match",
    "generate_code",
    "hash_code",
    "new_salt",
    "normalize_entered_code",
]

MIN_CODE_LENGTH = 4
MAX_CODE_LENGTH = 10

# What people paste around a code: spaces, dashes, ZWNJ and bidi marks.
_FORMATTING = re.compile(r"[\s\-\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Longer input cannot be a code; it is compared anyway (as a wrong code) without hashing all of it.
_MAX_ENTERED = 64


@frozen
class OtpSent:
    """A one-time code that was sent.

    Attributes:
        code: The code; hidden in ``repr`` so it does not end up in logs.
        send_request_id: The id of the send request that carries it.
        recipient: The number it was sent to, normalized.

    Example::

        sent = client.otp.send("09121234567", pattern="SJ3FgPrE0C")
        print(sent)  # OtpSent(code='******', send_request_id=407328, recipient='09121234567')
    """

    code: str = field(repr=lambda _: "'******'")
    send_request_id: int
    recipient: str


def check_length(length: object, name: str = "length") -> int:
    """``length`` if it is a whole number of digits a code may have (4 to 10).

    Raises:
        InvalidArgumentError: naming ``name``.

    Example::

        >>> check_length(6)
        6
    """
    if isinstance(length, bool) or not isinstance(length, int) or not MIN_CODE_LENGTH <= length <= MAX_CODE_LENGTH:
        raise InvalidArgumentError(
            f"{name}: must be a whole number from {MIN_CODE_LENGTH} to {MAX_CODE_LENGTH}, got {length!r}",
            field=name,
            reason="out of range",
        )
    return length


def generate_code(length: int = 6) -> str:
    """A random code of ``length`` digits from the operating system's secure generator.

    The first digit is never 0: a pattern variable typed as a number would drop it.

    Example::

        code = generate_code(6)  # e.g. '483920'
    """
    length = check_length(length)
    return str(10 ** (length - 1) + secrets.randbelow(9 * 10 ** (length - 1)))


def check_code(code: object) -> str:
    """A caller-supplied code to send: Latin digits only, between 4 and 10 of them.

    Example::

        >>> check_code("012345")
        '012345'
    """
    if not isinstance(code, str) or not code.isascii() or not code.isdigit():
        # The value is not echoed: it is meant to be secret, and error messages end up in logs.
        got = "text with other characters" if isinstance(code, str) else type(code).__name__
        raise InvalidArgumentError(f"code: must be digits only, got {got}", field="code", reason="not digits")
    if not MIN_CODE_LENGTH <= len(code) <= MAX_CODE_LENGTH:
        raise InvalidArgumentError(
            f"code: must have {MIN_CODE_LENGTH} to {MAX_CODE_LENGTH} digits, got {len(code)}",
            field="code",
            reason="wrong length",
        )
    return code


def normalize_entered_code(entered: object) -> str:
    """A code as a person typed it, in Latin digits: Persian and Arabic-Indic digits are translated
    and spaces, dashes and invisible marks removed. Anything else is kept, so it simply fails to match.

    Raises:
        InvalidArgumentError: ``entered`` is not text (a programming error, not a wrong code).

    Example::

        >>> normalize_entered_code(" ۴۸۳ ۹۲۰ ")
        '483920'
    """
    if not isinstance(entered, str):
        # Not even its type is quoted: a number given here may still be the right code.
        raise InvalidArgumentError("code: must be text", field="code", reason="not text")
    return _FORMATTING.sub("", entered[: _MAX_ENTERED * 4].translate(TO_ASCII_DIGITS))[:_MAX_ENTERED]


def new_salt() -> str:
    """A fresh random salt (hex) for :func:`hash_code`; every code gets its own.

    Example::

        salt = new_salt()  # 32 hex digits
    """
    return secrets.token_hex(16)


def hash_code(code: str, *, salt: str, mobile: str, purpose: str, secret: bytes = b"") -> str:
    """The HMAC-SHA256 (hex) of ``code``, salted and bound to the number and purpose it was sent for.

    Binding to ``mobile`` and ``purpose`` means a stored hash copied to another number or purpose does
    not verify there. ``secret`` (a pepper kept outside the store) is what stops someone holding a copy
    of the store from finding a code by trying all of them: a 6-digit code has only 900,000 values.

    Example::

        digest = hash_code("483920", salt=new_salt(), mobile="09121234567", purpose="login")
    """
    # JSON keeps the fields apart: ("a|b", "c") and ("a", "b|c") cannot produce the same message.
    message = json.dumps([salt, mobile, purpose, code], ensure_ascii=True).encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def codes_match(digest: str, candidate_digest: str) -> bool:
    """Compare two digests in constant time, so timing does not reveal how much of a guess was right.

    Example::

        >>> codes_match("ab" * 32, "ab" * 32)
        True
    """
    return hmac.compare_digest(digest.encode(), candidate_digest.encode())
