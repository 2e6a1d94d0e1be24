"""``client.phonebook``: contacts upserted in batches of the documented maximum of 500."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from iranpayamak_api.models import ContactBulkItem

from .._arguments import Arguments
from .._generated.async_resources import AsyncPhonebookResource
from .._generated.resources import PhonebookResource
from ..bulk import chunked

__all__ = ["MAX_CONTACTS_PER_REQUEST", "AsyncPhonebook", "Phonebook"]

MAX_CONTACTS_PER_REQUEST = 500
"""The documented maximum of contacts in one bulk upsert."""


def _batches(
    args: Arguments, phone_book_id: int, items: Iterable[ContactBulkItem | Mapping[str, Any]]
) -> list[list[Any]]:
    # Every contact is checked (and its mobile normalized) before the first batch is sent.
    args.integer(phone_book_id, "phone_book_id", minimum=1)
    contacts = args.models(ContactBulkItem, items, "items", ("mobile",), min_items=1)
    return list(chunked(contacts, MAX_CONTACTS_PER_REQUEST))


class Phonebook(PhonebookResource):
    """The ``phonebook`` operations."""

    def upsert_contacts(self, phone_book_id: int, items: Iterable[ContactBulkItem | Mapping[str, Any]]) -> list[Any]:
        """Add or update any number of contacts, 500 per request.

        Returns:
            The ``data`` of each request's answer, in order.
        """
        upsert = super().upsert_contacts
        return [upsert(phone_book_id, batch) for batch in _batches(self._args, phone_book_id, items)]


class AsyncPhonebook(AsyncPhonebookResource):
    """The ``phonebook`` operations (asynchronous)."""

    async def upsert_contacts(
        self, phone_book_id: int, items: Iterable[ContactBulkItem | Mapping[str, Any]]
    ) -> list[Any]:
        """The asynchronous :meth:`Phonebook.upsert_contacts`; batches are sent one after another."""
        upsert = super().upsert_contacts
        return [await upsert(phone_book_id, batch) for batch in _batches(self._args, phone_book_id, items)]
