"""``client.account``: the balance in plain names (the other operations are the generated ones)."""

from __future__ import annotations

from typing import Any

from iranpayamak_api import Client
from iranpayamak_api.models import Balance as GeneratedBalance
from iranpayamak_api.types import Unset

from .._generated.resources.account import (
    AccountResource,
    AccountResourceWithRawResponse,
    AsyncAccountResource,
    AsyncAccountResourceWithRawResponse,
)
from ..errors import ResponseParseError
from ..raw import async_raw_method, raw_method

__all__ = ["Account", "AccountWithRawResponse", "AsyncAccount", "AsyncAccountWithRawResponse", "Balance"]


class Balance(GeneratedBalance):
    """The account balance.

    ``amount`` is the balance in toman and ``count`` the number of messages it buys; ``details``
    breaks it down by tariff. It is the generated model, so ``balance_amount`` and the other
    generated names keep working.
    """

    @property
    def amount(self) -> int:
        """The balance, in toman."""
        return self._either("balance_amount", "balanceAmount")

    @property
    def count(self) -> int:
        """How many messages the balance buys."""
        return self._either("balance_count", "balanceCount")

    def _either(self, snake: str, camel: str) -> int:
        # The documentation spells the fields in camelCase; one public client reads snake_case.
        value: Any = getattr(self, snake)
        if isinstance(value, Unset):
            value = self.additional_properties.get(snake)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ResponseParseError(f"the balance has no {camel}", status_code=200, body=repr(self.to_dict()))
        return value

    def __repr__(self) -> str:
        details = [] if isinstance(self.details, Unset) else self.details
        return f"Balance(amount={self.amount}, count={self.count}, details={details!r})"

    @classmethod
    def of(cls, data: GeneratedBalance, client: Client) -> Balance:
        """Wrap the generated model, checking that the amounts are there.

        Raises:
            ResponseParseError: An amount is missing or not a whole number (its body shown with
                ``client``'s secrets masked, should the service have echoed one).
        """
        balance = cls.from_dict(data.to_dict())
        try:
            balance._either("balance_amount", "balanceAmount")
            balance._either("balance_count", "balanceCount")
        except ResponseParseError as error:
            failure = client.failure(error, "get_balance")
        else:
            return balance
        # Raised with neither the answer nor the model in this frame: error trackers record its locals.
        del data, balance
        raise failure


class Account(AccountResource):
    """The ``account`` operations."""

    def balance(self) -> Balance:
        """The account balance: ``amount`` in toman, ``count`` of messages it buys, ``details``.

        Example::

            >>> client.account.balance()
            Balance(amount=5000, count=25, details=[...])
        """
        return Balance.of(super().balance(), self._api)

    @property
    def with_raw_response(self) -> AccountWithRawResponse:
        """These operations returning their HTTP answer; ``balance().parse()`` is the plain-named Balance."""
        return AccountWithRawResponse(self)


class AccountWithRawResponse(AccountResourceWithRawResponse):
    """``client.account.with_raw_response``, whose ``balance`` parses to :class:`Balance`."""

    def __init__(self, resource: Account) -> None:
        super().__init__(resource)
        self.balance = raw_method(resource, Account.balance)


class AsyncAccount(AsyncAccountResource):
    """The ``account`` operations (asynchronous)."""

    async def balance(self) -> Balance:
        """The asynchronous :meth:`Account.balance`."""
        return Balance.of(await super().balance(), self._api)

    @property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """See :attr:`Account.with_raw_response`."""
        return AsyncAccountWithRawResponse(self)


class AsyncAccountWithRawResponse(AsyncAccountResourceWithRawResponse):
    """``client.account.with_raw_response`` (asynchronous), whose ``balance`` parses to :class:`Balance`."""

    def __init__(self, resource: AsyncAccount) -> None:
        super().__init__(resource)
        self.balance = async_raw_method(resource, AsyncAccount.balance)
