# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""How each operation of the spec authenticates, for the client to choose its credentials.

Rendered from the spec's ``security`` lists by scripts/regenerate; do not edit by hand. An operation
lists its alternatives in the spec's order, each the schemes it needs together; an empty alternative
means no credentials at all.
"""

from collections.abc import Mapping

__all__ = ["API_KEY", "PANEL_TOKEN", "SECURITY"]

API_KEY = "ApiKeyAuth"
"""The ``Api-Key`` header: the account's web-service key."""

PANEL_TOKEN = "PanelBearer"
"""``Authorization: Bearer``: a panel session token from ``login``."""

SECURITY: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "add_contact": (("ApiKeyAuth",),),
    "apply_order_discount": (("ApiKeyAuth",),),
    "bulk_upsert_contacts": (("ApiKeyAuth",),),
    "calculate_cost": (("ApiKeyAuth",),),
    "cancel_lbs_request": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "cancel_order": (("ApiKeyAuth",),),
    "charge_wallet": (("ApiKeyAuth",),),
    "close_ticket": (("ApiKeyAuth",),),
    "count_postal_receivers": (("ApiKeyAuth",),),
    "create_lbs_request": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "create_pattern": (("ApiKeyAuth",),),
    "create_phonebook": (("ApiKeyAuth",),),
    "create_phonebook_attribute": (("ApiKeyAuth",),),
    "create_ticket": (("ApiKeyAuth",),),
    "delete_contact": (("ApiKeyAuth",),),
    "download_phonebook_sample": (("ApiKeyAuth",),),
    "download_ticket_file": (("ApiKeyAuth",),),
    "download_voice_file": (("ApiKeyAuth",),),
    "get_balance": (("ApiKeyAuth",),),
    "get_lbs_request": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "get_pattern": (("ApiKeyAuth",),),
    "get_profile": (("ApiKeyAuth",),),
    "get_register_form": (("ApiKeyAuth",),),
    "get_send_request": (("ApiKeyAuth",),),
    "get_ticket": (("ApiKeyAuth",),),
    "list_cities": (("ApiKeyAuth",),),
    "list_contacts": (("ApiKeyAuth",),),
    "list_inbox_messages": (("ApiKeyAuth",),),
    "list_lbs_requests": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "list_lines": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "list_number_banks": (("ApiKeyAuth",),),
    "list_patterns": (("ApiKeyAuth",),),
    "list_phonebook_attributes": (("ApiKeyAuth",),),
    "list_phonebooks": (("ApiKeyAuth",),),
    "list_postal_genders": (("ApiKeyAuth",),),
    "list_postal_lines": (("ApiKeyAuth",),),
    "list_provinces": (("ApiKeyAuth",),),
    "list_send_request_items": (("ApiKeyAuth",),),
    "list_send_requests": (("ApiKeyAuth",),),
    "list_tickets": (("ApiKeyAuth",),),
    "login": (("ApiKeyAuth",),),
    "logout": (("PanelBearer",),),
    "pay_order": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "register_account": (("ApiKeyAuth",),),
    "register_panel_user": (),
    "reply_to_ticket": (("ApiKeyAuth",),),
    "send_pattern": (("ApiKeyAuth",),),
    "send_peer_to_peer": (("ApiKeyAuth",),),
    "send_peer_to_peer_file": (("ApiKeyAuth",),),
    "send_sample": (("ApiKeyAuth",),),
    "send_simple": (("ApiKeyAuth",),),
    "send_simple_file": (("ApiKeyAuth",),),
    "send_to_number_bank": (("ApiKeyAuth",),),
    "send_variables": (("ApiKeyAuth",),),
    "send_variables_file": (("ApiKeyAuth",),),
    "send_voice": (("ApiKeyAuth",),),
    "update_account": (("ApiKeyAuth",),),
    "update_lbs_request": (
        ("PanelBearer",),
        ("ApiKeyAuth",),
    ),
    "update_pattern": (("ApiKeyAuth",),),
    "update_phonebook": (("ApiKeyAuth",),),
    "upload_voice_file": (("ApiKeyAuth",),),
    "upsert_contacts_excel": (("ApiKeyAuth",),),
    "verify_two_factor": (("ApiKeyAuth",),),
}
