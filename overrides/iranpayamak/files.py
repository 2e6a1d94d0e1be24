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
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

from iranpayamak_api.types import File

from ._arguments import each, read_all, text_value, whole_number
from ._display import shown
from ._schema import UNSENDABLE
from .errors import InvalidArgumentError, IranPayamakError
from .phone import normalize_mobile

__all__ = [
    "XLSX_MIME_TYPE",
    "FileInput",
    "check_spreadsheet",
    "peers_workbook",
    "read_numbered_rows",
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
    field = _name(field, "field")
    default_name = _name(default_name, "default_name")
    if isinstance(value, File):
        return value
    if isinstance(value, str | os.PathLike):
        return _read_path(value, field)
    if isinstance(value, bytes | bytearray | memoryview):
        return _file(bytes(value), default_name, field)
    if hasattr(value, "read"):
        return _read_file_object(value, field, default_name)
    raise InvalidArgumentError(
        f"{field}: expected a path, bytes or a binary file object, got {type(value).__name__}",
        field=field,
        reason="not a file",
    )


def _name(value: object, parameter: str) -> str:
    """A name the caller gives for messages or uploads: non-empty text."""
    if not isinstance(value, str) or not value.strip() or UNSENDABLE.search(value):
        raise InvalidArgumentError(
            f"{parameter}: expected non-empty text, got {shown(value)}", field=parameter, reason="not text"
        )
    return value


def _read_path(value: str | os.PathLike[str], field: str) -> File:
    try:
        path = Path(value)
        content = path.read_bytes()
    except OSError as error:
        where = shown(str(getattr(error, "filename", None) or "the path"))
        raise InvalidArgumentError(
            f"{field}: cannot read {where} ({error.strerror or type(error).__name__})", field=field, reason="unreadable"
        ) from None
    except (TypeError, ValueError) as error:  # a NUL, an unencodable character, a path that is not text
        raise InvalidArgumentError(
            f"{field}: not a usable path ({type(error).__name__})", field=field, reason="not a path"
        ) from None
    return _file(content, path.name, field)


def _read_file_object(value: Any, field: str, default_name: str) -> File:
    try:
        name = getattr(value, "name", None)
        content = value.read()
    except IranPayamakError:
        raise
    except Exception as error:  # a closed file, a failing disk, a socket that went away
        raise InvalidArgumentError(
            f"{field}: reading the file object failed ({type(error).__name__})", field=field, reason="unreadable"
        ) from error
    if not isinstance(content, bytes | bytearray):
        raise InvalidArgumentError(
            f"{field}: the file object must be opened in binary mode ('rb')", field=field, reason="text mode"
        )
    if not isinstance(name, str) or not name.strip() or "\x00" in name:
        name = default_name  # a file opened from a descriptor is "named" by its number
    return _file(bytes(content), Path(name).name, field)


# The first bytes of a workbook: .xlsx files are zip archives, .xls files OLE compound documents.
_SPREADSHEET_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


# How much of a file is read to tell a CSV from other bytes.
_SNIFF = 64 * 1024


def _head(upload: File, field: str, size: int) -> bytes:
    """The first ``size`` bytes of an upload, its position left where it was."""
    if not isinstance(upload, File):
        raise InvalidArgumentError(
            f"{field}: expected a File (iranpayamak.files.to_upload makes one), got {type(upload).__name__}",
            field=field,
            reason="not a file",
        )
    try:
        payload = upload.payload
        start = payload.tell()
        head = payload.read(size)
        payload.seek(start)
    except Exception as error:  # a closed or unreadable payload
        raise InvalidArgumentError(
            f"{field}: the file could not be read ({type(error).__name__})", field=field, reason="unreadable"
        ) from error
    return head if isinstance(head, bytes) else b""


def _is_text(head: bytes) -> bool:
    """Whether bytes read as UTF-8 text (a multi-byte character cut at the end of the sample is fine)."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3 and len(head) == _SNIFF
    return True


def check_sheet(upload: File, *, field: str) -> File:
    """``upload`` if it is an Excel workbook or a CSV file (UTF-8 text), as the recipient-file sends take.

    A CSV is sent named ``.csv`` with the ``text/csv`` type, whatever name it was given by default.

    Raises:
        InvalidArgumentError: It is something else (an image, a PDF, UTF-16 text...).
    """
    field = _name(field, "field")
    head = _head(upload, field, _SNIFF)
    if head.startswith(_SPREADSHEET_SIGNATURES):
        return upload
    if not _is_text(head):
        raise InvalidArgumentError(
            f"{field}: neither an Excel workbook nor a CSV file in UTF-8; iranpayamak.files.workbook() builds "
            "a workbook from rows",
            field=field,
            reason="not a spreadsheet",
        )
    name = Path(upload.file_name or "recipients.csv")
    csv_name = name.name if name.suffix.lower() == ".csv" else f"{name.stem or 'recipients'}.csv"
    return File(payload=upload.payload, file_name=csv_name, mime_type="text/csv")


def check_spreadsheet(upload: File, *, field: str) -> File:
    """``upload`` if its content starts like an Excel workbook (``.xlsx`` or ``.xls``).

    Raises:
        InvalidArgumentError: It is something else (a CSV, a text file, an image...).
    """
    field = _name(field, "field")
    head = _head(upload, field, 8)
    if not head.startswith(_SPREADSHEET_SIGNATURES):
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


# What openpyxl refuses to write into a cell: the C0 control characters other than tab and line breaks.
_ILLEGAL_IN_CELLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The longest text a cell holds, and what a sheet's name may be (Excel's limits).
_MAX_CELL_TEXT = 32_767
_SHEET_NAME = re.compile(r"[^\[\]:*?/\\\x00-\x1f]{1,31}")


def _cell(value: object, field: str) -> object:
    """A value a cell can hold: text, a number, a boolean, or None for an empty cell."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return whole_number(value, field)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentError(f"{field}: a cell cannot hold {value!r}", field=field, reason="not finite")
        return value
    if not isinstance(value, str):
        raise InvalidArgumentError(
            f"{field}: a cell holds text, a number, True/False or None, got {type(value).__name__}",
            field=field,
            reason="not a cell value",
        )
    if _ILLEGAL_IN_CELLS.search(value) or UNSENDABLE.search(value):
        raise InvalidArgumentError(
            f"{field}: contains a control character or an unpaired surrogate, which a workbook cannot hold",
            field=field,
            reason="unstorable text",
        )
    if len(value) > _MAX_CELL_TEXT:
        raise InvalidArgumentError(
            f"{field}: has {len(value)} characters; a cell holds at most {_MAX_CELL_TEXT}",
            field=field,
            reason="too long",
        )
    return value


def _row(values: object, field: str) -> list[object]:
    return [_cell(value, f"{field}[{index}]") for index, value in enumerate(read_all(values, field))]


def workbook(rows: Iterable[Sequence[Any]], *, header: Sequence[str] | None = None, sheet: str = "Sheet1") -> bytes:
    """An ``.xlsx`` workbook with one sheet holding ``header`` (if given) and then ``rows``.

    Cells hold text, numbers, ``True``/``False`` or None (an empty cell). Rows are streamed into the
    file, so large lists do not sit in memory as cell objects.

    Raises:
        InvalidArgumentError: a row is not a list of cells, a cell holds something else (or text Excel
            cannot store), or ``sheet`` is not a sheet name (1 to 31 characters, none of ``[]:*?/\\``).
    """
    try:
        from openpyxl import Workbook
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError('Building Excel files needs openpyxl: pip install "iranpayamak[excel]"') from None
    if not isinstance(sheet, str) or not _SHEET_NAME.fullmatch(sheet):
        raise InvalidArgumentError(
            f"sheet: expected a sheet name of 1 to 31 characters without []:*?/\\, got {shown(sheet)}",
            field="sheet",
            reason="not a sheet name",
        )
    first = None if header is None else _row(header, "header")
    lines = each(rows, "rows", expected="a list of rows")
    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet)
    try:
        if first is not None:
            worksheet.append(first)
        for index, row in enumerate(lines):
            worksheet.append(_row(row, f"rows[{index}]"))
    except BaseException:
        worksheet.close()  # the half-written sheet's temporary file, which would linger otherwise
        raise
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def recipients_workbook(mobiles: Iterable[str | int]) -> bytes:
    """The recipients sheet of ``sms.send_simple_file``: one ``mobile`` column, numbers normalized.

    Raises:
        InvalidPhoneNumber: A number is not a mobile number (no sheet is built).
        InvalidArgumentError: ``mobiles`` is not a list of numbers.
    """
    numbers = [
        normalize_mobile(value, field=f"mobiles[{index}]")
        for index, value in enumerate(read_all(mobiles, "mobiles", expected="a list of numbers"))
    ]
    return workbook(([number] for number in numbers), header=["mobile"])


