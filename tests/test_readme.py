"""Every code block of the README runs, so the README cannot rot.

- ``python`` blocks run as a user would run them once copied: each is written to a file in an empty
  folder outside the repository and run in a fresh interpreter, with only the installed package.
  A block that defines tests runs under pytest with the package's fixtures and no ``IRANPAYAMAK_*``
  variable (a test suite gets its mock from the fixtures); a block that defines only fixtures is a
  ``conftest.py``, checked by a test that asks for them; any other block is a script run with
  ``IRANPAYAMAK_API_KEY`` and ``IRANPAYAMAK_BASE_URL`` pointing at a mock server that knows the
  README's pattern codes (seeded through the mock's public API, as the README shows). Every run goes
  through a proxy address that refuses connections, so a block that tried to reach the real service
  would fail rather than send.
- ``console`` blocks are run line by line: ``iranpayamak`` commands through the CLI against the mock,
  ``iranpayamak mock --port N &`` by starting a mock server (the other lines' port N is replaced by its
  port), ``curl`` commands as subprocesses.
- ``sh`` blocks are set-up commands: each must name an executable script of ``scripts/`` (``scripts/demo``
  runs in the slow suite, ``scripts/test`` is CI itself) or ``pip install`` extras that exist.
- ``text`` blocks are the layout of the repository (every path exists) or the error tree (every class
  exists).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import iranpayamak.errors
from iranpayamak.cli.app import app
from iranpayamak.testing import MockServer, MockService

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
LANGUAGES = {"python", "console", "sh", "text"}
PATTERN_CODES = ["SJ3FgPrE0C"]
"""Pattern codes the README uses; the mock gets them as approved copies of its OTP pattern."""


def _blocks(language: str) -> list[Any]:
    found = []
    for match in FENCE.finditer(README):
        if match.group(1) == language:
            line = README.count("\n", 0, match.start()) + 1
            found.append(pytest.param(match.group(2), id=f"README.md:{line}"))
    return found


def test_every_block_is_run_or_checked() -> None:
    languages = {match.group(1) for match in FENCE.finditer(README)}
    assert languages <= LANGUAGES, f"blocks in {languages - LANGUAGES} would escape this test"
    assert len(_blocks("python")) >= 10 and _blocks("console") and _blocks("sh")


def _seed(mock: MockService | MockServer) -> None:
    """Give a mock the README's pattern codes, through its public API, as an app would its own."""
    for code in PATTERN_CODES:
        mock.add_pattern(code, "کد ورود شما: %code%")


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    resolve = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise OSError(f"the README test may not reach {host!r}")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture
def server(loopback_only: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MockServer]:
    with MockServer() as mock:
        _seed(mock)
        monkeypatch.setenv("IRANPAYAMAK_API_KEY", mock.api_key)
        monkeypatch.setenv("IRANPAYAMAK_BASE_URL", mock.url)
        monkeypatch.setenv("IRANPAYAMAK_CONFIG", str(tmp_path / "config.toml"))
        monkeypatch.delenv("IRANPAYAMAK_LINE_NUMBER", raising=False)
        monkeypatch.delenv("IRANPAYAMAK_LOG", raising=False)
        yield mock


# A proxy nobody listens on: every request that is not for this machine fails to connect.
_NOWHERE = "http://127.0.0.1:9"


