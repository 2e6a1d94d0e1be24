# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""``client.phonebook``: the phonebook operations of the spec, synchronous and asynchronous side by side.

Each method checks and converts its arguments (see ``iranpayamak._arguments``) before anything is
sent, calls the generated operation and returns the payload of the answer. Operation modules and
models are imported inside the methods so that importing the client stays cheap.

Methods whose names start with ``_`` are wrapped by the hand-written class in
``iranpayamak/resources/phonebook.py``, which adds the public method of that name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from iranpayamak_api.types import UNSET

from ..._resource import Resource, payload_of
from ...pagination import AsyncPager, Page, Pager
from ...raw import async_raw_method, async_raw_pages, raw_method, raw_pages

if TYPE_CHECKING:
    from iranpayamak_api import wire
    from iranpayamak_api.models import (
        AttributeType,
        Contact,
        ContactAttributeValue,
        ContactBulkItem,
        ContactPrefix,
        Phonebook,
        PhonebookAttribute,
    )

    from ...files import FileInput

__all__ = [
    "AsyncPhonebookResource",
    "AsyncPhonebookResourceWithRawResponse",
    "PhonebookResource",
    "PhonebookResourceWithRawResponse",
]


class PhonebookResource(Resource):
    """The ``phonebook`` operations."""

    @property
    def with_raw_response(self) -> PhonebookResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = client.phonebook.with_raw_response.upsert_contacts(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return PhonebookResourceWithRawResponse(self)

    def _upsert_contacts(
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
        _items = args.models(ContactBulkItem, items, "items", (("mobile",),), min_items=1, max_items=500)
        body = ContactBulkUpsertRequest(
            phone_book_id=_phone_book_id,
            items=_items,
        )
        result = operation.sync(client=self._api, body=body)
        return payload_of(result)

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


class PhonebookResourceWithRawResponse:
    """``client.phonebook.with_raw_response``: each operation returning a ``RawResponse``.

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: PhonebookResource) -> None:
        self.upsert_contacts = raw_method(resource, PhonebookResource._upsert_contacts)
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


class AsyncPhonebookResource(Resource):
    """The ``phonebook`` operations (asynchronous)."""

    @property
    def with_raw_response(self) -> AsyncPhonebookResourceWithRawResponse:
        """These operations returning their HTTP answer, with ``.parse()`` for the result (see ``iranpayamak.raw``).

        Example::

            raw = await client.phonebook.with_raw_response.upsert_contacts(...)
            raw.status_code, raw.headers, raw.json(), raw.parse()
        """
        return AsyncPhonebookResourceWithRawResponse(self)

    async def _upsert_contacts(
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
        _items = args.models(ContactBulkItem, items, "items", (("mobile",),), min_items=1, max_items=500)
        body = ContactBulkUpsertRequest(
            phone_book_id=_phone_book_id,
            items=_items,
        )
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    async def add_contact(
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
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    def attributes(
        self,
        *,
        limit: int | None = None,
        type_: AttributeType | str | None = None,
        search: str | None = None,
        page: int = 1,
    ) -> AsyncPager[PhonebookAttribute]:
        """List custom contact attributes page by page.

        Returns the attributes defined on the account, optionally filtered by type or by a search text.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            type_: Only attributes of this type.
            search: Free-text filter.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every PhonebookAttribute: iterate it with ``async for``, or call ``page()`` for one page.

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

        async def fetch(number: int) -> Page[PhonebookAttribute]:
            result = await operation.asyncio(client=self._api, limit=_limit, type_=_type_, search=_search, page=number)
            return Page.of(result.data, self._api)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    def contacts(
        self,
        *,
        limit: int | None = None,
        phone_book_id: int | None = None,
        search: str | None = None,
        page: int = 1,
    ) -> AsyncPager[Contact]:
        """List the contacts of a phonebook page by page.

        Returns contacts with their attribute values, optionally filtered by phonebook and by a search text.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            phone_book_id: Only contacts of this phonebook.
            search: Free-text filter.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Contact: iterate it with ``async for``, or call ``page()`` for one page.

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

        async def fetch(number: int) -> Page[Contact]:
            result = await operation.asyncio(
                client=self._api, limit=_limit, phone_book_id=_phone_book_id, search=_search, page=number
            )
            return Page.of(result.data, self._api)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    async def create(
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
        result = await operation.asyncio(client=self._api, body=body)
        return result.data

    async def create_attribute(
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
        result = await operation.asyncio(client=self._api, body=body)
        return result.data

    async def delete_contact(
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
        result = await operation.asyncio(_id, client=self._api)
        return payload_of(result)

    async def import_contacts(
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
        result = await operation.asyncio(client=self._api, body=body)
        return payload_of(result)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int = 1,
    ) -> AsyncPager[Phonebook]:
        """List phonebooks page by page.

        Returns the account's phonebooks with their contact counts and attributes.

        Args:
            limit: Items per page; the client's ``page_size`` (100 by default) when None.
            page: The page to start from (1 is the first).

        Returns:
            A pager over every Phonebook: iterate it with ``async for``, or call ``page()`` for one page.

        Raises:
            InvalidArgumentError: An argument was rejected; nothing was sent.
            APIError: The service answered with an error (see ``iranpayamak.errors``).
            APIConnectionError: No answer arrived.
        """
        from iranpayamak_api.api.phonebook import list_phonebooks as operation

        args = self._args
        _limit = args.page_size if limit is None else args.integer(limit, "limit", minimum=1)

        async def fetch(number: int) -> Page[Phonebook]:
            result = await operation.asyncio(client=self._api, limit=_limit, page=number)
            return Page.of(result.data, self._api)

        return AsyncPager(fetch, start=args.integer(page, "page", minimum=1))

    async def sample_workbook(
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
        result = await operation.asyncio(_phone_book, client=self._api)
        return args.save(result.payload.read(), _save_to, "save_to")

    async def update(
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
        result = await operation.asyncio(_id, client=self._api, body=body)
        return result.data


class AsyncPhonebookResourceWithRawResponse:
    """``client.phonebook.with_raw_response``: each operation returning a ``RawResponse`` (asynchronous).

    Each method takes the arguments of the operation's method and sends its one request; list methods
    give the page they start at.
    """

    def __init__(self, resource: AsyncPhonebookResource) -> None:
        self.upsert_contacts = async_raw_method(resource, AsyncPhonebookResource._upsert_contacts)
        self.add_contact = async_raw_method(resource, AsyncPhonebookResource.add_contact)
        self.attributes = async_raw_pages(resource, AsyncPhonebookResource.attributes)
        self.contacts = async_raw_pages(resource, AsyncPhonebookResource.contacts)
        self.create = async_raw_method(resource, AsyncPhonebookResource.create)
        self.create_attribute = async_raw_method(resource, AsyncPhonebookResource.create_attribute)
        self.delete_contact = async_raw_method(resource, AsyncPhonebookResource.delete_contact)
        self.import_contacts = async_raw_method(resource, AsyncPhonebookResource.import_contacts)
        self.list = async_raw_pages(resource, AsyncPhonebookResource.list)
        self.sample_workbook = async_raw_method(resource, AsyncPhonebookResource.sample_workbook)
        self.update = async_raw_method(resource, AsyncPhonebookResource.update)
