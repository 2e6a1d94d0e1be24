# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""The request and response models of every operation.

Each model lives in its own module and is imported the first time it is used, so importing this
package costs almost nothing.
"""

from __future__ import annotations

from .._lazy import lazy_attributes

# Not `typing.TYPE_CHECKING`: importing typing costs several times what this package itself does.
# Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from .account_ceo import AccountCeo
    from .account_company import AccountCompany
    from .account_envelope import AccountEnvelope
    from .account_register_request import AccountRegisterRequest
    from .account_update_request import AccountUpdateRequest
    from .ack_result import AckResult
    from .api_status import ApiStatus
    from .attribute_type import AttributeType
    from .balance import Balance
    from .balance_detail import BalanceDetail
    from .balance_result import BalanceResult
    from .city import City
    from .city_page import CityPage
    from .city_page_result import CityPageResult
    from .code_result import CodeResult
    from .contact import Contact
    from .contact_attribute import ContactAttribute
    from .contact_attribute_value import ContactAttributeValue
    from .contact_bulk_item import ContactBulkItem
    from .contact_bulk_upsert_request import ContactBulkUpsertRequest
    from .contact_excel_upsert_request import ContactExcelUpsertRequest
    from .contact_page import ContactPage
    from .contact_page_result import ContactPageResult
    from .contact_prefix import ContactPrefix
    from .contact_request import ContactRequest
    from .cost_breakdown import CostBreakdown
    from .cost_request import CostRequest
    from .cost_result import CostResult
    from .count_breakdown import CountBreakdown
    from .count_result import CountResult
    from .delivery_status import DeliveryStatus
    from .envelope import Envelope
    from .error_envelope import ErrorEnvelope
    from .field_messages import FieldMessages
    from .flag import Flag
    from .gender_items import GenderItems
    from .gender_list_result import GenderListResult
    from .gender_option import GenderOption
    from .id_list_result import IdListResult
    from .id_result import IdResult
    from .inbox_message import InboxMessage
    from .inbox_page import InboxPage
    from .inbox_page_result import InboxPageResult
    from .inferred_page_meta import InferredPageMeta
    from .lbs_campaign_fields import LbsCampaignFields
    from .lbs_create_gender import LbsCreateGender
    from .lbs_create_request import LbsCreateRequest
    from .lbs_device import LbsDevice
    from .lbs_dispatch_moment import LbsDispatchMoment
    from .lbs_request import LbsRequest
    from .lbs_request_items import LbsRequestItems
    from .lbs_request_list_result import LbsRequestListResult
    from .lbs_request_result import LbsRequestResult
    from .lbs_update_gender import LbsUpdateGender
    from .lbs_update_request import LbsUpdateRequest
    from .line import Line
    from .line_items import LineItems
    from .line_list_result import LineListResult
    from .login_request import LoginRequest
    from .mobile_operator import MobileOperator
    from .number_bank import NumberBank
    from .number_bank_page import NumberBankPage
    from .number_bank_page_result import NumberBankPageResult
    from .number_bank_send_request import NumberBankSendRequest
    from .number_bank_slice import NumberBankSlice
    from .number_format import NumberFormat
    from .order_cancel_request import OrderCancelRequest
    from .order_discount_request import OrderDiscountRequest
    from .order_pay_request import OrderPayRequest
    from .page_meta import PageMeta
    from .panel_register_request import PanelRegisterRequest
    from .pattern import Pattern
    from .pattern_attribute import PatternAttribute
    from .pattern_attribute_type import PatternAttributeType
    from .pattern_category import PatternCategory
    from .pattern_create_request import PatternCreateRequest
    from .pattern_page import PatternPage
    from .pattern_page_result import PatternPageResult
    from .pattern_result import PatternResult
    from .pattern_send_request import PatternSendRequest
    from .pattern_sort_field import PatternSortField
    from .pattern_status import PatternStatus
    from .pattern_update_request import PatternUpdateRequest
    from .pattern_values import PatternValues
    from .pattern_variable import PatternVariable
    from .pattern_variable_shown import PatternVariableShown
    from .pattern_variable_type import PatternVariableType
    from .payment_source import PaymentSource
    from .peer import Peer
    from .peer_to_peer_file_send_request import PeerToPeerFileSendRequest
    from .peer_to_peer_send_request import PeerToPeerSendRequest
    from .person_gender import PersonGender
    from .phonebook import Phonebook
    from .phonebook_attribute import PhonebookAttribute
    from .phonebook_attribute_create_request import PhonebookAttributeCreateRequest
    from .phonebook_attribute_page import PhonebookAttributePage
    from .phonebook_attribute_page_result import PhonebookAttributePageResult
    from .phonebook_page import PhonebookPage
    from .phonebook_page_result import PhonebookPageResult
    from .phonebook_request import PhonebookRequest
    from .phonebook_slice import PhonebookSlice
    from .postal_cost_request import PostalCostRequest
    from .postal_filter import PostalFilter
    from .postal_line_list_result import PostalLineListResult
    from .profile import Profile
    from .profile_plan import ProfilePlan
    from .profile_result import ProfileResult
    from .province import Province
    from .province_page import ProvincePage
    from .province_page_result import ProvincePageResult
    from .sample_send_request import SampleSendRequest
    from .send_request import SendRequest
    from .send_request_item import SendRequestItem
    from .send_request_item_page import SendRequestItemPage
    from .send_request_item_page_result import SendRequestItemPageResult
    from .send_request_page import SendRequestPage
    from .send_request_page_result import SendRequestPageResult
    from .send_request_result import SendRequestResult
    from .send_request_status import SendRequestStatus
    from .simple_send_file_request import SimpleSendFileRequest
    from .simple_send_request import SimpleSendRequest
    from .sort_direction import SortDirection
    from .ticket import Ticket
    from .ticket_close_request import TicketCloseRequest
    from .ticket_create_request import TicketCreateRequest
    from .ticket_message import TicketMessage
    from .ticket_page import TicketPage
    from .ticket_page_result import TicketPageResult
    from .ticket_reply_request import TicketReplyRequest
    from .ticket_result import TicketResult
    from .two_factor_method import TwoFactorMethod
    from .two_factor_verify_request import TwoFactorVerifyRequest
    from .validation_error_envelope import ValidationErrorEnvelope
    from .variable_recipient import VariableRecipient
    from .variable_send_file_request import VariableSendFileRequest
    from .variable_send_request import VariableSendRequest
    from .voice_send_request import VoiceSendRequest
    from .voice_upload_request import VoiceUploadRequest
    from .wallet_charge_request import WalletChargeRequest

_MODULES = {
    "AccountCeo": ".account_ceo",
    "AccountCompany": ".account_company",
    "AccountEnvelope": ".account_envelope",
    "AccountRegisterRequest": ".account_register_request",
    "AccountUpdateRequest": ".account_update_request",
    "AckResult": ".ack_result",
    "ApiStatus": ".api_status",
    "AttributeType": ".attribute_type",
    "Balance": ".balance",
    "BalanceDetail": ".balance_detail",
    "BalanceResult": ".balance_result",
    "City": ".city",
    "CityPage": ".city_page",
    "CityPageResult": ".city_page_result",
    "CodeResult": ".code_result",
    "Contact": ".contact",
    "ContactAttribute": ".contact_attribute",
    "ContactAttributeValue": ".contact_attribute_value",
    "ContactBulkItem": ".contact_bulk_item",
    "ContactBulkUpsertRequest": ".contact_bulk_upsert_request",
    "ContactExcelUpsertRequest": ".contact_excel_upsert_request",
    "ContactPage": ".contact_page",
    "ContactPageResult": ".contact_page_result",
    "ContactPrefix": ".contact_prefix",
    "ContactRequest": ".contact_request",
    "CostBreakdown": ".cost_breakdown",
    "CostRequest": ".cost_request",
    "CostResult": ".cost_result",
    "CountBreakdown": ".count_breakdown",
    "CountResult": ".count_result",
    "DeliveryStatus": ".delivery_status",
    "Envelope": ".envelope",
    "ErrorEnvelope": ".error_envelope",
    "FieldMessages": ".field_messages",
    "Flag": ".flag",
    "GenderItems": ".gender_items",
    "GenderListResult": ".gender_list_result",
    "GenderOption": ".gender_option",
    "IdListResult": ".id_list_result",
    "IdResult": ".id_result",
    "InboxMessage": ".inbox_message",
    "InboxPage": ".inbox_page",
    "InboxPageResult": ".inbox_page_result",
    "InferredPageMeta": ".inferred_page_meta",
    "LbsCampaignFields": ".lbs_campaign_fields",
    "LbsCreateGender": ".lbs_create_gender",
    "LbsCreateRequest": ".lbs_create_request",
    "LbsDevice": ".lbs_device",
    "LbsDispatchMoment": ".lbs_dispatch_moment",
    "LbsRequest": ".lbs_request",
    "LbsRequestItems": ".lbs_request_items",
    "LbsRequestListResult": ".lbs_request_list_result",
    "LbsRequestResult": ".lbs_request_result",
    "LbsUpdateGender": ".lbs_update_gender",
    "LbsUpdateRequest": ".lbs_update_request",
    "Line": ".line",
    "LineItems": ".line_items",
    "LineListResult": ".line_list_result",
    "LoginRequest": ".login_request",
    "MobileOperator": ".mobile_operator",
    "NumberBank": ".number_bank",
    "NumberBankPage": ".number_bank_page",
    "NumberBankPageResult": ".number_bank_page_result",
    "NumberBankSendRequest": ".number_bank_send_request",
    "NumberBankSlice": ".number_bank_slice",
    "NumberFormat": ".number_format",
    "OrderCancelRequest": ".order_cancel_request",
    "OrderDiscountRequest": ".order_discount_request",
    "OrderPayRequest": ".order_pay_request",
    "PageMeta": ".page_meta",
    "PanelRegisterRequest": ".panel_register_request",
    "Pattern": ".pattern",
    "PatternAttribute": ".pattern_attribute",
    "PatternAttributeType": ".pattern_attribute_type",
    "PatternCategory": ".pattern_category",
    "PatternCreateRequest": ".pattern_create_request",
    "PatternPage": ".pattern_page",
    "PatternPageResult": ".pattern_page_result",
    "PatternResult": ".pattern_result",
    "PatternSendRequest": ".pattern_send_request",
    "PatternSortField": ".pattern_sort_field",
    "PatternStatus": ".pattern_status",
    "PatternUpdateRequest": ".pattern_update_request",
    "PatternValues": ".pattern_values",
    "PatternVariable": ".pattern_variable",
    "PatternVariableShown": ".pattern_variable_shown",
    "PatternVariableType": ".pattern_variable_type",
    "PaymentSource": ".payment_source",
    "Peer": ".peer",
    "PeerToPeerFileSendRequest": ".peer_to_peer_file_send_request",
    "PeerToPeerSendRequest": ".peer_to_peer_send_request",
    "PersonGender": ".person_gender",
    "Phonebook": ".phonebook",
    "PhonebookAttribute": ".phonebook_attribute",
    "PhonebookAttributeCreateRequest": ".phonebook_attribute_create_request",
    "PhonebookAttributePage": ".phonebook_attribute_page",
    "PhonebookAttributePageResult": ".phonebook_attribute_page_result",
    "PhonebookPage": ".phonebook_page",
    "PhonebookPageResult": ".phonebook_page_result",
    "PhonebookRequest": ".phonebook_request",
    "PhonebookSlice": ".phonebook_slice",
    "PostalCostRequest": ".postal_cost_request",
    "PostalFilter": ".postal_filter",
    "PostalLineListResult": ".postal_line_list_result",
    "Profile": ".profile",
    "ProfilePlan": ".profile_plan",
    "ProfileResult": ".profile_result",
    "Province": ".province",
    "ProvincePage": ".province_page",
    "ProvincePageResult": ".province_page_result",
    "SampleSendRequest": ".sample_send_request",
    "SendRequest": ".send_request",
    "SendRequestItem": ".send_request_item",
    "SendRequestItemPage": ".send_request_item_page",
    "SendRequestItemPageResult": ".send_request_item_page_result",
    "SendRequestPage": ".send_request_page",
    "SendRequestPageResult": ".send_request_page_result",
    "SendRequestResult": ".send_request_result",
    "SendRequestStatus": ".send_request_status",
    "SimpleSendFileRequest": ".simple_send_file_request",
    "SimpleSendRequest": ".simple_send_request",
    "SortDirection": ".sort_direction",
    "Ticket": ".ticket",
    "TicketCloseRequest": ".ticket_close_request",
    "TicketCreateRequest": ".ticket_create_request",
    "TicketMessage": ".ticket_message",
    "TicketPage": ".ticket_page",
    "TicketPageResult": ".ticket_page_result",
    "TicketReplyRequest": ".ticket_reply_request",
    "TicketResult": ".ticket_result",
    "TwoFactorMethod": ".two_factor_method",
    "TwoFactorVerifyRequest": ".two_factor_verify_request",
    "ValidationErrorEnvelope": ".validation_error_envelope",
    "VariableRecipient": ".variable_recipient",
    "VariableSendFileRequest": ".variable_send_file_request",
    "VariableSendRequest": ".variable_send_request",
    "VoiceSendRequest": ".voice_send_request",
    "VoiceUploadRequest": ".voice_upload_request",
    "WalletChargeRequest": ".wallet_charge_request",
}

__all__ = (
    "AccountCeo",
    "AccountCompany",
    "AccountEnvelope",
    "AccountRegisterRequest",
    "AccountUpdateRequest",
    "AckResult",
    "ApiStatus",
    "AttributeType",
    "Balance",
    "BalanceDetail",
    "BalanceResult",
    "City",
    "CityPage",
    "CityPageResult",
    "CodeResult",
    "Contact",
    "ContactAttribute",
    "ContactAttributeValue",
    "ContactBulkItem",
    "ContactBulkUpsertRequest",
    "ContactExcelUpsertRequest",
    "ContactPage",
    "ContactPageResult",
    "ContactPrefix",
    "ContactRequest",
    "CostBreakdown",
    "CostRequest",
    "CostResult",
    "CountBreakdown",
    "CountResult",
    "DeliveryStatus",
    "Envelope",
    "ErrorEnvelope",
    "FieldMessages",
    "Flag",
    "GenderItems",
    "GenderListResult",
    "GenderOption",
    "IdListResult",
    "IdResult",
    "InboxMessage",
    "InboxPage",
    "InboxPageResult",
    "InferredPageMeta",
    "LbsCampaignFields",
    "LbsCreateGender",
    "LbsCreateRequest",
    "LbsDevice",
    "LbsDispatchMoment",
    "LbsRequest",
    "LbsRequestItems",
    "LbsRequestListResult",
    "LbsRequestResult",
    "LbsUpdateGender",
    "LbsUpdateRequest",
    "Line",
    "LineItems",
    "LineListResult",
    "LoginRequest",
    "MobileOperator",
    "NumberBank",
    "NumberBankPage",
    "NumberBankPageResult",
    "NumberBankSendRequest",
    "NumberBankSlice",
    "NumberFormat",
    "OrderCancelRequest",
    "OrderDiscountRequest",
    "OrderPayRequest",
    "PageMeta",
    "PanelRegisterRequest",
    "Pattern",
    "PatternAttribute",
    "PatternAttributeType",
    "PatternCategory",
    "PatternCreateRequest",
    "PatternPage",
    "PatternPageResult",
    "PatternResult",
    "PatternSendRequest",
    "PatternSortField",
    "PatternStatus",
    "PatternUpdateRequest",
    "PatternValues",
    "PatternVariable",
    "PatternVariableShown",
    "PatternVariableType",
    "PaymentSource",
    "Peer",
    "PeerToPeerFileSendRequest",
    "PeerToPeerSendRequest",
    "PersonGender",
    "Phonebook",
    "PhonebookAttribute",
    "PhonebookAttributeCreateRequest",
    "PhonebookAttributePage",
    "PhonebookAttributePageResult",
    "PhonebookPage",
    "PhonebookPageResult",
    "PhonebookRequest",
    "PhonebookSlice",
    "PostalCostRequest",
    "PostalFilter",
    "PostalLineListResult",
    "Profile",
    "ProfilePlan",
    "ProfileResult",
    "Province",
    "ProvincePage",
    "ProvincePageResult",
    "SampleSendRequest",
    "SendRequest",
    "SendRequestItem",
    "SendRequestItemPage",
    "SendRequestItemPageResult",
    "SendRequestPage",
    "SendRequestPageResult",
    "SendRequestResult",
    "SendRequestStatus",
    "SimpleSendFileRequest",
    "SimpleSendRequest",
    "SortDirection",
    "Ticket",
    "TicketCloseRequest",
    "TicketCreateRequest",
    "TicketMessage",
    "TicketPage",
    "TicketPageResult",
    "TicketReplyRequest",
    "TicketResult",
    "TwoFactorMethod",
    "TwoFactorVerifyRequest",
    "ValidationErrorEnvelope",
    "VariableRecipient",
    "VariableSendFileRequest",
    "VariableSendRequest",
    "VoiceSendRequest",
    "VoiceUploadRequest",
    "WalletChargeRequest",
)


__getattr__, __dir__ = lazy_attributes(__name__, _MODULES, globals(), listed=__all__)
