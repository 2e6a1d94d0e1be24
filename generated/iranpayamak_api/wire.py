# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""The wire shapes, written by datamodel-codegen: one TypedDict per component schema of the spec, keyed
by the names sent on the wire.

The ergonomic clients' nested parameters take these dicts (``Iterable[Peer | wire.Peer]``), so a type
checker names a misspelled key: the keys are the wire's (``selectedPhoneBooks``), not the snake_case
keywords of the methods. The mock server's records and answers are typed with them too. Imports
nothing but ``typing``.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

ApiStatus: TypeAlias = Literal["success", "error"]
"""
Outcome of the call as the body reports it.
"""


FieldMessages: TypeAlias = dict[str, str | list[str]]
"""
Validation errors by field name, each one message or a list of them.
"""


ApiMessages: TypeAlias = str | list[str] | FieldMessages | None
"""
Human-readable text attached to a response: one string, a list of strings, a field-to-errors map,
or null. Texts are often in Persian.

"""


class Envelope(TypedDict):
    """
    The response envelope of most operations. `data` carries the payload and is defined by each
    result schema. The pages' result schemas require `status`, `data` and `messages`; `messages` is
    not required here, so that a body using the singular `message` key instead still parses, and
    `data` is required by each result schema that defines it.

    """

    status: ApiStatus
    messages: NotRequired[ApiMessages]


class AccountEnvelope(TypedDict):
    """
    The response envelope of the account operations and of 401 bodies: like `Envelope`, with the
    singular `message` key. The balance and profile pages require `status`, `message` and `data`;
    `message` is not required here, so that a body using the plural `messages` key still parses
    (public clients read both keys).

    """

    status: ApiStatus
    message: NotRequired[ApiMessages]


class ErrorEnvelope(TypedDict):
    """
    The body of an error response. Any key may be missing: the service's own errors carry
    `status: error` and `message` or `messages`, a framework error may carry only `message`.

    """

    status: NotRequired[ApiStatus]
    data: NotRequired[Any]
    """
    Always null on errors.
    """
    message: NotRequired[ApiMessages]
    messages: NotRequired[ApiMessages]


class ValidationErrorEnvelope(TypedDict):
    """
    A validation failure, inferred (no page shows one): `messages` maps each invalid field to its
    errors, as public clients read it. Nothing is required, since a 422 in Laravel's own shape
    (`message` text and an `errors` map) is as likely; the client reads the field errors from
    `messages`, `message` or `errors`.

    """

    status: NotRequired[ApiStatus]
    data: NotRequired[Any]
    """
    Null on errors.
    """
    messages: NotRequired[FieldMessages]
    message: NotRequired[Any]
    """
    One text, or a field-to-errors map like `messages`.
    """
    errors: NotRequired[FieldMessages]


class PageMeta(TypedDict):
    """
    Position of a page within a paged list. The keys are camelCase although query parameters are
    snake_case. The pages type the four numbers as `number`; they are integers here because page
    numbers and counts are whole.

    """

    currentPage: int
    """
    The page returned, from 1.
    """
    totalPages: int
    """
    Number of pages at the current `limit`.
    """
    totalItems: int
    """
    Number of items across all pages.
    """
    itemsPerPage: int
    """
    The page size used.
    """


class InferredPageMeta(TypedDict):
    """
    The page numbers of a list whose answer no page shows. Inferred from the documented lists, so
    none is required: a page without them, an object with only `items`, or a plain list (each
    operation's `data` also takes one) is read as the only page.

    """

    currentPage: NotRequired[int]
    """
    The page returned, from 1.
    """
    totalPages: NotRequired[int]
    """
    Number of pages at the current `limit`.
    """
    totalItems: NotRequired[int]
    """
    Number of items across all pages.
    """
    itemsPerPage: NotRequired[int]
    """
    The page size used.
    """


class IdResult(Envelope):
    """
    A result whose payload is the id of the record the call created or changed.
    """

    data: int
    """
    The id (for sends, the send request id). The pages type it as `number`; it is an integer
    here because an id is a whole number (inferred: no page shows a real one).

    """


class IdListResult(Envelope):
    """
    A result whose payload is a list of send request ids, one per peer. The pages type the ids as
    `number`; they are integers here, as in `IdResult`.

    """

    data: list[int]


class CodeResult(Envelope):
    """
    A result whose payload is a pattern code.
    """

    data: str
    """
    The pattern code.
    """


