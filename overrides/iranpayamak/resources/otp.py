"""``client.otp``: send a one-time code through a pattern."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING

from iranpayamak_api import Client
from iranpayamak_api.types import Secret

from .._arguments import Arguments
from .._resource import Resource
from .._steps import Call, Flow, Step
from ..errors import IdempotencyError
from ..idempotency import Idempotency, idempotent_flow
from ..otp import MAX_CODE_LENGTH, MIN_CODE_LENGTH, OtpSent, check_code, generate_code

if TYPE_CHECKING:
    from iranpayamak_api.models import NumberFormat

__all__ = ["AsyncOtp", "Otp"]


def _prepare(mobile: str | int, code: Secret | None, length: int, variable: str, args: Arguments) -> tuple[str, Secret]:
    """The normalized recipient and the code to send (the given one, checked, or a new one), as a Secret."""
    recipient = args.mobile(mobile, "mobile")
    args.string(variable, "variable", min_length=1)
    if code is not None:
        return recipient, Secret(check_code(code))
    args.integer(length, "length", minimum=MIN_CODE_LENGTH, maximum=MAX_CODE_LENGTH)
    return recipient, Secret(generate_code(length))


def _keyed(
    args: Arguments, key: str | None, mobile: str | int, pattern: str, settings: tuple[object, ...]
) -> Idempotency | None:
    # A given code is not part of the fingerprint: a short code's hash would be easy to reverse.
    length, variable, line_number, number_format = settings
    args.string(pattern, "pattern", min_length=1)  # checked before the fingerprint is made of them
    sent_as = args.as_sent(line_number, number_format)
    return args.sending.keyed(key, "otp.send", args.mobile(mobile, "mobile"), pattern, length, variable, *sent_as)


def _pad(secret: str, nonce: str, label: bytes) -> bytes:
    key = hashlib.sha256(b"iranpayamak idempotency: one-time code\x00" + secret.encode()).digest()
    return hmac.new(key, label + bytes.fromhex(nonce), hashlib.sha256).digest()


def _sealed(code: str, secret: str) -> str:
    """``code`` enciphered for the idempotency store under the API key (``secret``).

    A store shared by many processes (Redis) is read by more people than the codes should be: what it
    keeps is the code plus a pseudo-random offset modulo 10**digits, from an HMAC of a fresh nonce
    keyed by the API key, with a tag that says whether a reader's key is the right one.
    """
    nonce = secrets.token_hex(16)
    offset = int.from_bytes(_pad(secret, nonce, b"pad"), "big")
    digits = str((int(code) + offset) % 10 ** len(code)).zfill(len(code))
    tag = hmac.new(_pad(secret, nonce, b"tag"), digits.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{nonce}:{digits}:{tag}"


def _opened(sealed: str, secret: str) -> str | None:
    """The code of :func:`_sealed`, or None when it was sealed under another API key (or is not a seal)."""
    nonce, _, rest = sealed.partition(":")
    digits, _, tag = rest.partition(":")
    try:
        expected = hmac.new(_pad(secret, nonce, b"tag"), digits.encode(), hashlib.sha256).hexdigest()[:32]
    except ValueError:  # not a nonce
        return None
    if not digits.isdigit() or not hmac.compare_digest(expected, tag):
        return None
    offset = int.from_bytes(_pad(secret, nonce, b"pad"), "big")
    return str((int(digits) - offset) % 10 ** len(digits)).zfill(len(digits))


def _codec(
    api: Client, keyed: Idempotency | None
) -> tuple[Callable[[OtpSent], dict[str, object]], Callable[[dict[str, object]], OtpSent]]:
    """How a keyed send keeps its result, and gets it back: the code too, since a repeat must return the
    code that was sent, but sealed under the API key (see :func:`_sealed`)."""
    secret = str(api.api_key or "")

    def stored(sent: OtpSent) -> dict[str, object]:
        return {
            "sealed_code": _sealed(str(sent.code), secret),
            "send_request_id": sent.send_request_id,
            "recipient": sent.recipient,
        }

    def restored(record: dict[str, object]) -> OtpSent:
        if "code" in record:  # kept in clear by 0.2.0, until its keys expire
            code: str | None = str(record["code"])
        else:
            code = _opened(str(record.get("sealed_code", "")), secret)
        if code is None:
            raise IdempotencyError(
                f"the key's first send went out (send request {record['send_request_id']}), but its code was "
                "kept under another API key, so this client cannot read it; not sending again",
                key="" if keyed is None else keyed.key,
            )
        return OtpSent(
            code=Secret(code), send_request_id=int(str(record["send_request_id"])), recipient=str(record["recipient"])
        )

    return stored, restored


def _send_flow(
    api: Client,
    args: Arguments,
    mobile: str | int,
    pattern: str,
    code: Secret | None,
    settings: tuple[int, str, str | int | None, NumberFormat | str | None],
    key: str | None,
) -> Flow[Step, OtpSent]:
    """``otp.send``, for both clients: the code sent with the pattern, once per idempotency key."""
    length, variable, line_number, number_format = settings
    recipient, value = _prepare(mobile, code, length, variable, args)
    keyed = _keyed(args, key, recipient, pattern, settings)

    def send() -> Flow[Step, OtpSent]:
        # The public send_pattern of the same client (unkeyed: this flow keys the code's send).
        send_request_id: int = yield Call(
            "sms",
            "send_pattern",
            (pattern, recipient, {variable: value}),
            {"line_number": line_number, "number_format": number_format},
        )
        return OtpSent(code=value, send_request_id=send_request_id, recipient=recipient)

    encode, decode = _codec(api, keyed)
    sent: OtpSent = yield from idempotent_flow(keyed, send(), encode=encode, decode=decode)
    return sent


class Otp(Resource):
    """One-time codes sent through a pattern send."""

    def send(
        self,
        mobile: str | int,
        pattern: str,
        *,
        length: int = 6,
        variable: str = "code",
        code: str | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        idempotency_key: str | None = None,
    ) -> OtpSent:
        """Generate a code with ``secrets`` (or use ``code``) and send it with ``pattern``.

        Args:
            mobile: The recipient, in any common spelling.
            pattern: The code of an approved pattern with a ``%code%`` variable (see ``variable``).
            length: Digits in a generated code, 4 to 10.
            variable: The pattern variable the code fills.
            code: Send this code instead of generating one (digits only, 4 to 10 of them).
            line_number: The sender line; the client's default when None.
            number_format: ``english`` or ``persian`` digits; the client's default when None.
            idempotency_key: Send once per key: a repeat returns the first send's code and id without
                sending. The code is kept in the client's idempotency store until the key expires,
                enciphered under the API key (a repeat by a client with another key raises
                ``IdempotencyError``); see :mod:`iranpayamak.idempotency`.

        Returns:
            The code, the send request id and the normalized recipient. The code is a ``Secret``: its
            ``repr`` (and that of the result) is masked, but it is the code's text.

        Raises:
            InvalidArgumentError: An argument was rejected (a given ``code`` is never quoted); nothing was sent.
            PatternCheckError: The pattern is not approved, or has no such variable, or a code of this length
                is longer than the variable allows (unless the client has ``check_patterns=False``).
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.

        Example::

            sent = client.otp.send("09121234567", pattern="SJ3FgPrE0C")
        """
        code = None if code is None else self._args.secret(code, "code")  # masked in a traceback's locals from here
        settings = (length, variable, line_number, number_format)
        flow = _send_flow(self._api, self._args, mobile, pattern, code, settings, idempotency_key)
        return self._run(flow)


class AsyncOtp(Resource):
    """One-time codes sent through a pattern send (asynchronous)."""

    async def send(
        self,
        mobile: str | int,
        pattern: str,
        *,
        length: int = 6,
        variable: str = "code",
        code: str | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        idempotency_key: str | None = None,
    ) -> OtpSent:
        """The asynchronous :meth:`Otp.send`."""
        code = None if code is None else self._args.secret(code, "code")  # masked in a traceback's locals from here
        settings = (length, variable, line_number, number_format)
        flow = _send_flow(self._api, self._args, mobile, pattern, code, settings, idempotency_key)
        return await self._run_async(flow)