def variables_workbook(recipients: Iterable[Mapping[str, Any]]) -> bytes:
    """The sheet of ``sms.send_variables_file``: a ``mobile`` column, then one column per variable.

    Each recipient is a mapping with ``mobile`` and the values of the text's ``%variables%``;
    the columns are the variables of the first recipient, and every recipient must have them all.
    A value is text or a whole number (written as text): a missing one (None) or anything else
    would reach the recipient as its Python spelling ("سلام None"), so it is refused.

    Raises:
        InvalidArgumentError: a recipient is not a mapping, lacks a variable, or has a value that is
            not text or a whole number; the error names the recipient and the variable.
        InvalidPhoneNumber: a ``mobile`` is not a mobile number.
    """
    rows = read_all(recipients, "recipients", expected="a list of recipients")
    if not rows:
        raise InvalidArgumentError("recipients: no recipients", field="recipients", reason="empty")
    names: list[str] = []
    table = []
    for index, row in enumerate(rows):
        where = f"recipients[{index}]"
        if not isinstance(row, Mapping):
            raise InvalidArgumentError(
                f"{where}: expected a mapping of mobile and variables, got {type(row).__name__}",
                field=where,
                reason="not a mapping",
            )
        try:
            values = dict(row)
        except Exception as error:
            raise InvalidArgumentError(
                f"{where}: could not be read ({type(error).__name__})", field=where, reason="unreadable"
            ) from error
        if index == 0:
            names = [_variable_name(key, where) for key in values if key != "mobile"]
        missing = [name for name in ["mobile", *names] if name not in values]
        if missing:
            raise InvalidArgumentError(f"{where}: missing {', '.join(missing)}", field=where, reason="missing")
        mobile = normalize_mobile(values["mobile"], field=f"{where}.mobile")
        cells = [_variable_value(values[name], f"{where}.{name}", mobile) for name in names]
        table.append([mobile, *cells])
    return workbook(table, header=["mobile", *names])