class AckResult(TypedDict):
    """
    The answer of an operation whose success body the documentation leaves empty (`{}`, the only
    body shown for the panel operations) or does not show. Nothing is required: the usual envelope
    (`status`, `data`, `message` or `messages`) parses, and so do `{}` and a bare object such as
    `{"orderId": 18}`, whose fields are kept as received. Inferred: the documentation shows no
    envelope for these operations, and a write that succeeded must never read as a failure (its
    caller would retry it).

    """

    status: NotRequired[ApiStatus]
    data: NotRequired[Any]
    """
    Undocumented payload, kept as received (often null, an id, or a small object).
    """
    message: NotRequired[ApiMessages]
    messages: NotRequired[ApiMessages]


class CostResult(Envelope):
    """
    A cost estimate; the payload's shape is not documented (a number, or an object with the figures).
    """

    data: float | dict[str, Any]


class CountResult(Envelope):
    """
    A recipient count estimate.
    """

    data: int | dict[str, Any]


Mobile: TypeAlias = str
"""
An Iranian mobile number in the local 11-digit form with Latin digits.
"""


LineNumber: TypeAlias = str
"""
A sender line number, Latin digits only; `90008361` is the shared public line. The digits-only
pattern is documented on the pattern and file send pages and assumed for the JSON sends whose
pages give none. One public client sends the word `PRO` as a shared line on simple sends; that is
unverified and not admitted here.

"""


NumberFormat: TypeAlias = Literal["english", "persian"]
"""
Whether digits in the delivered text are written with Latin (`english`) or Persian (`persian`)
characters. Some pages list `en | fa`; their own examples and every real client send these values.

"""


MessageText: TypeAlias = str
"""
The message text. Persian text is sent as is (UTF-8). The pages that take it state no minimum; at
least one character is assumed here, since an empty text has nothing to say.

"""


FileMessageText: TypeAlias = str
"""
The message text of a file-based send; the pages require at least 3 characters.
"""


Schedule: TypeAlias = str | None
"""
When to send: null for now, otherwise `YYYY-MM-DD HH:MM:SS` (the form the pages' examples use) or
an ISO 8601 time with an offset. Must be in the future. Inferred, not documented: that the
examples' times are Tehran time, and that an empty string also means now (one page's example
sends one).

"""


FormSchedule: TypeAlias = str
"""
The schedule of a file-based send, in the same forms as `Schedule`; omit the field to send now.
"""


Flag: TypeAlias = Literal[0, 1]
"""
A boolean written as 0 or 1. The pages say "true"; 0 and 1 are inferred to be the safer form for
the service's validation (one page's example sends '1').

"""


UploadFile: TypeAlias = bytes
"""
The uploaded file's bytes.
"""


SpreadsheetFile: TypeAlias = bytes
"""
An Excel workbook (`.xlsx`, or the older `.xls`) laid out like the phonebook's sample sheet
(`download_phonebook_sample`). The contact import page, the one that takes it, names Excel only.

"""


RecipientSheetFile: TypeAlias = bytes
"""
The recipient list of a file-based send: an Excel workbook or a CSV file laid out like the
example structure the pages refer to (they do not describe it). The simple and peer-to-peer file
pages both say "Excel or CSV", so no single media type is given here.

"""


PostalCodePrefix: TypeAlias = str
"""
The first 3, 4 or 5 digits of a postal code. Both postal pages (the receiver count and the
postal-code cost filters) give it a minimum length of 100 and a maximum length of 99999, which can
only be numeric bounds entered as lengths; the pattern here follows their own words instead.

"""


BirthYear: TypeAlias = int
"""
A Solar Hijri birth year (inferred from the defaults of 1300 and 1400 on the receiver-count page).
The postal-code cost page bounds `age_from` below by 1300 and `age_to` above by 1500; both bounds
are applied to both here.

"""


NumberPrefix: TypeAlias = str
"""
Leading digits of a mobile number without its 0, for example 912.
"""


SendRequestStatus: TypeAlias = Literal[
    "init", "pending-approval", "insufficient-balance", "cancelled", "rejected", "in-queue", "sent"
]
"""
Overall status of a send request, as public client code lists it.
"""


DeliveryStatus: TypeAlias = Literal[
    "not-started",
    "in-queue",
    "sent",
    "send-failure",
    "delivered",
    "delivery-failure",
    "delivery-undetermined",
    "system-error",
    "blacklist",
]
"""
Delivery status of one recipient of a send request.
"""


PatternStatus: TypeAlias = Literal["pending", "rejected", "active"]
"""
Approval status of a pattern.
"""


PatternCategory: TypeAlias = Literal[1, 2, 3, 255]
"""
What a pattern is for - 1 one-time codes, 2 customer club, 3 orders, 255 other.
"""


