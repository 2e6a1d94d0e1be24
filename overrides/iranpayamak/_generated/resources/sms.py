# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.sms``: the sms operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.

Methods whose names start with ``_`` are wrapped by the hand-written class in
``iranpayamak/resources/sms.py``, which adds the public method of that name.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from iranpayamak_api.types import UNSET

from ..._resource import Resource
from ...errors import InvalidArgumentError
from ...raw import async_raw_method, raw_method

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        NumberBankSlice,
        NumberFormat,
        Peer,
        PhonebookSlice,
        VariableRecipient,
    )

    from ...files import FileInput

__all__ = [
    "AsyncSmsResource",
    "AsyncSmsResourceWithRawResponse",
    "SmsResource",
    "SmsResourceWithRawResponse",
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

    def _send_pattern(
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

    def _send_simple(
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

    def send_peer_to_peer(
        self,
        peers: Iterable[Peer | wire.Peer],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer as operation
        from iranpayamak_api.models import Peer, PeerToPeerSendRequest

        args = self._args
        _peers = args.models(Peer, peers, "peers", (("recipients", ...),), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = PeerToPeerSendRequest(
            peers=_peers,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_peer_to_peer", body.to_dict())

        def send() -> builtins.list[int]:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_peer_to_peer_file(
        self,
        peers_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer_file as operation
        from iranpayamak_api.models import PeerToPeerFileSendRequest

        args = self._args
        _peers_file = args.sheet(peers_file, "peers_file", "peers.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = PeerToPeerFileSendRequest(
            peers_file=_peers_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_peer_to_peer_file", body.to_dict())

        def send() -> builtins.list[int]:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_sample(
        self,
        text: str,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_sample as operation
        from iranpayamak_api.models import SampleSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = SampleSendRequest(
            text=_text,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_sample", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_simple_file(
        self,
        text: str,
        recipients_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_simple_file as operation
        from iranpayamak_api.models import SimpleSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients_file = args.sheet(recipients_file, "recipients_file", "recipients.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = SimpleSendFileRequest(
            text=_text,
            recipients_file=_recipients_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_simple_file", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_to_number_bank(
        self,
        text: str,
        *,
        recipients: Iterable[NumberBankSlice | wire.NumberBankSlice] | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_to_number_bank as operation
        from iranpayamak_api.models import NumberBankSendRequest, NumberBankSlice

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = (
            UNSET if recipients is None else args.models(NumberBankSlice, recipients, "recipients", (), min_items=1)
        )
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = NumberBankSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_to_number_bank", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_variables(
        self,
        text: str,
        recipients: Iterable[VariableRecipient | Mapping[str, str | int]],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_variables as operation
        from iranpayamak_api.models import VariableRecipient, VariableSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = args.models(VariableRecipient, recipients, "recipients", (("mobile",),), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = VariableSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_variables", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)

    def send_variables_file(
        self,
        text: str,
        recipients: FileInput,
        *,
        from_: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_variables_file as operation
        from iranpayamak_api.models import VariableSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients = args.upload(recipients, "recipients", "recipients.xlsx")
        _from_ = args.line(from_, "from_")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = VariableSendFileRequest(
            text=_text,
            recipients=_recipients,
            from_=_from_,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_variables_file", body.to_dict())

        def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = operation.sync(client=self._api, body=body)
            return result.data

        return self._once(keyed, send)


class SmsResourceWithRawResponse:
    """``client.sms.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: SmsResource) -> None:
        self.send_pattern = raw_method(resource, SmsResource._send_pattern)
        self.send_simple = raw_method(resource, SmsResource._send_simple)
        self.send_peer_to_peer = raw_method(resource, SmsResource.send_peer_to_peer)
        self.send_peer_to_peer_file = raw_method(resource, SmsResource.send_peer_to_peer_file)
        self.send_sample = raw_method(resource, SmsResource.send_sample)
        self.send_simple_file = raw_method(resource, SmsResource.send_simple_file)
        self.send_to_number_bank = raw_method(resource, SmsResource.send_to_number_bank)
        self.send_variables = raw_method(resource, SmsResource.send_variables)
        self.send_variables_file = raw_method(resource, SmsResource.send_variables_file)


class AsyncSmsResource(Resource):
    """The ``sms`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncSmsResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.sms.with_raw_response.send_pattern(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncSmsResourceWithRawResponse(self)

    async def _send_pattern(
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
        result = await operation.asyncio(client=self._api, body=body)
        return result.data

    async def _send_simple(
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
        result = await operation.asyncio(client=self._api, body=body)
        return result.data

    async def send_peer_to_peer(
        self,
        peers: Iterable[Peer | wire.Peer],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer as operation
        from iranpayamak_api.models import Peer, PeerToPeerSendRequest

        args = self._args
        _peers = args.models(Peer, peers, "peers", (("recipients", ...),), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = PeerToPeerSendRequest(
            peers=_peers,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_peer_to_peer", body.to_dict())

        async def send() -> builtins.list[int]:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_peer_to_peer_file(
        self,
        peers_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
            idempotency_key: A repeat of a send that succeeded with this key returns its result without
                sending again (see ``iranpayamak.idempotency``); None sends unkeyed.

        Returns:
            The ``data`` of the answer (list[int]).

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
            IdempotencyError: A send with this key is under way, had other arguments, or may have gone out.
        """
        from iranpayamak_api.api.sms import send_peer_to_peer_file as operation
        from iranpayamak_api.models import PeerToPeerFileSendRequest

        args = self._args
        _peers_file = args.sheet(peers_file, "peers_file", "peers.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = PeerToPeerFileSendRequest(
            peers_file=_peers_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_peer_to_peer_file", body.to_dict())

        async def send() -> builtins.list[int]:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_sample(
        self,
        text: str,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_sample as operation
        from iranpayamak_api.models import SampleSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = SampleSendRequest(
            text=_text,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_sample", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_simple_file(
        self,
        text: str,
        recipients_file: FileInput,
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_simple_file as operation
        from iranpayamak_api.models import SimpleSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients_file = args.sheet(recipients_file, "recipients_file", "recipients.xlsx")
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = SimpleSendFileRequest(
            text=_text,
            recipients_file=_recipients_file,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_simple_file", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_to_number_bank(
        self,
        text: str,
        *,
        recipients: Iterable[NumberBankSlice | wire.NumberBankSlice] | None = None,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_to_number_bank as operation
        from iranpayamak_api.models import NumberBankSendRequest, NumberBankSlice

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = (
            UNSET if recipients is None else args.models(NumberBankSlice, recipients, "recipients", (), min_items=1)
        )
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = NumberBankSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_to_number_bank", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_variables(
        self,
        text: str,
        recipients: Iterable[VariableRecipient | Mapping[str, str | int]],
        *,
        line_number: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_variables as operation
        from iranpayamak_api.models import VariableRecipient, VariableSendRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=1)
        _recipients = args.models(VariableRecipient, recipients, "recipients", (("mobile",),), min_items=1)
        _line_number = args.line(line_number, "line_number")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.schedule(schedule, "schedule", future=idempotency_key is None)
        body = VariableSendRequest(
            text=_text,
            recipients=_recipients,
            line_number=_line_number,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_variables", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)

    async def send_variables_file(
        self,
        text: str,
        recipients: FileInput,
        *,
        from_: str | int | None = None,
        number_format: NumberFormat | str | None = None,
        schedule: datetime | None = None,
        idempotency_key: str | None = None,
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
        from iranpayamak_api.api.sms import send_variables_file as operation
        from iranpayamak_api.models import VariableSendFileRequest

        args = self._args
        _text = args.message_text(text, "text", min_length=3)
        _recipients = args.upload(recipients, "recipients", "recipients.xlsx")
        _from_ = args.line(from_, "from_")
        _number_format = args.number_format_or_default(number_format, "number_format")
        _schedule = args.form_schedule(schedule, "schedule", future=idempotency_key is None)
        body = VariableSendFileRequest(
            text=_text,
            recipients=_recipients,
            from_=_from_,
            number_format=_number_format,
            schedule=_schedule,
        )
        keyed = args.sending.keyed(idempotency_key, "send_variables_file", body.to_dict())

        async def send() -> int:
            args.schedule(schedule, "schedule")  # still ahead? (a repeat got its result before)
            result = await operation.asyncio(client=self._api, body=body)
            return result.data

        return await self._once_async(keyed, send)


class AsyncSmsResourceWithRawResponse:
    """``client.sms.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncSmsResource) -> None:
        self.send_pattern = async_raw_method(resource, AsyncSmsResource._send_pattern)
        self.send_simple = async_raw_method(resource, AsyncSmsResource._send_simple)
        self.send_peer_to_peer = async_raw_method(resource, AsyncSmsResource.send_peer_to_peer)
        self.send_peer_to_peer_file = async_raw_method(resource, AsyncSmsResource.send_peer_to_peer_file)
        self.send_sample = async_raw_method(resource, AsyncSmsResource.send_sample)
        self.send_simple_file = async_raw_method(resource, AsyncSmsResource.send_simple_file)
        self.send_to_number_bank = async_raw_method(resource, AsyncSmsResource.send_to_number_bank)
        self.send_variables = async_raw_method(resource, AsyncSmsResource.send_variables)
        self.send_variables_file = async_raw_method(resource, AsyncSmsResource.send_variables_file)
