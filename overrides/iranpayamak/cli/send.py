"""``iranpayamak send``, ``pattern`` and ``otp``: sending messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from attrs import frozen
from rich.console import Console

from ..bulk import BulkSendResult, result_of
from ..client import IranPayamak
from ..errors import SendInterruptedError
from ..phone import NormalizedMobiles, normalize_mobile
from .errors import CliError, ExitCode, describe, exit_code, naming, reports_errors
from .options import JsonOption, LineOption, client_of
from .output import Output, plural
from .plan import CONFIRM_ABOVE, confirm, needs_confirmation, plan_send, show_plan
from .recipients import read_numbers, records_in_file
from .times import moment, parse_at, scheduled_at

__all__ = [
    "Leftovers",
    "otp",
    "outcome",
    "pattern",
    "report_invalid",
    "send",
    "send_numbers",
]


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


@frozen
class Leftovers:
    """Where a send writes the numbers it left: not sent (to send again) and may have been sent (to check).

    Each goes to a new file, one number per line (``--to-file`` reads it back); an existing file is
    never overwritten: ``-2``, ``-3``, ... is added to the name instead.

    Attributes:
        unsent_file: The file for the numbers not sent; None for ``iranpayamak-unsent-<time>.txt`` in
            the current directory. The uncertain ones go next to it (``...-uncertain...``).
        always: Write them after failed requests too, not only when the send was stopped half-way.
    """

    unsent_file: Path | None = None
    always: bool = False

    def write(self, result: BulkSendResult, *, stopped: bool) -> dict[str, Path]:
        """Write the files this result calls for; their paths by kind (``unsent_file``, ``uncertain_file``)."""
        if not (stopped or self.always):
            return {}
        if self.unsent_file is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            unsent, uncertain = Path(f"iranpayamak-unsent-{stamp}.txt"), Path(f"iranpayamak-uncertain-{stamp}.txt")
        else:
            unsent = self.unsent_file
            uncertain = unsent.with_name(f"{unsent.stem}-uncertain{unsent.suffix or '.txt'}")
        written: dict[str, Path] = {}
        if result.unsent_recipients:
            written["unsent_file"] = _write_new(unsent, result.unsent_recipients)
        if result.uncertain_recipients:
            written["uncertain_file"] = _write_new(uncertain, result.uncertain_recipients)
        return written


def _write_new(path: Path, numbers: Sequence[str]) -> Path:
    text = "".join(f"{number}\n" for number in numbers)
    for attempt in range(1, 1000):
        candidate = path if attempt == 1 else path.with_name(f"{path.stem}-{attempt}{path.suffix}")
        try:
            with candidate.open("x", encoding="utf-8") as file:
                file.write(text)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"{path} and 998 numbered variants exist")


def _summary(
    result: BulkSendResult,
    numbers: NormalizedMobiles,
    stopped: BaseException | None,
    files: dict[str, Path],
    schedule: datetime | None,
) -> dict[str, object]:
    return {
        "send_request_ids": result.send_request_ids,
        "sent": result.sent_count,
        "schedule": None if schedule is None else moment(schedule),
        "invalid": [{"input": r.input, "reason": r.reason} for r in numbers.rejected],
        "duplicates": numbers.duplicates,
        "failed": [
            {"recipients": chunk.recipients, "error": describe(chunk.error), "maybe_sent": chunk.maybe_sent}
            for chunk in result.failed
        ],
        "stopped_by": None if stopped is None else type(stopped).__name__,
        **{kind: str(path) for kind, path in files.items()},
    }


def _stop_reason(stopped: BaseException) -> str:
    if isinstance(stopped, KeyboardInterrupt):
        return "Interrupted (Ctrl-C)"
    return f"Stopped by {'an unexpected error' if isinstance(stopped, Exception) else type(stopped).__name__}"


def _leftovers_written(out: Output, result: BulkSendResult, leftovers: Leftovers, stopped: bool) -> dict[str, Path]:
    try:
        return leftovers.write(result, stopped=stopped)
    except OSError as error:
        # The summary must still come out; the numbers are printed instead of lost.
        out.warn(f"could not write the numbers left to a file ({error}); they follow")
        for number in result.unsent_recipients:
            out.say(f"not sent: {number}")
        for number in result.uncertain_recipients:
            out.say(f"may have been sent: {number}")
        return {}


def _report(
    out: Output,
    result: BulkSendResult,
    numbers: NormalizedMobiles,
    *,
    stopped: BaseException | None = None,
    leftovers: Leftovers | None = None,
    schedule: datetime | None = None,
) -> None:
    files = {} if leftovers is None else _leftovers_written(out, result, leftovers, stopped is not None)

    def render(_console: Console) -> None:
        ids = ", ".join(str(i) for i in result.send_request_ids)
        if stopped is not None:
            out.say(f"{_stop_reason(stopped)} after {plural(len(result.sent), 'request')}: {result.summary()}.")
        if result.sent:
            # A scheduled send is accepted now and sent later: saying "Sent" would be wrong until then.
            done = "Sent to" if schedule is None else f"Scheduled for {scheduled_at(schedule)}:"
            out.say(
                f"{done} {plural(result.sent_count, 'recipient')} in {plural(len(result.sent), 'request')}"
                f" (send request ids: {ids})."
            )
        if numbers.rejected:
            out.say(f"Left out {plural(len(numbers.rejected), 'invalid number')}.")
        if numbers.duplicates:
            out.say(f"Left out {plural(numbers.duplicates, 'repeated number')}.")
        for chunk in result.failed:
            if isinstance(chunk.error, SendInterruptedError):
                continue  # counted in the line about the stop
            state = "may have been sent (check 'iranpayamak report')" if chunk.maybe_sent else "not sent"
            out.say(f"{plural(len(chunk.recipients), 'recipient')} {state}: {describe(chunk.error)}")
        if "unsent_file" in files:
            out.say(
                f"The {plural(len(result.unsent_recipients), 'number')} not sent are in {files['unsent_file']}; "
                f"to send to them only: iranpayamak send TEXT --to-file {files['unsent_file']}"
            )
        if "uncertain_file" in files:
            out.say(
                f"The {plural(len(result.uncertain_recipients), 'number')} that may have been sent are in "
                f"{files['uncertain_file']}: check 'iranpayamak report' before sending to them again."
            )

    out.result(_summary(result, numbers, stopped, files, schedule), render)


def send_numbers(
    client: IranPayamak,
    out: Output,
    text: str,
    numbers: NormalizedMobiles,
    *,
    schedule: datetime | None = None,
    chunk_size: int = 100,
    leftovers: Leftovers | None = None,
) -> BulkSendResult:
    """Send ``text`` to the valid numbers in chunks, with a progress bar for long lists, and print a summary.

    When the send stops half-way (Ctrl-C, an unexpected error), the summary of what it did is printed
    before the exception goes on. With ``leftovers``, the numbers it left are written to files that the
    summary names.
    """
    try:
        with out.progress(len(numbers.valid), "Sending", show=len(numbers.valid) > chunk_size) as advance:
            result = client.sms.send_simple_bulk(
                text, numbers.valid, schedule=schedule, chunk_size=chunk_size, on_progress=advance
            )
    except BaseException as stopped:
        partial = result_of(stopped)
        if not isinstance(partial, BulkSendResult):
            raise
        _report(out, partial, numbers, stopped=stopped, leftovers=leftovers, schedule=schedule)
        raise
    _report(out, result, numbers, leftovers=leftovers, schedule=schedule)
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
        list[str] | None,
        typer.Option("--to", metavar="<str>", help="Recipients; repeat the option or separate with commas."),
    ] = None,
    to_file: Annotated[
        list[Path] | None,
        typer.Option(
            "--to-file",
            metavar="<file>",
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
    unsent_file: Annotated[
        Path | None,
        typer.Option(
            "--unsent-file",
            dir_okay=False,
            help="Write the numbers not sent here, after failures or an interruption (never overwriting: "
            "-2 is added). Without it they are written only when interrupted, to iranpayamak-unsent-<time>.txt.",
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Check the numbers and ask the service what it would cost; send nothing."),
    ] = False,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes",
            help=f"Send without asking. Without it, a send to more than {CONFIRM_ABOVE} recipients of a real "
            "account (not a mock on this machine) asks first.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Send one text to many numbers, in chunks; invalid numbers are reported first.

    On Ctrl-C the summary says how many were sent, may have been sent and were not sent, and the numbers
    not sent are written to a file to send to with --to-file (those that may have been sent, to another).

    --dry-run shows the recipients, requests, invalid numbers and the service's cost estimate, and sends
    nothing. A large send to a real account asks first; --yes answers for scripts.

    Example: iranpayamak send "سلام" --to 09121234567 --to "+98 935 123 4567"
    """
    schedule = parse_at(at)
    out = Output(as_json=as_json)
    numbers = read_numbers(to or [], to_file or [])
    # A dry run lists the invalid numbers and goes on: it is there to find them.
    report_invalid(numbers, out, skip_invalid=skip_invalid or dry_run)
    if not numbers.valid and numbers.rejected:
        raise CliError("no valid recipients: every number given is invalid (listed above)", ExitCode.INVALID)
    if not numbers.valid:
        raise _no_recipients(to or [], to_file or [])
    leftovers = Leftovers(unsent_file, always=unsent_file is not None)
    with client_of(context, line_number=line) as client:
        if dry_run:
            plan = plan_send(client, text, numbers, chunk_size=chunk_size)
            show_plan(out, plan, numbers, schedule=schedule, skip_invalid=skip_invalid)
            return
        if not yes and needs_confirmation(client, len(numbers.valid)):
            confirm(plan_send(client, text, numbers, chunk_size=chunk_size), schedule=schedule)
        try:
            result = send_numbers(
                client, out, text, numbers, schedule=schedule, chunk_size=chunk_size, leftovers=leftovers
            )
        except KeyboardInterrupt as interrupt:
            if result_of(interrupt) is None:
                raise
            raise typer.Exit(ExitCode.INTERRUPTED) from None  # the summary is out
    code = outcome(result)
    if code:
        raise typer.Exit(code)


