"""The package as users get it: the sdist and wheel built, the wheel installed into fresh virtual
environments (no extra, and each extra), and used from a scratch project outside the repository.

The rest of the suite runs against the repository with every extra installed, so it cannot see a
dependency imported without its extra (the pytest plugin once broke every pytest run of a project that
installed the package without ``mock``), a file missing from the wheel, or tests and a missing licence in
the sdist. The wheel is built from the sdist (``python -m build``), which shows the sdist is complete.

Each run builds once and downloads the dependencies once, at the dev group's pinned versions, into a
wheelhouse every environment installs from (``--no-index``); environments get no pip of their own (the
suite's pip installs into them) and no bytecode, which keeps one environment to a few seconds.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from attrs import frozen

from ..conftest import ROOT

MOCK_HINT = 'pip install "iranpayamak[mock]"'
CLI_HINT = 'pip install "iranpayamak[cli]"'

UNRELATED_TEST = """
def test_unrelated_to_sms():
    assert sum([1, 2]) == 3
"""

FIXTURE_TEST = """
def test_login_sends_a_code(iranpayamak_client, iranpayamak_mock):
    sent = iranpayamak_client.otp.send("0912 123 4567", pattern="mockOtp001")
    assert iranpayamak_mock.outbox[-1].recipient == "09121234567"
    assert sent.code in iranpayamak_mock.outbox[-1].text
