"""``iranpayamak demo``: a tour of the main job against the bundled mock; nothing is sent for real."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from importlib import resources

import typer
from rich.text import Text

from ..client import IranPayamak
from .account import show_balance
from .errors import CliError, ExitCode, reports_errors
from .output import Output, plural, show_page
from .recipients import read_numbers
from .reports import status_counts
from .send import outcome, report_invalid, send_numbers

__all__ = ["SAMPLE_MOBILE", "demo"]

SAMPLE_MOBILE = "0912 123 4567"
"""The number the tour sends its one-time code to, written as people type it."""

CAMPAIGN = "جشنواره زمستانه: ۲۰٪ تخفیف تا جمعه. لغو۱۱"


NEXT_STEPS = (
    "Run your own code against the mock:",
    "    iranpayamak mock --port 4010",
    "    IRANPAYAMAK_BASE_URL=http://127.0.0.1:4010 IRANPAYAMAK_API_KEY=mock-api-key python app.py",
    "  or, in pytest, use the iranpayamak_mock and iranpayamak_client fixtures.",
    "Use your real account:",
    "    iranpayamak config set api-key",
    "    iranpayamak balance",
    "From Python: from iranpayamak import IranPayamak (README.md covers OTP, bulk, async, errors).",
)


def _step(out: Output, title: str) -> None:
    out.say("")
    out.console.rule(title, align="left")


@reports_errors
def demo(context: typer.Context) -> None:
    """Tour the client against the bundled mock: balance, a one-time code, a bulk send, reports, a reply.

    Runs with no key and no network: it starts the mock in-process on a loopback port, so nothing
    is sent for real.
    """
    try:
        from iranpayamak.testing import MockClock, MockServer
    except ImportError as error:  # iranpayamak.testing's message names the extra to install
        raise CliError(str(error)) from None
    out = Output()
    # The mock's clock only moves when the tour moves it, so every run prints the same report.
    with (
        MockServer(clock=MockClock(start=datetime.now(UTC))) as mock,
        IranPayamak(api_key=mock.api_key, base_url=mock.url) as client,
    ):
        out.say(f"Started the bundled mock at {mock.url}: a demo account, and no message leaves this machine.")

        _step(out, "1. The balance")
        before = show_balance(client, out)

        _step(out, "2. A one-time login code")
        sent = client.otp.send(SAMPLE_MOBILE, pattern="mockOtp001")
        out.say(f"client.otp.send({SAMPLE_MOBILE!r}, pattern='mockOtp001')")
        out.say(f"  normalized the number to {sent.recipient}, generated {sent.code} with the secrets module")
        out.say(f"  and sent it (send request {sent.send_request_id}).")
        out.say(f"The phone shows: {mock.outbox[-1].text}")

        _step(out, "3. A campaign to a CSV of customers")
        with resources.as_file(resources.files(__package__).joinpath("sample_recipients.csv")) as sample:
            numbers = read_numbers([], [sample])
        given = len(numbers.valid) + len(numbers.rejected) + numbers.duplicates
        out.say(f"sample_recipients.csv: {plural(given, 'number')} in mixed spellings, some broken or repeated.")
        report_invalid(numbers, out, skip_invalid=True)
        campaign = send_numbers(client, out, CAMPAIGN, numbers, chunk_size=50)
        if outcome(campaign) != ExitCode.OK:
            raise CliError("the demo's bulk send failed")

        _step(out, "4. The delivery report, as the mock's clock moves on")
        waits = [mock.state.queue_seconds, mock.state.delivery_seconds, 0.0]
        for stage, seconds in zip(("just sent", "a moment later", "after the operators' reports"), waits, strict=True):
            counts: Counter[str] = Counter()
            for send_request_id in campaign.send_request_ids:
                counts += status_counts(client.reports.items(send_request_id, limit=100))
            out.say(f"{stage}: " + ", ".join(f"{status} {count}" for status, count in sorted(counts.items())))
            mock.advance(seconds)

        _step(out, "5. A customer replies")
        mock.receive(sent.recipient, "ممنون، کد رسید")
        inbox = client.reports.inbox(limit=5).page()
        show_page(out, inbox, ["from", "line", "text"], lambda m: (m.from_, m.to, m.text), noun="message")

        _step(out, "6. The balance after")
        after = show_balance(client, out)
        out.say(f"The tour spent {before.amount - after.amount:,} toman of mock credit.")

    _step(out, "Where next")
    for line in NEXT_STEPS:
        # Never wrapped, even into a pipe at 80 columns: the commands are there to be copied.
        out.console.print(Text(line), soft_wrap=True)