PatternVariableType: TypeAlias = Literal["int", "str", "date"]
"""
Type of a pattern variable as `create_pattern` names it.
"""


PatternAttributeType: TypeAlias = Literal["integer", "string", "date"]
"""
Type of a pattern variable as the pattern request object names it.
"""


AttributeType: TypeAlias = Literal["date", "number", "string"]
"""
Type of a custom contact attribute.
"""


ContactPrefix: TypeAlias = Literal["man", "woman", "co", "org"]
"""
How to address a contact - man, woman, company or organisation.
"""


PersonGender: TypeAlias = Literal[1, 2, 3]
"""
1 men, 2 women, 3 other.
"""


MobileOperator: TypeAlias = Literal["mci", "irancell", "other"]
"""
Mobile operator filter of postal-code sends.
"""


PaymentSource: TypeAlias = Literal["wallet", "gateway", "partialGatewayAndWallet"]
"""
How an order is paid.
"""


TwoFactorMethod: TypeAlias = Literal["sms", "ga"]
"""
Second sign-in factor - a code by SMS, or an authenticator app (`ga`).
"""


LbsDispatchMoment: TypeAlias = Literal["ورود", "حضور", "خروج"]
"""
When an LBS message is sent relative to the area - on entering, while present, or on leaving.
"""


LbsDevice: TypeAlias = Literal["همه", "Android", "IOS"]
"""
Devices an LBS campaign targets - all, Android or iOS.
"""


LbsCreateGender: TypeAlias = Literal["همه", "آقا", "خانم"]
"""
Gender filter of `create_lbs_request` - all, Mr or Ms.
"""


LbsUpdateGender: TypeAlias = Literal["همه", "مرد", "زن"]
"""
Gender filter of `update_lbs_request` - all, man or woman.
"""


class PatternSendRequest(TypedDict):
    """
    Body of `send_pattern`.
    """

    code: str
    """
    The pattern's code.
    """
    recipient: Mobile
    attributes: dict[str, str]
    """
    Value of each `%variable%` of the pattern, as strings; an empty object for a pattern without
    variables. The page marks it optional and types it as an array of objects; it is a required
    object here, for the reasons `send_pattern` gives.

    """
    line_number: LineNumber
    number_format: NumberFormat
    schedule: NotRequired[Schedule]


class PhonebookSlice(TypedDict):
    """
    A range of a phonebook's contacts - `limit` contacts starting at `offset`.
    """

    id: int
    """
    Id of the phonebook.
    """
    offset: int
    limit: int


class SimpleSendRequest(TypedDict):
    """
    Body of `send_simple`; `recipients`, `selectedPhoneBooks` or both must be given.
    """

    text: MessageText
    line_number: LineNumber
    recipients: NotRequired[list[Mobile]]
    selectedPhoneBooks: NotRequired[list[PhonebookSlice]]
    number_format: NumberFormat
    schedule: NotRequired[Schedule]


class VariableRecipient(TypedDict):
    """
    One recipient of a variable send - the mobile plus one string value per `%variable%` of the text.
    """

    mobile: Mobile


class VariableSendRequest(TypedDict):
    """
    Body of `send_variables`.
    """

    text: MessageText
    line_number: LineNumber
    recipients: list[VariableRecipient]
    number_format: NumberFormat
    schedule: NotRequired[Schedule]


VariableSendFileRequest = TypedDict(
    "VariableSendFileRequest",
    {
        "text": FileMessageText,
        "from": LineNumber,
        "recipients": UploadFile,
        "numberFormat": NotRequired[NumberFormat],
        "schedule": NotRequired[FormSchedule],
    },
)


class LbsCampaignFields(TypedDict):
    """
    The fields shared by the create and edit bodies of LBS campaigns.
    """

    text: MessageText
    start_time: int
    """
    Start of the window, Unix time in seconds.
    """
    end_time: int
    """
    End of the window, Unix time in seconds.
    """
    receiver_count: NotRequired[int]
    """
    Maximum number of people to message.
    """
    latitude: float
    """
    Latitude of the centre, in degrees. The pages' examples give whole numbers (45), so only an
    integer type can be read from them; decimal degrees are inferred, within the range of any
    latitude.

    """
    longitude: float
    """
    Longitude of the centre, in degrees. Like `latitude`, an integer in the pages' examples (90) and
    a decimal here (inferred).

    """
    radius: int
    """
    Radius of the area around the point (the example uses 1000, presumably metres).
    """
    address: NotRequired[str]
    """
    A human-readable address of the point.
    """
    dispatch_moment: NotRequired[LbsDispatchMoment]
    receiver_age_from: NotRequired[int]
    receiver_age_to: NotRequired[int]
    device: NotRequired[LbsDevice]


