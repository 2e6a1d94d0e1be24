"""One-time codes: generated with ``secrets``, sent through a pattern.

``client.otp.send(mobile, pattern=...)`` generates a code, sends it with the pattern send (the
service's fastest path, never queued behind campaigns) and returns it, so the application can keep
it for verification.

Example::

    sent = client.otp.send("0912 123 4567", pattern="SJ3FgPrE0C")
    store(sent.recipient, sent.code)
"""

from __future__ import annotations

import secrets

from attrs import field, frozen

from .errors import InvalidArgumentError

__all__ = ["MAX_CODE_LENGTH", "MIN_CODE_LENGTH", "OtpSent", "check_code", "generate_code"]

MIN_CODE_LENGTH = 4
MAX_CODE_LENGTH = 10


@frozen
class OtpSent:
    """A one-time code that was sent.

    Attributes:
        code: The code; hidden in ``repr`` so it does not end up in logs.
        send_request_id: The id of the send request that carries it.
        recipient: The number it was sent to, normalized.
    """

    code: str = field(repr=lambda _: "'******'")
    send_request_id: int
    recipient: str


def _check_length(length: object) -> int:
    if isinstance(length, bool) or not isinstance(length, int) or not MIN_CODE_LENGTH <= length <= MAX_CODE_LENGTH:
        raise InvalidArgumentError(
            f"length: must be a whole number from {MIN_CODE_LENGTH} to {MAX_CODE_LENGTH}, got {length!r}",
            field="length",
            reason="out of range",
        )
    return length


def generate_code(length: int = 6) -> str:
    """A random code of ``length`` digits from the operating system's secure generator.

    The first digit is never 0: a pattern variable typed as a number would drop it.
    """
    length = _check_length(length)
    return str(10 ** (length - 1) + secrets.randbelow(9 * 10 ** (length - 1)))


def check_code(code: object) -> str:
    """A caller-supplied code: Latin digits only, between 4 and 10 of them."""
    if not isinstance(code, str) or not code.isascii() or not code.isdigit():
        raise InvalidArgumentError(f"code: must be digits only, got {code!r}", field="code", reason="not digits")
    if not MIN_CODE_LENGTH <= len(code) <= MAX_CODE_LENGTH:
        raise InvalidArgumentError(
            f"code: must have {MIN_CODE_LENGTH} to {MAX_CODE_LENGTH} digits, got {len(code)}",
            field="code",
            reason="wrong length",
        )
    return code
