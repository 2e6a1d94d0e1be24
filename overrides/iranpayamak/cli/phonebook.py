"""``iranpayamak phonebook list|create|import`` and ``contacts list``: phonebooks and their contacts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from attrs import frozen
from rich.console import Console

from iranpayamak_api.models import Contact, ContactBulkItem, Phonebook

from ..errors import InvalidPhoneNumber
from ..phone import normalize_mobile
from .commands import App
from .errors import CliError, ExitCode, naming, reports_errors
from .options import JsonOption, LimitOption, PageOption, client_of
from .output import Output, plural, show_page
from .prefixes import contact_prefix
from .recipients import Record, records_in_file

__all__ = ["app", "contacts_app"]

app = App(name="phonebook", no_args_is_help=True, help="List, create and fill phonebooks.")
contacts_app = App(name="contacts", no_args_is_help=True, help="The contacts of phonebooks.")

_TAKEN = "man, woman, co, org, or titles such as آقای, خانم, شرکت, سازمان, Mr, Mrs"


@app.command("list")
@reports_errors
def list_(
    context: typer.Context,
    page: PageOption = 1,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """List the phonebooks with their number of contacts."""
    with client_of(context) as client:
        found = client.phonebook.list(limit=limit).page(page)

    def row(book: Phonebook) -> tuple[object, ...]:
        return (book.id, book.title, book.records)

    show_page(Output(as_json=as_json), found, ["id", "title", "contacts"], row, noun="phonebook")


@app.command()
@reports_errors
def create(
    context: typer.Context,
    title: Annotated[str, typer.Argument(help="The phonebook's name.")],
    as_json: JsonOption = False,
) -> None:
    """Create a phonebook; prints its id."""
    with client_of(context) as client:
        phonebook_id = client.phonebook.create(title)
    out = Output(as_json=as_json)
    out.result({"id": phonebook_id}, lambda _console: out.say(f"Created phonebook {phonebook_id}."))


@frozen
class _Contacts:
    """The contacts read from a file, and what of the file they leave out."""

    contacts: list[ContactBulkItem]
    prefixes_left_out: list[dict[str, str]]
    replaced_rows: list[str]


def _contacts(path: Path, out: Output, *, skip_invalid: bool) -> _Contacts:
    contacts: dict[str, tuple[Record, ContactBulkItem]] = {}
    invalid = 0
    unknown: list[dict[str, str]] = []
    replaced: list[str] = []
    for record in records_in_file(path):
        try:
            mobile = normalize_mobile(record.mobile)
        except InvalidPhoneNumber as error:
            invalid += 1
            out.warn(f"{record.where}: not a mobile number: {record.mobile!r} ({error.reason})")
            continue
        contact = ContactBulkItem(mobile=mobile)
        if record.name is not None:
            contact.name = record.name
        if record.prefix is not None:
            prefix = contact_prefix(record.prefix)
            if prefix is None:
                # Imported all the same: a contact without its title beats no contact.
                unknown.append({"where": record.where, "prefix": record.prefix})
                out.warn(
                    f"{record.where}: prefix {record.prefix!r} is not one the service takes ({_TAKEN}); "
                    "imported without it"
                )
            else:
                contact.prefix = prefix
        if mobile in contacts:
            # A later row for the same number wins, as an upsert would; the one it replaces is named.
            earlier = contacts[mobile][0]
            replaced.append(earlier.where)
            out.warn(f"{record.where}: {mobile} is also on {earlier.place}; the later row is kept")
        contacts[mobile] = (record, contact)
    if invalid and not skip_invalid:
        has = "has an invalid number" if invalid == 1 else "have invalid numbers"
        raise CliError(
            f"{plural(invalid, 'row')} {has} (listed above); fix them or pass --skip-invalid", ExitCode.INVALID
        )
    return _Contacts([contact for _record, contact in contacts.values()], unknown, replaced)


@app.command("import")
@reports_errors
def import_(
    context: typer.Context,
    phonebook_id: Annotated[int, typer.Argument(help="The phonebook to fill.", min=1)],
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="A .csv, .txt or .xlsx file with a mobile column, and name and prefix columns if wanted. "
            f"Prefixes: {_TAKEN}.",
        ),
    ],
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="Leave out rows with invalid numbers.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Add or update contacts from a file, 500 per request, with a progress bar.

    Example: iranpayamak phonebook import 1001 customers.xlsx
    """
    out = Output(as_json=as_json)
    read = _contacts(file, out, skip_invalid=skip_invalid)
    contacts = read.contacts
    if not contacts:
        raise CliError(f"{file.name}: no contacts to import", ExitCode.INVALID)
    with (
        client_of(context) as client,
        naming(f"phonebook {phonebook_id}"),
        out.progress(len(contacts), "Importing") as advance,
    ):
        client.phonebook.upsert_contacts(phonebook_id, contacts, on_progress=advance)

    def render(_console: Console) -> None:
        line = f"Imported {plural(len(contacts), 'contact')} into phonebook {phonebook_id}"
        if read.prefixes_left_out:
            left_out = len(read.prefixes_left_out)
            line += f"; {left_out:,} {'prefix' if left_out == 1 else 'prefixes'} left out (listed above)"
        out.say(line + ".")

    out.result(
        {
            "phonebook_id": phonebook_id,
            "imported": len(contacts),
            "prefixes_left_out": read.prefixes_left_out,
            "replaced_rows": read.replaced_rows,
        },
        render,
    )


@contacts_app.command("list")
@reports_errors
def list_contacts(
    context: typer.Context,
    phonebook_id: Annotated[int | None, typer.Argument(help="Only this phonebook's contacts.", min=1)] = None,
    search: Annotated[str | None, typer.Option(help="Only contacts matching this text.")] = None,
    page: PageOption = 1,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """List contacts, of one phonebook or of all."""
    with client_of(context) as client:
        found = client.phonebook.contacts(phone_book_id=phonebook_id, search=search, limit=limit).page(page)

    def row(contact: Contact) -> tuple[object, ...]:
        return (contact.id, contact.mobile, contact.name, contact.prefix)

    show_page(Output(as_json=as_json), found, ["id", "mobile", "name", "prefix"], row, noun="contact")
