# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.panel``: the panel operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.

Methods whose names start with ``_`` are wrapped by the hand-written class in
``iranpayamak/resources/panel.py``, which adds the public method of that name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iranpayamak_api.types import UNSET

from ..._resource import Resource, payload_of
from ...raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api.models import (
        TwoFactorMethod,
    )


__all__ = [
    "AsyncPanelResource",
    "AsyncPanelResourceWithRawResponse",
    "PanelResource",
    "PanelResourceWithRawResponse",
]


class PanelResource(Resource):
    """The ``panel`` operations."""

    @property
    def with_raw_response(self) -> PanelResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.panel.with_raw_response.login(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return PanelResourceWithRawResponse(self)

    def _login(
        self,
        username: str,
        password: str,
        *,
        method: TwoFactorMethod | str | None = None,
    ) -> Any:
        """Sign in to the user panel.

        Starts a panel session with a username and password; `method` picks the second factor (`sms` or
        `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
        they authenticate with the Api-Key header. The page's schema is empty and its response example is
        `{}`; the fields come from its request example, and none is marked required. Requiring `username`
        and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
        calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
        token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
        whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
        with `verify_two_factor`. Neither is documented.

        Args:
            username: See the spec.
            password: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in
                an error.
            method: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import login as operation
        from iranpayamak_api.models import LoginRequest, TwoFactorMethod

        args = self._args
        password = args.secret(password, "password")
        _username = args.string(username, "username", min_length=1)
        _password = args.string(password, "password", min_length=1, secret=True)
        _method = UNSET if method is None else args.enum(TwoFactorMethod, method, "method")
        body = LoginRequest(
            username=_username,
            password=_password,
            method=_method,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def _verify_two_factor(
        self,
        token: str,
        code: str,
        *,
        method: TwoFactorMethod | str | None = None,
    ) -> Any:
        """Confirm a panel sign-in with its two-factor code.

        Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
        user received or read from an authenticator app. The page's schema is empty; the fields come from
        its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
        and `code` is inferred, since they are what the call checks; `method` is nullable per the
        example's comment. The success body is not documented; we infer that, as with `login`,
        `data.token` is the panel token once the sign-in is complete.

        Args:
            token: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in an
                error.
            code: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in an
                error.
            method: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import verify_two_factor as operation
        from iranpayamak_api.models import TwoFactorMethod, TwoFactorVerifyRequest

        args = self._args
        token = args.secret(token, "token")
        code = args.secret(code, "code")
        _token = args.string(token, "token", min_length=1, secret=True)
        _code = args.string(code, "code", pattern="^[0-9]+$", secret=True)
        _method = UNSET if method is None else args.enum(TwoFactorMethod, method, "method")
        body = TwoFactorVerifyRequest(
            token=_token,
            code=_code,
            method=_method,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def logout(
        self,
    ) -> Any:
        """End a panel session.

        Ends the panel session whose bearer token is sent, after which the token is refused; unrelated
        to the web service. The page declares bearer authentication and no body, so only a panel token
        is sent.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import logout as operation

        result = operation.sync(client=self._api)
        return payload_of(result)

    def register(
        self,
        mobile: str,
        *,
        username: str | None = None,
        password: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
    ) -> Any:
        """Register a panel user.

        Creates a panel account; not needed to use the web service. No documentation page exists. The
        fields the form asks for are served by `get_register_form`, so the body is an open object whose
        common fields are listed; the response is the plain envelope.

        Args:
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            username: See the spec.
            password: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in
                an error.
            first_name: See the spec.
            last_name: See the spec.
            email: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import register_panel_user as operation
        from iranpayamak_api.models import PanelRegisterRequest

        args = self._args
        password = None if password is None else args.secret(password, "password")
        _mobile = args.mobile(mobile, "mobile")
        _username = UNSET if username is None else args.string(username, "username")
        _password = UNSET if password is None else args.string(password, "password", secret=True)
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        body = PanelRegisterRequest(
            mobile=_mobile,
            username=_username,
            password=_password,
            first_name=_first_name,
            last_name=_last_name,
            email=_email,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def register_form(
        self,
    ) -> Any:
        """Show the fields of the panel's registration form.

        Returns what the panel's registration form asks for. The page documents an empty success body;
        the envelope's `data` is not described. The page declares the Api-Key header.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import get_register_form as operation

        result = operation.sync(client=self._api)
        return payload_of(result)


class PanelResourceWithRawResponse:
    """``client.panel.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PanelResource) -> None:
        self.login = raw_method(resource, PanelResource._login)
        self.verify_two_factor = raw_method(resource, PanelResource._verify_two_factor)
        self.logout = raw_method(resource, PanelResource.logout)
        self.register = raw_method(resource, PanelResource.register)
        self.register_form = raw_method(resource, PanelResource.register_form)


class AsyncPanelResource(Resource):
    """The ``panel`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncPanelResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.panel.with_raw_response.login(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncPanelResourceWithRawResponse(self)

    async def _login(
        self,
        username: str,
        password: str,
        *,
        method: TwoFactorMethod | str | None = None,
    ) -> Any:
        """Sign in to the user panel.

        Starts a panel session with a username and password; `method` picks the second factor (`sms` or
        `ga` for an authenticator app) when two-factor sign-in is on. Web-service calls do not need this:
        they authenticate with the Api-Key header. The page's schema is empty and its response example is
        `{}`; the fields come from its request example, and none is marked required. Requiring `username`
        and `password` is inferred (a sign-in needs both); `method` is null in the example, whose comment
        calls it nullable. The page declares the Api-Key header. We infer that `data` carries a panel
        token under `token` (the name `verify_two_factor` takes it by), which authenticates the operations
        whose pages declare a bearer token; with a second factor, the token is the challenge to confirm
        with `verify_two_factor`. Neither is documented.

        Args:
            username: See the spec.
            password: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in
                an error.
            method: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import login as operation
        from iranpayamak_api.models import LoginRequest, TwoFactorMethod

        args = self._args
        password = args.secret(password, "password")
        _username = args.string(username, "username", min_length=1)
        _password = args.string(password, "password", min_length=1, secret=True)
        _method = UNSET if method is None else args.enum(TwoFactorMethod, method, "method")
        body = LoginRequest(
            username=_username,
            password=_password,
            method=_method,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def _verify_two_factor(
        self,
        token: str,
        code: str,
        *,
        method: TwoFactorMethod | str | None = None,
    ) -> Any:
        """Confirm a panel sign-in with its two-factor code.

        Completes a `login` that asked for a second factor, with the challenge `token` and the `code` the
        user received or read from an authenticator app. The page's schema is empty; the fields come from
        its example (none is marked required), and the page declares the Api-Key header. Requiring `token`
        and `code` is inferred, since they are what the call checks; `method` is nullable per the
        example's comment. The success body is not documented; we infer that, as with `login`,
        `data.token` is the panel token once the sign-in is complete.

        Args:
            token: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in an
                error.
            code: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in an
                error.
            method: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import verify_two_factor as operation
        from iranpayamak_api.models import TwoFactorMethod, TwoFactorVerifyRequest

        args = self._args
        token = args.secret(token, "token")
        code = args.secret(code, "code")
        _token = args.string(token, "token", min_length=1, secret=True)
        _code = args.string(code, "code", pattern="^[0-9]+$", secret=True)
        _method = UNSET if method is None else args.enum(TwoFactorMethod, method, "method")
        body = TwoFactorVerifyRequest(
            token=_token,
            code=_code,
            method=_method,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def logout(
        self,
    ) -> Any:
        """End a panel session.

        Ends the panel session whose bearer token is sent, after which the token is refused; unrelated
        to the web service. The page declares bearer authentication and no body, so only a panel token
        is sent.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import logout as operation

        result = await operation.asyncio(client=self._api)
        return payload_of(result)

    async def register(
        self,
        mobile: str,
        *,
        username: str | None = None,
        password: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
    ) -> Any:
        """Register a panel user.

        Creates a panel account; not needed to use the web service. No documentation page exists. The
        fields the form asks for are served by `get_register_form`, so the body is an open object whose
        common fields are listed; the response is the plain envelope.

        Args:
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            username: See the spec.
            password: A secret: held masked (``'****'`` in any repr or dump of locals) and never quoted in
                an error.
            first_name: See the spec.
            last_name: See the spec.
            email: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent (a secret argument is never quoted).
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import register_panel_user as operation
        from iranpayamak_api.models import PanelRegisterRequest

        args = self._args
        password = None if password is None else args.secret(password, "password")
        _mobile = args.mobile(mobile, "mobile")
        _username = UNSET if username is None else args.string(username, "username")
        _password = UNSET if password is None else args.string(password, "password", secret=True)
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        body = PanelRegisterRequest(
            mobile=_mobile,
            username=_username,
            password=_password,
            first_name=_first_name,
            last_name=_last_name,
            email=_email,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def register_form(
        self,
    ) -> Any:
        """Show the fields of the panel's registration form.

        Returns what the panel's registration form asks for. The page documents an empty success body;
        the envelope's `data` is not described. The page declares the Api-Key header.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.panel import get_register_form as operation

        result = await operation.asyncio(client=self._api)
        return payload_of(result)


class AsyncPanelResourceWithRawResponse:
    """``client.panel.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncPanelResource) -> None:
        self.login = async_raw_method(resource, AsyncPanelResource._login)
        self.verify_two_factor = async_raw_method(resource, AsyncPanelResource._verify_two_factor)
        self.logout = async_raw_method(resource, AsyncPanelResource.logout)
        self.register = async_raw_method(resource, AsyncPanelResource.register)
        self.register_form = async_raw_method(resource, AsyncPanelResource.register_form)
