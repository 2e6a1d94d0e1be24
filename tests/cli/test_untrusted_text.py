"""Text from the network never reaches the terminal as control characters or Rich markup.

Anyone who texts the account's line writes its inbox, so message texts, names, titles and the
service's error messages are untrusted. A search puts arbitrary text (every C0 and C1 control, escape
sequences that clear the screen, set the title or write the clipboard, markup) into what the mock
serves, runs every command that shows it, for people and as JSON, and reads what would reach the
terminal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import typer.main
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak.cli import reports
from iranpayamak.cli.app import app
from iranpayamak.testing import MockServer
from tests import search
from tests.reliability.report import observe

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""What must never reach the terminal: every C0 control but tab and newline, DEL, every C1 control."""

ATTACKS = [
    "\x1b]52;c;cm0gLXJmIH4=\x07",  # OSC 52: write the clipboard
    "\x1b]0;pwned\x07",  # set the window title
    "\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x1b[1A\x1b[2K",  # erase the line above
    "\x9b31m",  # CSI as a single C1 character
    "\x9d0;title\x9c",  # OSC and ST as C1 characters
    "\r",
    "\x08\x08",
    "[bold red]x[/bold red]",
    "[link=http://evil]y[/link]",
    ":skull:",
]
PERSIAN = "می\u200cخواهم \u200fسلام\u200e ۱۲۳ \u202bمتن\u202c"
"""Persian with a ZWNJ, RLM and LRM, and an embedding: marks a real message contains, to print intact."""

untrusted = st.lists(
    st.one_of(
        st.sampled_from(ATTACKS),
        st.text(st.characters(min_codepoint=0, max_codepoint=0x9F), max_size=6),
        st.text(max_size=6),
        st.just(PERSIAN),
    ),
    min_size=1,
    max_size=5,
).map("".join)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


COMMAND = typer.main.get_command(app)
"""The command built once: Typer builds it on every ``CliRunner.invoke``, which costs more than the run."""


def _runner(server: MockServer) -> Callable[..., Result]:
    runner = CliRunner()
    env = {
        "IRANPAYAMAK_API_KEY": server.api_key,
        "IRANPAYAMAK_BASE_URL": server.url,
        "IRANPAYAMAK_CONFIG": "/nonexistent/iranpayamak-config.toml",
        "IRANPAYAMAK_LINE_NUMBER": None,
        "IRANPAYAMAK_LOG": None,
        "COLUMNS": "200",
        # No colours, so any escape sequence in the output came from the text.
        "NO_COLOR": "1",
        "FORCE_COLOR": None,
        "TTY_COMPATIBLE": None,
    }

    def invoke(*args: str) -> Result:
        return runner.invoke(COMMAND, ["--max-retries", "0", *args], env=env)

    return invoke


def _plant(server: MockServer, text: str) -> None:
    """Put ``text`` wherever the service returns free text."""
    server.reset()
    server.receive("09121234567", text)
    with server.state.lock:
        pattern = server.state.patterns["mockOtp001"]
        pattern["title"] = pattern["text"] = text
        server.state.phonebooks[1002]["title"] = text
        server.state.contacts[1003]["name"] = text
        server.state.lines[0]["title"] = text
        server.state.profile["displayName"] = text
    # The service's own error messages are shown too.
    envelope: dict[str, Any] = {"status": "error", "data": None, "messages": {"status": [text]}}
    server.faults.add(operation="list_send_requests", status=422, body=envelope)
    server.faults.add(operation="get_balance", status=500, body={"status": "error", "data": None, "messages": text})


COMMANDS = [
    ("inbox",),
    ("inbox", "--json"),
    ("patterns", "list"),
    ("patterns", "show", "mockOtp001"),
    ("patterns", "list", "--json"),
    ("phonebook", "list"),
    ("contacts", "list"),
    ("contacts", "list", "--json"),
    ("lines",),
    ("profile",),
    ("report",),
    ("balance",),
]


def _follow(server: MockServer, invoke: Callable[..., Result], sender: str, text: str, *options: str) -> Result:
    """``inbox --follow``: one more message arrives after the first poll, then Ctrl-C."""
    steps: list[Callable[[], object]] = [lambda: server.receive(sender, text)]

    def wait(_seconds: float) -> None:
        if not steps:
            raise KeyboardInterrupt
        steps.pop()()

    original, reports.sleep = reports.sleep, wait
    try:
        return invoke("inbox", "--follow", *options)
    finally:
        reports.sleep = original


def test_network_text_reaches_the_terminal_without_controls_or_markup(server: MockServer) -> None:
    invoke = _runner(server)
    counts = {"runs": 0, "steps": 0, "checks": 0}

    @settings(
        max_examples=search.examples(quick=6, slow=60),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(text=untrusted)
    def run(text: str) -> None:
        counts["runs"] += 1
        _plant(server, text)
        results = [(command, invoke(*command)) for command in COMMANDS]
        results += [(("inbox", "--follow"), _follow(server, invoke, "09351234567", text))]
        results += [(("inbox", "--follow", "--json"), _follow(server, invoke, "09901234567", text, "--json"))]
        for command, result in results:
            counts["steps"] += 1
            assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.exception)
            for stream in (result.stdout, result.stderr):
                counts["checks"] += 1
                found = CONTROLS.search(stream)
                assert found is None, (command, repr(found.group()), stream)
        # JSON keeps the text exact: escaped for the terminal, not altered.
        counts["checks"] += 2
        assert json.loads(results[1][1].stdout)["items"][0]["text"] == text
        assert [json.loads(line)["text"] for line in results[-1][1].stdout.splitlines()] == [text]

    run()
    observe("search", suite="terminal output", **counts)


def test_persian_marks_and_markup_print_as_written(server: MockServer) -> None:
    invoke = _runner(server)
    text = f"{PERSIAN} [bold]x[/bold] :skull:"
    _plant(server, text)
    for command in [("inbox",), ("patterns", "show", "mockOtp001"), ("contacts", "list")]:
        result = invoke(*command)
        assert result.exit_code == 0, result.output
        assert text in result.stdout, (command, result.stdout)
    result = invoke("balance")  # the planted 500, whose message is the text
    assert result.exit_code == 6 and text in result.stderr


def test_control_characters_show_as_escapes_and_json_stays_exact() -> None:
    from iranpayamak.cli.output import printable, to_json

    assert printable("a\x1b[2Jb\x9bc\x7f\tz\r\n") == "a\\x1b[2Jb\\x9bc\\x7f\tz\n"
    assert printable(PERSIAN) == PERSIAN
    encoded = to_json({"text": "\x1b\x85\x7f" + PERSIAN})
    assert CONTROLS.search(encoded) is None
    assert json.loads(encoded) == {"text": "\x1b\x85\x7f" + PERSIAN}