class LbsCreateRequest(LbsCampaignFields):
    """
    Body of `create_lbs_request`.
    """

    receiver_gender: NotRequired[LbsCreateGender]


class LbsUpdateRequest(LbsCampaignFields):
    """
    Body of `update_lbs_request`.
    """

    receiver_gender: NotRequired[LbsUpdateGender]


class Peer(TypedDict):
    """
    One text and its recipients within a peer-to-peer send; numbers, phonebook slices or both.
    """

    text: MessageText
    recipients: NotRequired[list[Mobile]]
    selectedPhoneBooks: NotRequired[list[PhonebookSlice]]


class PeerToPeerSendRequest(TypedDict):
    """
    Body of `send_peer_to_peer`.
    """

    line_number: LineNumber
    number_format: NumberFormat
    peers: list[Peer]
    schedule: NotRequired[Schedule]


class PeerToPeerFileSendRequest(TypedDict):
    """
    Form of `send_peer_to_peer_file`.
    """

    line_number: LineNumber
    peers_file: RecipientSheetFile
    number_format: NotRequired[NumberFormat]
    schedule: NotRequired[FormSchedule]


class NumberBankSlice(TypedDict):
    """
    A range of a number bank - `limit` numbers starting at `offset`.
    """

    bank_id: int
    offset: int
    limit: int


class NumberBankSendRequest(TypedDict):
    """
    Body of `send_to_number_bank`. The page does not list `recipients` as required.
    """

    text: MessageText
    recipients: NotRequired[list[NumberBankSlice]]
    line_number: LineNumber
    number_format: NumberFormat
    schedule: NotRequired[Schedule]


class SampleSendRequest(TypedDict):
    """
    Body of `send_sample`.
    """

    text: MessageText
    line_number: LineNumber
    number_format: NumberFormat
    schedule: NotRequired[Schedule]


class SimpleSendFileRequest(TypedDict):
    """
    Form of `send_simple_file`.
    """

    text: FileMessageText
    line_number: LineNumber
    recipients_file: RecipientSheetFile
    number_format: NotRequired[NumberFormat]
    schedule: NotRequired[FormSchedule]


class VoiceSendRequest(TypedDict):
    """
    Body of `send_voice`; `recipients`, `selectedPhoneBooks` or both must be given.
    """

    file_id: int
    """
    Id returned by `upload_voice_file`.
    """
    recipients: NotRequired[list[Mobile]]
    selectedPhoneBooks: NotRequired[list[PhonebookSlice]]
    schedule: NotRequired[Schedule]


class VoiceUploadRequest(TypedDict):
    """
    Form of `upload_voice_file`.
    """

    file: UploadFile


class PatternVariable(TypedDict):
    """
    A variable of a pattern as `create_pattern` declares it.
    """

    var: str
    """
    The name used as `%name%` in the text. The create page gives it no pattern; the one here is
    borrowed from the variable names of the pattern request object (`attributes[].name`), assumed
    to follow the same rule.

    """
    type: PatternVariableType
    length: int
    """
    Maximum length of the value.
    """


class PatternVariableShown(TypedDict):
    """
    A variable of a pattern as `get_pattern` and `list_patterns` show it. Inferred: shaped like the
    variables `create_pattern` declares, but no field is required and `type` is any text (the values
    of `PatternVariableType` when the service answers with those).

    """

    var: NotRequired[str]
    """
    The name used as `%name%` in the text.
    """
    type: NotRequired[str]
    """
    The kind of value.
    """
    length: NotRequired[int]
    """
    Maximum length of the value.
    """


class PatternCreateRequest(TypedDict):
    """
    Body of `create_pattern`. The page lists all six fields as required; `description` may be null.
    """

    text: MessageText
    description: str | None
    """
    A note for the reviewer who approves the pattern.
    """
    share: Flag
    website: str
    """
    The website or business the pattern is used for.
    """
    category: PatternCategory
    vars: list[PatternVariable]


class PatternAttribute(TypedDict):
    """
    A variable of a pattern as the pattern request object declares it.
    """

    name: str
    length: int
    type: NotRequired[PatternAttributeType]


class PatternUpdateRequest(TypedDict):
    """
    Body of `update_pattern`, the documented pattern request object.
    """

    text: str
    description: NotRequired[str]
    shared: bool
    website: str
    attributes: NotRequired[list[PatternAttribute]]


