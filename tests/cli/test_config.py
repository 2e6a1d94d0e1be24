"""``config``: settings saved in a TOML file, used when no option or variable gives them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from iranpayamak.testing import MockServer

from .conftest import Invoke

NO_ENV: dict[str, str | None] = {"IRANPAYAMAK_API_KEY": None, "IRANPAYAMAK_BASE_URL": None}
SCRIPT = Path(sys.executable).parent / "iranpayamak"


def test_saved_settings_are_used_and_the_file_is_private(cli: Invoke, mock: MockServer, config_file: Path) -> None:
    assert cli("config", "set", "api-key", mock.api_key).exit_code == 0
    assert cli("config", "set", "base-url", mock.url).exit_code == 0
    assert cli("config", "set", "line-number", "۳۰۰۰۵۰۵").exit_code == 0
    assert tomllib.loads(config_file.read_text("utf-8")) == {
        "api_key": mock.api_key,
        "base_url": mock.url,
        "line_number": "3000505",
    }
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600
    result = cli("otp", "09121234567", "--pattern", "mockOtp001", env=NO_ENV)
    assert result.exit_code == 0, result.output
    assert mock.outbox[-1].line_number == "3000505"


def test_options_and_variables_win_over_the_file(cli: Invoke, mock: MockServer) -> None:
    cli("config", "set", "api-key", "saved-but-wrong")
    assert cli("balance").exit_code == 0  # IRANPAYAMAK_API_KEY is set
    assert cli("balance", env={"IRANPAYAMAK_API_KEY": None}).exit_code == 3
    assert cli("--api-key", mock.api_key, "balance", env={"IRANPAYAMAK_API_KEY": None}).exit_code == 0


def test_api_key_is_asked_for_without_echo_and_never_shown(cli: Invoke, mock: MockServer) -> None:
    secret = "a-very-secret-key-1234"
    result = cli("config", "set", "api-key", input=f"{secret}\n")
    assert result.exit_code == 0, result.output
    assert secret not in result.output
    shown = cli("config", "show", env=NO_ENV)
    assert secret not in shown.output
    assert "(set)" in shown.stdout
    rows = {row["setting"]: row for row in json.loads(cli("config", "show", "--json", env=NO_ENV).stdout)["settings"]}
    assert rows["api-key"]["value"] == "(set)" and rows["base-url"]["source"] == "default"
    assert rows["api-key"]["source"].endswith("config.toml")


def test_unset_and_path(cli: Invoke, config_file: Path) -> None:
    cli("config", "set", "base-url", "http://127.0.0.1:4010")
    assert cli("config", "path").stdout.strip() == str(config_file)
    assert "Removed base-url" in cli("config", "unset", "base-url").stdout
    assert "was not set" in cli("config", "unset", "base-url").stdout
    assert tomllib.loads(config_file.read_text("utf-8")) == {}


def test_bad_settings_are_refused(cli: Invoke, config_file: Path) -> None:
    assert cli("config", "set", "colour", "blue").exit_code == 2
    bad_url = cli("config", "set", "base-url", "ftp://example.com")
    assert bad_url.exit_code == 4 and "http(s) URL" in bad_url.stderr
    assert cli("config", "set", "line-number", "abc").exit_code == 4
    assert not config_file.exists()


def test_a_broken_config_file_is_reported(cli: Invoke, config_file: Path) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text("api_key = ", "utf-8")
    result = cli("balance", env=NO_ENV)
    assert result.exit_code == 1
    assert f"cannot read the config file {config_file}" in result.stderr
    config_file.write_text("colour = 'blue'", "utf-8")
    assert "unknown setting 'colour'" in cli("balance", env=NO_ENV).stderr


def test_show_reports_options_over_variables_and_the_file(cli: Invoke, mock: MockServer) -> None:
    cli("config", "set", "base-url", "http://127.0.0.1:4010")
    rows = {
        row["setting"]: row
        for row in json.loads(cli("--base-url", "http://127.0.0.1:9", "config", "show", "--json").stdout)["settings"]
    }
    assert rows["base-url"] == {"setting": "base-url", "value": "http://127.0.0.1:9", "source": "option"}
    assert rows["api-key"]["source"] == "IRANPAYAMAK_API_KEY"
    from_file = json.loads(cli("config", "show", "--json", env=NO_ENV).stdout)["settings"]
    assert [row["value"] for row in from_file if row["setting"] == "base-url"] == ["http://127.0.0.1:4010"]


def test_an_existing_readable_config_file_is_made_private(cli: Invoke, config_file: Path) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text("base_url = 'http://127.0.0.1:4010'\n", "utf-8")
    config_file.chmod(0o644)
    assert cli("config", "set", "api-key", "a-key-for-the-test").exit_code == 0
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600
    assert tomllib.loads(config_file.read_text("utf-8")) == {
        "api_key": "a-key-for-the-test",
        "base_url": "http://127.0.0.1:4010",
    }
    assert [path.name for path in config_file.parent.iterdir()] == ["config.toml"]  # no temporary left


def test_plain_http_to_another_machine_needs_the_flag(cli: Invoke, mock: MockServer) -> None:
    remote = {"IRANPAYAMAK_BASE_URL": "http://sms.invalid"}  # a reserved name that never resolves
    refused = cli("balance", env=remote)
    assert refused.exit_code == 4
    assert refused.stderr == (
        "Error: the base URL 'http://sms.invalid' (from IRANPAYAMAK_BASE_URL) is plain http:// to another "
        "machine: the API key would travel unencrypted. Use https://, or pass --allow-insecure-http if that "
        "network is trusted.\n"
    )
    option = cli("--base-url", "http://user:secret@sms.invalid", "balance")
    assert option.exit_code == 4 and "(from --base-url)" in option.stderr and "secret" not in option.stderr
    assert mock.requests == []
    # With the flag the address is accepted, and the failure is the network's: the name does not resolve.
    allowed = cli("--allow-insecure-http", "--max-retries", "0", "--timeout", "2", "balance", env=remote)
    assert allowed.exit_code == 7, allowed.output


@pytest.mark.parametrize(
    "key",
    ["key\twith-a-tab", "کلید", "two\nlines", "bell\x07", "x" * 10 + "\x7f"],
    ids=["tab", "persian", "newline", "control", "del"],
)
def test_a_key_the_client_could_never_send_is_not_saved(cli: Invoke, config_file: Path, key: str) -> None:
    result = cli("config", "set", "api-key", key)
    assert result.exit_code == 4, result.output
    assert "api-key" in result.stderr and "cannot be sent" in result.stderr
    assert key not in result.output and key.strip() not in result.output
    assert not config_file.exists()
    if "\n" not in key:  # a prompt reads one line
        typed = cli("config", "set", "api-key", input=f"{key}\n")  # typed at the prompt: the same check
        assert typed.exit_code == 4 and not config_file.exists()


def test_a_key_piped_into_config_set_is_saved_without_a_warning(config_file: Path) -> None:
    environment = {**os.environ, "IRANPAYAMAK_CONFIG": str(config_file), "COLUMNS": "200"}
    result = subprocess.run(
        [str(SCRIPT), "config", "set", "api-key"],
        input="a-piped-key\n",
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no GetPassWarning, no "Password input may be echoed"
    assert result.stdout == f"Saved api-key in {config_file}.\n"
    assert tomllib.loads(config_file.read_text("utf-8")) == {"api_key": "a-piped-key"}


def test_show_masks_a_password_in_the_base_url(cli: Invoke, config_file: Path) -> None:
    assert cli("config", "set", "base-url", "https://app:g4teway-pass@gateway.example").exit_code == 0
    for flags in ([], ["--json"]):
        shown = cli("config", "show", *flags, env=NO_ENV)
        assert shown.exit_code == 0, shown.output
        assert "g4teway-pass" not in shown.output and "app:[secure]@gateway.example" in shown.output
    from_variable = cli("config", "show", env={"IRANPAYAMAK_BASE_URL": "https://app:var-pass@gateway.example"})
    assert "var-pass" not in from_variable.output
