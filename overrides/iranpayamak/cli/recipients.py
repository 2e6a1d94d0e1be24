"""Recipients and contacts from the command line and from ``.csv``, ``.txt`` and ``.xlsx`` files.

A file may start with a header row naming its columns (``mobile``, ``name``, ``prefix``, in English
or Persian); without one, the first column holds the numbers and the second, if any, the names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from attrs import frozen

from ..files import read_numbered_rows
from ..phone import NormalizedMobiles, normalize_mobiles

__all__ = ["HEADERS", "Record", "read_numbers", "records_in_file"]

HEADERS = {
    "mobile": frozenset({"mobile", "mobiles", "phone", "number", "recipient", "موبایل", "شماره", "تلفن همراه"}),
    "name": frozenset({"name", "full name", "نام"}),
    "prefix": frozenset({"prefix", "title", "عنوان"}),
}
"""Header cells recognised for each column."""


@frozen
class Record:
    """One data row of a file.

    Attributes:
        file: The file's name.
        place: Where the row is in it, as the user finds it: ``line 4`` of a text file, ``row 4`` of a
            sheet (the header counted, as editors and Excel count).
        mobile: The number as written.
        name: The name, when the row has one.
        prefix: The title, when the row has one.
    """

    file: str
    place: str
    mobile: str
    name: str | None = None
    prefix: str | None = None

    @property
    def where(self) -> str:
        """The file and the place: ``customers.csv line 4``."""
        return f"{self.file} {self.place}"


def _columns(row: Sequence[str]) -> dict[str, int] | None:
    cells = [cell.strip().lower() for cell in row]
    columns = {column: index for column, names in HEADERS.items() for index, cell in enumerate(cells) if cell in names}
    return columns if "mobile" in columns else None


def records_in_file(path: Path) -> Iterator[Record]:
    """Each data row of a file that has a number, with where it is."""
    columns: dict[str, int] | None = None
    unit = "row" if path.suffix.lower() == ".xlsx" else "line"
    for index, (place, row) in enumerate(read_numbered_rows(path)):
        if index == 0:
            columns = _columns(row)
            if columns is not None:
                continue  # the header row itself
        layout = columns or {"mobile": 0, "name": 1}
        cells = {column: row[at] for column, at in layout.items() if at < len(row) and row[at]}
        if "mobile" in cells:
            yield Record(path.name, f"{unit} {place}", **cells)


def read_numbers(values: Sequence[str], paths: Iterable[Path]) -> NormalizedMobiles:
    """Every number given with ``--to`` (each may list several) and in the files (one per cell), normalized.

    Repeats are dropped and invalid entries reported, not raised.
    """
    given = normalize_mobiles(values)
    cells = normalize_mobiles((record.mobile for path in paths for record in records_in_file(path)), split=False)
    seen = set(given.valid)
    extra = [number for number in cells.valid if number not in seen]
    return NormalizedMobiles(
        valid=[*given.valid, *extra],
        rejected=[*given.rejected, *cells.rejected],
        duplicates=given.duplicates + cells.duplicates + len(cells.valid) - len(extra),
    )
