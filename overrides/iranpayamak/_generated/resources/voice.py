# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.voice``: the voice operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from iranpayamak_api.types import UNSET

from ..._resource import Resource
from ...errors import InvalidArgumentError
from ...raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        PhonebookSlice,
    )

    from ...files import FileInput

__all__ = [
    "AsyncVoiceResource",
    "AsyncVoiceResourceWithRawResponse",
    "VoiceResource",
    "VoiceResourceWithRawResponse",
]


class VoiceResource(Resource):
    """The ``voice`` operations."""

    @property
    def with_raw_response(self) -> VoiceResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.voice.with_raw_response.download(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return VoiceResourceWithRawResponse(self)

    def download(
        self,
        file_id: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download a previously uploaded voice message file.

        Returns the audio of a voice file uploaded with `upload_voice_file`, selected by `file_id`.
        No documentation page exists; the query parameter name comes from the endpoint list and the
        response is inferred to be the raw file.

        Args:
            file_id: Id of the uploaded voice file, as returned by `upload_voice_file`.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import download_voice_file as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _file_id = args.integer(file_id, "file_id", minimum=1)
        result = operation.sync(client=self._api, file_id=_file_id)
        return args.save(result.payload.read(), _save_to, "save_to")

    def send(
        self,
        file_id: int,
        *,
        recipients: Iterable[str | int] | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> int:
        """Send a recorded voice message as a call to many recipients.

        Places voice calls that play an uploaded file (`file_id` from `upload_voice_file`). Recipients
        come from `recipients`, from `selectedPhoneBooks`, or both; at least one must be given. Voice
        sends take no line number and no number format.

        Args:
            file_id: Id returned by `upload_voice_file`.
            recipients: Mobile numbers in any common spelling; each is sent as 09xxxxxxxxx.
            selected_phone_books: A list; each item is a range of a phonebook's contacts - `limit` contacts
                starting at `offset`. A dict takes the keys of ``iranpayamak_api.wire.PhonebookSlice``, as sent:
                ``id``, ``offset``, ``limit``.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_voice as operation
        from iranpayamak_api.models import PhonebookSlice, VoiceSendRequest

        args = self._args
        _file_id = args.integer(file_id, "file_id", minimum=1)
        _recipients = UNSET if recipients is None else args.mobiles(recipients, "recipients", min_items=1)
        _selected_phone_books = (
            UNSET
            if selected_phone_books is None
            else args.models(PhonebookSlice, selected_phone_books, "selected_phone_books", (), min_items=1)
        )
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        if _recipients is UNSET and _selected_phone_books is UNSET:
            raise InvalidArgumentError(
                "recipients: give recipients, selected_phone_books or both",
                field="recipients",
                reason="recipients or selected_phone_books is required",
            )
        body = VoiceSendRequest(
            file_id=_file_id,
            recipients=_recipients,
            selected_phone_books=_selected_phone_books,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_voice", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def upload(
        self,
        file: FileInput,
    ) -> int:
        """Upload an audio file for voice sends.

        Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
        takes. The documentation page declares no authentication, yet an upload belongs to an account,
        so the Api-Key header is required here as on every web-service call.

        Args:
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import upload_voice_file as operation
        from iranpayamak_api.models import VoiceUploadRequest

        args = self._args
        _file = args.upload(file, "file", "upload.bin")
        body = VoiceUploadRequest(
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data


class VoiceResourceWithRawResponse:
    """``client.voice.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: VoiceResource) -> None:
        self.download = raw_method(resource, VoiceResource.download)
        self.send = raw_method(resource, VoiceResource.send)
        self.upload = raw_method(resource, VoiceResource.upload)


class AsyncVoiceResource(Resource):
    """The ``voice`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncVoiceResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.voice.with_raw_response.download(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncVoiceResourceWithRawResponse(self)

    async def download(
        self,
        file_id: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download a previously uploaded voice message file.

        Returns the audio of a voice file uploaded with `upload_voice_file`, selected by `file_id`.
        No documentation page exists; the query parameter name comes from the endpoint list and the
        response is inferred to be the raw file.

        Args:
            file_id: Id of the uploaded voice file, as returned by `upload_voice_file`.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import download_voice_file as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _file_id = args.integer(file_id, "file_id", minimum=1)
        result = await operation.asyncio(client=self._api, file_id=_file_id)
        return args.save(result.payload.read(), _save_to, "save_to")

    async def send(
        self,
        file_id: int,
        *,
        recipients: Iterable[str | int] | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> int:
        """Send a recorded voice message as a call to many recipients.

        Places voice calls that play an uploaded file (`file_id` from `upload_voice_file`). Recipients
        come from `recipients`, from `selectedPhoneBooks`, or both; at least one must be given. Voice
        sends take no line number and no number format.

        Args:
            file_id: Id returned by `upload_voice_file`.
            recipients: Mobile numbers in any common spelling; each is sent as 09xxxxxxxxx.
            selected_phone_books: A list; each item is a range of a phonebook's contacts - `limit` contacts
                starting at `offset`. A dict takes the keys of ``iranpayamak_api.wire.PhonebookSlice``, as sent:
                ``id``, ``offset``, ``limit``.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_voice as operation
        from iranpayamak_api.models import PhonebookSlice, VoiceSendRequest

        args = self._args
        _file_id = args.integer(file_id, "file_id", minimum=1)
        _recipients = UNSET if recipients is None else args.mobiles(recipients, "recipients", min_items=1)
        _selected_phone_books = (
            UNSET
            if selected_phone_books is None
            else args.models(PhonebookSlice, selected_phone_books, "selected_phone_books", (), min_items=1)
        )
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        if _recipients is UNSET and _selected_phone_books is UNSET:
            raise InvalidArgumentError(
                "recipients: give recipients, selected_phone_books or both",
                field="recipients",
                reason="recipients or selected_phone_books is required",
            )
        body = VoiceSendRequest(
            file_id=_file_id,
            recipients=_recipients,
            selected_phone_books=_selected_phone_books,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_voice", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def upload(
        self,
        file: FileInput,
    ) -> int:
        """Upload an audio file for voice sends.

        Uploads the audio of a voice message; `data` in the response is the file id that `send_voice`
        takes. The documentation page declares no authentication, yet an upload belongs to an account,
        so the Api-Key header is required here as on every web-service call.

        Args:
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import upload_voice_file as operation
        from iranpayamak_api.models import VoiceUploadRequest

        args = self._args
        _file = args.upload(file, "file", "upload.bin")
        body = VoiceUploadRequest(
            file=_file,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return result.data


class AsyncVoiceResourceWithRawResponse:
    """``client.voice.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncVoiceResource) -> None:
        self.download = async_raw_method(resource, AsyncVoiceResource.download)
        self.send = async_raw_method(resource, AsyncVoiceResource.send)
        self.upload = async_raw_method(resource, AsyncVoiceResource.upload)
