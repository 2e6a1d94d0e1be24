"""``client.panel``: signing in to the user panel, whose token the bearer-documented operations take."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from iranpayamak_api.types import Secret

from .._generated.resources.panel import (
    AsyncPanelResource,
    AsyncPanelResourceWithRawResponse,
    PanelResource,
    PanelResourceWithRawResponse,
)
from ..raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api.models import TwoFactorMethod

__all__ = ["AsyncPanel", "AsyncPanelWithRawResponse", "Panel", "PanelSession", "PanelWithRawResponse"]

# Where an answer may carry the token. Undocumented: `token` is the name verify_two_factor takes it by;
# the others are what Laravel's token packages answer with.
_TOKEN_KEYS = ("token", "access_token", "accessToken", "api_token")
# Keys that, when true, say the token is a challenge for verify_two_factor (also undocumented).
_TWO_FACTOR_KEYS = ("two_factor", "two_factor_required", "requires_two_factor", "2fa")


def _token_of(data: Any) -> Secret | None:
    if isinstance(data, str) and data.strip():
        return Secret(data.strip())
    if isinstance(data, Mapping):
        for key in _TOKEN_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return Secret(value.strip())
    return None


@frozen
class PanelSession:
    """What ``panel.login`` or ``panel.verify_two_factor`` answered.

    The documentation shows neither answer (its only example is ``{}``), so everything here is read
    permissively from what arrived, and ``data`` keeps all of it.

    Attributes:
        token: The panel token (``Authorization: Bearer``) the LBS campaigns, ``pay_order``,
            ``account.lines`` and ``panel.logout`` are documented to take; None when the answer carried
            none. Masked in every ``repr``.
        two_factor_required: The service asks for a second factor: ``token`` is then the challenge to
            pass to ``verify_two_factor`` with the code, not yet a session.
        data: The answer's ``data`` as it arrived (None for the documented ``{}``).

    Example::

        session = client.panel.login("shop", password)
        if session.two_factor_required:
            session = client.panel.verify_two_factor(session.token, input("code: "))
        panel = client.with_options(panel_token=session.token)
        campaigns = panel.lbs.list()
    """

    token: Secret | None
    two_factor_required: bool
    data: Any = field(repr=False)

    @classmethod
    def of(cls, data: Any) -> PanelSession:
        """The session an answer's ``data`` describes."""
        pending = isinstance(data, Mapping) and any(data.get(key) is True for key in _TWO_FACTOR_KEYS)
        return cls(token=_token_of(data), two_factor_required=pending, data=data)


class Panel(PanelResource):
    """The ``panel`` operations."""

    def login(self, username: str, password: str, *, method: TwoFactorMethod | str | None = None) -> PanelSession:
        """Sign in to the user panel; the answer's token authenticates the bearer-documented operations.

        With ``method`` (``sms`` or ``ga``) and two-factor sign-in on, the answer is a challenge:
        confirm it with :meth:`verify_two_factor`.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (the password is never quoted).
            AuthenticationError: The service refused the credentials.
        """
        password = self._args.secret(password, "password")  # before anything can fail with it in a frame
        return PanelSession.of(self._login(username, password, method=method))

    def verify_two_factor(self, token: str, code: str, *, method: TwoFactorMethod | str | None = None) -> PanelSession:
        """Confirm a sign-in that asked for a second factor; the answer carries the session's token.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (token and code are never quoted).
            AuthenticationError: The service refused the code.
        """
        token, code = self._args.secret(token, "token"), self._args.secret(code, "code")
        return PanelSession.of(self._verify_two_factor(token, code, method=method))

    @property
    def with_raw_response(self) -> PanelWithRawResponse:
        """These operations returning their HTTP answer; sign-in's ``parse()`` is a :class:`PanelSession`."""
        return PanelWithRawResponse(self)


class PanelWithRawResponse(PanelResourceWithRawResponse):
    """``client.panel.with_raw_response``, whose sign-in methods parse to :class:`PanelSession`."""

    def __init__(self, resource: Panel) -> None:
        super().__init__(resource)
        self.login = raw_method(resource, Panel.login)
        self.verify_two_factor = raw_method(resource, Panel.verify_two_factor)


class AsyncPanel(AsyncPanelResource):
    """The ``panel`` operations (asynchronous)."""

    async def login(self, username: str, password: str, *, method: TwoFactorMethod | str | None = None) -> PanelSession:
        """See :meth:`Panel.login`."""
        password = self._args.secret(password, "password")
        return PanelSession.of(await self._login(username, password, method=method))

    async def verify_two_factor(
        self, token: str, code: str, *, method: TwoFactorMethod | str | None = None
    ) -> PanelSession:
        """See :meth:`Panel.verify_two_factor`."""
        token, code = self._args.secret(token, "token"), self._args.secret(code, "code")
        return PanelSession.of(await self._verify_two_factor(token, code, method=method))

    @property
    def with_raw_response(self) -> AsyncPanelWithRawResponse:
        """See :attr:`Panel.with_raw_response`."""
        return AsyncPanelWithRawResponse(self)


class AsyncPanelWithRawResponse(AsyncPanelResourceWithRawResponse):
    """``client.panel.with_raw_response`` (asynchronous), whose sign-in methods parse to :class:`PanelSession`."""

    def __init__(self, resource: AsyncPanel) -> None:
        super().__init__(resource)
        self.login = async_raw_method(resource, AsyncPanel.login)
        self.verify_two_factor = async_raw_method(resource, AsyncPanel.verify_two_factor)
