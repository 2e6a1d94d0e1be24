"""Check recorded traffic (``record_to`` / ``IRANPAYAMAK_RECORD``) against the spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .errors import CliError, ExitCode, reports_errors
from .output import printable

__all__ = ["conformance"]


@reports_errors
def conformance(
    directory: Annotated[Path, typer.Argument(help="The folder of recordings (IRANPAYAMAK_RECORD=DIR wrote it).")],
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Report, per operation, where recorded answers of the real service differ from the spec, and the
    spec edit for each; exits with 1 when any answer is one the spec does not allow."""
    try:
        from iranpayamak.conformance import check
    except ImportError as error:
        raise CliError(f'conformance needs jsonschema: pip install "iranpayamak[cli]" ({error})') from None
    try:
        report = check(directory)
    except (FileNotFoundError, NotADirectoryError) as error:
        raise CliError(str(error), ExitCode.USAGE) from None
    # Recorded bodies come from the network: printed escaped, like any text from it.
    typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json else printable(report.text()))
    if not report.ok:
        raise typer.Exit(1)
