"""Recipients and contacts from the command line and from ``.csv``, ``.txt`` and ``.xlsx`` files.

A file may start with a header row naming its columns (``mobile``, ``name``, ``prefix``, in English
or Persian); without one, the first column holds the numbers and the second, if any, the names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..files import read_rows
from ..phone import NormalizedMobiles, normalize_mobiles

__all__ = ["HEADERS", "read_numbers", "records_in_file"]

HEADERS = {
    "mobile": frozenset({"mobile", "mobiles", "phone", "number", "recipient", "موبایل", "شماره", "تلفن همراه"}),
    "name": frozenset({"name", "full name", "نام"}),
    "prefix": frozenset({"prefix", "title", "عنوان"}),
}
"""Header cells recognised for each column."""


def _columns(row: Sequence[str]) -> dict[str, int] | None:
    cells = [cell.strip().lower() for cell in row]
    columns = {column: index for column, names in HEADERS.items() for index, cell in enumerate(cells) if cell in names}
    return columns if "mobile" in columns else None


def records_in_file(path: Path) -> Iterator[dict[str, str]]:
    """Each data row of a file as ``{"mobile": ..., "name": ..., "prefix": ...}`` (absent cells left out)."""
    columns: dict[str, int] | None = None
    for index, row in enumerate(read_rows(path)):
        if index == 0:
            columns = _columns(row)
            if columns is not None:
                continue  # the header row itself
        layout = columns or {"mobile": 0, "name": 1}
        record = {column: row[at] for column, at in layout.items() if at < len(row) and row[at]}
        if "mobile" in record:
            yield record


def read_numbers(values: Sequence[str], paths: Iterable[Path]) -> NormalizedMobiles:
    """Every number given with ``--to`` (each may list several) and in the files (one per cell), normalized.

    Repeats are dropped and invalid entries reported, not raised.
    """
    given = normalize_mobiles(values)
    cells = normalize_mobiles((record["mobile"] for path in paths for record in records_in_file(path)), split=False)
    seen = set(given.valid)
    extra = [number for number in cells.valid if number not in seen]
    return NormalizedMobiles(
        valid=[*given.valid, *extra],
        rejected=[*given.rejected, *cells.rejected],
        duplicates=given.duplicates + cells.duplicates + len(cells.valid) - len(extra),
    )
