"""``client.otp``: send a one-time code through a pattern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from iranpayamak_api import Client
from iranpayamak_api.types import Secret

from .._arguments import Arguments
from .._resource import Resource
from ..otp import MAX_CODE_LENGTH, MIN_CODE_LENGTH, OtpSent, check_code, generate_code
from .sms import AsyncSms, Sms

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


class Otp(Resource):
    """One-time codes sent through a pattern send."""

    def __init__(self, api: Client, args: Arguments) -> None:
        super().__init__(api, args)
        self._sms = Sms(api, args)

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

        Returns:
            The code, the send request id and the normalized recipient. The code is a ``Secret``: its
            ``repr`` (and that of the result) is masked, but it is the code's text.

        Raises:
            InvalidArgumentError: An argument was rejected (a given ``code`` is never quoted); nothing was sent.

        Example::

            sent = client.otp.send("09121234567", pattern="SJ3FgPrE0C")
        """
        code = None if code is None else self._args.secret(code, "code")
        recipient, value = _prepare(mobile, code, length, variable, self._args)
        send_request_id = self._sms.send_pattern(
            pattern, recipient, {variable: value}, line_number=line_number, number_format=number_format
        )
        return OtpSent(code=value, send_request_id=send_request_id, recipient=recipient)


class AsyncOtp(Resource):
    """One-time codes sent through a pattern send (asynchronous)."""

    def __init__(self, api: Client, args: Arguments) -> None:
        super().__init__(api, args)
        self._sms = AsyncSms(api, args)

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
    ) -> OtpSent:
        """The asynchronous :meth:`Otp.send`."""
        code = None if code is None else self._args.secret(code, "code")
        recipient, value = _prepare(mobile, code, length, variable, self._args)
        send_request_id = await self._sms.send_pattern(
            pattern, recipient, {variable: value}, line_number=line_number, number_format=number_format
        )
        return OtpSent(code=value, send_request_id=send_request_id, recipient=recipient)