def _variable_name(key: object, where: str) -> str:
    if not isinstance(key, str) or not key.strip():
        raise InvalidArgumentError(
            f"{where}: variable names must be non-empty text, got {shown(key)}", field=where, reason="bad name"
        )
    return key


def _variable_value(value: object, field: str, mobile: str) -> str:
    try:
        return text_value(value, field)
    except InvalidArgumentError as error:
        raise InvalidArgumentError(f"{error} (recipient {mobile})", field=field, reason=error.reason) from None


def peers_workbook(peers: Iterable[tuple[str, Iterable[str | int]]]) -> bytes:
    """The sheet of ``sms.send_peer_to_peer_file``: one ``mobile`` and ``text`` row per recipient.

    Each peer is a ``(text, numbers)`` pair: the text and the numbers it goes to.

    Raises:
        InvalidArgumentError: a peer is not a pair of a non-empty text and a list of numbers.
        InvalidPhoneNumber: a number is not a mobile number.
    """
    table = []
    for index, peer in enumerate(read_all(peers, "peers", expected="a list of (text, numbers) pairs")):
        where = f"peers[{index}]"
        if not isinstance(peer, tuple | list) or len(peer) != 2:
            raise InvalidArgumentError(
                f"{where}: expected a (text, numbers) pair, got {shown(peer)}", field=where, reason="not a pair"
            )
        text, numbers = peer
        if not isinstance(text, str) or not text.strip():
            raise InvalidArgumentError(
                f"{where}.text: expected non-empty text, got {shown(text)}", field=f"{where}.text", reason="no text"
            )
        for number in read_all(numbers, f"{where}.recipients", expected="a list of numbers"):
            table.append([normalize_mobile(number, field=f"{where}.recipients"), text])
    return workbook(table, header=["mobile", "text"])


