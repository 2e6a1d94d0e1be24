"""``client.phonebook``: contacts upserted in batches of the documented maximum of 500."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from iranpayamak_api.models import ContactBulkItem

from .._arguments import Arguments
from .._generated.resources.phonebook import AsyncPhonebookResource, PhonebookResource
from ..bulk import chunked

if TYPE_CHECKING:
    from iranpayamak_api import wire

__all__ = ["MAX_CONTACTS_PER_REQUEST", "AsyncPhonebook", "Phonebook"]

MAX_CONTACTS_PER_REQUEST = 500
"""The documented maximum of contacts in one bulk upsert."""


def _batches(
    args: Arguments, phone_book_id: int, items: Iterable[ContactBulkItem | wire.ContactBulkItem]
) -> list[list[Any]]:
    # Every contact is checked (and its mobile normalized) before the first batch is sent.
    args.integer(phone_book_id, "phone_book_id", minimum=1)
    contacts = args.models(ContactBulkItem, items, "items", (("mobile",),), min_items=1)
    return list(chunked(contacts, MAX_CONTACTS_PER_REQUEST))


class Phonebook(PhonebookResource):
    """The ``phonebook`` operations."""

    def upsert_contacts(
        self,
        phone_book_id: int,
        items: Iterable[ContactBulkItem | wire.ContactBulkItem],
        *,
        on_progress: Callable[[int], None] | None = None,
    ) -> list[Any]:
        """Add or update any number of contacts, 500 per request.

        Every contact is checked before the first request. A contact is matched by its mobile number, so
        running an interrupted import again is safe.

        Args:
            phone_book_id: The phonebook to fill.
            items: Contacts, as ``ContactBulkItem`` or dicts with the keys of
                ``iranpayamak_api.wire.ContactBulkItem``, as sent: ``mobile`` and optionally ``name``,
                ``prefix``, ``attributes``.
            on_progress: Called with the number of contacts in each request once it is answered.

        Returns:
            The ``data`` of each request's answer, in order.

        Example::

            client.phonebook.upsert_contacts(1001, [{"mobile": "09121234567", "name": "Sara"}])
        """
        self._args.callback(on_progress, "on_progress")
        upsert = self._upsert_contacts
        answers = []
        for batch in _batches(self._args, phone_book_id, items):
            answers.append(upsert(phone_book_id, batch))
            if on_progress is not None:
                on_progress(len(batch))
        return answers


class AsyncPhonebook(AsyncPhonebookResource):
    """The ``phonebook`` operations (asynchronous)."""

    async def upsert_contacts(
        self,
        phone_book_id: int,
        items: Iterable[ContactBulkItem | wire.ContactBulkItem],
        *,
        on_progress: Callable[[int], None] | None = None,
    ) -> list[Any]:
        """The asynchronous :meth:`Phonebook.upsert_contacts`; batches are sent one after another."""
        self._args.callback(on_progress, "on_progress")
        upsert = self._upsert_contacts
        answers = []
        for batch in _batches(self._args, phone_book_id, items):
            answers.append(await upsert(phone_book_id, batch))
            if on_progress is not None:
                on_progress(len(batch))
        return answers