class PhonebookRequest(TypedDict):
    """
    Body of `create_phonebook` and `update_phonebook`.
    """

    title: str
    attributes: NotRequired[list[int] | None]
    """
    Ids of the custom attributes the phonebook's contacts carry.
    """


class PhonebookAttributeCreateRequest(TypedDict):
    """
    Body of `create_phonebook_attribute`.
    """

    title: str
    type: AttributeType


class ContactAttributeValue(TypedDict):
    """
    The value of one custom attribute of a contact.
    """

    attribute_id: int
    value: str


class ContactRequest(TypedDict):
    """
    Body of `add_contact`.
    """

    phone_book_id: int
    phone_book_data_id: NotRequired[int]
    """
    Id of an existing contact to update instead of adding one.
    """
    prefix: NotRequired[ContactPrefix]
    mobile: Mobile
    name: NotRequired[str]
    attributes: NotRequired[list[ContactAttributeValue]]


class ContactBulkItem(TypedDict):
    """
    One contact of a bulk upsert.
    """

    prefix: NotRequired[ContactPrefix]
    mobile: Mobile
    name: NotRequired[str]
    attributes: NotRequired[list[ContactAttributeValue]]


class ContactBulkUpsertRequest(TypedDict):
    """
    Body of `bulk_upsert_contacts`; at most 500 contacts per request.
    """

    phone_book_id: int
    items: list[ContactBulkItem]


class ContactExcelUpsertRequest(TypedDict):
    """
    Form of `upsert_contacts_excel`.
    """

    phone_book_id: int
    file: SpreadsheetFile


class WalletChargeRequest(TypedDict):
    """
    Body of `charge_wallet`.
    """

    amount: int
    """
    Amount to add to the wallet.
    """
    redirectUrl: NotRequired[str]
    """
    Where the payment gateway returns the user.
    """


class AccountCeo(TypedDict):
    """
    The CEO of a company account.
    """

    has_ceo: NotRequired[bool]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    father_name: NotRequired[str]
    gender: NotRequired[PersonGender]
    br_date: NotRequired[int]
    """
    Birth date, Unix time in seconds.
    """
    mobile: NotRequired[Mobile]
    national_id: NotRequired[str]
    national_code: NotRequired[str]


class AccountCompany(TypedDict):
    """
    The company record of a company account.
    """

    name: NotRequired[str]
    national_id: NotRequired[str]
    registration_id: NotRequired[str]
    economic_id: NotRequired[str]
    province_id: NotRequired[int]
    city_id: NotRequired[int]
    address: NotRequired[str]
    postal_code: NotRequired[str]
    fixed_phone: NotRequired[str]
    email: NotRequired[str]


class AccountUpdateRequest(TypedDict):
    """
    Body of `update_account`; every field is optional.
    """

    first_name: NotRequired[str]
    last_name: NotRequired[str]
    father_name: NotRequired[str]
    gender: NotRequired[PersonGender]
    national_code: NotRequired[str]
    national_id: NotRequired[str]
    br_date: NotRequired[int]
    """
    Birth date, Unix time in seconds.
    """
    live_province_id: NotRequired[int]
    live_city_id: NotRequired[int]
    live_postal_code: NotRequired[str]
    fixed_phone: NotRequired[str]
    mobile: NotRequired[Mobile]
    email: NotRequired[str]
    address: NotRequired[str]
    ceo: NotRequired[AccountCeo]
    company: NotRequired[AccountCompany]


class AccountRegisterRequest(AccountUpdateRequest):
    """
    Body of `register_account` - the personal fields of `update_account`, with the mobile required.
    """

    mobile: Mobile


class OrderDiscountRequest(TypedDict):
    """
    Form of `apply_order_discount`.
    """

    orderId: str
    discountCode: str


class OrderCancelRequest(TypedDict):
    """
    Form of `cancel_order`.
    """

    orderId: str


class OrderPayRequest(TypedDict):
    """
    Form of `pay_order`.
    """

    orderId: str
    paymentSource: NotRequired[PaymentSource]
    redirectUrl: NotRequired[str]
    """
    Where the payment gateway returns the user. The page marks it nullable; a form field cannot be
    null, so leave it out when there is none.

    """


class TicketCreateRequest(TypedDict):
    """
    Form of `create_ticket`; further fields are passed through.
    """

    department: int
    """
    Id of the support department.
    """
    subject: str
    text: str
    file: NotRequired[UploadFile]


class TicketCloseRequest(TypedDict):
    """
    Body of `close_ticket`.
    """

    ticket_id: int


