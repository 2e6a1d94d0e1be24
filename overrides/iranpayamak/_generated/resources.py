"""Synchronous resource namespaces: one method per operation of the spec.

Rendered from spec/iranpayamak.openapi.yaml by scripts/regenerate; do not edit by hand.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from iranpayamak_api.types import UNSET

from .. import records
from .._resource import Resource, items_of, payload_of
from ..errors import InvalidArgumentError
from ..pagination import Page, Pager
from ..raw import raw_method, raw_pages

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        AccountCeo,
        AccountCompany,
        AttributeType,
        Balance,
        City,
        Contact,
        ContactAttributeValue,
        ContactBulkItem,
        ContactPrefix,
        CostBreakdown,
        CostRequest,
        CountBreakdown,
        DeliveryStatus,
        GenderOption,
        LbsCreateGender,
        LbsDevice,
        LbsDispatchMoment,
        LbsRequest,
        LbsUpdateGender,
        Line,
        NumberBank,
        NumberBankSlice,
        NumberFormat,
        Pattern,
        PatternAttribute,
        PatternCategory,
        PatternSortField,
        PatternStatus,
        PatternVariable,
        PaymentSource,
        Peer,
        PersonGender,
        Phonebook,
        PhonebookAttribute,
        PhonebookSlice,
        PostalCostRequest,
        Profile,
        Province,
        SendRequestStatus,
        SortDirection,
        Ticket,
        TwoFactorMethod,
        VariableRecipient,
    )

    from ..files import FileInput

__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "LbsResource",
    "LbsResourceWithRawResponse",
    "PanelResource",
    "PanelResourceWithRawResponse",
    "PatternsResource",
    "PatternsResourceWithRawResponse",
    "PhonebookResource",
    "PhonebookResourceWithRawResponse",
    "ReferenceResource",
    "ReferenceResourceWithRawResponse",
    "ReportsResource",
    "ReportsResourceWithRawResponse",
    "SmsResource",
    "SmsResourceWithRawResponse",
    "TicketsResource",
    "TicketsResourceWithRawResponse",
    "VoiceResource",
    "VoiceResourceWithRawResponse",
]


class SmsResource(Resource):
    """The ``sms`` operations."""

    @property
    def with_raw_response(self) -> SmsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.sms.with_raw_response.send_pattern(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return SmsResourceWithRawResponse(self)

    def send_pattern(
        self,
        code: str,
        recipient: str,
        attributes: Mapping[str, str | int],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send a pattern (template) message to one recipient.

        Sends one message built from an approved pattern to a single mobile number. This is the path
        for one-time codes and transactional alerts: pattern sends are delivered immediately and are
        not queued behind bulk campaigns.

        The pattern `code` comes from the user panel (or from `create_pattern`). `attributes` maps each
        `%variable%` of the pattern to its value, as strings. Always send `attributes`: a live probe of
        the service answered HTTP 500 (`Undefined array key "attributes"`) when it was missing, so the
        field is required here even though the documentation page marks it optional. A pattern without
        variables takes an empty object. The documentation page types `attributes` as an array of objects
        while its own example and every real client send a single object; this document follows the
        object form. `data` in the response is the id of the created send request.

        Args:
            code: The pattern's code.
            recipient: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent
                as 09xxxxxxxxx.
            attributes: Value of each `%variable%` of the pattern, as strings; an empty object for a pattern
                without variables. The page marks it optional and types it as an array of objects; it is a
                required object here, for the reasons `send_pattern` gives.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_pattern as operation
        from iranpayamak_api.models import PatternSendRequest, PatternValues

        args = self._args
        _code = args.string(code, "code", min_length=1)
        _recipient = args.mobile(recipient, "recipient")
        _attributes = args.text_map(PatternValues, attributes, "attributes")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        body = PatternSendRequest(
            code=_code,
            recipient=_recipient,
            attributes=_attributes,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_peer_to_peer(
        self,
        peers: Iterable[Peer | wire.Peer],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> builtins.list[int]:
        """Send a different text to each group of recipients in one call.

        Each entry of `peers` has its own text and its own recipients (numbers and/or phonebook slices);
        every peer becomes a separate send request, and `data` lists their ids in order. The documentation
        page places this operation at `/ws/v1/sms/peer-to-peer`; the endpoint list of the service, which
        this document follows, places it at `/ws/v1/send/peer-to-peer`. The page's example sends
        `schedule: ""`; that the service treats it like null (send now) is inferred, not documented.

        The page's request schema is empty: the fields come from its example (which also shows, commented
        out, `selectedPhoneBooks` inside a peer), and none is marked required. Requiring `line_number`,
        `number_format`, `peers` and each peer's `text` is inferred from that example and from the other
        JSON sends, whose pages require the line and the number format.

        Args:
            peers: A list; each item is one text and its recipients within a peer-to-peer send; numbers,
                phonebook slices or both. A dict takes the keys of ``iranpayamak_api.wire.Peer``, as sent:
                ``text``, ``recipients``, ``selectedPhoneBooks``.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer as operation
        from iranpayamak_api.models import Peer, PeerToPeerSendRequest

        args = self._args
        _peers = args.models(Peer, peers, "peers", ("recipients[]",), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        body = PeerToPeerSendRequest(
            peers=_peers,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_peer_to_peer_file(
        self,
        peers_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> builtins.list[int]:
        """Send peer-to-peer messages whose texts and recipients come from an Excel or CSV file.

        The file variant of `send_peer_to_peer`: each row pairs a text with its recipients. The page
        says `peers_file` may be an Excel or a CSV file. The documentation page places it at
        `/ws/v1/sms/peer-to-peer-file`; the endpoint list, followed here, at
        `/ws/v1/send/peer-to-peer-file`. The page lists `number_format` as `en | fa` while its example
        sends `persian`; this document uses `english | persian` throughout.

        Args:
            peers_file: An Excel workbook or a CSV file (UTF-8): a path, its bytes, or a binary file object.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer_file as operation
        from iranpayamak_api.models import PeerToPeerFileSendRequest

        args = self._args
        _peers_file = args.sheet(peers_file, "peers_file", "peers.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule")
        body = PeerToPeerFileSendRequest(
            peers_file=_peers_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_sample(
        self,
        text: str,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send a test copy of a message to the account owner.

        Sends the text only to the account owner's own mobile, to check the wording and the sender line
        before a campaign. The page's request schema is empty; the fields come from its example, and none
        is marked required. Requiring `text`, `line_number` and `number_format` is inferred from the simple
        and number-bank sends, whose pages and the endpoint list require those three.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_sample as operation
        from iranpayamak_api.models import SampleSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        body = SampleSendRequest(
            text=_text,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_simple(
        self,
        text: str,
        *,
        line_number: str | int | None = None,
        recipients: Iterable[str | int] | None = None,
        selected_phone_books: Iterable[PhonebookSlice | wire.PhonebookSlice] | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send one text to a list of numbers and/or phonebook slices.

        Queues one fixed text for many recipients. Recipients come from `recipients` (mobile numbers),
        from `selectedPhoneBooks` (slices of phonebooks), or both; at least one of the two must be given.
        The documentation has two pages for this path ("Send Simple SMS" and "Send Simple SMS from
        Phonebook"); this operation merges them. The first page requires all five of `text`,
        `line_number`, `recipients`, `number_format` and `schedule`, the last two nullable; the phonebook
        page and the endpoint list require only `text`, `line_number` and `number_format`. This operation
        follows the endpoint list: `recipients` may be left out when `selectedPhoneBooks` is given, and so
        may `schedule`; real clients send `schedule: null` for an immediate send, which satisfies both
        pages. `number_format` is not nullable, as on the phonebook page; public clients always send a
        value. `data` in the response is the id of the created send request. No source documents a
        maximum number of recipients per call.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            line_number: The sender line; the client's ``line_number`` when None.
            recipients: Mobile numbers in any common spelling; each is sent as 09xxxxxxxxx.
            selected_phone_books: A list; each item is a range of a phonebook's contacts - `limit` contacts
                starting at `offset`. A dict takes the keys of ``iranpayamak_api.wire.PhonebookSlice``, as sent:
                ``id``, ``offset``, ``limit``.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_simple as operation
        from iranpayamak_api.models import PhonebookSlice, SimpleSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _line_number = args.line(line_number, "line_number")
        _recipients = UNSET if recipients is None else args.mobiles(recipients, "recipients", min_items=1)
        _selected_phone_books = (
            UNSET
            if selected_phone_books is None
            else args.models(PhonebookSlice, selected_phone_books, "selected_phone_books", (), min_items=1)
        )
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        if _recipients is UNSET and _selected_phone_books is UNSET:
            raise InvalidArgumentError(
                "recipients: give recipients, selected_phone_books or both",
                field="recipients",
                reason="recipients or selected_phone_books is required",
            )
        body = SimpleSendRequest(
            text=_text,
            line_number=_line_number,
            recipients=_recipients,
            selected_phone_books=_selected_phone_books,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_simple_file(
        self,
        text: str,
        recipients_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send one text to the numbers listed in an Excel or CSV file.

        The file variant of `send_simple`, for long recipient lists. The page says `recipients_file` may
        be an Excel or a CSV file. It lists `number_format` as `en | fa` with the example `english`; this
        document uses `english | persian` throughout.
        `schedule`, when given, must be in the future.

        Args:
            text: The message text of a file-based send; the pages require at least 3 characters.
            recipients_file: An Excel workbook or a CSV file (UTF-8): a path, its bytes, or a binary file
                object.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_simple_file as operation
        from iranpayamak_api.models import SimpleSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients_file = args.sheet(recipients_file, "recipients_file", "recipients.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule")
        body = SimpleSendFileRequest(
            text=_text,
            recipients_file=_recipients_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_to_number_bank(
        self,
        text: str,
        *,
        recipients: Iterable[NumberBankSlice | wire.NumberBankSlice] | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send one text to slices of number banks.

        Queues a text for numbers taken from the service's number banks (ready-made lists by trade and
        region, see `list_number_banks`), without owning a phonebook. Each entry of `recipients` picks
        `limit` numbers from a bank starting at `offset`.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            recipients: A list; each item is a range of a number bank - `limit` numbers starting at
                `offset`. A dict takes the keys of ``iranpayamak_api.wire.NumberBankSlice``, as sent:
                ``bank_id``, ``offset``, ``limit``.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_to_number_bank as operation
        from iranpayamak_api.models import NumberBankSendRequest, NumberBankSlice

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = (
            UNSET if recipients is None else args.models(NumberBankSlice, recipients, "recipients", (), min_items=1)
        )
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        body = NumberBankSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_variables(
        self,
        text: str,
        recipients: Iterable[VariableRecipient | Mapping[str, str | int]],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send a personalised text with %variables% to many recipients.

        Queues a text containing `%name%` placeholders; each recipient object carries its `mobile`
        and one string value per placeholder. The documentation page leaves the request schema empty,
        so the fields here come from its example, and none is marked required. Requiring `text`,
        `line_number`, `recipients` and `number_format` is inferred from the sibling simple send, whose
        first page requires the same four (and `schedule`).

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            recipients: A list; each item is one recipient of a variable send - the mobile plus one string
                value per `%variable%` of the text. A dict takes the keys ``mobile`` and one per variable.
            line_number: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_variables as operation
        from iranpayamak_api.models import VariableRecipient, VariableSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = args.models(VariableRecipient, recipients, "recipients", ("mobile",), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule")
        body = VariableSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def send_variables_file(
        self,
        text: str,
        recipients: FileInput,
        *,
        from_: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
    ) -> int:
        """Send a personalised text whose recipients and values come from an Excel or CSV file.

        The file variant of `send_variables`: each row of the uploaded sheet holds a mobile number and
        the values of the text's `%placeholders%`. This is the only send path without the `/ws` prefix,
        and its form fields are named differently from the JSON sends (`from` for the line number,
        `numberFormat` in camelCase); both are kept as documented. The page lists `numberFormat` as
        `en | fa`; like every other operation here it takes `english | persian`, the values real clients
        send.

        Args:
            text: The message text of a file-based send; the pages require at least 3 characters.
            recipients: The file: a path, its bytes, or a binary file object.
            from_: The sender line; the client's ``line_number`` when None.
            number_format: ``english`` or ``persian`` digits in the delivered text; the client's default
                when None.
            schedule: When to send, as a datetime (naive means Tehran time); None sends now.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.sms import send_variables_file as operation
        from iranpayamak_api.models import VariableSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients = args.upload(recipients, "recipients", "recipients.xlsx")
        _from_ = args.line(from_, "from_")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule")
        body = VariableSendFileRequest(
            text=_text,
            recipients=_recipients,
            from_=_from_,
            number_format=_number_format,
            schedule=_schedule,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data


class SmsResourceWithRawResponse:
    """``client.sms.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: SmsResource) -> None:
        self.send_pattern = raw_method(resource, SmsResource.send_pattern)
        self.send_peer_to_peer = raw_method(resource, SmsResource.send_peer_to_peer)
        self.send_peer_to_peer_file = raw_method(resource, SmsResource.send_peer_to_peer_file)
        self.send_sample = raw_method(resource, SmsResource.send_sample)
        self.send_simple = raw_method(resource, SmsResource.send_simple)
        self.send_simple_file = raw_method(resource, SmsResource.send_simple_file)
        self.send_to_number_bank = raw_method(resource, SmsResource.send_to_number_bank)
        self.send_variables = raw_method(resource, SmsResource.send_variables)
        self.send_variables_file = raw_method(resource, SmsResource.send_variables_file)


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

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
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
        _schedule = args.schedule(schedule, "schedule")
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
        result = operation.sync(client=self._api, body=body)
        return result.data

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

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
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
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

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


class PatternsResource(Resource):
    """The ``patterns`` operations."""

    @property
    def with_raw_response(self) -> PatternsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.patterns.with_raw_response.create(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return PatternsResourceWithRawResponse(self)

    def create(
        self,
        text: str,
        description: str | None,
        share: bool,
        website: str,
        category: PatternCategory | int,
        vars_: Iterable[PatternVariable | wire.PatternVariable],
    ) -> str:
        """Create a new pattern (message template) for pattern sends.

        Submits a template whose variables are written `%name%` in `text` and declared in `vars` with a
        type and a maximum length. New patterns must be approved by the provider before they can be sent.
        `share` is an integer used as a boolean (1 lets others use the pattern). `data` in the response is
        the new pattern's code.

        Args:
            text: The message text. Persian text is sent as is (UTF-8). The pages that take it state no
                minimum; at least one character is assumed here, since an empty text has nothing to say.
            description: A note for the reviewer who approves the pattern.
            share: A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer
                form for the service's validation (one page's example sends '1').
            website: The website or business the pattern is used for.
            category: What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.
            vars_: A list; each item is a variable of a pattern as `create_pattern` declares it. A dict
                takes the keys of ``iranpayamak_api.wire.PatternVariable``, as sent: ``var``, ``type``,
                ``length``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import create_pattern as operation
        from iranpayamak_api.models import Flag, PatternCategory, PatternCreateRequest, PatternVariable

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _description = None if description is None else args.string(description, "description")
        _share = Flag(int(args.boolean(share, "share")))
        _website = args.string(website, "website")
        _category = args.enum(PatternCategory, category, "category")
        _vars_ = args.models(PatternVariable, vars_, "vars_", ())
        body = PatternCreateRequest(
            text=_text,
            description=_description,
            share=_share,
            website=_website,
            category=_category,
            vars_=_vars_,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def get(
        self,
        code: str,
    ) -> Pattern:
        """Show one pattern and its variables.

        Returns a pattern by code, including its variables, so a send can supply exactly the values it
        expects. The page attaches a request body to this GET, typed with the pattern request object and
        with an empty example; that is why the endpoint list names `text`, `shared` and `website` as
        required here. It is read as a copy error: no body is sent. The page's success answer (201 with
        a string in `data`) is copied from `create_pattern` as well; this read is inferred to answer 200
        (any 2xx is a success). The pattern shape is inferred from the create request plus a status.

        Args:
            code: The pattern's code (its UID in the panel).

        Returns:
            The ``data`` of the answer (Pattern).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import get_pattern as operation

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        result = operation.sync(_code, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        staus: PatternStatus | str | None = None,
        share: bool | None = None,
        sort_by: PatternSortField | str | None = None,
        sort_type: SortDirection | str | None = None,
        page: int = 1,
    ) -> Pager[Pattern]:
        """List the account's patterns.

        Returns the patterns of the account, to find a pattern's `code` and approval status. The page
        documents the filters as a JSON body on a GET request, which HTTP clients cannot send reliably;
        they are query parameters here. That body is typed with the pattern request object, whose
        required `text`, `shared` and `website` are also the fields the endpoint list names as required
        for this operation; they describe a pattern to save, not a filter (the page's own example sends
        only filters), so they are read as a copy error and not asked for. The status filter is spelled
        `staus` on the page, and that spelling is kept: inferred to be the one the server validates,
        since the page is all there is.

        The page's success answer (201, "Pattern created successfully.", a string in `data`) is copied
        from `create_pattern`. This read is inferred to answer 200 like the other reads (any 2xx is a
        success), with the paged list shape of the other list operations. The page shows no `page` or
        `limit` either; both are inferred from the other list operations, and whether the service reads
        them is not documented.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            staus: Only patterns with this approval status. The name is spelled as the page spells it
                (inferred to be the server's own spelling).
            share: 1 for shared patterns only, 0 for private ones only.
            sort_by: Field to sort by.
            sort_type: Sort direction.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Pattern: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import list_patterns as operation
        from iranpayamak_api.models import Flag, PatternSortField, PatternStatus, SortDirection

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _staus = UNSET if staus is None else args.enum(PatternStatus, staus, "staus")
        _share = UNSET if share is None else Flag(int(args.boolean(share, "share")))
        _sort_by = UNSET if sort_by is None else args.enum(PatternSortField, sort_by, "sort_by")
        _sort_type = UNSET if sort_type is None else args.enum(SortDirection, sort_type, "sort_type")

        def fetch(number: int) -> Page[Pattern]:
            result = operation.sync(
                client=self._api,
                limit=_limit,
                search=_search,
                staus=_staus,
                share=_share,
                sort_by=_sort_by,
                sort_type=_sort_type,
                page=number,
            )
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def update(
        self,
        code: str,
        text: str,
        shared: bool,
        website: str,
        *,
        description: str | None = None,
        attributes: Iterable[PatternAttribute | wire.PatternAttribute] | None = None,
    ) -> str:
        """Edit a pattern's text or variables.

        Changes an existing pattern; an edited pattern may need approval again. No documentation page
        exists. The body follows the pattern request object the documentation defines (`text`, `shared`
        and `website` required, variables under `attributes`), which the endpoint list also names as the
        required fields. Unknown extra fields are allowed so that the create-style names (`share`,
        `vars`, `category`) can be sent as well. The response is inferred to carry the pattern code.

        Args:
            code: The pattern's code (its UID in the panel).
            text: See the spec.
            shared: See the spec.
            website: See the spec.
            description: See the spec.
            attributes: A list; each item is a variable of a pattern as the pattern request object declares
                it. A dict takes the keys of ``iranpayamak_api.wire.PatternAttribute``, as sent: ``name``,
                ``length``, ``type``.

        Returns:
            The ``data`` of the answer (str).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.patterns import update_pattern as operation
        from iranpayamak_api.models import PatternAttribute, PatternUpdateRequest

        args = self._args
        _code = args.string(code, "code", min_length=1, max_length=1000)
        _text = args.string(text, "text", min_length=3)
        _shared = args.boolean(shared, "shared")
        _website = args.string(website, "website", format="uri")
        _description = UNSET if description is None else args.string(description, "description")
        _attributes = UNSET if attributes is None else args.models(PatternAttribute, attributes, "attributes", ())
        body = PatternUpdateRequest(
            text=_text,
            shared=_shared,
            website=_website,
            description=_description,
            attributes=_attributes,
        )
        result = operation.sync(_code, client=self._api, body=body)
        return result.data


class PatternsResourceWithRawResponse:
    """``client.patterns.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PatternsResource) -> None:
        self.create = raw_method(resource, PatternsResource.create)
        self.get = raw_method(resource, PatternsResource.get)
        self.list = raw_pages(resource, PatternsResource.list)
        self.update = raw_method(resource, PatternsResource.update)


class ReportsResource(Resource):
    """The ``reports`` operations."""

    @property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.reports.with_raw_response.inbox(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return ReportsResourceWithRawResponse(self)

    def inbox(
        self,
        *,
        limit: int | None = None,
        page: int = 1,
    ) -> Pager[records.InboxMessage]:
        """List received messages (replies) page by page.

        Returns the messages that mobile users sent to the account's lines, newest first. Poll it to make
        a conversation two-way. The received time is named `recievedAt` (sic) by the service.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every InboxMessage: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_inbox_messages as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)

        def fetch(number: int) -> Page[records.InboxMessage]:
            result = operation.sync(client=self._api, limit=_limit, page=number)
            return Page.of(result.data, self._api).map(records.InboxMessage.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def items(
        self,
        send_request_id: int,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: DeliveryStatus | str | None = None,
        page: int = 1,
    ) -> Pager[records.DeliveryReport]:
        """List the per-recipient delivery status of one send request.

        Returns one item per recipient of a send request with its delivery status (delivered, failed,
        blacklisted, ...), page by page. The page copies the phonebook list's description and response
        schema; the item shape here is inferred (recipient number, status, times), with unknown fields kept.
        The page gives `page` and `limit` no minimum and no default; those of the other documented lists
        (from 1, 10 per page) are assumed here.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only items in this delivery status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every DeliveryReport: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_request_items as operation
        from iranpayamak_api.models import DeliveryStatus

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(DeliveryStatus, status, "status")

        def fetch(number: int) -> Page[records.DeliveryReport]:
            result = operation.sync(
                _send_request_id, client=self._api, limit=_limit, search=_search, status=_status, page=number
            )
            return Page.of(result.data, self._api).map(records.DeliveryReport.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def send_request(
        self,
        send_request_id: int,
    ) -> records.SendRequest:
        """Show one send request.

        Returns the overall status and details of one send request, by the id a send returned. No
        documentation page exists; the shape is the one of `list_send_requests` items.

        Args:
            send_request_id: Id of the send request, as returned by a send operation. The items page types
                it as a string with
                a numeric example ('407328'); it is an integer here, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (SendRequest).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import get_send_request as operation

        args = self._args
        _send_request_id = args.integer(send_request_id, "send_request_id", minimum=1)
        result = operation.sync(_send_request_id, client=self._api)
        return records.SendRequest.of(result.data)

    def send_requests(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        status: SendRequestStatus | str | None = None,
        page: int = 1,
    ) -> Pager[records.SendRequest]:
        """List the account's send requests with their overall status.

        Returns every send request (one per send call, or one per peer) with its overall status, page by
        page, optionally filtered by `status`. No documentation page exists; the status values come from
        public client code, and the paged shape and filters from the documented send-request items list.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            search: Free-text filter.
            status: Only send requests in this status.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every SendRequest: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.reports import list_send_requests as operation
        from iranpayamak_api.models import SendRequestStatus

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)
        _status = UNSET if status is None else args.enum(SendRequestStatus, status, "status")

        def fetch(number: int) -> Page[records.SendRequest]:
            result = operation.sync(client=self._api, limit=_limit, search=_search, status=_status, page=number)
            return Page.of(result.data, self._api).map(records.SendRequest.of)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))


class ReportsResourceWithRawResponse:
    """``client.reports.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: ReportsResource) -> None:
        self.inbox = raw_pages(resource, ReportsResource.inbox)
        self.items = raw_pages(resource, ReportsResource.items)
        self.send_request = raw_method(resource, ReportsResource.send_request)
        self.send_requests = raw_pages(resource, ReportsResource.send_requests)


class PhonebookResource(Resource):
    """The ``phonebook`` operations."""

    @property
    def with_raw_response(self) -> PhonebookResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.phonebook.with_raw_response.add_contact(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return PhonebookResourceWithRawResponse(self)

    def add_contact(
        self,
        phone_book_id: int,
        mobile: str,
        *,
        phone_book_data_id: int | None = None,
        prefix: ContactPrefix | str | None = None,
        name: str | None = None,
        attributes: Iterable[ContactAttributeValue | wire.ContactAttributeValue] | None = None,
    ) -> Any:
        """Add a contact to a phonebook, or update one.

        Adds one contact to a phonebook. Passing `phone_book_data_id` updates that existing contact
        instead (the page says it is needed only when changing a contact's mobile). Attribute values are
        strings; dates use the Jalali calendar (`1378/01/24`). The page's schema is empty; the fields come
        from its example, and none is marked required. Requiring `phone_book_id` and `mobile` is inferred:
        a contact belongs to a phonebook and is known by its number (the page needs `phone_book_data_id`
        only to change a mobile), and public client code sends both on every call. The success body is
        undocumented.

        Args:
            phone_book_id: See the spec.
            mobile: A mobile number in any common spelling (+98, 0098, Persian digits, spaces...); sent as
                09xxxxxxxxx.
            phone_book_data_id: Id of an existing contact to update instead of adding one.
            prefix: How to address a contact - man, woman, company or organisation.
            name: See the spec.
            attributes: A list; each item is the value of one custom attribute of a contact. A dict takes
                the keys of ``iranpayamak_api.wire.ContactAttributeValue``, as sent: ``attribute_id``,
                ``value``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import add_contact as operation
        from iranpayamak_api.models import ContactAttributeValue, ContactPrefix, ContactRequest

        args = self._args
        _phone_book_id = args.integer(phone_book_id, "phone_book_id", minimum=1)
        _mobile = args.mobile(mobile, "mobile")
        _phone_book_data_id = (
            UNSET if phone_book_data_id is None else args.integer(phone_book_data_id, "phone_book_data_id", minimum=1)
        )
        _prefix = UNSET if prefix is None else args.enum(ContactPrefix, prefix, "prefix")
        _name = UNSET if name is None else args.string(name, "name")
        _attributes = UNSET if attributes is None else args.models(ContactAttributeValue, attributes, "attributes", ())
        body = ContactRequest(
            phone_book_id=_phone_book_id,
            mobile=_mobile,
            phone_book_data_id=_phone_book_data_id,
            prefix=_prefix,
            name=_name,
            attributes=_attributes,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def attributes(
        self,
        *,
        limit: int | None = None,
        type_: AttributeType | str | None = None,
        search: str | None = None,
        page: int = 1,
    ) -> Pager[PhonebookAttribute]:
        """List custom contact attributes page by page.

        Returns the attributes defined on the account, optionally filtered by type or by a search text.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            type_: Only attributes of this type.
            search: Free-text filter.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every PhonebookAttribute: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import list_phonebook_attributes as operation
        from iranpayamak_api.models import AttributeType

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _type_ = UNSET if type_ is None else args.enum(AttributeType, type_, "type_")
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)

        def fetch(number: int) -> Page[PhonebookAttribute]:
            result = operation.sync(client=self._api, limit=_limit, type_=_type_, search=_search, page=number)
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def contacts(
        self,
        *,
        limit: int | None = None,
        phone_book_id: int | None = None,
        search: str | None = None,
        page: int = 1,
    ) -> Pager[Contact]:
        """List the contacts of a phonebook page by page.

        Returns contacts with their attribute values, optionally filtered by phonebook and by a search text.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            phone_book_id: Only contacts of this phonebook.
            search: Free-text filter.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Contact: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import list_contacts as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _phone_book_id = UNSET if phone_book_id is None else args.integer(phone_book_id, "phone_book_id", minimum=1)
        _search = UNSET if search is None else args.string(search, "search", max_length=1000)

        def fetch(number: int) -> Page[Contact]:
            result = operation.sync(
                client=self._api, limit=_limit, phone_book_id=_phone_book_id, search=_search, page=number
            )
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def create(
        self,
        title: str,
        *,
        attributes: Iterable[int] | None = None,
    ) -> int:
        """Create a phonebook.

        Creates a phonebook to group contacts. `attributes` lists the ids of custom attributes
        (see `create_phonebook_attribute`) that the phonebook's contacts carry. `data` in the response is
        the new phonebook's id.

        Args:
            title: See the spec.
            attributes: Ids of the custom attributes the phonebook's contacts carry.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import create_phonebook as operation
        from iranpayamak_api.models import PhonebookRequest

        args = self._args
        _title = args.string(title, "title", min_length=1)
        _attributes = UNSET if attributes is None else args.items(attributes, "attributes", each={"type": "integer"})
        body = PhonebookRequest(
            title=_title,
            attributes=_attributes,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def create_attribute(
        self,
        title: str,
        type_: AttributeType | str,
    ) -> int:
        """Create a custom contact attribute (a phonebook column).

        Creates an attribute such as a birth date or a national code that contacts can carry. `data` in
        the response is the new attribute's id.

        Args:
            title: See the spec.
            type_: Type of a custom contact attribute.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import create_phonebook_attribute as operation
        from iranpayamak_api.models import AttributeType, PhonebookAttributeCreateRequest

        args = self._args
        _title = args.string(title, "title", min_length=1)
        _type_ = args.enum(AttributeType, type_, "type_")
        body = PhonebookAttributeCreateRequest(
            title=_title,
            type_=_type_,
        )
        result = operation.sync(client=self._api, body=body)
        return result.data

    def delete_contact(
        self,
        id: int,
    ) -> Any:
        """Delete a contact.

        Deletes one contact for good. The success body is undocumented.

        Args:
            id: Id of the contact (a phonebook record). The delete page types it as a string; it is an
                integer
                here, like every record id, which puts the same digits in the URL.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import delete_contact as operation

        args = self._args
        _id = args.integer(id, "id", minimum=1)
        result = operation.sync(_id, client=self._api)
        return payload_of(result)

    def import_contacts(
        self,
        phone_book_id: int,
        file: FileInput,
    ) -> Any:
        """Import contacts into a phonebook from an Excel file.

        Adds or updates the contacts listed in a workbook shaped like the phonebook's sample (see
        `download_phonebook_sample`); the page states there is no limit on the number of rows. The page
        lists no required fields; requiring both `phone_book_id` and `file` is inferred, since an import
        without a phonebook or a file has nothing to do. The success body is undocumented.

        Args:
            phone_book_id: See the spec.
            file: An Excel workbook: a path, its bytes, or a binary file object (``iranpayamak.files``
                builds one).

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import upsert_contacts_excel as operation
        from iranpayamak_api.models import ContactExcelUpsertRequest

        args = self._args
        _phone_book_id = args.integer(phone_book_id, "phone_book_id", minimum=1)
        _file = args.spreadsheet(file, "file", "workbook.xlsx")
        body = ContactExcelUpsertRequest(
            phone_book_id=_phone_book_id,
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int = 1,
    ) -> Pager[Phonebook]:
        """List phonebooks page by page.

        Returns the account's phonebooks with their contact counts and attributes.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Phonebook: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import list_phonebooks as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)

        def fetch(number: int) -> Page[Phonebook]:
            result = operation.sync(client=self._api, limit=_limit, page=number)
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def sample_workbook(
        self,
        phone_book: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download the Excel sample for importing contacts into a phonebook.

        Returns an Excel workbook whose columns match the phonebook's attributes; fill it and upload it
        with `upsert_contacts_excel`. The path is outside `/ws/v1`. The page documents the response as
        an empty JSON object, which contradicts its own description; it is the workbook here (inferred).
        The page also marks an `Accept: application/json` header as required; a client should offer the
        workbook type and `application/json` together, so that the page's value is still among those
        offered and an error can still come back as JSON.

        Args:
            phone_book: Id of the phonebook whose import sample is wanted. The page types it as a string
                with a numeric
                example ('1'); it is an integer here, which puts the same digits in the URL.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import download_phonebook_sample as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _phone_book = args.integer(phone_book, "phone_book", minimum=1)
        result = operation.sync(_phone_book, client=self._api)
        return args.save(result.payload.read(), _save_to, "save_to")

    def update(
        self,
        id: int,
        title: str,
        *,
        attributes: Iterable[int] | None = None,
    ) -> int:
        """Rename a phonebook or change its attributes.

        Takes the same body as `create_phonebook`. The page names its 201 response "Phonebook created
        successfully", copied from the create page; `data` is inferred to be the phonebook's id.

        Args:
            id: Id of the phonebook. The update page types it as a string with a numeric example ('44'); it
                is an
                integer here, which puts the same digits in the URL.
            title: See the spec.
            attributes: Ids of the custom attributes the phonebook's contacts carry.

        Returns:
            The ``data`` of the answer (int).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import update_phonebook as operation
        from iranpayamak_api.models import PhonebookRequest

        args = self._args
        _id = args.integer(id, "id", minimum=1)
        _title = args.string(title, "title", min_length=1)
        _attributes = UNSET if attributes is None else args.items(attributes, "attributes", each={"type": "integer"})
        body = PhonebookRequest(
            title=_title,
            attributes=_attributes,
        )
        result = operation.sync(_id, client=self._api, body=body)
        return result.data

    def upsert_contacts(
        self,
        phone_book_id: int,
        items: Iterable[ContactBulkItem | wire.ContactBulkItem],
    ) -> Any:
        """Add or update up to 500 contacts in one call.

        Adds or updates many contacts of one phonebook; the page states a maximum of 500 contacts per
        request (and marks the endpoint as still in development). Its schema is empty; the fields come
        from its example, and none is marked required. Requiring `phone_book_id`, `items` and each item's
        `mobile` is inferred, as for `add_contact`; public client code sends them on every call. The
        success body is undocumented.

        Args:
            phone_book_id: See the spec.
            items: A list; each item is one contact of a bulk upsert. A dict takes the keys of
                ``iranpayamak_api.wire.ContactBulkItem``, as sent: ``prefix``, ``mobile``, ``name``,
                ``attributes``.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import bulk_upsert_contacts as operation
        from iranpayamak_api.models import ContactBulkItem, ContactBulkUpsertRequest

        args = self._args
        _phone_book_id = args.integer(phone_book_id, "phone_book_id", minimum=1)
        _items = args.models(ContactBulkItem, items, "items", ("mobile",), min_items=1, max_items=500)
        body = ContactBulkUpsertRequest(
            phone_book_id=_phone_book_id,
            items=_items,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)


class PhonebookResourceWithRawResponse:
    """``client.phonebook.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PhonebookResource) -> None:
        self.add_contact = raw_method(resource, PhonebookResource.add_contact)
        self.attributes = raw_pages(resource, PhonebookResource.attributes)
        self.contacts = raw_pages(resource, PhonebookResource.contacts)
        self.create = raw_method(resource, PhonebookResource.create)
        self.create_attribute = raw_method(resource, PhonebookResource.create_attribute)
        self.delete_contact = raw_method(resource, PhonebookResource.delete_contact)
        self.import_contacts = raw_method(resource, PhonebookResource.import_contacts)
        self.list = raw_pages(resource, PhonebookResource.list)
        self.sample_workbook = raw_method(resource, PhonebookResource.sample_workbook)
        self.update = raw_method(resource, PhonebookResource.update)
        self.upsert_contacts = raw_method(resource, PhonebookResource.upsert_contacts)


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
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", ("mobile",))
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
        _ceo = UNSET if ceo is None else args.model(AccountCeo, ceo, "ceo", ("mobile",))
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


class TicketsResource(Resource):
    """The ``tickets`` operations."""

    @property
    def with_raw_response(self) -> TicketsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.tickets.with_raw_response.close(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return TicketsResourceWithRawResponse(self)

    def close(
        self,
        ticket_id: int,
    ) -> Any:
        """Close a support ticket.

        Closes the ticket `ticket_id`, the one field the endpoint list names as required. No documentation
        page exists; the JSON body and the plain-envelope response are inferred.

        Args:
            ticket_id: See the spec.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import close_ticket as operation
        from iranpayamak_api.models import TicketCloseRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        body = TicketCloseRequest(
            ticket_id=_ticket_id,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def create(
        self,
        department: int,
        subject: str,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Open a support ticket.

        Opens a ticket with a department, a subject, the first message and an optional attachment. No
        documentation page exists. Public client code posts it as a multipart form with `department` and
        `subject`; the message field name `text` follows the rest of the service and is an inference, so
        the form accepts further fields. The response is inferred to be the plain envelope.

        Args:
            department: Id of the support department.
            subject: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import create_ticket as operation
        from iranpayamak_api.models import TicketCreateRequest

        args = self._args
        _department = args.integer(department, "department")
        _subject = args.string(subject, "subject", min_length=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketCreateRequest(
            department=_department,
            subject=_subject,
            text=_text,
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

    def download_file(
        self,
        file_id: int,
        *,
        save_to: str | os.PathLike[str] | None = None,
    ) -> bytes:
        """Download a file attached to a ticket message.

        Returns the raw attachment. No documentation page exists; the `file_id` query parameter and the
        binary response are inferred.

        Args:
            file_id: Id of the attachment, as listed in the ticket's conversation.
            save_to: Also write the file to this path (its folder is checked before the download).

        Returns:
            The file's bytes.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import download_ticket_file as operation

        args = self._args
        _save_to = args.save_path(save_to, "save_to")
        _file_id = args.integer(file_id, "file_id", minimum=1)
        result = operation.sync(client=self._api, file_id=_file_id)
        return args.save(result.payload.read(), _save_to, "save_to")

    def get(
        self,
        id: int,
    ) -> Ticket:
        """Show a ticket and its whole conversation.

        No documentation page exists; the ticket and message shapes are inferred.

        Args:
            id: Id of the ticket.

        Returns:
            The ``data`` of the answer (Ticket).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import get_ticket as operation

        args = self._args
        _id = args.integer(id, "id", minimum=1)
        result = operation.sync(_id, client=self._api)
        return result.data

    def list(
        self,
        *,
        limit: int | None = None,
        status: str | None = None,
        department: int | None = None,
        page: int = 1,
    ) -> Pager[Ticket]:
        """List support tickets page by page.

        Returns the account's tickets, optionally filtered by status and department. No documentation
        page exists; the filters come from the endpoint list and the paged shape from the other lists.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            status: Only tickets in this status.
            department: Only tickets of this department.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Ticket: iterate it, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import list_tickets as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)
        _status = UNSET if status is None else args.string(status, "status", max_length=1000)
        _department = UNSET if department is None else args.integer(department, "department")

        def fetch(number: int) -> Page[Ticket]:
            result = operation.sync(client=self._api, limit=_limit, status=_status, department=_department, page=number)
            return Page.of(result.data, self._api)

        return Pager(fetch, start=args.integer(page, "page", minimum=1))

    def reply(
        self,
        ticket_id: int,
        text: str,
        *,
        file: FileInput | None = None,
    ) -> Any:
        """Reply to a support ticket.

        Adds a message, with an optional attachment, to the ticket `ticket_id`. The path is spelled
        `replay` by the service. No documentation page exists; the multipart form follows ticket creation
        and the response is the plain envelope.

        Args:
            ticket_id: See the spec.
            text: See the spec.
            file: The file: a path, its bytes, or a binary file object.

        Returns:
            The ``data`` of the answer (Any).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.tickets import reply_to_ticket as operation
        from iranpayamak_api.models import TicketReplyRequest

        args = self._args
        _ticket_id = args.integer(ticket_id, "ticket_id", minimum=1)
        _text = args.string(text, "text", min_length=1)
        _file = UNSET if file is None else args.upload(file, "file", "upload.bin")
        body = TicketReplyRequest(
            ticket_id=_ticket_id,
            text=_text,
            file=_file,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)


class TicketsResourceWithRawResponse:
    """``client.tickets.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: TicketsResource) -> None:
        self.close = raw_method(resource, TicketsResource.close)
        self.create = raw_method(resource, TicketsResource.create)
        self.download_file = raw_method(resource, TicketsResource.download_file)
        self.get = raw_method(resource, TicketsResource.get)
        self.list = raw_pages(resource, TicketsResource.list)
        self.reply = raw_method(resource, TicketsResource.reply)


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

    def login(
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

    def verify_two_factor(
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


class PanelResourceWithRawResponse:
    """``client.panel.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PanelResource) -> None:
        self.login = raw_method(resource, PanelResource.login)
        self.logout = raw_method(resource, PanelResource.logout)
        self.register = raw_method(resource, PanelResource.register)
        self.register_form = raw_method(resource, PanelResource.register_form)
        self.verify_two_factor = raw_method(resource, PanelResource.verify_two_factor)
