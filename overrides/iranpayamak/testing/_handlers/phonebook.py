"""The ``phonebook`` tag: phonebooks, their attributes and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._state import ContactRecord, MockState, PhonebookRecord
from ._common import NOT_FOUND, Call, _invalid, _mobile, _not_found, _page, _table, handles

if TYPE_CHECKING:
    from iranpayamak_api import wire


def _phonebook(state: MockState, phonebook_id: Any, *, field: str | None = None) -> PhonebookRecord:
    phonebook = state.phonebooks.get(phonebook_id)
    if phonebook is None:
        raise _invalid(field, NOT_FOUND) if field else _not_found()
    return phonebook


def _phonebook_view(state: MockState, phonebook: PhonebookRecord) -> wire.Phonebook:
    return {
        "id": phonebook["id"],
        "title": phonebook["title"],
        "records": sum(1 for c in state.contacts.values() if c["phone_book_id"] == phonebook["id"]),
        "attributes": [state.attributes[a] for a in phonebook["attributes"] if a in state.attributes],
    }


def _contact_view(state: MockState, contact: ContactRecord) -> wire.Contact:
    values: list[wire.ContactAttribute] = []
    for attribute_id, value in contact["attributes"].items():
        attribute = state.attributes.get(attribute_id)
        if attribute is not None:
            values.append({**attribute, "value": value})
    return {
        "id": contact["id"],
        "prefix": contact["prefix"],
        "name": contact["name"],
        "mobile": contact["mobile"],
        "attributes": values,
    }


def _upsert_contact(state: MockState, phonebook_id: int, item: dict[str, Any], existing_id: int | None = None) -> int:
    contact = state.contacts.get(existing_id) if existing_id else None
    if contact is None:
        contact = next(
            (
                c
                for c in state.contacts.values()
                if c["phone_book_id"] == phonebook_id and c["mobile"] == item["mobile"]
            ),
            None,
        )
    if contact is None:
        contact = {
            "id": state.next_id(),
            "phone_book_id": phonebook_id,
            "prefix": None,
            "name": None,
            "mobile": item["mobile"],
            "attributes": {},
        }
        state.contacts[contact["id"]] = contact
    contact["mobile"] = item["mobile"]
    contact["prefix"] = item.get("prefix", contact["prefix"])
    contact["name"] = item.get("name", contact["name"])
    for value in item.get("attributes", []):
        contact["attributes"][value["attribute_id"]] = value["value"]
    return int(contact["id"])


@handles("download_phonebook_sample")
def download_phonebook_sample(state: MockState, call: Call) -> bytes:
    phonebook = _phonebook(state, call.params["phone_book"])
    header = [
        "mobile",
        "name",
        "prefix",
        *(state.attributes[a]["code"] for a in phonebook["attributes"] if a in state.attributes),
    ]
    from ...files import workbook

    return workbook([["09120000000", "نمونه", "man"]], header=header)


@handles("create_phonebook")
def create_phonebook(state: MockState, call: Call) -> int:
    phonebook_id = state.next_id()
    state.phonebooks[phonebook_id] = {
        "id": phonebook_id,
        "title": call.body["title"],
        "attributes": call.body.get("attributes") or [],
    }
    return phonebook_id


@handles("list_phonebooks")
def list_phonebooks(state: MockState, call: Call) -> dict[str, Any]:
    return _page([_phonebook_view(state, p) for p in state.phonebooks.values()], call.params)


@handles("update_phonebook")
def update_phonebook(state: MockState, call: Call) -> int:
    phonebook = _phonebook(state, call.params["id"])
    phonebook["title"] = call.body["title"]
    if call.body.get("attributes") is not None:
        phonebook["attributes"] = call.body["attributes"]
    return int(phonebook["id"])


@handles("create_phonebook_attribute")
def create_phonebook_attribute(state: MockState, call: Call) -> int:
    attribute_id = state.next_id()
    state.attributes[attribute_id] = {
        "id": attribute_id,
        "title": call.body["title"],
        "type": call.body["type"],
        "code": f"attribute_{attribute_id}",
    }
    return attribute_id


@handles("list_phonebook_attributes")
def list_phonebook_attributes(state: MockState, call: Call) -> dict[str, Any]:
    attributes = [
        a
        for a in state.attributes.values()
        if ("type" not in call.params or a["type"] == call.params["type"])
        and (not call.params.get("search") or call.params["search"] in a["title"])
    ]
    return _page(attributes, call.params)


@handles("add_contact")
def add_contact(state: MockState, call: Call) -> int:
    body = call.body
    _phonebook(state, body["phone_book_id"], field="phone_book_id")
    existing = body.get("phone_book_data_id")
    if existing is not None and existing not in state.contacts:
        raise _invalid("phone_book_data_id", NOT_FOUND)
    return _upsert_contact(state, body["phone_book_id"], body, existing)


@handles("list_contacts")
def list_contacts(state: MockState, call: Call) -> dict[str, Any]:
    params = call.params
    contacts = [
        _contact_view(state, c)
        for c in state.contacts.values()
        if ("phone_book_id" not in params or c["phone_book_id"] == params["phone_book_id"])
        and (not params.get("search") or params["search"] in f"{c['mobile']} {c.get('name') or ''}")
    ]
    return _page(contacts, params)


@handles("bulk_upsert_contacts")
def bulk_upsert_contacts(state: MockState, call: Call) -> dict[str, int]:
    body = call.body
    _phonebook(state, body["phone_book_id"], field="phone_book_id")
    before = len(state.contacts)
    for item in body["items"]:
        _upsert_contact(state, body["phone_book_id"], item)
    created = len(state.contacts) - before
    return {"created": created, "updated": len(body["items"]) - created}


@handles("upsert_contacts_excel")
def upsert_contacts_excel(state: MockState, call: Call) -> dict[str, int]:
    phonebook_id = call.body["phone_book_id"]
    _phonebook(state, phonebook_id, field="phone_book_id")
    before, skipped = len(state.contacts), 0
    for record in _table(call.files.get("file", b"")) or []:
        mobile = _mobile(record.get("mobile", ""))
        if mobile is None:
            skipped += 1
            continue
        _upsert_contact(state, phonebook_id, {"mobile": mobile, "name": record.get("name") or None})
    return {"created": len(state.contacts) - before, "skipped": skipped}


@handles("delete_contact")
def delete_contact(state: MockState, call: Call) -> None:
    if state.contacts.pop(call.params["id"], None) is None:
        raise _not_found()