class TicketReplyRequest(TypedDict):
    """
    Form of `reply_to_ticket`.
    """

    ticket_id: int
    text: str
    file: NotRequired[UploadFile]


class CostRequest(TypedDict):
    """
    A cost estimate of a simple, sample or pattern send.
    """

    text: MessageText
    receiver_count: int
    line_number: LineNumber
    number_format: NumberFormat


class PostalFilter(TypedDict):
    """
    One audience slice of a postal-code send.
    """

    postal_code: PostalCodePrefix
    gender_id: int
    """
    A gender option from `list_postal_genders`.
    """
    age_from: BirthYear
    age_to: BirthYear
    number_prefix: NumberPrefix | None
    operator: MobileOperator | None
    row_from: int
    row_count: int


class PostalCostRequest(TypedDict):
    """
    A cost estimate of a postal-code send.
    """

    text: MessageText
    number_format: NumberFormat
    line_id: int
    """
    Id of a line from `list_postal_lines`.
    """
    schedule: Schedule
    filters: list[PostalFilter]


class LoginRequest(TypedDict):
    """
    Body of `login`.
    """

    username: str
    password: str
    method: NotRequired[TwoFactorMethod | None]


class PanelRegisterRequest(TypedDict):
    """
    Body of `register_panel_user`; further fields asked by the form are passed through.
    """

    mobile: Mobile
    username: NotRequired[str]
    password: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    email: NotRequired[str]


class TwoFactorVerifyRequest(TypedDict):
    """
    Body of `verify_two_factor`. The page gives `code` no pattern; digits only is inferred from its
    six-digit example and from the codes that SMS and authenticator apps produce.

    """

    token: str
    code: str
    method: NotRequired[TwoFactorMethod | None]


class BalanceDetail(TypedDict):
    """
    The part of the balance bought at one tariff.
    """

    count: int
    """
    Number of messages this part buys.
    """
    rate: int
    """
    The tariff: the price of one message. The page states no unit; toman is inferred (count times
    rate is the amount in its example).

    """
    amount: int
    """
    Balance of this part, in toman (the page says so).
    """


class Balance(TypedDict):
    """
    The account balance. The page requires all three fields; none is required here, because public
    client code reads the amounts in snake_case (`balance_amount`), and a body spelled that way must
    still parse. Its fields are kept as received.

    """

    balanceAmount: NotRequired[int]
    """
    Total balance. No unit is stated; toman is inferred from each part's `amount`.
    """
    balanceCount: NotRequired[int]
    """
    Number of messages the balance buys.
    """
    details: NotRequired[list[BalanceDetail]]


class BalanceResult(AccountEnvelope):
    """
    Result of `get_balance`.
    """

    data: Balance


class ProfilePlan(TypedDict):
    """
    The account's plan.
    """

    id: int
    title: str
    expiryDate: NotRequired[str]
    """
    When the plan ends, ISO 8601 with microseconds (UTC).
    """


class Profile(TypedDict):
    """
    The account profile.
    """

    displayName: str
    mobile: str
    """
    The owner's mobile; the documentation shows it masked.
    """
    verified: bool
    blocked: bool
    plan: ProfilePlan
    permissions: str
    """
    The permission mask, as hexadecimal digits.
    """


class ProfileResult(AccountEnvelope):
    """
    Result of `get_profile`.
    """

    data: Profile


class Line(TypedDict):
    """
    A sender line. Public clients find its number under `line_number` or `number`.
    """

    id: NotRequired[int]
    line_number: NotRequired[str]
    number: NotRequired[str]
    title: NotRequired[str]
    is_dedicated: NotRequired[bool]


class LineItems(TypedDict):
    """
    Lines wrapped in an `items` key, the second shape public clients handle (page numbers beside it
    are kept as received).

    """

    items: list[Line]


class LineListResult(Envelope):
    """
    Result of `list_lines` - the lines as a list, or wrapped in `items`.
    """

    data: list[Line] | LineItems


class PostalLineListResult(Envelope):
    """
    Result of `list_postal_lines`. Inferred: no page shows it, so like `list_lines` it takes the lines
    as a list or wrapped in `items` (with or without page numbers, which are then kept as received).

    """

    data: list[Line] | LineItems


class GenderOption(TypedDict):
    """
    A gender option of postal-code filters. Inferred: no page shows one, so no field is required and
    fields under other names are kept as received.

    """

    id: NotRequired[int]
    title: NotRequired[str]


class GenderItems(TypedDict):
    """
    Gender options wrapped in an `items` key, with or without page numbers (kept as received).
    """

    items: list[GenderOption]


