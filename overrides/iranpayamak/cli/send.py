"""``iranpayamak send``, ``pattern`` and ``otp``: sending messages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..bulk import BulkSendResult
from ..client import IranPayamak
from ..phone import NormalizedMobiles, normalize_mobile
from .errors import CliError, ExitCode, describe, exit_code, reports_errors
from .options import JsonOption, LineOption, client_of
from .output import Output, plural
from .recipients import read_numbers

__all__ = ["otp", "outcome", "pattern", "report_invalid", "send", "send_numbers"]


def _schedule(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date and time; write it like 2026-12-01 09:30 (Tehran time) or 2026-12-01T06:00+00:00",
            param_hint="'--at'",
        ) from None


def report_invalid(numbers: NormalizedMobiles, out: Output, *, skip_invalid: bool) -> None:
    """Print every invalid number with its reason; stop unless they are to be skipped.

    Raises:
        CliError: There are invalid numbers and ``skip_invalid`` is off (exit code 4).
    """
    for rejected in numbers.rejected:
        out.warn(f"not a mobile number: {rejected.input!r} ({rejected.reason})")
    if numbers.rejected and not skip_invalid:
        raise CliError(
            f"{plural(len(numbers.rejected), 'invalid number')} (listed above); fix them or pass --skip-invalid",
            ExitCode.INVALID,
        )


def _summary(result: BulkSendResult, numbers: NormalizedMobiles) -> dict[str, object]:
    return {
        "send_request_ids": result.send_request_ids,
        "sent": result.sent_count,
        "invalid": [{"input": r.input, "reason": r.reason} for r in numbers.rejected],
        "duplicates": numbers.duplicates,
        "failed": [
            {"recipients": chunk.recipients, "error": describe(chunk.error), "maybe_sent": chunk.maybe_sent}
            for chunk in result.failed
        ],
    }


def send_numbers(
    client: IranPayamak,
    out: Output,
    text: str,
    numbers: NormalizedMobiles,
    *,
    schedule: datetime | None = None,
    chunk_size: int = 100,
) -> BulkSendResult:
    """Send ``text`` to the valid numbers in chunks, with a progress bar for long lists, and print a summary."""
    with out.progress(len(numbers.valid), "Sending", show=len(numbers.valid) > chunk_size) as advance:
        result = client.sms.send_simple_bulk(
            text, numbers.valid, schedule=schedule, chunk_size=chunk_size, on_progress=advance
        )

    def render(_console: Console) -> None:
        ids = ", ".join(str(i) for i in result.send_request_ids)
        if result.sent:
            out.say(
                f"Sent to {plural(result.sent_count, 'recipient')} in {plural(len(result.sent), 'request')}"
                f" (send request ids: {ids})."
            )
        if numbers.rejected:
            out.say(f"Left out {plural(len(numbers.rejected), 'invalid number')}.")
        if numbers.duplicates:
            out.say(f"Left out {plural(numbers.duplicates, 'repeated number')}.")
        for chunk in result.failed:
            state = "may have been sent (check 'iranpayamak report')" if chunk.maybe_sent else "not sent"
            out.say(f"{plural(len(chunk.recipients), 'recipient')} {state}: {describe(chunk.error)}")

    out.result(_summary(result, numbers), render)
    return result


def outcome(result: BulkSendResult) -> ExitCode:
    """0 when everything was sent, 8 when some chunks failed, or the first error's code when none was sent."""
    if not result.failed:
        return ExitCode.OK
    return ExitCode.PARTIAL if result.sent else exit_code(result.failed[0].error)


@reports_errors
def send(
    context: typer.Context,
    text: Annotated[str, typer.Argument(help="The message text.")],
    to: Annotated[
        list[str] | None, typer.Option("--to", help="Recipients; repeat the option or separate with commas.")
    ] = None,
    to_file: Annotated[
        list[Path] | None,
        typer.Option(
            "--to-file",
            exists=True,
            dir_okay=False,
            help="A .csv, .txt or .xlsx file of numbers (the 'mobile' column, or the first).",
        ),
    ] = None,
    line: LineOption = None,
    at: Annotated[
        str | None, typer.Option("--at", help="Send later: '2026-12-01 09:30' (Tehran time) or ISO 8601 with a zone.")
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Leave out invalid numbers instead of stopping.")
    ] = False,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="Recipients per request.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """Send one text to many numbers, in chunks; invalid numbers are reported first.

    Example: iranpayamak send "سلام" --to 09121234567 --to "+98 935 123 4567"
    """
    schedule = _schedule(at)
    out = Output(as_json=as_json)
    numbers = read_numbers(to or [], to_file or [])
    report_invalid(numbers, out, skip_invalid=skip_invalid)
    if not numbers.valid and numbers.rejected:
        raise CliError("no valid recipients: every number given is invalid (listed above)", ExitCode.INVALID)
    if not numbers.valid:
        raise CliError("no recipients: give --to or --to-file", ExitCode.USAGE)
    with client_of(context, line_number=line) as client:
        code = outcome(send_numbers(client, out, text, numbers, schedule=schedule, chunk_size=chunk_size))
    if code:
        raise typer.Exit(code)


def _variables(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{pair!r}: write it as name=value", param_hint="'--var'")
        values[name.strip()] = value
    return values


@reports_errors
def pattern(
    context: typer.Context,
    code: Annotated[str, typer.Argument(help="The pattern's code.")],
    to: Annotated[str, typer.Option("--to", help="The recipient.")],
    var: Annotated[list[str] | None, typer.Option("--var", help="A pattern variable as name=value; repeat.")] = None,
    line: LineOption = None,
    as_json: JsonOption = False,
) -> None:
    """Send an approved pattern to one number.

    Example: iranpayamak pattern mockOtp001 --to 09121234567 --var code=4821
    """
    values = _variables(var or [])
    recipient = normalize_mobile(to, field="--to")
    with client_of(context, line_number=line) as client:
        send_request_id = client.sms.send_pattern(code, recipient, values)
    out = Output(as_json=as_json)
    out.result(
        {"send_request_id": send_request_id, "recipient": recipient, "pattern": code},
        lambda _console: out.say(f"Sent pattern {code} to {recipient} (send request {send_request_id})."),
    )


@reports_errors
def otp(
    context: typer.Context,
    number: Annotated[str, typer.Argument(help="The recipient.")],
    pattern_code: Annotated[str, typer.Option("--pattern", help="An approved pattern with a variable for the code.")],
    length: Annotated[int, typer.Option("--length", help="Digits in the code, 4 to 10.")] = 6,
    variable: Annotated[str, typer.Option("--variable", help="The pattern variable the code fills.")] = "code",
    line: LineOption = None,
    as_json: JsonOption = False,
) -> None:
    """Send a one-time code (from Python's secrets module) and print it.

    Example: iranpayamak otp 09121234567 --pattern mockOtp001
    """
    with client_of(context, line_number=line) as client:
        sent = client.otp.send(number, pattern_code, length=length, variable=variable)
    out = Output(as_json=as_json)
    out.result(
        {"code": sent.code, "recipient": sent.recipient, "send_request_id": sent.send_request_id},
        lambda _console: out.say(f"Sent code {sent.code} to {sent.recipient} (send request {sent.send_request_id})."),
    )
