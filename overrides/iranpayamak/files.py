"""Files for upload operations: paths, bytes or open files in, and Excel workbooks built from rows.

Every upload argument (recipient sheets, voice files, contact imports, ticket attachments) accepts a
path, ``bytes``, or a binary file object. The builders here write the workbook an endpoint expects
from plain Python rows or a CSV file, so nobody has to lay out a sheet by hand. They need the
``excel`` extra (``pip install "iranpayamak[excel]"``).

The service documents no column layout for its sheets beyond "match the example structure"; the
layouts below (a ``mobile`` column first, then one column per variable) follow its sample files and
JSON fields. For contact imports, download the phonebook's own sample with
``client.phonebook.sample_workbook(phonebook_id)`` and fill its columns.

Example::

    from iranpayamak import files

    sheet = files.recipients_workbook(["09121234567", "+98 935 123 4567"])
    client.sms.send_simple_file("جشنواره زمستانه", recipients_file=sheet)
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

from iranpayamak_api.types import File

from .errors import InvalidArgumentError
from .phone import normalize_mobile

__all__ = [
    "XLSX_MIME_TYPE",
    "FileInput",
    "check_spreadsheet",
    "peers_workbook",
    "read_rows",
    "recipients_workbook",
    "to_upload",
    "variables_workbook",
    "workbook",
]

FileInput: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes] | File
"""What an upload argument accepts: a path, the bytes, a binary file object, or a ready ``File``."""

XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_MIME_TYPES = {
    ".xlsx": XLSX_MIME_TYPE,
    ".xls": "application/vnd.ms-excel",
    ".csv": "text/csv",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".ogg": "audio/ogg",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}


def to_upload(value: object, *, field: str, default_name: str) -> File:
    """The multipart ``File`` for an upload argument.

    A path is read now (so a missing file fails before sending); bytes and file objects are sent as
    they are. ``default_name`` names uploads given as bytes or nameless file objects; the service
    uses the extension to recognise the format.

    Raises:
        InvalidArgumentError: The path does not exist, the content is empty, or the type is not one
            of ``FileInput``.
    """
    if isinstance(value, File):
        return value
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            content = path.read_bytes()
        except OSError as error:
            raise InvalidArgumentError(
                f"{field}: cannot read {str(path)!r} ({error.strerror or error})", field=field, reason="unreadable"
            ) from None
        return _file(content, path.name, field)
    if isinstance(value, bytes | bytearray | memoryview):
        return _file(bytes(value), default_name, field)
    if hasattr(value, "read"):
        name = Path(str(getattr(value, "name", "") or default_name)).name
        content = value.read()
        if not isinstance(content, bytes):
            raise InvalidArgumentError(
                f"{field}: the file object must be opened in binary mode ('rb')", field=field, reason="text mode"
            )
        return _file(content, name, field)
    raise InvalidArgumentError(
        f"{field}: expected a path, bytes or a binary file object, got {type(value).__name__}",
        field=field,
        reason="not a file",
    )


# The first bytes of a workbook: .xlsx files are zip archives, .xls files OLE compound documents.
_SPREADSHEET_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def check_spreadsheet(upload: File, *, field: str) -> File:
    """``upload`` if its content starts like an Excel workbook (``.xlsx`` or ``.xls``).

    Raises:
        InvalidArgumentError: It is something else (a CSV, a text file, an image...).
    """
    payload = upload.payload
    start = payload.tell()
    head = payload.read(8)
    payload.seek(start)
    if not isinstance(head, bytes) or not head.startswith(_SPREADSHEET_SIGNATURES):
        raise InvalidArgumentError(
            f"{field}: not an Excel workbook (.xlsx or .xls); iranpayamak.files.workbook() builds one from rows",
            field=field,
            reason="not a spreadsheet",
        )
    return upload


def _file(content: bytes, name: str, field: str) -> File:
    if not content:
        raise InvalidArgumentError(f"{field}: the file is empty", field=field, reason="empty file")
    return File(payload=io.BytesIO(content), file_name=name, mime_type=_MIME_TYPES.get(Path(name).suffix.lower()))


def workbook(rows: Iterable[Sequence[Any]], *, header: Sequence[str] | None = None, sheet: str = "Sheet1") -> bytes:
    """An ``.xlsx`` workbook with one sheet holding ``header`` (if given) and then ``rows``.

    Rows are streamed into the file, so large lists do not sit in memory as cell objects.
    """
    try:
        from openpyxl import Workbook
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError('Building Excel files needs openpyxl: pip install "iranpayamak[excel]"') from None
    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet)
    if header is not None:
        worksheet.append(list(header))
    for row in rows:
        worksheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def recipients_workbook(mobiles: Iterable[str | int]) -> bytes:
    """The recipients sheet of ``sms.send_simple_file``: one ``mobile`` column, numbers normalized.

    Raises:
        InvalidPhoneNumber: A number is not a mobile number (no sheet is built).
    """
    numbers = [normalize_mobile(value, field=f"mobiles[{index}]") for index, value in enumerate(mobiles)]
    return workbook(([number] for number in numbers), header=["mobile"])


def variables_workbook(recipients: Iterable[Mapping[str, Any]]) -> bytes:
    """The sheet of ``sms.send_variables_file``: a ``mobile`` column, then one column per variable.

    Each recipient is a mapping with ``mobile`` and the values of the text's ``%variables%``;
    the columns are the variables of the first recipient, and every recipient must have them all.
    """
    rows = list(recipients)
    if not rows:
        raise InvalidArgumentError("recipients: no recipients", field="recipients", reason="empty")
    names = [key for key in rows[0] if key != "mobile"]
    table = []
    for index, row in enumerate(rows):
        missing = [name for name in ["mobile", *names] if name not in row]
        if missing:
            raise InvalidArgumentError(
                f"recipients[{index}]: missing {', '.join(missing)}", field=f"recipients[{index}]", reason="missing"
            )
        table.append(
            [normalize_mobile(row["mobile"], field=f"recipients[{index}].mobile"), *(str(row[n]) for n in names)]
        )
    return workbook(table, header=["mobile", *names])


def peers_workbook(peers: Iterable[tuple[str, Iterable[str | int]]]) -> bytes:
    """The sheet of ``sms.send_peer_to_peer_file``: one ``mobile`` and ``text`` row per recipient."""
    table = [
        [normalize_mobile(number, field=f"peers[{index}].recipients"), text]
        for index, (text, numbers) in enumerate(peers)
        for number in numbers
    ]
    return workbook(table, header=["mobile", "text"])


def read_rows(path: str | os.PathLike[str]) -> Iterable[list[str]]:
    """The rows of a ``.csv``, ``.txt`` (one value per line) or ``.xlsx`` file, as lists of text, lazily.

    Cells are returned as text; empty rows are skipped.
    """
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix in {".csv", ".txt"}:
        return _csv_rows(source)
    if suffix == ".xlsx":
        return _xlsx_rows(source)
    raise InvalidArgumentError(
        f"{source.name}: expected a .csv, .txt or .xlsx file", field=str(source), reason="unsupported file type"
    )


def _csv_rows(path: Path) -> Iterable[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                if any(cell.strip() for cell in row):
                    yield [cell.strip() for cell in row]
    except (UnicodeDecodeError, csv.Error) as error:
        # Excel saves Persian CSV files as Windows-1256 unless told otherwise.
        raise InvalidArgumentError(
            f"{path.name}: not a readable UTF-8 CSV file ({error}); save it as 'CSV UTF-8'",
            field=str(path),
            reason="not UTF-8 CSV",
        ) from None


def _xlsx_rows(path: Path) -> Iterable[list[str]]:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError('Reading Excel files needs openpyxl: pip install "iranpayamak[excel]"') from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several unrelated types for files that are not xlsx
        raise InvalidArgumentError(
            f"{path.name}: not a readable Excel file ({error})", field=str(path), reason="not an xlsx file"
        ) from None
    sheet = book.active
    if sheet is None:
        book.close()
        return
    try:
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if cell is None else _cell_text(cell) for cell in row]
            if any(cells):
                yield cells
    finally:
        book.close()


def _cell_text(cell: object) -> str:
    # Spreadsheets store numbers such as 9121234567 as floats; write them without ".0".
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