class GenderListResult(Envelope):
    """
    Result of `list_postal_genders`. Inferred: no page shows it, so it takes the options as a list or
    wrapped in `items`.

    """

    data: list[GenderOption] | GenderItems


class LbsRequest(TypedDict):
    """
    A location-based campaign. Inferred: no page shows one, so no field is required (not even `id`)
    and fields under other names are kept as received.

    """

    id: NotRequired[int]
    text: NotRequired[str]
    start_time: NotRequired[int]
    end_time: NotRequired[int]
    receiver_count: NotRequired[int]
    latitude: NotRequired[float]
    longitude: NotRequired[float]
    radius: NotRequired[int]
    address: NotRequired[str]
    dispatch_moment: NotRequired[LbsDispatchMoment]
    receiver_gender: NotRequired[str]
    receiver_age_from: NotRequired[int]
    receiver_age_to: NotRequired[int]
    device: NotRequired[LbsDevice]
    status: NotRequired[str]
    """
    Where the campaign stands (values not documented).
    """


class LbsRequestResult(Envelope):
    """
    Result of `get_lbs_request`.
    """

    data: LbsRequest


class LbsRequestItems(TypedDict):
    """
    Campaigns wrapped in an `items` key, with or without page numbers (kept as received).
    """

    items: list[LbsRequest]


class LbsRequestListResult(Envelope):
    """
    Result of `list_lbs_requests`. Inferred: no page shows it, so it takes the campaigns as a list or
    wrapped in `items`, as every documented list of the service is (with page numbers).

    """

    data: list[LbsRequest] | LbsRequestItems


class Pattern(TypedDict):
    """
    A pattern of the account. Inferred: the pages of `get_pattern` and `list_patterns` show the body
    of `create_pattern` instead, so no field is required (not even `code`) and fields under other
    names are kept as received.

    """

    code: NotRequired[str]
    title: NotRequired[str]
    text: NotRequired[str]
    description: NotRequired[str | None]
    status: NotRequired[str]
    """
    Where the pattern stands; the `PatternStatus` values as far as is known.
    """
    share: NotRequired[int | bool]
    website: NotRequired[str | None]
    category: NotRequired[int]
    """
    The category; the `PatternCategory` values as far as is known.
    """
    vars: NotRequired[list[PatternVariableShown]]


class PatternResult(Envelope):
    """
    Result of `get_pattern`.
    """

    data: Pattern


class PatternPage(InferredPageMeta):
    """
    One page of patterns.
    """

    items: list[Pattern]


class PatternPageResult(Envelope):
    """
    Result of `list_patterns`.
    """

    data: PatternPage | list[Pattern]


InboxMessage = TypedDict(
    "InboxMessage",
    {
        "from": Mobile,
        "to": LineNumber,
        "text": str,
        "recievedAt": str,
    },
)


class InboxPage(PageMeta):
    """
    One page of received messages.
    """

    items: list[InboxMessage]


class InboxPageResult(Envelope):
    """
    Result of `list_inbox_messages`.
    """

    data: InboxPage


class SendRequest(TypedDict):
    """
    A send request - one send call, or one peer of a peer-to-peer send. Inferred: no page shows one,
    so no field is required (not even `id`) and fields under other names are kept as received.

    """

    id: NotRequired[int]
    status: NotRequired[SendRequestStatus]
    type: NotRequired[str]
    """
    Kind of send (simple, pattern, ...); values not documented.
    """
    text: NotRequired[str]
    line_number: NotRequired[str]
    recipients_count: NotRequired[int]
    cost: NotRequired[float]
    created_at: NotRequired[str]
    schedule: NotRequired[str | None]


class SendRequestResult(Envelope):
    """
    Result of `get_send_request`.
    """

    data: SendRequest


class SendRequestPage(InferredPageMeta):
    """
    One page of send requests.
    """

    items: list[SendRequest]


class SendRequestPageResult(Envelope):
    """
    Result of `list_send_requests`.
    """

    data: SendRequestPage | list[SendRequest]


class SendRequestItem(TypedDict):
    """
    One recipient of a send request and its delivery status.
    """

    id: NotRequired[int]
    mobile: NotRequired[str]
    status: NotRequired[DeliveryStatus]
    parts: NotRequired[int]
    """
    Number of SMS parts the text took.
    """
    cost: NotRequired[float]
    sent_at: NotRequired[str | None]
    delivered_at: NotRequired[str | None]


