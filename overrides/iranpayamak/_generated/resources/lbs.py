# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.lbs``: the lbs operations of the spec, synchronous and asynchronous side by side.

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
    from iranpayamak_api.models import (
        LbsCreateGender,
        LbsDevice,
        LbsDispatchMoment,
        LbsRequest,
        LbsUpdateGender,
    )


__all__ = [
    "AsyncLbsResource",
    "AsyncLbsResourceWithRawResponse",
    "LbsResource",
    "LbsResourceWithRawResponse",
]


class LbsResource(Resource):
    """The ``lbs`` operations."""

    @property
    def with_raw_response(self) -> LbsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.lbs.with_raw_response.cancel(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return LbsResourceWithRawResponse(self)

    def cancel(
        self,
        lbs_id: int,
    ) -> Any:
        """Cancel a location-based campaign before it sends.

        Cancels a campaign that has not been sent. The request has no body. Only the 401 response is
        documented; the success body is inferred to be the plain envelope. Authentication: the page
        declares a bearer panel token only. A client holding a panel token sends `Authorization:
        Bearer`; one without sends the Api-Key header instead, which is inferred to work here
        (public clients use it on `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import cancel_lbs_request as operation

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        result = operation.sync(_lbs_id, client=self._api)
        return payload_of(result)

    def create(
        self,
        text: str,
        start_time: int,
        end_time: int,
        latitude: float,
        longitude: float,
        radius: int,
        *,
        receiver_count: int | None = None,
        address: str | None = None,
        dispatch_moment: LbsDispatchMoment | str | None = None,
        receiver_age_from: int | None = None,
        receiver_age_to: int | None = None,
        device: LbsDevice | str | None = None,
        receiver_gender: LbsCreateGender | str | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Create a location-based (LBS) campaign.

        Creates a campaign that messages people who are inside a circular area during a time window,
        optionally filtered by gender, age and device. The documentation page leaves the request
        schema empty; the fields come from its example, and none is marked required. Requiring
        `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
        them a campaign has no message, no time window or no area. `start_time` and `end_time` are
        Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
        new campaign's id. Authentication: the page declares a bearer panel token only. A client
        holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
        instead, which is inferred to work here (public clients use it on `list_lines`; nothing
        shows it on this operation).

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            start_time: Start of the window, Unix time in seconds.
            end_time: End of the window, Unix time in seconds.
            latitude: Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so
                only an integer type can be read from them; decimal degrees are inferred, within the range of
                any latitude.
            longitude: Longitude of the centre, in degrees. Like `latitude`, an integer in the pages'
                examples (90) and a decimal here (inferred).
            radius: Radius of the area around the point (the example uses 1000, presumably metres).
            receiver_count: Maximum number of people to message.
            address: A human-readable address of the point.
            dispatch_moment: When an LBS message is sent relative to the area - on entering, while present,
                or on leaving.
            receiver_age_from: See the spec.
            receiver_age_to: See the spec.
            device: Devices an LBS campaign targets - all, Android or iOS.
            receiver_gender: Gender filter of `create_lbs_request` - all, Mr or Ms.
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import create_lbs_request as operation
        from iranpayamak_api.models import LbsCreateGender, LbsCreateRequest, LbsDevice, LbsDispatchMoment

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _start_time = args.integer(start_time, "start_time")
        _end_time = args.integer(end_time, "end_time")
        _latitude = args.number(latitude, "latitude", minimum=-90, maximum=90)
        _longitude = args.number(longitude, "longitude", minimum=-180, maximum=180)
        _radius = args.integer(radius, "radius", minimum=1)
        _receiver_count = UNSET if receiver_count is None else args.integer(receiver_count, "receiver_count", minimum=1)
        _address = UNSET if address is None else args.string(address, "address")
        _dispatch_moment = (
            UNSET if dispatch_moment is None else args.enum(LbsDispatchMoment, dispatch_moment, "dispatch_moment")
        )
        _receiver_age_from = (
            UNSET if receiver_age_from is None else args.integer(receiver_age_from, "receiver_age_from", minimum=0)
        )
        _receiver_age_to = (
            UNSET if receiver_age_to is None else args.integer(receiver_age_to, "receiver_age_to", minimum=0)
        )
        _device = UNSET if device is None else args.enum(LbsDevice, device, "device")
        _receiver_gender = (
            UNSET if receiver_gender is None else args.enum(LbsCreateGender, receiver_gender, "receiver_gender")
        )
        body = LbsCreateRequest(
            text=_text,
            start_time=_start_time,
            end_time=_end_time,
            latitude=_latitude,
            longitude=_longitude,
            radius=_radius,
            receiver_count=_receiver_count,
            address=_address,
            dispatch_moment=_dispatch_moment,
            receiver_age_from=_receiver_age_from,
            receiver_age_to=_receiver_age_to,
            device=_device,
            receiver_gender=_receiver_gender,
        )
        keyed = args.sending.keyed(idempotency_key, "create_lbs_request", body.to_dict())

        def send() -> Any:
            result = operation.sync(client=self._api, body=body)
            return payload_of(result)

        return self._once(keyed, send)

    def get(
        self,
        lbs_id: int,
    ) -> LbsRequest:
        """Show one location-based campaign.

        Returns the details of one campaign. Only the 401 response is documented; the campaign shape
        is inferred from the create request plus an id and a status. Authentication: the page
        declares a bearer panel token only. A client holding a panel token sends `Authorization:
        Bearer`; one without sends the Api-Key header instead, which is inferred to work here
        (public clients use it on `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (LbsRequest).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import get_lbs_request as operation

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        result = operation.sync(_lbs_id, client=self._api)
        return result.data

    def list(
        self,
    ) -> builtins.list[LbsRequest]:
        """List the account's location-based campaigns.

        Returns the LBS campaigns of the account with their status. The documentation page shows no
        query parameters and documents only the 401 response; the success body is inferred to be a
        list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
        client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
        header instead, which is inferred to work here (public clients use it on `list_lines`;
        nothing shows it on this operation).

        Returns:
            The records (list[LbsRequest]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import list_lbs_requests as operation

        result = operation.sync(client=self._api)
        return items_of(result.data)

    def update(
        self,
        lbs_id: int,
        text: str,
        start_time: int,
        end_time: int,
        latitude: float,
        longitude: float,
        radius: int,
        *,
        receiver_count: int | None = None,
        address: str | None = None,
        dispatch_moment: LbsDispatchMoment | str | None = None,
        receiver_age_from: int | None = None,
        receiver_age_to: int | None = None,
        device: LbsDevice | str | None = None,
        receiver_gender: LbsUpdateGender | str | None = None,
    ) -> Any:
        """Edit a location-based campaign before it runs.

        Replaces the text, area, window and filters of a campaign that has not started. The edit
        page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
        `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
        is empty as well: the fields come from its example, none is marked required, and the six
        fields required on create are required here too (inferred: the edit is read as replacing the
        campaign). The success body is undocumented. Authentication: the page declares a bearer
        panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
        sends the Api-Key header instead, which is inferred to work here (public clients use it on
        `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            start_time: Start of the window, Unix time in seconds.
            end_time: End of the window, Unix time in seconds.
            latitude: Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so
                only an integer type can be read from them; decimal degrees are inferred, within the range of
                any latitude.
            longitude: Longitude of the centre, in degrees. Like `latitude`, an integer in the pages'
                examples (90) and a decimal here (inferred).
            radius: Radius of the area around the point (the example uses 1000, presumably metres).
            receiver_count: Maximum number of people to message.
            address: A human-readable address of the point.
            dispatch_moment: When an LBS message is sent relative to the area - on entering, while present,
                or on leaving.
            receiver_age_from: See the spec.
            receiver_age_to: See the spec.
            device: Devices an LBS campaign targets - all, Android or iOS.
            receiver_gender: Gender filter of `update_lbs_request` - all, man or woman.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import update_lbs_request as operation
        from iranpayamak_api.models import LbsDevice, LbsDispatchMoment, LbsUpdateGender, LbsUpdateRequest

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        _text = args.message_text(text, "text", min_length=1)
        _start_time = args.integer(start_time, "start_time")
        _end_time = args.integer(end_time, "end_time")
        _latitude = args.number(latitude, "latitude", minimum=-90, maximum=90)
        _longitude = args.number(longitude, "longitude", minimum=-180, maximum=180)
        _radius = args.integer(radius, "radius", minimum=1)
        _receiver_count = UNSET if receiver_count is None else args.integer(receiver_count, "receiver_count", minimum=1)
        _address = UNSET if address is None else args.string(address, "address")
        _dispatch_moment = (
            UNSET if dispatch_moment is None else args.enum(LbsDispatchMoment, dispatch_moment, "dispatch_moment")
        )
        _receiver_age_from = (
            UNSET if receiver_age_from is None else args.integer(receiver_age_from, "receiver_age_from", minimum=0)
        )
        _receiver_age_to = (
            UNSET if receiver_age_to is None else args.integer(receiver_age_to, "receiver_age_to", minimum=0)
        )
        _device = UNSET if device is None else args.enum(LbsDevice, device, "device")
        _receiver_gender = (
            UNSET if receiver_gender is None else args.enum(LbsUpdateGender, receiver_gender, "receiver_gender")
        )
        body = LbsUpdateRequest(
            text=_text,
            start_time=_start_time,
            end_time=_end_time,
            latitude=_latitude,
            longitude=_longitude,
            radius=_radius,
            receiver_count=_receiver_count,
            address=_address,
            dispatch_moment=_dispatch_moment,
            receiver_age_from=_receiver_age_from,
            receiver_age_to=_receiver_age_to,
            device=_device,
            receiver_gender=_receiver_gender,
        )
        result = operation.sync(_lbs_id, client=self._api, body=body)
        return payload_of(result)


class LbsResourceWithRawResponse:
    """``client.lbs.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: LbsResource) -> None:
        self.cancel = raw_method(resource, LbsResource.cancel)
        self.create = raw_method(resource, LbsResource.create)
        self.get = raw_method(resource, LbsResource.get)
        self.list = raw_method(resource, LbsResource.list)
        self.update = raw_method(resource, LbsResource.update)


class AsyncLbsResource(Resource):
    """The ``lbs`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncLbsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.lbs.with_raw_response.cancel(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncLbsResourceWithRawResponse(self)

    async def cancel(
        self,
        lbs_id: int,
    ) -> Any:
        """Cancel a location-based campaign before it sends.

        Cancels a campaign that has not been sent. The request has no body. Only the 401 response is
        documented; the success body is inferred to be the plain envelope. Authentication: the page
        declares a bearer panel token only. A client holding a panel token sends `Authorization:
        Bearer`; one without sends the Api-Key header instead, which is inferred to work here
        (public clients use it on `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import cancel_lbs_request as operation

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        result = await operation.asyncio(_lbs_id, client=self._api)
        return payload_of(result)

    async def create(
        self,
        text: str,
        start_time: int,
        end_time: int,
        latitude: float,
        longitude: float,
        radius: int,
        *,
        receiver_count: int | None = None,
        address: str | None = None,
        dispatch_moment: LbsDispatchMoment | str | None = None,
        receiver_age_from: int | None = None,
        receiver_age_to: int | None = None,
        device: LbsDevice | str | None = None,
        receiver_gender: LbsCreateGender | str | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Create a location-based (LBS) campaign.

        Creates a campaign that messages people who are inside a circular area during a time window,
        optionally filtered by gender, age and device. The documentation page leaves the request
        schema empty; the fields come from its example, and none is marked required. Requiring
        `text`, `start_time`, `end_time`, `latitude`, `longitude` and `radius` is inferred: without
        them a campaign has no message, no time window or no area. `start_time` and `end_time` are
        Unix timestamps in seconds. The success body is undocumented; `data` is inferred to be the
        new campaign's id. Authentication: the page declares a bearer panel token only. A client
        holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key header
        instead, which is inferred to work here (public clients use it on `list_lines`; nothing
        shows it on this operation).

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            start_time: Start of the window, Unix time in seconds.
            end_time: End of the window, Unix time in seconds.
            latitude: Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so
                only an integer type can be read from them; decimal degrees are inferred, within the range of
                any latitude.
            longitude: Longitude of the centre, in degrees. Like `latitude`, an integer in the pages'
                examples (90) and a decimal here (inferred).
            radius: Radius of the area around the point (the example uses 1000, presumably metres).
            receiver_count: Maximum number of people to message.
            address: A human-readable address of the point.
            dispatch_moment: When an LBS message is sent relative to the area - on entering, while present,
                or on leaving.
            receiver_age_from: See the spec.
            receiver_age_to: See the spec.
            device: Devices an LBS campaign targets - all, Android or iOS.
            receiver_gender: Gender filter of `create_lbs_request` - all, Mr or Ms.
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import create_lbs_request as operation
        from iranpayamak_api.models import LbsCreateGender, LbsCreateRequest, LbsDevice, LbsDispatchMoment

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _start_time = args.integer(start_time, "start_time")
        _end_time = args.integer(end_time, "end_time")
        _latitude = args.number(latitude, "latitude", minimum=-90, maximum=90)
        _longitude = args.number(longitude, "longitude", minimum=-180, maximum=180)
        _radius = args.integer(radius, "radius", minimum=1)
        _receiver_count = UNSET if receiver_count is None else args.integer(receiver_count, "receiver_count", minimum=1)
        _address = UNSET if address is None else args.string(address, "address")
        _dispatch_moment = (
            UNSET if dispatch_moment is None else args.enum(LbsDispatchMoment, dispatch_moment, "dispatch_moment")
        )
        _receiver_age_from = (
            UNSET if receiver_age_from is None else args.integer(receiver_age_from, "receiver_age_from", minimum=0)
        )
        _receiver_age_to = (
            UNSET if receiver_age_to is None else args.integer(receiver_age_to, "receiver_age_to", minimum=0)
        )
        _device = UNSET if device is None else args.enum(LbsDevice, device, "device")
        _receiver_gender = (
            UNSET if receiver_gender is None else args.enum(LbsCreateGender, receiver_gender, "receiver_gender")
        )
        body = LbsCreateRequest(
            text=_text,
            start_time=_start_time,
            end_time=_end_time,
            latitude=_latitude,
            longitude=_longitude,
            radius=_radius,
            receiver_count=_receiver_count,
            address=_address,
            dispatch_moment=_dispatch_moment,
            receiver_age_from=_receiver_age_from,
            receiver_age_to=_receiver_age_to,
            device=_device,
            receiver_gender=_receiver_gender,
        )
        keyed = args.sending.keyed(idempotency_key, "create_lbs_request", body.to_dict())

        async def send() -> Any:
            result = await operation.asyncio(client=self._api, body=body)
            return payload_of(result)

        return await self._once_async(keyed, send)

    async def get(
        self,
        lbs_id: int,
    ) -> LbsRequest:
        """Show one location-based campaign.

        Returns the details of one campaign. Only the 401 response is documented; the campaign shape
        is inferred from the create request plus an id and a status. Authentication: the page
        declares a bearer panel token only. A client holding a panel token sends `Authorization:
        Bearer`; one without sends the Api-Key header instead, which is inferred to work here
        (public clients use it on `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (LbsRequest).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import get_lbs_request as operation

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        result = await operation.asyncio(_lbs_id, client=self._api)
        return result.data

    async def list(
        self,
    ) -> builtins.list[LbsRequest]:
        """List the account's location-based campaigns.

        Returns the LBS campaigns of the account with their status. The documentation page shows no
        query parameters and documents only the 401 response; the success body is inferred to be a
        list of campaigns in `data`. Authentication: the page declares a bearer panel token only. A
        client holding a panel token sends `Authorization: Bearer`; one without sends the Api-Key
        header instead, which is inferred to work here (public clients use it on `list_lines`;
        nothing shows it on this operation).

        Returns:
            The records (list[LbsRequest]), whether the answer lists them or wraps them in ``items``.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import list_lbs_requests as operation

        result = await operation.asyncio(client=self._api)
        return items_of(result.data)

    async def update(
        self,
        lbs_id: int,
        text: str,
        start_time: int,
        end_time: int,
        latitude: float,
        longitude: float,
        radius: int,
        *,
        receiver_count: int | None = None,
        address: str | None = None,
        dispatch_moment: LbsDispatchMoment | str | None = None,
        receiver_age_from: int | None = None,
        receiver_age_to: int | None = None,
        device: LbsDevice | str | None = None,
        receiver_gender: LbsUpdateGender | str | None = None,
    ) -> Any:
        """Edit a location-based campaign before it runs.

        Replaces the text, area, window and filters of a campaign that has not started. The edit
        page lists the gender values `همه | مرد | زن` (all, man, woman) where the create page lists
        `همه | آقا | خانم`; each operation keeps its own page's values. This page's request schema
        is empty as well: the fields come from its example, none is marked required, and the six
        fields required on create are required here too (inferred: the edit is read as replacing the
        campaign). The success body is undocumented. Authentication: the page declares a bearer
        panel token only. A client holding a panel token sends `Authorization: Bearer`; one without
        sends the Api-Key header instead, which is inferred to work here (public clients use it on
        `list_lines`; nothing shows it on this operation).

        Args:
            lbs_id: Id of the location-based campaign. The pages type it as a string with numeric examples
                ('5', '1');
                it is an integer here, which puts the same digits in the URL.
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            start_time: Start of the window, Unix time in seconds.
            end_time: End of the window, Unix time in seconds.
            latitude: Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so
                only an integer type can be read from them; decimal degrees are inferred, within the range of
                any latitude.
            longitude: Longitude of the centre, in degrees. Like `latitude`, an integer in the pages'
                examples (90) and a decimal here (inferred).
            radius: Radius of the area around the point (the example uses 1000, presumably metres).
            receiver_count: Maximum number of people to message.
            address: A human-readable address of the point.
            dispatch_moment: When an LBS message is sent relative to the area - on entering, while present,
                or on leaving.
            receiver_age_from: See the spec.
            receiver_age_to: See the spec.
            device: Devices an LBS campaign targets - all, Android or iOS.
            receiver_gender: Gender filter of `update_lbs_request` - all, man or woman.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import update_lbs_request as operation
        from iranpayamak_api.models import LbsDevice, LbsDispatchMoment, LbsUpdateGender, LbsUpdateRequest

        args = self._args
        _lbs_id = args.integer(lbs_id, "lbs_id", minimum=1)
        _text = args.message_text(text, "text", min_length=1)
        _start_time = args.integer(start_time, "start_time")
        _end_time = args.integer(end_time, "end_time")
        _latitude = args.number(latitude, "latitude", minimum=-90, maximum=90)
        _longitude = args.number(longitude, "longitude", minimum=-180, maximum=180)
        _radius = args.integer(radius, "radius", minimum=1)
        _receiver_count = UNSET if receiver_count is None else args.integer(receiver_count, "receiver_count", minimum=1)
        _address = UNSET if address is None else args.string(address, "address")
        _dispatch_moment = (
            UNSET if dispatch_moment is None else args.enum(LbsDispatchMoment, dispatch_moment, "dispatch_moment")
        )
        _receiver_age_from = (
            UNSET if receiver_age_from is None else args.integer(receiver_age_from, "receiver_age_from", minimum=0)
        )
        _receiver_age_to = (
            UNSET if receiver_age_to is None else args.integer(receiver_age_to, "receiver_age_to", minimum=0)
        )
        _device = UNSET if device is None else args.enum(LbsDevice, device, "device")
        _receiver_gender = (
            UNSET if receiver_gender is None else args.enum(LbsUpdateGender, receiver_gender, "receiver_gender")
        )
        body = LbsUpdateRequest(
            text=_text,
            start_time=_start_time,
            end_time=_end_time,
            latitude=_latitude,
            longitude=_longitude,
            radius=_radius,
            receiver_count=_receiver_count,
            address=_address,
            dispatch_moment=_dispatch_moment,
            receiver_age_from=_receiver_age_from,
            receiver_age_to=_receiver_age_to,
            device=_device,
            receiver_gender=_receiver_gender,
        )
        result = await operation.asyncio(_lbs_id, client=self._api, body=body)
        return payload_of(result)


class AsyncLbsResourceWithRawResponse:
    """``client.lbs.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncLbsResource) -> None:
        self.cancel = async_raw_method(resource, AsyncLbsResource.cancel)
        self.create = async_raw_method(resource, AsyncLbsResource.create)
        self.get = async_raw_method(resource, AsyncLbsResource.get)
        self.list = async_raw_method(resource, AsyncLbsResource.list)
        self.update = async_raw_method(resource, AsyncLbsResource.update)
