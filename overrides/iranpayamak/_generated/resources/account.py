# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.account``: the account operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from iranpayamak_api.types import UNSET

from ..._resource import Resource, items_of, payload_of
from ...raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        AccountCeo,
        AccountCompany,
        Balance,
        Line,
        PaymentSource,
        PersonGender,
        Profile,
    )


__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
]


class AccountResource(Resource):
    """The ``account`` operations."""

    @property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.account.with_raw_response.apply_discount(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AccountResourceWithRawResponse(self)

    def apply_discount(
        self,
        order_id: str,
        discount_code: str,
    ) -> Any:
        """Apply a discount code to an unpaid order.

        Applies `discountCode` to the order `orderId` before payment. The page sends a multipart form and
        lists no required fields; requiring both is inferred, since neither means anything without the
        other. The success body is undocumented.

        Args:
            order_id: See the spec.
            discount_code: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import apply_order_discount as operation
        from iranpayamak_api.models import OrderDiscountRequest

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        _discount_code = args.string(discount_code, "discount_code", min_length=1)
        body = OrderDiscountRequest(
            order_id=_order_id,
            discount_code=_discount_code,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def balance(
        self,
    ) -> Balance:
        """Show the account balance.

        Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
        and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
        Like the other account operations it answers with the singular `message` key. The page gives a
        unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
        inferred (in its example, count times rate is the amount, and the parts add up to the total).
        One public client reads the amounts in snake_case (`balance_amount`). Those names are not
        declared here, but unknown fields are kept as received, and the camelCase fields the page
        requires are optional so that such a body still parses.

        Returns:
            The ``data`` of the answer (Balance).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import get_balance as operation

        result = operation.sync(client=self._api)
        return result.data

    def cancel_order(
        self,
        order_id: str,
    ) -> Any:
        """Cancel an unpaid order.

        Cancels the order `orderId`. No documentation page exists; the multipart form with `orderId`
        follows the sibling order operations, and the response is the plain envelope.

        Args:
            order_id: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import cancel_order as operation
        from iranpayamak_api.models import OrderCancelRequest

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        body = OrderCancelRequest(
            order_id=_order_id,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def charge_wallet(
        self,
        amount: int,
        *,
        redirect_url: str | None = None,
    ) -> Any:
        """Start a wallet top-up.

        Creates a payable order that charges the wallet by `amount` and returns to `redirectUrl` after
        payment. The currency is not stated. The page's request schema is empty; the fields come from its
        example, and none is marked required. Requiring `amount` is inferred (a top-up needs one);
        `redirectUrl` stays optional. The success body is undocumented.

        Args:
            amount: Amount to add to the wallet.
            redirect_url: Where the payment gateway returns the user.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import charge_wallet as operation
        from iranpayamak_api.models import WalletChargeRequest

        args = self._args
        _amount = args.integer(amount, "amount", minimum=1)
        _redirect_url = UNSET if redirect_url is None else args.string(redirect_url, "redirect_url", format="uri")
        body = WalletChargeRequest(
            amount=_amount,
            redirect_url=_redirect_url,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def lines(
        self,
        *,
        search: str | None = None,
        is_dedicated: bool | None = None,
    ) -> builtins.list[Line]:
        """List the sender lines the account may use.

        Returns the lines usable as `line_number`, including the shared line `90008361`. The success
        body is undocumented; public client code finds the rows either directly in `data` or in
        `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
        query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
        the page declares a bearer panel token only; a client holding one sends it, and one without
        sends the Api-Key header, as the official clients do.

        Args:
            search: Free-text filter.
            is_dedicated: 1 for dedicated lines only, 0 for shared lines only.

        Returns:
            The records (list[Line]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import list_lines as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _is_dedicated = UNSET if is_dedicated is None else Flag(int(args.boolean(is_dedicated, "is_dedicated")))
        result = operation.sync(client=self._api, search=_search, is_dedicated=_is_dedicated)
        return items_of(result.data)

    def pay_order(
        self,
        order_id: str,
        *,
        payment_source: PaymentSource | str | None = None,
        redirect_url: str | None = None,
    ) -> Any:
        """Pay a created order from the wallet, a payment gateway, or both.

        Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
        afterwards. The page sends a multipart form. The page lists no required fields; requiring
        `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
        nullable; a multipart form has no null, so the field is left out instead. The success body
        is undocumented. Authentication: the page declares a bearer panel token only. A client
        holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
        instead, which is inferred to work here (public clients use it on `list_lines`; nothing
        shows it on this operation).

        Args:
            order_id: See the spec.
            payment_source: How an order is paid.
            redirect_url: Where the payment gateway returns the user. The page marks it nullable; a form
                field cannot be null, so leave it out when there is none.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import pay_order as operation
        from iranpayamak_api.models import OrderPayRequest, PaymentSource

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        _payment_source = (
            UNSET if payment_source is None else args.enum(PaymentSource, payment_source, "payment_source")
        )
        _redirect_url = UNSET if redirect_url is None else args.string(redirect_url, "redirect_url")
        body = OrderPayRequest(
            order_id=_order_id,
            payment_source=_payment_source,
            redirect_url=_redirect_url,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def profile(
        self,
    ) -> Profile:
        """Show the account profile.

        Returns the account's display name, mobile, verification and block flags, plan and permission
        mask. The page's description was copied from a login page and is ignored.

        Returns:
            The ``data`` of the answer (Profile).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import get_profile as operation

        result = operation.sync(client=self._api)
        return result.data

    def register(
        self,
        mobile: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        father_name: str | None = None,
        gender: PersonGender | int | None = None,
        national_code: str | None = None,
        national_id: str | None = None,
        br_date: int | None = None,
        live_province_id: int | None = None,
        live_city_id: int | None = None,
        live_postal_code: str | None = None,
        fixed_phone: str | None = None,
        email: str | None = None,
        address: str | None = None,
        ceo: AccountCeo | wire.AccountCeo | None = None,
        company: AccountCompany | wire.AccountCompany | None = None,
    ) -> Any:
        """Register an account through the web service.

        Registers an account on behalf of the key's owner; not needed to send messages. No documentation
        page exists. The body is inferred to carry the personal fields of `update_account` plus the new
        account's mobile, and accepts further fields; the response is the plain envelope.

        Args:
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            first_name: See the spec.
            last_name: See the spec.
            father_name: See the spec.
            gender: 1 men, 2 women, 3 other.
            national_code: See the spec.
            national_id: See the spec.
            br_date: Birth date, Unix time in seconds.
            live_province_id: See the spec.
            live_city_id: See the spec.
            live_postal_code: See the spec.
            fixed_phone: See the spec.
            email: See the spec.
            address: See the spec.
            ceo: The CEO of a company account. A dict takes the keys of ``iranpayamak_api.wire.AccountCeo``,
                as sent: ``has_ceo``, ``first_name``, ``last_name``, ``father_name``, ``gender``, ``br_date``,
                ``mobile``, ``national_id``, ``national_code``.
            company: The company record of a company account. A dict takes the keys of
                ``iranpayamak_api.wire.AccountCompany``, as sent: ``name``, ``national_id``,
                ``registration_id``, ``economic_id``, ``province_id``, ``city_id``, ``address``,
                ``postal_code``, ``fixed_phone``, ``email``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import register_account as operation
        from iranpayamak_api.models import AccountCeo, AccountCompany, AccountRegisterRequest, PersonGender

        args = self._args
        _mobile = args.mobile(mobile, "mobile")
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _father_name = UNSET if father_name is None else args.string(father_name, "father_name")
        _gender = UNSET if gender is None else args.enum(PersonGender, gender, "gender")
        _national_code = UNSET if national_code is None else args.string(national_code, "national_code")
        _national_id = UNSET if national_id is None else args.string(national_id, "national_id")
        _br_date = UNSET if br_date is None else args.integer(br_date, "br_date")
        _live_province_id = UNSET if live_province_id is None else args.integer(live_province_id, "live_province_id")
        _live_city_id = UNSET if live_city_id is None else args.integer(live_city_id, "live_city_id")
        _live_postal_code = UNSET if live_postal_code is None else args.string(live_postal_code, "live_postal_code")
        _fixed_phone = UNSET if fixed_phone is None else args.string(fixed_phone, "fixed_phone")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        _address = UNSET if address is None else args.string(address, "address")
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", (("mobile",),))
        _company = UNSET if company is None else args.model(AccountCompany, company, "company", ())
        body = AccountRegisterRequest(
            mobile=_mobile,
            first_name=_first_name,
            last_name=_last_name,
            father_name=_father_name,
            gender=_gender,
            national_code=_national_code,
            national_id=_national_id,
            br_date=_br_date,
            live_province_id=_live_province_id,
            live_city_id=_live_city_id,
            live_postal_code=_live_postal_code,
            fixed_phone=_fixed_phone,
            email=_email,
            address=_address,
            ceo=_ceo,
            company=_company,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def update(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        father_name: str | None = None,
        gender: PersonGender | int | None = None,
        national_code: str | None = None,
        national_id: str | None = None,
        br_date: int | None = None,
        live_province_id: int | None = None,
        live_city_id: int | None = None,
        live_postal_code: str | None = None,
        fixed_phone: str | None = None,
        mobile: str | None = None,
        email: str | None = None,
        address: str | None = None,
        ceo: AccountCeo | wire.AccountCeo | None = None,
        company: AccountCompany | wire.AccountCompany | None = None,
    ) -> Any:
        """Update the account's personal and company information.

        Updates the owner's identity, address and, for companies, the CEO and company records. Every
        field is optional. `gender` is 1 (men), 2 (women) or 3 (other); `br_date` is a Unix timestamp.
        The page's request schema is empty; the fields come from its example. The success body is
        undocumented.

        Args:
            first_name: See the spec.
            last_name: See the spec.
            father_name: See the spec.
            gender: 1 men, 2 women, 3 other.
            national_code: See the spec.
            national_id: See the spec.
            br_date: Birth date, Unix time in seconds.
            live_province_id: See the spec.
            live_city_id: See the spec.
            live_postal_code: See the spec.
            fixed_phone: See the spec.
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            email: See the spec.
            address: See the spec.
            ceo: The CEO of a company account. A dict takes the keys of ``iranpayamak_api.wire.AccountCeo``,
                as sent: ``has_ceo``, ``first_name``, ``last_name``, ``father_name``, ``gender``, ``br_date``,
                ``mobile``, ``national_id``, ``national_code``.
            company: The company record of a company account. A dict takes the keys of
                ``iranpayamak_api.wire.AccountCompany``, as sent: ``name``, ``national_id``,
                ``registration_id``, ``economic_id``, ``province_id``, ``city_id``, ``address``,
                ``postal_code``, ``fixed_phone``, ``email``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import update_account as operation
        from iranpayamak_api.models import AccountCeo, AccountCompany, AccountUpdateRequest, PersonGender

        args = self._args
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _father_name = UNSET if father_name is None else args.string(father_name, "father_name")
        _gender = UNSET if gender is None else args.enum(PersonGender, gender, "gender")
        _national_code = UNSET if national_code is None else args.string(national_code, "national_code")
        _national_id = UNSET if national_id is None else args.string(national_id, "national_id")
        _br_date = UNSET if br_date is None else args.integer(br_date, "br_date")
        _live_province_id = UNSET if live_province_id is None else args.integer(live_province_id, "live_province_id")
        _live_city_id = UNSET if live_city_id is None else args.integer(live_city_id, "live_city_id")
        _live_postal_code = UNSET if live_postal_code is None else args.string(live_postal_code, "live_postal_code")
        _fixed_phone = UNSET if fixed_phone is None else args.string(fixed_phone, "fixed_phone")
        _mobile = UNSET if mobile is None else args.mobile(mobile, "mobile")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        _address = UNSET if address is None else args.string(address, "address")
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", (("mobile",),))
        _company = UNSET if company is None else args.model(AccountCompany, company, "company", ())
        body = AccountUpdateRequest(
            first_name=_first_name,
            last_name=_last_name,
            father_name=_father_name,
            gender=_gender,
            national_code=_national_code,
            national_id=_national_id,
            br_date=_br_date,
            live_province_id=_live_province_id,
            live_city_id=_live_city_id,
            live_postal_code=_live_postal_code,
            fixed_phone=_fixed_phone,
            mobile=_mobile,
            email=_email,
            address=_address,
            ceo=_ceo,
            company=_company,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)


class AccountResourceWithRawResponse:
    """``client.account.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AccountResource) -> None:
        self.apply_discount = raw_method(resource, AccountResource.apply_discount)
        self.balance = raw_method(resource, AccountResource.balance)
        self.cancel_order = raw_method(resource, AccountResource.cancel_order)
        self.charge_wallet = raw_method(resource, AccountResource.charge_wallet)
        self.lines = raw_method(resource, AccountResource.lines)
        self.pay_order = raw_method(resource, AccountResource.pay_order)
        self.profile = raw_method(resource, AccountResource.profile)
        self.register = raw_method(resource, AccountResource.register)
        self.update = raw_method(resource, AccountResource.update)


class AsyncAccountResource(Resource):
    """The ``account`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.account.with_raw_response.apply_discount(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncAccountResourceWithRawResponse(self)

    async def apply_discount(
        self,
        order_id: str,
        discount_code: str,
    ) -> Any:
        """Apply a discount code to an unpaid order.

        Applies `discountCode` to the order `orderId` before payment. The page sends a multipart form and
        lists no required fields; requiring both is inferred, since neither means anything without the
        other. The success body is undocumented.

        Args:
            order_id: See the spec.
            discount_code: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import apply_order_discount as operation
        from iranpayamak_api.models import OrderDiscountRequest

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        _discount_code = args.string(discount_code, "discount_code", min_length=1)
        body = OrderDiscountRequest(
            order_id=_order_id,
            discount_code=_discount_code,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def balance(
        self,
    ) -> Balance:
        """Show the account balance.

        Returns the total balance (`balanceAmount`), the number of messages it buys (`balanceCount`),
        and a breakdown per tariff. It costs nothing, which makes it the usual check that an API key works.
        Like the other account operations it answers with the singular `message` key. The page gives a
        unit only for each part's `amount` (toman); that the total and the tariff are in toman too is
        inferred (in its example, count times rate is the amount, and the parts add up to the total).
        One public client reads the amounts in snake_case (`balance_amount`). Those names are not
        declared here, but unknown fields are kept as received, and the camelCase fields the page
        requires are optional so that such a body still parses.

        Returns:
            The ``data`` of the answer (Balance).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import get_balance as operation

        result = await operation.asyncio(client=self._api)
        return result.data

    async def cancel_order(
        self,
        order_id: str,
    ) -> Any:
        """Cancel an unpaid order.

        Cancels the order `orderId`. No documentation page exists; the multipart form with `orderId`
        follows the sibling order operations, and the response is the plain envelope.

        Args:
            order_id: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import cancel_order as operation
        from iranpayamak_api.models import OrderCancelRequest

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        body = OrderCancelRequest(
            order_id=_order_id,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def charge_wallet(
        self,
        amount: int,
        *,
        redirect_url: str | None = None,
    ) -> Any:
        """Start a wallet top-up.

        Creates a payable order that charges the wallet by `amount` and returns to `redirectUrl` after
        payment. The currency is not stated. The page's request schema is empty; the fields come from its
        example, and none is marked required. Requiring `amount` is inferred (a top-up needs one);
        `redirectUrl` stays optional. The success body is undocumented.

        Args:
            amount: Amount to add to the wallet.
            redirect_url: Where the payment gateway returns the user.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import charge_wallet as operation
        from iranpayamak_api.models import WalletChargeRequest

        args = self._args
        _amount = args.integer(amount, "amount", minimum=1)
        _redirect_url = UNSET if redirect_url is None else args.string(redirect_url, "redirect_url", format="uri")
        body = WalletChargeRequest(
            amount=_amount,
            redirect_url=_redirect_url,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def lines(
        self,
        *,
        search: str | None = None,
        is_dedicated: bool | None = None,
    ) -> builtins.list[Line]:
        """List the sender lines the account may use.

        Returns the lines usable as `line_number`, including the shared line `90008361`. The success
        body is undocumented; public client code finds the rows either directly in `data` or in
        `data.items`, with the number under `line_number` or `number`, so both shapes parse. Boolean
        query flags are sent as 0 or 1, which we infer the service's validation accepts. Authentication:
        the page declares a bearer panel token only; a client holding one sends it, and one without
        sends the Api-Key header, as the official clients do.

        Args:
            search: Free-text filter.
            is_dedicated: 1 for dedicated lines only, 0 for shared lines only.

        Returns:
            The records (list[Line]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import list_lines as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _is_dedicated = UNSET if is_dedicated is None else Flag(int(args.boolean(is_dedicated, "is_dedicated")))
        result = await operation.asyncio(client=self._api, search=_search, is_dedicated=_is_dedicated)
        return items_of(result.data)

    async def pay_order(
        self,
        order_id: str,
        *,
        payment_source: PaymentSource | str | None = None,
        redirect_url: str | None = None,
    ) -> Any:
        """Pay a created order from the wallet, a payment gateway, or both.

        Pays the order `orderId`. With a gateway payment the user returns to `redirectUrl`
        afterwards. The page sends a multipart form. The page lists no required fields; requiring
        `orderId` is inferred (there is nothing to pay without it). The page marks `redirectUrl`
        nullable; a multipart form has no null, so the field is left out instead. The success body
        is undocumented. Authentication: the page declares a bearer panel token only. A client
        holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
        instead, which is inferred to work here (public clients use it on `list_lines`; nothing
        shows it on this operation).

        Args:
            order_id: See the spec.
            payment_source: How an order is paid.
            redirect_url: Where the payment gateway returns the user. The page marks it nullable; a form
                field cannot be null, so leave it out when there is none.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import pay_order as operation
        from iranpayamak_api.models import OrderPayRequest, PaymentSource

        args = self._args
        _order_id = args.string(order_id, "order_id", pattern="^[0-9]+$")
        _payment_source = (
            UNSET if payment_source is None else args.enum(PaymentSource, payment_source, "payment_source")
        )
        _redirect_url = UNSET if redirect_url is None else args.string(redirect_url, "redirect_url")
        body = OrderPayRequest(
            order_id=_order_id,
            payment_source=_payment_source,
            redirect_url=_redirect_url,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def profile(
        self,
    ) -> Profile:
        """Show the account profile.

        Returns the account's display name, mobile, verification and block flags, plan and permission
        mask. The page's description was copied from a login page and is ignored.

        Returns:
            The ``data`` of the answer (Profile).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import get_profile as operation

        result = await operation.asyncio(client=self._api)
        return result.data

    async def register(
        self,
        mobile: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        father_name: str | None = None,
        gender: PersonGender | int | None = None,
        national_code: str | None = None,
        national_id: str | None = None,
        br_date: int | None = None,
        live_province_id: int | None = None,
        live_city_id: int | None = None,
        live_postal_code: str | None = None,
        fixed_phone: str | None = None,
        email: str | None = None,
        address: str | None = None,
        ceo: AccountCeo | wire.AccountCeo | None = None,
        company: AccountCompany | wire.AccountCompany | None = None,
    ) -> Any:
        """Register an account through the web service.

        Registers an account on behalf of the key's owner; not needed to send messages. No documentation
        page exists. The body is inferred to carry the personal fields of `update_account` plus the new
        account's mobile, and accepts further fields; the response is the plain envelope.

        Args:
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            first_name: See the spec.
            last_name: See the spec.
            father_name: See the spec.
            gender: 1 men, 2 women, 3 other.
            national_code: See the spec.
            national_id: See the spec.
            br_date: Birth date, Unix time in seconds.
            live_province_id: See the spec.
            live_city_id: See the spec.
            live_postal_code: See the spec.
            fixed_phone: See the spec.
            email: See the spec.
            address: See the spec.
            ceo: The CEO of a company account. A dict takes the keys of ``iranpayamak_api.wire.AccountCeo``,
                as sent: ``has_ceo``, ``first_name``, ``last_name``, ``father_name``, ``gender``, ``br_date``,
                ``mobile``, ``national_id``, ``national_code``.
            company: The company record of a company account. A dict takes the keys of
                ``iranpayamak_api.wire.AccountCompany``, as sent: ``name``, ``national_id``,
                ``registration_id``, ``economic_id``, ``province_id``, ``city_id``, ``address``,
                ``postal_code``, ``fixed_phone``, ``email``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import register_account as operation
        from iranpayamak_api.models import AccountCeo, AccountCompany, AccountRegisterRequest, PersonGender

        args = self._args
        _mobile = args.mobile(mobile, "mobile")
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _father_name = UNSET if father_name is None else args.string(father_name, "father_name")
        _gender = UNSET if gender is None else args.enum(PersonGender, gender, "gender")
        _national_code = UNSET if national_code is None else args.string(national_code, "national_code")
        _national_id = UNSET if national_id is None else args.string(national_id, "national_id")
        _br_date = UNSET if br_date is None else args.integer(br_date, "br_date")
        _live_province_id = UNSET if live_province_id is None else args.integer(live_province_id, "live_province_id")
        _live_city_id = UNSET if live_city_id is None else args.integer(live_city_id, "live_city_id")
        _live_postal_code = UNSET if live_postal_code is None else args.string(live_postal_code, "live_postal_code")
        _fixed_phone = UNSET if fixed_phone is None else args.string(fixed_phone, "fixed_phone")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        _address = UNSET if address is None else args.string(address, "address")
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", (("mobile",),))
        _company = UNSET if company is None else args.model(AccountCompany, company, "company", ())
        body = AccountRegisterRequest(
            mobile=_mobile,
            first_name=_first_name,
            last_name=_last_name,
            father_name=_father_name,
            gender=_gender,
            national_code=_national_code,
            national_id=_national_id,
            br_date=_br_date,
            live_province_id=_live_province_id,
            live_city_id=_live_city_id,
            live_postal_code=_live_postal_code,
            fixed_phone=_fixed_phone,
            email=_email,
            address=_address,
            ceo=_ceo,
            company=_company,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def update(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        father_name: str | None = None,
        gender: PersonGender | int | None = None,
        national_code: str | None = None,
        national_id: str | None = None,
        br_date: int | None = None,
        live_province_id: int | None = None,
        live_city_id: int | None = None,
        live_postal_code: str | None = None,
        fixed_phone: str | None = None,
        mobile: str | None = None,
        email: str | None = None,
        address: str | None = None,
        ceo: AccountCeo | wire.AccountCeo | None = None,
        company: AccountCompany | wire.AccountCompany | None = None,
    ) -> Any:
        """Update the account's personal and company information.

        Updates the owner's identity, address and, for companies, the CEO and company records. Every
        field is optional. `gender` is 1 (men), 2 (women) or 3 (other); `br_date` is a Unix timestamp.
        The page's request schema is empty; the fields come from its example. The success body is
        undocumented.

        Args:
            first_name: See the spec.
            last_name: See the spec.
            father_name: See the spec.
            gender: 1 men, 2 women, 3 other.
            national_code: See the spec.
            national_id: See the spec.
            br_date: Birth date, Unix time in seconds.
            live_province_id: See the spec.
            live_city_id: See the spec.
            live_postal_code: See the spec.
            fixed_phone: See the spec.
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            email: See the spec.
            address: See the spec.
            ceo: The CEO of a company account. A dict takes the keys of ``iranpayamak_api.wire.AccountCeo``,
                as sent: ``has_ceo``, ``first_name``, ``last_name``, ``father_name``, ``gender``, ``br_date``,
                ``mobile``, ``national_id``, ``national_code``.
            company: The company record of a company account. A dict takes the keys of
                ``iranpayamak_api.wire.AccountCompany``, as sent: ``name``, ``national_id``,
                ``registration_id``, ``economic_id``, ``province_id``, ``city_id``, ``address``,
                ``postal_code``, ``fixed_phone``, ``email``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.account import update_account as operation
        from iranpayamak_api.models import AccountCeo, AccountCompany, AccountUpdateRequest, PersonGender

        args = self._args
        _first_name = UNSET if first_name is None else args.string(first_name, "first_name")
        _last_name = UNSET if last_name is None else args.string(last_name, "last_name")
        _father_name = UNSET if father_name is None else args.string(father_name, "father_name")
        _gender = UNSET if gender is None else args.enum(PersonGender, gender, "gender")
        _national_code = UNSET if national_code is None else args.string(national_code, "national_code")
        _national_id = UNSET if national_id is None else args.string(national_id, "national_id")
        _br_date = UNSET if br_date is None else args.integer(br_date, "br_date")
        _live_province_id = UNSET if live_province_id is None else args.integer(live_province_id, "live_province_id")
        _live_city_id = UNSET if live_city_id is None else args.integer(live_city_id, "live_city_id")
        _live_postal_code = UNSET if live_postal_code is None else args.string(live_postal_code, "live_postal_code")
        _fixed_phone = UNSET if fixed_phone is None else args.string(fixed_phone, "fixed_phone")
        _mobile = UNSET if mobile is None else args.mobile(mobile, "mobile")
        _email = UNSET if email is None else args.string(email, "email", format="email")
        _address = UNSET if address is None else args.string(address, "address")
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", (("mobile",),))
        _company = UNSET if company is None else args.model(AccountCompany, company, "company", ())
        body = AccountUpdateRequest(
            first_name=_first_name,
            last_name=_last_name,
            father_name=_father_name,
            gender=_gender,
            national_code=_national_code,
            national_id=_national_id,
            br_date=_br_date,
            live_province_id=_live_province_id,
            live_city_id=_live_city_id,
            live_postal_code=_live_postal_code,
            fixed_phone=_fixed_phone,
            mobile=_mobile,
            email=_email,
            address=_address,
            ceo=_ceo,
            company=_company,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)


class AsyncAccountResourceWithRawResponse:
    """``client.account.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncAccountResource) -> None:
        self.apply_discount = async_raw_method(resource, AsyncAccountResource.apply_discount)
        self.balance = async_raw_method(resource, AsyncAccountResource.balance)
        self.cancel_order = async_raw_method(resource, AsyncAccountResource.cancel_order)
        self.charge_wallet = async_raw_method(resource, AsyncAccountResource.charge_wallet)
        self.lines = async_raw_method(resource, AsyncAccountResource.lines)
        self.pay_order = async_raw_method(resource, AsyncAccountResource.pay_order)
        self.profile = async_raw_method(resource, AsyncAccountResource.profile)
        self.register = async_raw_method(resource, AsyncAccountResource.register)
        self.update = async_raw_method(resource, AsyncAccountResource.update)