def _no_recipients(to: list[str], files: list[Path]) -> CliError:
    empty = [str(path) for path in files if next(iter(records_in_file(path)), None) is None]
    if empty:
        held = "holds" if len(empty) == 1 else "hold"
        return CliError(f"no recipients: {', '.join(empty)} {held} no numbers", ExitCode.INVALID)
    if to:
        return CliError("no recipients: --to gave no numbers", ExitCode.USAGE)
    return CliError("no recipients: give --to or --to-file", ExitCode.USAGE)


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
    var: Annotated[
        list[str] | None, typer.Option("--var", metavar="<name=value>", help="A pattern variable; repeat.")
    ] = None,
    line: LineOption = None,
    as_json: JsonOption = False,
) -> None:
    """Send an approved pattern to one number.

    Example: iranpayamak pattern mockOtp001 --to 09121234567 --var code=4821
    """
    values = _variables(var or [])
    recipient = normalize_mobile(to, field="--to")
    with client_of(context, line_number=line) as client, naming(f"pattern {code!r}"):
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
    with client_of(context, line_number=line) as client, naming(f"pattern {pattern_code!r}"):
        sent = client.otp.send(number, pattern_code, length=length, variable=variable)
    out = Output(as_json=as_json)
    out.result(
        {"code": sent.code, "recipient": sent.recipient, "send_request_id": sent.send_request_id},
        lambda _console: out.say(f"Sent code {sent.code} to {sent.recipient} (send request {sent.send_request_id})."),
    )
