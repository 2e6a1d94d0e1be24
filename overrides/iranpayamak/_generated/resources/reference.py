# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.reference``: the reference operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from iranpayamak_api.types import UNSET

from ..._resource import Resource, items_of
from ...pagination import Page
from ...raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        City,
        CostBreakdown,
        CostRequest,
        CountBreakdown,
        GenderOption,
        Line,
        NumberBank,
        PostalCostRequest,
        Province,
    )


__all__ = [
    "AsyncReferenceResource",
    "AsyncReferenceResourceWithRawResponse",
    "ReferenceResource",
    "ReferenceResourceWithRawResponse",
]


class ReferenceResource(Resource):
    """The ``reference`` operations."""

    @property
    def with_raw_response(self) -> ReferenceResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.reference.with_raw_response.calculate_cost(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return ReferenceResourceWithRawResponse(self)

    def calculate_cost(
        self,
        request: CostRequest | PostalCostRequest | wire.CostRequest | wire.PostalCostRequest,
    ) -> CostBreakdown | float:
        """Estimate what a send will cost before running it.

        Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
        Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
        sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
        endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
        body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
        `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
        shows the other. Both pages declare no authentication; the Api-Key header is required here.
        Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

        Args:
            request: The request: one of the models, or a dict of its wire shape (``iranpayamak_api.wire``).

        Returns:
            The ``data`` of the answer (CostBreakdown | float).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import calculate_cost as operation
        from iranpayamak_api.models import CostRequest, PostalCostRequest

        args = self._args
        _request = args.one_of(
            (
                CostRequest,
                PostalCostRequest,
            ),
            request,
            "request",
        )
        result = operation.sync(client=self._api, body=_request)
        return result.data

    def cities(
        self,
        province_id: int,
        *,
        has_any_banks: bool | None = None,
    ) -> Page[City]:
        """List the cities of a province.

        Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
        outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
        city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
        number bank are returned.

        Args:
            province_id: Id of the province, from `list_provinces`. This page types it as a string, the
                number-bank
                page as an integer; it is an integer here, which sends the same digits.
            has_any_banks: 1 to return only entries that have at least one number bank.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_cities as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _province_id = args.integer(province_id, "province_id", minimum=1)
        _has_any_banks = UNSET if has_any_banks is None else Flag(int(args.boolean(has_any_banks, "has_any_banks")))
        result = operation.sync(client=self._api, province_id=_province_id, has_any_banks=_has_any_banks)
        return Page.of(result.data, self._api)

    def count_postal_receivers(
        self,
        postal_code: str,
        age_from: int,
        age_to: int,
        *,
        gender_id: int | None = None,
        number_prefix: str | None = None,
    ) -> CountBreakdown | int:
        """Count the recipients a postal-code filter would reach.

        Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
        before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
        (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
        as required and gives them those defaults, which a required parameter never uses, so no default
        is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
        numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
        types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
        same digits. The page declares no authentication; the Api-Key header is required here. Only the
        401 response is documented; `data` is inferred to be the count.

        Args:
            postal_code: The first 3, 4 or 5 digits of the postal code.
            age_from: Earliest Solar Hijri birth year (the page's default is 1300).
            age_to: Latest Solar Hijri birth year (the page's default is 1400).
            gender_id: A gender option from `list_postal_genders`.
            number_prefix: Only numbers starting with this prefix, without the leading 0 (for example 912).

        Returns:
            The ``data`` of the answer (CountBreakdown | int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import count_postal_receivers as operation

        args = self._args
        _postal_code = args.string(postal_code, "postal_code", max_length=1000, pattern="^[0-9]{3,5}$")
        _age_from = args.integer(age_from, "age_from", minimum=1300, maximum=1500)
        _age_to = args.integer(age_to, "age_to", minimum=1300, maximum=1500)
        _gender_id = UNSET if gender_id is None else args.integer(gender_id, "gender_id")
        _number_prefix = (
            UNSET
            if number_prefix is None
            else args.string(number_prefix, "number_prefix", max_length=1000, pattern="^[0-9]+$")
        )
        result = operation.sync(
            client=self._api,
            postal_code=_postal_code,
            age_from=_age_from,
            age_to=_age_to,
            gender_id=_gender_id,
            number_prefix=_number_prefix,
        )
        return result.data

    def number_banks(
        self,
        province_id: int,
        city_id: int,
        *,
        search: str | None = None,
        include_public_banks: bool | None = None,
    ) -> Page[NumberBank]:
        """List the number banks available in a city.

        Returns the number banks (ready-made lists of numbers by trade and region) that
        `send_to_number_bank`
        can target. With `include_public_banks=1` the service's public banks are included. The page declares
        no authentication while its own code sample sends the Api-Key header, which is required here. It
        copies the phonebook list's response; the bank item shape is inferred.

        Args:
            province_id: Id of the province, from `list_provinces`.
            city_id: Id of the city, from `list_cities`.
            search: Free-text filter.
            include_public_banks: 1 to include the service's public number banks.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_number_banks as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _province_id = args.integer(province_id, "province_id", minimum=1)
        _city_id = args.integer(city_id, "city_id", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _include_public_banks = (
            UNSET
            if include_public_banks is None
            else Flag(int(args.boolean(include_public_banks, "include_public_banks")))
        )
        result = operation.sync(
            client=self._api,
            province_id=_province_id,
            city_id=_city_id,
            search=_search,
            include_public_banks=_include_public_banks,
        )
        return Page.of(result.data, self._api)

    def postal_genders(
        self,
    ) -> builtins.list[GenderOption]:
        """List the gender options of postal-code filters.

        Returns the `gender_id` values that postal-code filters take. The page declares no authentication;
        the Api-Key header is required here. Only the 401 response is documented; the item shape is
        inferred.

        Returns:
            The records (list[GenderOption]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_postal_genders as operation

        result = operation.sync(client=self._api)
        return items_of(result.data)

    def postal_lines(
        self,
    ) -> builtins.list[Line]:
        """List the lines allowed for postal-code targeted sends.

        Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
        documented; the line shape is inferred.

        Returns:
            The records (list[Line]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_postal_lines as operation

        result = operation.sync(client=self._api)
        return items_of(result.data)

    def provinces(
        self,
        *,
        has_any_banks: bool | None = None,
    ) -> Page[Province]:
        """List the provinces of Iran.

        Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
        provinces that have at least one number bank are returned. No documentation page exists; the
        shape follows `list_cities`.

        Args:
            has_any_banks: 1 to return only entries that have at least one number bank.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_provinces as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _has_any_banks = UNSET if has_any_banks is None else Flag(int(args.boolean(has_any_banks, "has_any_banks")))
        result = operation.sync(client=self._api, has_any_banks=_has_any_banks)
        return Page.of(result.data, self._api)


class ReferenceResourceWithRawResponse:
    """``client.reference.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: ReferenceResource) -> None:
        self.calculate_cost = raw_method(resource, ReferenceResource.calculate_cost)
        self.cities = raw_method(resource, ReferenceResource.cities)
        self.count_postal_receivers = raw_method(resource, ReferenceResource.count_postal_receivers)
        self.number_banks = raw_method(resource, ReferenceResource.number_banks)
        self.postal_genders = raw_method(resource, ReferenceResource.postal_genders)
        self.postal_lines = raw_method(resource, ReferenceResource.postal_lines)
        self.provinces = raw_method(resource, ReferenceResource.provinces)


class AsyncReferenceResource(Resource):
    """The ``reference`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncReferenceResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.reference.with_raw_response.calculate_cost(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncReferenceResourceWithRawResponse(self)

    async def calculate_cost(
        self,
        request: CostRequest | PostalCostRequest | wire.CostRequest | wire.PostalCostRequest,
    ) -> CostBreakdown | float:
        """Estimate what a send will cost before running it.

        Prices a send without sending it. Two documentation pages share this path: "Calculate Send SMS
        Cost" (a text, a recipient count, a line and a number format, for simple, sample and pattern
        sends) and "Send Postal Code SMS" (a text, a line id, a schedule and postal-code filters). The
        endpoint list describes the operation as a cost estimate that takes the postal-code fields, so the
        body is either shape. The endpoint list requires `text`, `number_format`, `line_id`, `schedule` and
        `filters`, which only the postal-code shape has; the example shows that shape, and `CostRequest`
        shows the other. Both pages declare no authentication; the Api-Key header is required here.
        Only a 401 response is documented; `data` is inferred to be the cost, a number or an object.

        Args:
            request: The request: one of the models, or a dict of its wire shape (``iranpayamak_api.wire``).

        Returns:
            The ``data`` of the answer (CostBreakdown | float).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import calculate_cost as operation
        from iranpayamak_api.models import CostRequest, PostalCostRequest

        args = self._args
        _request = args.one_of(
            (
                CostRequest,
                PostalCostRequest,
            ),
            request,
            "request",
        )
        result = await operation.asyncio(client=self._api, body=_request)
        return result.data

    async def cities(
        self,
        province_id: int,
        *,
        has_any_banks: bool | None = None,
    ) -> Page[City]:
        """List the cities of a province.

        Returns the cities of `province_id`, for targeting filters and number-bank lookups. The path is
        outside `/ws/v1`. The page copies the phonebook list's response; the paged shape is kept and the
        city item (`id`, `title`) is inferred. With `has_any_banks=1` only cities that have at least one
        number bank are returned.

        Args:
            province_id: Id of the province, from `list_provinces`. This page types it as a string, the
                number-bank
                page as an integer; it is an integer here, which sends the same digits.
            has_any_banks: 1 to return only entries that have at least one number bank.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_cities as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _province_id = args.integer(province_id, "province_id", minimum=1)
        _has_any_banks = UNSET if has_any_banks is None else Flag(int(args.boolean(has_any_banks, "has_any_banks")))
        result = await operation.asyncio(client=self._api, province_id=_province_id, has_any_banks=_has_any_banks)
        return Page.of(result.data, self._api)

    async def count_postal_receivers(
        self,
        postal_code: str,
        age_from: int,
        age_to: int,
        *,
        gender_id: int | None = None,
        number_prefix: str | None = None,
    ) -> CountBreakdown | int:
        """Count the recipients a postal-code filter would reach.

        Estimates how many numbers match a postal-code prefix, gender, birth-year range and mobile prefix,
        before a postal-code send. `age_from` and `age_to` are read here as Solar Hijri birth years
        (1300 to 1500), not ages: inferred from the page's defaults of 1300 and 1400. The page marks both
        as required and gives them those defaults, which a required parameter never uses, so no default
        is declared here. The page types `postal_code` with lengths of 100 and 99999, which can only be
        numeric bounds entered as lengths; it is the first 3 to 5 digits of a postal code here. The page
        types `gender_id`, `age_from` and `age_to` as strings; they are integers here, which send the
        same digits. The page declares no authentication; the Api-Key header is required here. Only the
        401 response is documented; `data` is inferred to be the count.

        Args:
            postal_code: The first 3, 4 or 5 digits of the postal code.
            age_from: Earliest Solar Hijri birth year (the page's default is 1300).
            age_to: Latest Solar Hijri birth year (the page's default is 1400).
            gender_id: A gender option from `list_postal_genders`.
            number_prefix: Only numbers starting with this prefix, without the leading 0 (for example 912).

        Returns:
            The ``data`` of the answer (CountBreakdown | int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import count_postal_receivers as operation

        args = self._args
        _postal_code = args.string(postal_code, "postal_code", max_length=1000, pattern="^[0-9]{3,5}$")
        _age_from = args.integer(age_from, "age_from", minimum=1300, maximum=1500)
        _age_to = args.integer(age_to, "age_to", minimum=1300, maximum=1500)
        _gender_id = UNSET if gender_id is None else args.integer(gender_id, "gender_id")
        _number_prefix = (
            UNSET
            if number_prefix is None
            else args.string(number_prefix, "number_prefix", max_length=1000, pattern="^[0-9]+$")
        )
        result = await operation.asyncio(
            client=self._api,
            postal_code=_postal_code,
            age_from=_age_from,
            age_to=_age_to,
            gender_id=_gender_id,
            number_prefix=_number_prefix,
        )
        return result.data

    async def number_banks(
        self,
        province_id: int,
        city_id: int,
        *,
        search: str | None = None,
        include_public_banks: bool | None = None,
    ) -> Page[NumberBank]:
        """List the number banks available in a city.

        Returns the number banks (ready-made lists of numbers by trade and region) that
        `send_to_number_bank`
        can target. With `include_public_banks=1` the service's public banks are included. The page declares
        no authentication while its own code sample sends the Api-Key header, which is required here. It
        copies the phonebook list's response; the bank item shape is inferred.

        Args:
            province_id: Id of the province, from `list_provinces`.
            city_id: Id of the city, from `list_cities`.
            search: Free-text filter.
            include_public_banks: 1 to include the service's public number banks.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_number_banks as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _province_id = args.integer(province_id, "province_id", minimum=1)
        _city_id = args.integer(city_id, "city_id", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _include_public_banks = (
            UNSET
            if include_public_banks is None
            else Flag(int(args.boolean(include_public_banks, "include_public_banks")))
        )
        result = await operation.asyncio(
            client=self._api,
            province_id=_province_id,
            city_id=_city_id,
            search=_search,
            include_public_banks=_include_public_banks,
        )
        return Page.of(result.data, self._api)

    async def postal_genders(
        self,
    ) -> builtins.list[GenderOption]:
        """List the gender options of postal-code filters.

        Returns the `gender_id` values that postal-code filters take. The page declares no authentication;
        the Api-Key header is required here. Only the 401 response is documented; the item shape is
        inferred.

        Returns:
            The records (list[GenderOption]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_postal_genders as operation

        result = await operation.asyncio(client=self._api)
        return items_of(result.data)

    async def postal_lines(
        self,
    ) -> builtins.list[Line]:
        """List the lines allowed for postal-code targeted sends.

        Returns the lines whose ids postal-code sends take as `line_id`. Only the 401 response is
        documented; the line shape is inferred.

        Returns:
            The records (list[Line]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_postal_lines as operation

        result = await operation.asyncio(client=self._api)
        return items_of(result.data)

    async def provinces(
        self,
        *,
        has_any_banks: bool | None = None,
    ) -> Page[Province]:
        """List the provinces of Iran.

        Returns the provinces, for targeting filters and number-bank lookups. With `has_any_banks=1` only
        provinces that have at least one number bank are returned. No documentation page exists; the
        shape follows `list_cities`.

        Args:
            has_any_banks: 1 to return only entries that have at least one number bank.

        Returns:
            The page the service returns, with its totals (the operation takes no page number).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reference import list_provinces as operation
        from iranpayamak_api.models import Flag

        args = self._args
        _has_any_banks = UNSET if has_any_banks is None else Flag(int(args.boolean(has_any_banks, "has_any_banks")))
        result = await operation.asyncio(client=self._api, has_any_banks=_has_any_banks)
        return Page.of(result.data, self._api)


class AsyncReferenceResourceWithRawResponse:
    """``client.reference.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncReferenceResource) -> None:
        self.calculate_cost = async_raw_method(resource, AsyncReferenceResource.calculate_cost)
        self.cities = async_raw_method(resource, AsyncReferenceResource.cities)
        self.count_postal_receivers = async_raw_method(resource, AsyncReferenceResource.count_postal_receivers)
        self.number_banks = async_raw_method(resource, AsyncReferenceResource.number_banks)
        self.postal_genders = async_raw_method(resource, AsyncReferenceResource.postal_genders)
        self.postal_lines = async_raw_method(resource, AsyncReferenceResource.postal_lines)
        self.provinces = async_raw_method(resource, AsyncReferenceResource.provinces)
