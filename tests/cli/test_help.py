"""``--help`` of every command: what it prints must read right, on the pinned Typer and on newer ones.

Typer's rendering moves between versions (0.29 prints each option's Python annotation, so a flag reads
``<bool>`` and a repeatable option ``<list[Path]>``), and CI runs only the pinned one. So besides reading
the help as a user does, these tests check the two things that keep newer versions from printing those
types: every flag has an empty metavar and every repeatable option a metavar of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
import typer.main

from iranpayamak.cli.app import app

from .conftest import Invoke


# Typed loosely: newer Typer versions build their commands from a copy of click of their own.
def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = dict(_commands(typer.main.get_command(app)))

# What a help text must never show: Python's types, reST markup, and an option's text cut short where
# Rich took "[...]" for markup (it leaves a space before the final period).
ARTEFACTS = re.compile(r"<bool>|<list\[|list\[|``|\s\.(\s|$)")


@pytest.mark.parametrize("path", list(COMMANDS), ids=lambda path: " ".join(path) or "iranpayamak")
def test_help_shows_no_python_types_or_markup(cli: Invoke, path: tuple[str, ...]) -> None:
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    found = ARTEFACTS.search(result.stdout)
    assert found is None, f"{found.group()!r} in the help of {' '.join(path) or 'iranpayamak'}:\n{result.stdout}"


def test_root_help_shows_the_defaults_of_timeout_and_retries(cli: Invoke) -> None:
    lines = cli("--help").stdout.splitlines()
    [timeout] = [line for line in lines if "--timeout" in line]
    [retries] = [line for line in lines if "--max-retries" in line]
    assert "[default: 30]" in timeout and "[default: 2]" in retries


def test_help_paragraphs_are_not_broken_where_the_source_breaks_them(cli: Invoke) -> None:
    # Rich keeps a docstring's line breaks; at 200 columns a paragraph must come out as one line.
    root = cli("--help").stdout
    assert re.search(r"IRANPAYAMAK_BASE_URL / IRANPAYAMAK_LINE_NUMBER, then the config file", root)
    conformance = [line for line in root.splitlines() if "conformance" in line]
    assert len(conformance) == 1 and "spec edit for each" in conformance[0]


def test_every_flag_and_repeatable_option_names_its_own_metavar() -> None:
    for path, command in COMMANDS.items():
        with typer.Context(command, info_name="iranpayamak") as context:
            for param in command.get_params(context):
                if getattr(param, "is_flag", False):
                    assert param.metavar == "", (path, param.name)
                elif getattr(param, "multiple", False):
                    assert param.metavar, (path, param.name)