class SendRequestItemPage(InferredPageMeta):
    """
    One page of send request items.
    """

    items: list[SendRequestItem]


class SendRequestItemPageResult(Envelope):
    """
    Result of `list_send_request_items`.
    """

    data: SendRequestItemPage | list[SendRequestItem]


class PhonebookAttribute(TypedDict):
    """
    A custom contact attribute.
    """

    id: int
    title: str
    type: AttributeType
    code: str
    """
    The attribute's machine name.
    """


class Phonebook(TypedDict):
    """
    A phonebook.
    """

    id: int
    title: str
    records: int
    """
    Number of contacts in the phonebook.
    """
    attributes: list[PhonebookAttribute]


class PhonebookPage(PageMeta):
    """
    One page of phonebooks.
    """

    items: list[Phonebook]


class PhonebookPageResult(Envelope):
    """
    Result of `list_phonebooks`.
    """

    data: PhonebookPage


class PhonebookAttributePage(PageMeta):
    """
    One page of custom contact attributes.
    """

    items: list[PhonebookAttribute]


class PhonebookAttributePageResult(Envelope):
    """
    Result of `list_phonebook_attributes`.
    """

    data: PhonebookAttributePage


class ContactAttribute(TypedDict):
    """
    A custom attribute of a contact with its value.
    """

    id: int
    title: str
    type: AttributeType
    code: str
    value: str | float | None


class Contact(TypedDict):
    """
    A contact of a phonebook.
    """

    id: int
    prefix: ContactPrefix | None
    name: str | None
    mobile: Mobile
    attributes: list[ContactAttribute]


class ContactPage(PageMeta):
    """
    One page of contacts.
    """

    items: list[Contact]


class ContactPageResult(Envelope):
    """
    Result of `list_contacts`.
    """

    data: ContactPage


class TicketMessage(TypedDict):
    """
    One message of a ticket's conversation.
    """

    id: NotRequired[int]
    text: NotRequired[str]
    is_admin: NotRequired[bool]
    """
    True when support wrote the message.
    """
    created_at: NotRequired[str]
    file_id: NotRequired[int | None]
    """
    Id of the attachment, for `download_ticket_file`.
    """


class Ticket(TypedDict):
    """
    A support ticket. Inferred: no page shows one, so no field is required (not even `id`) and
    fields under other names are kept as received.

    """

    id: NotRequired[int]
    subject: NotRequired[str]
    department: NotRequired[int | str]
    """
    The department, by number or by name; numeric text reads as the number.
    """
    status: NotRequired[str]
    """
    Where the ticket stands (values not documented).
    """
    created_at: NotRequired[str]
    updated_at: NotRequired[str]
    conversation: NotRequired[list[TicketMessage]]


class TicketResult(Envelope):
    """
    Result of `get_ticket`.
    """

    data: Ticket


class TicketPage(InferredPageMeta):
    """
    One page of tickets.
    """

    items: list[Ticket]


class TicketPageResult(Envelope):
    """
    Result of `list_tickets`.
    """

    data: TicketPage | list[Ticket]


class Province(TypedDict):
    """
    A province. Inferred: no page shows one, so no field is required (not even `id`) and fields under
    other names are kept as received.

    """

    id: NotRequired[int]
    title: NotRequired[str]


class ProvincePage(InferredPageMeta):
    """
    One page of provinces.
    """

    items: list[Province]


class ProvincePageResult(Envelope):
    """
    Result of `list_provinces`.
    """

    data: ProvincePage | list[Province]


class City(TypedDict):
    """
    A city. Inferred: no page shows one, so no field is required (not even `id`) and fields under
    other names are kept as received.

    """

    id: NotRequired[int]
    title: NotRequired[str]
    province_id: NotRequired[int]


class CityPage(InferredPageMeta):
    """
    One page of cities.
    """

    items: list[City]


class CityPageResult(Envelope):
    """
    Result of `list_cities`.
    """

    data: CityPage | list[City]


class NumberBank(TypedDict):
    """
    A number bank - a ready-made list of numbers by trade and region. Inferred: no page shows one,
    so no field is required (not even `id`) and fields under other names are kept as received.

    """

    id: NotRequired[int]
    title: NotRequired[str]
    records: NotRequired[int]
    """
    Number of numbers in the bank.
    """
    province_id: NotRequired[int]
    city_id: NotRequired[int]


class NumberBankPage(InferredPageMeta):
    """
    One page of number banks.
    """

    items: list[NumberBank]


class NumberBankPageResult(Envelope):
    """
    Result of `list_number_banks`.
    """

    data: NumberBankPage | list[NumberBank]