"""


@frozen
class Built:
    sdist: Path
    wheel: Path
    wheelhouse: Path


@frozen
class Environment:
    """A fresh virtual environment with the wheel installed, and a scratch project to run things in."""

    prefix: Path
    project: Path

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        bin_dir = self.prefix / "bin"
        # Nothing of the suite's own environment leaks in: no PYTHONPATH, virtual environment, pytest
        # settings, service settings, or the user's iranpayamak config (HOME is the scratch project).
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "PYTEST_", "VIRTUAL_ENV", "IRANPAYAMAK_", "XDG_"))
        }
        environment |= {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(self.project)}
        return subprocess.run(
            command, cwd=self.project, env=environment, capture_output=True, text=True, encoding="utf-8", timeout=300
        )

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.prefix / "bin" / "python"), "-c", textwrap.dedent(code))

    def pytest(self, *tests: str) -> subprocess.CompletedProcess[str]:
        """A pytest run of the scratch project with these test modules (plugins load as they would for a user)."""
        for number, source in enumerate(tests):
            (self.project / f"test_{number}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        return self.run(str(self.prefix / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider")


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return f"rc={done.returncode}\n{done.stdout}\n{done.stderr}"


def _check(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, f"{command}\n{_output(done)}"


def _pip(*arguments: str) -> None:
    _check(sys.executable, "-m", "pip", "--quiet", *arguments)


def _build(into: Path) -> None:
    dist = into / "dist"
    _check(sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT))
    (wheel,) = dist.glob("*.whl")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # The dev group's exact versions: the environments get the versions the rest of the suite tests.
    pins = [requirement for requirement in pyproject["dependency-groups"]["dev"] if "==" in requirement]
    constraints = into / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
    every_extra = ",".join(pyproject["project"]["optional-dependencies"])
    wheelhouse = ("--dest", str(into / "wheelhouse"))
    _pip("download", *wheelhouse, "--constraint", str(constraints), f"{wheel}[{every_extra}]", "pytest")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The sdist, the wheel and a wheelhouse of every dependency, made once per run however many workers."""
    # xdist workers share the run's base folder; a lone process has its own.
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base
    folder = shared / "packaging"
    with (shared / "packaging.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / "built"
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            _build(folder)
            done.touch()
    (sdist,) = (folder / "dist").glob("*.tar.gz")
    (wheel,) = (folder / "dist").glob("*.whl")
    return Built(sdist=sdist, wheel=wheel, wheelhouse=folder / "wheelhouse")


@pytest.fixture
def install(built: Built, tmp_path: Path) -> Callable[[str], Environment]:
    """Makes the environment: ``install("cli,mock")`` is ``pip install "iranpayamak[cli,mock]" pytest``."""

    def make(extras: str) -> Environment:
        prefix = tmp_path / "venv"
        _check(sys.executable, "-m", "venv", "--without-pip", str(prefix))
        requirement = f"iranpayamak[{extras}]" if extras else "iranpayamak"
        wheelhouse = ("--no-index", "--find-links", str(built.wheelhouse))
        _pip("--python", str(prefix / "bin" / "python"), "install", "--no-compile", *wheelhouse, requirement, "pytest")
        project = tmp_path / "project"
        project.mkdir()
        # The scratch project's own root, so pytest reads no configuration from the folders above it.
        (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        assert not project.resolve().is_relative_to(ROOT)
        return Environment(prefix=prefix, project=project)

    return make


def test_the_base_install_leaves_a_project_s_pytest_runs_alone_and_names_the_extras(
    install: Callable[[str], Environment],
) -> None:
    environment = install("")

    imported = environment.python(
        """
        import iranpayamak, iranpayamak_api
        from iranpayamak import IranPayamak

        with IranPayamak(api_key="key") as client:
            print(iranpayamak.__file__)
        """
    )
    assert imported.returncode == 0, _output(imported)
    assert Path(imported.stdout.strip()).is_relative_to(environment.prefix), "imported from outside the install"

    # The project's own test passes; one that asks for the fixtures is told which extra they need.
    ran = environment.pytest(UNRELATED_TEST, FIXTURE_TEST)
    assert "Error while loading plugin" not in ran.stdout + ran.stderr, _output(ran)
    assert "1 passed, 1 error" in ran.stdout, _output(ran)
    assert MOCK_HINT in ran.stdout, _output(ran)

    mock = environment.python("from iranpayamak.testing import MockService")
    assert mock.returncode == 1 and MOCK_HINT in mock.stderr, _output(mock)

    command = environment.run("iranpayamak", "--help")
    assert command.returncode == 1 and CLI_HINT in command.stderr, _output(command)


def test_the_mock_extra_gives_working_fixtures(install: Callable[[str], Environment]) -> None:
    environment = install("mock")
    ran = environment.pytest(UNRELATED_TEST, FIXTURE_TEST)
    assert ran.returncode == 0 and "2 passed" in ran.stdout, _output(ran)


def test_the_cli_extra_gives_the_command(install: Callable[[str], Environment]) -> None:
    environment = install("cli")
    command = environment.run("iranpayamak", "--help")
    assert command.returncode == 0 and "demo" in command.stdout, _output(command)

    demo = environment.run("iranpayamak", "demo")
    assert demo.returncode == 1 and MOCK_HINT in demo.stderr, _output(demo)

    ran = environment.pytest(UNRELATED_TEST)
    assert ran.returncode == 0 and "1 passed" in ran.stdout, _output(ran)


def test_the_cli_and_mock_extras_give_the_demo(install: Callable[[str], Environment]) -> None:
    environment = install("cli,mock")
    demo = environment.run("iranpayamak", "demo")
    assert demo.returncode == 0, _output(demo)
    assert "after the operators' reports: delivered 200" in demo.stdout, _output(demo)


def test_the_excel_extra_builds_and_reads_sheets(install: Callable[[str], Environment]) -> None:
    environment = install("excel")
    sheet = environment.python(
        """
        from pathlib import Path
        from iranpayamak.files import read_rows, recipients_workbook

        Path("numbers.xlsx").write_bytes(recipients_workbook(["09121234567"]))
        print(list(read_rows("numbers.xlsx")))
        """
    )
    assert sheet.returncode == 0 and "09121234567" in sheet.stdout, _output(sheet)

    ran = environment.pytest(UNRELATED_TEST)
    assert ran.returncode == 0 and "1 passed" in ran.stdout, _output(ran)


def test_the_redis_extra_gives_the_shared_otp_store(install: Callable[[str], Environment]) -> None:
    environment = install("redis")
    store = environment.python(
        """
        import redis
        from iranpayamak.otp import RedisStore

        RedisStore(redis.Redis(port=1))  # never connects: nothing is stored or read
        """
    )
    assert store.returncode == 0, _output(store)

    ran = environment.pytest(UNRELATED_TEST)
    assert ran.returncode == 0 and "1 passed" in ran.stdout, _output(ran)


def test_the_sdist_and_wheel_hold_the_licence_and_no_tests(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        names = {name.partition("/")[2] for name in sdist.getnames()}
    assert "LICENSE" in names and "pyproject.toml" in names
    assert {"overrides/iranpayamak/py.typed", "generated/iranpayamak_api/py.typed"} <= names
    assert not [name for name in names if name.startswith("tests/") or "/tests/" in name]

    with zipfile.ZipFile(built.wheel) as wheel:
        (metadata,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
        licences = [name for name in wheel.namelist() if name.endswith(".dist-info/licenses/LICENSE")]
        fields = wheel.read(metadata).decode("utf-8").partition("\n\n")[0].splitlines()
    assert licences
    assert "License-Expression: MIT" in fields
    assert {field.partition(",")[0] for field in fields if field.startswith("Project-URL:")} >= {
        f"Project-URL: {label}" for label in ("Homepage", "Documentation", "Repository", "Issues")
    }
    # Development tools are a dependency group, not an extra users could install.
    extras = {field.removeprefix("Provides-Extra: ") for field in fields if field.startswith("Provides-Extra:")}
    assert extras == {"cli", "excel", "mock", "redis"}