def read_rows(path: str | os.PathLike[str]) -> Iterable[list[str]]:
    """The rows of a ``.csv``, ``.txt`` (one value per line) or ``.xlsx`` file, as lists of text, lazily.

    Cells are returned as text; empty rows are skipped. A CSV file may separate its cells with commas,
    semicolons (as Excel saves CSV in many locales) or tabs: the separator is found from its start.
    """
    rows = read_numbered_rows(path)
    return (cells for _place, cells in rows)


def read_numbered_rows(path: str | os.PathLike[str]) -> Iterable[tuple[int, list[str]]]:
    """Like :func:`read_rows`, each row with where it is: the line of a text file it starts on, or the
    row number of a sheet, counted from 1 as editors and Excel count them (the header row included)."""
    if not isinstance(path, str | os.PathLike) or "\x00" in str(path):
        raise InvalidArgumentError(
            f"path: expected the path of a file, got {shown(path)}", field="path", reason="not a path"
        )
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix not in {".csv", ".txt", ".xlsx"}:
        raise InvalidArgumentError(
            f"{source.name}: expected a .csv, .txt or .xlsx file", field=str(source), reason="unsupported file type"
        )
    try:
        with source.open("rb"):  # the rows are read lazily: a file that cannot be opened fails now
            pass
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise InvalidArgumentError(
            f"{shown(source.name)}: cannot read it ({reason})", field=str(source), reason="unreadable"
        ) from None
    return _xlsx_rows(source) if suffix == ".xlsx" else _csv_rows(source)


def _delimiter(sample: str, *, whole_file: bool) -> str:
    """The cell separator of a CSV file from its first lines: a comma, a semicolon or a tab."""
    lines = sample.splitlines(keepends=True)
    if not whole_file:
        lines = lines[:-1]  # a line cut short could mislead the count
    whole_lines = "".join(lines[:20]) or sample  # a few lines tell as well as many, and faster
    try:
        return csv.Sniffer().sniff(whole_lines, delimiters=",;\t").delimiter
    except csv.Error:  # one column, or nothing to tell by
        return ","


def _csv_rows(path: Path) -> Iterable[tuple[int, list[str]]]:
    line = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            sample = f.read(_SNIFF)
            delimiter = _delimiter(sample, whole_file=len(sample) < _SNIFF)
            f.seek(0)
            reader = csv.reader(f, delimiter=delimiter)
            for row in reader:
                start, line = line + 1, reader.line_num  # a quoted cell may span lines: the row starts at the first
                if any(cell.strip() for cell in row):
                    yield start, [cell.strip() for cell in row]
    except UnicodeDecodeError as error:
        # Excel saves Persian CSV files as Windows-1256 unless told otherwise.
        raise InvalidArgumentError(
            f"{path.name}: not a readable UTF-8 CSV file ({error}); save it as 'CSV UTF-8'",
            field=str(path),
            reason="not UTF-8 CSV",
        ) from None
    except csv.Error as error:
        # The csv module's limit on a cell is process-wide, so it is not raised here for every other user
        # of the module; no number, name or prefix comes near it, and a huge cell is most often a quote
        # left open, which runs the rest of the file into one cell.
        too_long = "field larger than field limit" in str(error)
        problem = (
            f"a cell is longer than {csv.field_size_limit():,} characters (is a closing quote missing?)"
            if too_long
            else f"not a readable CSV file ({error})"
        )
        raise InvalidArgumentError(
            f"{path.name}, from line {line + 1}: {problem}",
            field=str(path),
            reason="cell too long" if too_long else "not CSV",
        ) from None


def _xlsx_rows(path: Path) -> Iterable[tuple[int, list[str]]]:
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
        # Read-only sheets fill in missing rows from row 1, so counting gives Excel's row numbers.
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if cell is None else _cell_text(cell) for cell in row]
            if any(cells):
                yield number, cells
    finally:
        book.close()


def _cell_text(cell: object) -> str:
    # Spreadsheets store numbers such as 9121234567 as floats; write them without ".0".
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
