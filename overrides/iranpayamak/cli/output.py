"""How commands print: Rich tables and lines for people, JSON for scripts (``--json``).

Text that comes from the service (message texts, names, error messages) is untrusted: anyone who
texts the line writes the inbox. Everything the command prints goes through a :class:`SafeConsole`,
which never reads text as Rich markup (a message containing ``[bold]`` prints as written) and shows
terminal control characters as visible escapes (``\x1b``) instead of sending them to the terminal,
where they could move the cursor, rewrite the screen, set the window title or write the clipboard.
Newlines and tabs are kept, and so are the invisible marks Persian text needs (ZWNJ, ZWJ, the
right-to-left and bidi marks), which are format characters, not controls.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from rich.console import Console, ConsoleOptions, RenderableType
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from iranpayamak_api.types import Unset

from ..pagination import Page
from ..schedule import TEHRAN

__all__ = ["Output", "SafeConsole", "jsonable", "plural", "printable", "show_page", "stderr", "table", "to_json"]

T = TypeVar("T")


def plural(count: int, noun: str) -> str:
    """``"1 message"``, ``"2 messages"``: a count with its noun."""
    return f"{count:,} {noun if count == 1 else noun + 's'}"


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""The C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F, which some terminals
read as ESC sequences too)."""


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def printable(text: str) -> str:
    """``text`` safe to write to a terminal: each control character shown as an escape such as ``\\x1b``.

    Newlines and tabs stay, and a Windows line break (CR LF) becomes a newline.

    Example::

        >>> printable("hi\\x1b]52;c;aGk=\\x07")
        'hi\\\\x1b]52;c;aGk=\\\\x07'
    """
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(_escape, text.replace("\r\n", "\n"))


class SafeConsole(Console):
    """A Rich console for untrusted text: no markup, emoji codes or highlighting, and every piece of
    text it writes passes :func:`printable` (its own styling and cursor movement are kept)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**{"markup": False, "emoji": False, "highlight": False, **options})

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        # Every print, table, rule, log line and progress bar is rendered through here (nested parts too).
        for segment in super().render(renderable, options):
            if segment.control or not _CONTROLS.search(segment.text):
                yield segment
            else:
                yield Segment(printable(segment.text), segment.style)


def stderr() -> Console:
    """A console on standard error (for errors, warnings and progress bars)."""
    return SafeConsole(stderr=True)


_C1_AND_DEL = re.compile("[\x7f-\x9f]")


def to_json(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON for the terminal: the text kept exact, every control character escaped.

    ``json.dumps`` escapes the C0 controls but, with ``ensure_ascii=False`` (kept so Persian stays
    readable), writes DEL and the C1 controls as they are.
    """
    text = json.dumps(jsonable(data), ensure_ascii=False, indent=indent)
    return _C1_AND_DEL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types: generated models through ``to_dict``, enums as their values."""
    if isinstance(value, Unset):
        return None
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return jsonable(value.to_dict())
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if isinstance(value, BaseException):
        return str(value)
    return value


def shown_time(value: datetime) -> str:
    """How the CLI shows a time: Tehran time, ``YYYY-MM-DD HH:MM:SS`` (the service's own convention);
    ``--json`` gives ISO 8601 with the offset instead.

    Example::

        >>> from datetime import UTC
        >>> shown_time(datetime(2026, 11, 27, 6, 0, tzinfo=UTC))
        '2026-11-27 09:30:00'
    """
    moment = value.astimezone(TEHRAN) if value.tzinfo is not None else value
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _text(value: Any) -> Text:
    if value is None or isinstance(value, Unset):
        return Text("")
    if isinstance(value, datetime):
        return Text(shown_time(value))
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    # Escaped here already, not only when printed, so tables lay out the text as it will show.
    return Text(printable(str(value)))


def cell(value: Any) -> str:
    """A value as a table shows it (times in Tehran time, nothing for None), for one-line output."""
    return _text(value).plain


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None) -> Table:
    """A Rich table whose cells are plain text (``None`` and unset values print empty)."""
    result = Table(*columns, title=title, title_justify="left")
    for row in rows:
        result.add_row(*(_text(value) for value in row))
    return result


class Output:
    """Where one command invocation prints.

    Args:
        as_json: Print results as JSON on stdout (and nothing else there); notes and progress go to
            stderr either way.
    """

    def __init__(self, *, as_json: bool = False) -> None:
        self.as_json = as_json
        self.console: Console = SafeConsole()
        self.errors = stderr()

    def result(self, data: Any, render: Callable[[Console], None]) -> None:
        """Print a command's result: ``data`` as JSON, or ``render`` for people."""
        if self.as_json:
            self.console.out(to_json(data, indent=2), highlight=False)
        else:
            render(self.console)

    def say(self, *parts: Any) -> None:
        """Print a line for people (stdout), or nothing in JSON mode."""
        if not self.as_json:
            self.console.print(*(_text(part) if isinstance(part, str) else part for part in parts))

    def warn(self, message: str) -> None:
        """Print a warning on stderr, in every mode."""
        self.errors.print(Text(printable(f"Warning: {message}"), style="yellow"))

    @contextmanager
    def progress(self, total: int, description: str, *, show: bool = True) -> Iterator[Callable[[int], None]]:
        """A progress bar on stderr; yields the function that advances it by a number of items.

        The bar is shown only when ``show`` is true and not in JSON mode.
        """
        if not show or self.as_json:
            yield lambda _count: None
            return
        bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.errors,
        )
        with bar:
            task = bar.add_task(description, total=total)
            yield lambda count: bar.advance(task, count)


def show_page(
    out: Output,
    page: Page[T],
    columns: Sequence[str],
    row: Callable[[T], Sequence[Any]],
    *,
    noun: str,
) -> None:
    """Print one page of a list as a table with its position, or as JSON with the totals."""

    def render(console: Console) -> None:
        if not page.items:
            out.say(f"No {noun}s.")
            return
        console.print(table(columns, (row(item) for item in page.items)))
        out.say(f"Page {page.current_page} of {page.total_pages} ({plural(page.total_items, noun)}).")

    out.result(
        {
            "items": page.items,
            "page": page.current_page,
            "total_pages": page.total_pages,
            "total_items": page.total_items,
        },
        render,
    )
