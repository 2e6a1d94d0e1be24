"""``iranpayamak patterns list|show|create``: message templates for pattern sends."""

from __future__ import annotations

import re
from typing import Annotated

import typer
from rich.console import Console

from iranpayamak_api.models import Pattern, PatternCategory, PatternStatus, PatternVariable, PatternVariableType
from iranpayamak_api.types import Unset

from .commands import App
from .errors import naming, reports_errors
from .options import JsonOption, LimitOption, PageOption, client_of
from .output import Output, show_page, table

__all__ = ["app"]

app = App(name="patterns", no_args_is_help=True, help="List, show and create patterns.")

_CATEGORIES = {member.name.lower(): member for member in PatternCategory}
_STATUSES = [member.value for member in PatternStatus]


def _row(item: Pattern) -> tuple[object, ...]:
    return (item.code, item.title, item.status, item.text)


@app.command("list")
@reports_errors
def list_(
    context: typer.Context,
    search: Annotated[str | None, typer.Option(help="Only patterns matching this text.")] = None,
    status: Annotated[str | None, typer.Option(help="active, pending or rejected.")] = None,
    page: PageOption = 1,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """List the account's patterns with their approval status."""
    if status is not None and status not in _STATUSES:
        # Checked here: the client's own error names the service's parameter, spelled "staus".
        raise typer.BadParameter(f"{status!r} is not one of {', '.join(_STATUSES)}", param_hint="'--status'")
    with client_of(context) as client:
        found = client.patterns.list(search=search, staus=status, limit=limit).page(page)
    show_page(Output(as_json=as_json), found, ["code", "title", "status", "text"], _row, noun="pattern")


@app.command()
@reports_errors
def show(
    context: typer.Context,
    code: Annotated[str, typer.Argument(help="The pattern's code.")],
    as_json: JsonOption = False,
) -> None:
    """Show one pattern with its variables."""
    with client_of(context) as client, naming(f"pattern {code!r}"):
        found = client.patterns.get(code)
    variables = [] if isinstance(found.vars_, Unset) else found.vars_
    out = Output(as_json=as_json)

    def render(console: Console) -> None:
        console.print(table(["code", "title", "status", "text"], [_row(found)]))
        if variables:
            console.print(table(["variable", "type", "max length"], [(v.var, v.type_, v.length) for v in variables]))

    out.result(found, render)


_TYPES = {member.value: member for member in PatternVariableType}


def _variable(spec: str) -> PatternVariable:
    name, _, rest = spec.partition(":")
    kind, _, length = rest.partition(":")
    if name and (kind or "str") in _TYPES and (length or "10").isdigit():
        return PatternVariable(var=name, type_=_TYPES[kind or "str"], length=int(length or 10))
    raise typer.BadParameter(
        f"{spec!r}: write it as name, name:type or name:type:length (type: {', '.join(_TYPES)})",
        param_hint="'--var'",
    )


# The variable names create_pattern accepts, between percent signs: "۲۰% تخفیف" holds none.
_PLACEHOLDER = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)%")


def _check_placeholders(text: str, variables: list[PatternVariable]) -> None:
    """Refuse a template whose ``%name%`` placeholders and ``--var`` declarations differ: the service
    accepts it, and the mismatch would only come out after a reviewer's approval, or in a message."""
    used = list(dict.fromkeys(_PLACEHOLDER.findall(text)))
    declared = [variable.var for variable in variables]
    problems = [
        f"the text uses %{name}% but no --var declares it (e.g. --var {name}:str:10)"
        for name in used
        if name not in declared
    ]
    problems += [f"the text has no %{name}% for --var {name}" for name in declared if name not in used]
    if problems:
        raise typer.BadParameter("; ".join(problems), param_hint="'--var'")


@app.command()
@reports_errors
def create(
    context: typer.Context,
    text: Annotated[
        str, typer.Option("--text", help="The template; each variable is written %name% and declared with --var.")
    ],
    var: Annotated[
        list[str] | None,
        typer.Option("--var", metavar="<name[:type[:length]]>", help="A variable, e.g. code:int:6; repeat for each."),
    ] = None,
    category: Annotated[str, typer.Option(help="otp, club, order or other.")] = "otp",
    description: Annotated[str | None, typer.Option(help="A note for the reviewer.")] = None,
    website: Annotated[str, typer.Option(help="Where the pattern is used.")] = "",
    share: Annotated[bool, typer.Option(help="Let other accounts use it.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Submit a new pattern for approval; prints its code.

    Example: iranpayamak patterns create --text "کد شما: %code%" --var code:int:6
    """
    if category not in _CATEGORIES:
        raise typer.BadParameter(f"{category!r} is not one of {', '.join(_CATEGORIES)}", param_hint="'--category'")
    variables = [_variable(spec) for spec in var or []]
    _check_placeholders(text, variables)
    with client_of(context) as client:
        code = client.patterns.create(text, description, share, website, _CATEGORIES[category], variables)
    out = Output(as_json=as_json)
    out.result({"code": code}, lambda _console: out.say(f"Created pattern {code}; it can be sent once approved."))
