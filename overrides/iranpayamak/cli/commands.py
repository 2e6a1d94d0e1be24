"""The Typer classes every ``iranpayamak`` command is built with, so that ``--help`` reads the same on
every Typer version the ``cli`` extra allows.

Two things differ between versions or read badly on all of them:

- Newer Typer versions (0.29) print each option's Python annotation as its type unless the option
  names a metavar: every flag reads ``<bool>`` (``--help`` too) and a repeatable option
  ``<list[Path]>``. Flags get an empty metavar here; repeatable options name their own where they are
  declared.
- In Rich's markup mode, the line breaks of a docstring's later paragraphs are kept, so a paragraph
  wrapped at the source's width comes out ragged. Paragraphs are joined into one line here and Rich
  wraps them to the terminal.

Example::

    app = App(name="patterns", help="List, show and create patterns.")

    @app.command("list")
    def list_() -> None: ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

__all__ = ["App", "Command", "Group", "reflow"]

F = TypeVar("F", bound=Callable[..., Any])


def reflow(text: str | None) -> str | None:
    """``text`` with each paragraph on one line; a paragraph marked ``\\b`` (click's "keep as is") is kept."""
    if not text:
        return text
    paragraphs = text.split("\n\n")
    return "\n\n".join(
        paragraph if paragraph.startswith("\b") else " ".join(line.strip() for line in paragraph.splitlines())
        for paragraph in paragraphs
    )


# Parameters and contexts are typed loosely: they are classes of Typer's private copy of click.
def _plain_flags(params: list[Any]) -> list[Any]:
    for param in params:
        # An empty metavar, not None: Typer prints the annotation (``<bool>``) only when there is none.
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class Command(TyperCommand):
    """A Typer command whose help shows no ``<bool>`` for flags and no ragged paragraphs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)

    def get_params(self, ctx: Any) -> list[Any]:
        """The parameters, ``--help`` included, with the flags' metavars emptied."""
        return _plain_flags(super().get_params(ctx))


class Group(TyperGroup):
    """A Typer group whose help shows no ``<bool>`` for flags and no ragged paragraphs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)

    def get_params(self, ctx: Any) -> list[Any]:
        """The parameters, ``--help`` included, with the flags' metavars emptied."""
        return _plain_flags(super().get_params(ctx))


class App(typer.Typer):
    """A ``typer.Typer`` whose group and commands are :class:`Group` and :class:`Command`."""

    def __init__(self, **options: Any) -> None:
        super().__init__(cls=Group, **options)

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        """Register a command, as ``typer.Typer.command`` does, built as a :class:`Command`."""
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)
