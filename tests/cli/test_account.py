"""``balance``, ``profile``, ``lines`` and the root options."""

from __future__ import annotations

import json

from iranpayamak import __version__
from iranpayamak.testing import MockServer

from .conftest import Invoke


def test_balance_prints_toman_and_messages(cli: Invoke) -> None:
    result = cli("balance")
    assert result.exit_code == 0, result.output
    assert "Balance: 1,000,000 toman (5,000 messages)" in result.stdout


def test_balance_as_json_follows_a_send(cli: Invoke, mock: MockServer) -> None:
    cli("otp", "09121234567", "--pattern", "mockOtp001")
    result = cli("balance", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["amount"] == 1_000_000 - 200 == mock.balance
    assert data["count"] == data["amount"] // 200
    assert data["details"][0]["rate"] == 200


def test_profile_lists_nested_fields(cli: Invoke) -> None:
    result = cli("profile")
    assert result.exit_code == 0, result.output
    assert "plan.title" in result.stdout
    assert "09120000000" in result.stdout
    assert json.loads(cli("profile", "--json").stdout)["verified"] is True


def test_lines_shows_shared_and_dedicated(cli: Invoke) -> None:
    result = cli("lines")
    assert result.exit_code == 0, result.output
    assert "90008361" in result.stdout and "3000505" in result.stdout
    numbers = {line["line_number"] for line in json.loads(cli("lines", "--json").stdout)}
    assert numbers == {"90008361", "3000505"}


def test_every_command_has_help(cli: Invoke) -> None:
    commands = ["balance", "profile", "lines", "send", "pattern", "otp", "report", "inbox", "mock", "demo"]
    groups = {"patterns": ["list", "show", "create"], "phonebook": ["list", "create", "import"]}
    groups |= {"contacts": ["list"], "config": ["set", "unset", "show", "path"]}
    invocations = [[name, "--help"] for name in commands]
    invocations += [[group, name, "--help"] for group, names in groups.items() for name in names]
    for args in invocations:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "Usage:" in result.stdout, args


def test_version(cli: Invoke) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"iranpayamak {__version__}"


def test_no_arguments_shows_the_commands(cli: Invoke) -> None:
    result = cli()
    assert "demo" in result.output and "balance" in result.output