def _environment(tmp_path: Path, server: MockServer | None) -> dict[str, str]:
    """A user's shell: no IRANPAYAMAK_* settings but the mock's, a home of its own, no way out."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith(("IRANPAYAMAK_", "PYTEST"))}
    environment.update(
        HOME=str(tmp_path),
        IRANPAYAMAK_CONFIG=str(tmp_path / "config.toml"),
        HTTP_PROXY=_NOWHERE,
        HTTPS_PROXY=_NOWHERE,
        ALL_PROXY=_NOWHERE,
        NO_PROXY="127.0.0.1,localhost",
    )
    if server is not None:
        environment.update(IRANPAYAMAK_API_KEY=server.api_key, IRANPAYAMAK_BASE_URL=server.url)
    return environment


def _fixtures_defined(code: str) -> list[str]:
    return re.findall(r"@pytest\.fixture[^\n]*\n(?:async )?def (\w+)\(", code)


@pytest.mark.parametrize("code", _blocks("python"))
def test_python_block(code: str, server: MockServer, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    defines_tests = re.search(r"^(async )?def test_\w+\(", code, re.MULTILINE) is not None
    fixtures = _fixtures_defined(code)
    if defines_tests or fixtures:
        if defines_tests:
            (folder / "test_readme_block.py").write_text(code, encoding="utf-8")
        else:
            (folder / "conftest.py").write_text(code, encoding="utf-8")
            uses = ", ".join(fixtures)
            (folder / "test_uses_the_fixtures.py").write_text(f"def test_fixtures({uses}):\n    pass\n", "utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        environment = _environment(tmp_path, None)
    else:
        (folder / "readme_block.py").write_text(code, encoding="utf-8")
        command = [sys.executable, "readme_block.py"]
        environment = _environment(tmp_path, server)
    done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"{' '.join(command[1:])} failed:\n{done.stdout}\n{done.stderr}"


def _run_console_line(
    line: str, run_cli: Callable[[list[str], dict[str, str]], None], servers: dict[str, MockServer]
) -> None:
    """Run one ``$`` line (``NAME=value`` words before the command set its environment); ``servers`` maps
    each port the README wrote to the mock started for it."""
    words = shlex.split(line, comments=True)
    environment = {}
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        environment[name] = value
    if words[:2] == ["iranpayamak", "mock"]:
        started = MockServer().start()
        _seed(started)
        servers[words[words.index("--port") + 1]] = started
        return
    for written, started in servers.items():
        words = [word.replace(f"127.0.0.1:{written}", f"127.0.0.1:{started.port}") for word in words]
    if words[0] == "iranpayamak":
        run_cli(words[1:], environment)
    elif words[0] == "curl":
        assert shutil.which("curl"), "curl is needed to run the README's curl examples"
        done = subprocess.run([*words, "--fail", "--silent", "--show-error"], capture_output=True, timeout=30)
        assert done.returncode == 0, (line, done.stderr)
    else:
        pytest.fail(f"the README test does not know how to run: {line}")


@pytest.mark.parametrize("block", _blocks("console"))
def test_console_block(block: str, server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sample = ROOT / "overrides" / "iranpayamak" / "cli" / "sample_recipients.csv"
    (tmp_path / "customers.csv").write_bytes(sample.read_bytes())
    runner = CliRunner()

    def run_cli(args: list[str], environment: dict[str, str]) -> None:
        result = runner.invoke(app, args, env=environment)
        assert result.exit_code == 0, (args, result.output)

    servers: dict[str, MockServer] = {}
    try:
        for line in block.splitlines():
            if line.startswith("$ "):
                _run_console_line(line[2:], run_cli, servers)
    finally:
        for started in servers.values():
            started.stop()


@pytest.mark.parametrize("block", _blocks("sh"))
def test_setup_block(block: str) -> None:
    extras = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"])
    for line in filter(None, block.splitlines()):
        words = shlex.split(line)
        if words[0].startswith("scripts/"):
            script = ROOT / words[0]
            assert script.is_file() and os.access(script, os.X_OK), line
        elif words[:2] == ["pip", "install"]:
            for requirement in words[2:]:
                name, _, rest = requirement.partition("[")
                assert name == "iranpayamak", line
                assert set(filter(None, rest.rstrip("]").split(","))) <= extras, line
        else:
            pytest.fail(f"unknown set-up command in the README: {line}")


def check_error_tree(tree: str) -> None:
    """Each class drawn in ``tree`` exists and subclasses the one drawn above it, and none is missing."""
    parents: list[type] = []
    drawn = set()
    for line in filter(str.strip, tree.splitlines()):
        prefix = re.match(r"^[│├└─\s]*", line)
        assert prefix is not None
        depth = len(prefix.group(0)) // 4  # every level is drawn four characters wide
        name = line[prefix.end() :].split()[0]
        error = getattr(iranpayamak.errors, name, None)
        assert isinstance(error, type), name
        if depth:
            assert error.__bases__[0] is parents[depth - 1], f"{name} is drawn under {parents[depth - 1].__name__}"
        parents[depth:] = [error]
        drawn.add(name)
    exported = set(iranpayamak.errors.__all__)
    assert drawn == exported, f"missing: {sorted(exported - drawn)}, not exported: {sorted(drawn - exported)}"


def test_the_errors_module_draws_the_same_tree() -> None:
    docstring = iranpayamak.errors.__doc__ or ""
    check_error_tree(textwrap.dedent(docstring.partition("::")[2]))


@pytest.mark.parametrize("block", _blocks("text"))
def test_text_block(block: str) -> None:
    if "IranPayamakError" in block:
        check_error_tree(block)
        return
    for line in filter(None, block.splitlines()):
        path = line.split()[0]
        if "/" in path or "." in path:
            assert (ROOT / path).exists(), path


def test_the_performance_figures_are_the_latest_benchmark_run() -> None:
    latest = (ROOT / "bench" / "results" / "latest.md").read_text(encoding="utf-8")
    start = latest.index("| Target | Measured | Goal | Met |")
    table = latest[start : latest.index("\n\n", start)]
    assert table in README, "copy the targets table of bench/results/latest.md into the README"
