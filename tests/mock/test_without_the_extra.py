"""Without the ``mock`` extra, pytest still runs a project's tests, and the mock says which extra it needs.

The ``pytest11`` plugin lives in ``iranpayamak.testing`` and is loaded by every pytest run of every
project that installs the package. Here the extra's packages are hidden from a child interpreter; the
same checks run against the built wheel in fresh environments in tests/packaging/test_installed.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

HIDE_THE_MOCK_EXTRA = textwrap.dedent(
    """
    import sys

    class NotInstalled:
        # Imports of these fail as they would in an environment without iranpayamak[mock].
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {"starlette", "uvicorn", "multipart", "python_multipart"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, NotInstalled())
    """
)

HINT = 'pip install "iranpayamak[mock]"'


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    return subprocess.run(
        [sys.executable, "-c", HIDE_THE_MOCK_EXTRA + textwrap.dedent(code)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_a_project_s_tests_run_and_the_fixtures_name_the_extra(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_app.py").write_text(
        textwrap.dedent(
            """
            def test_unrelated_to_sms():
                assert sum([1, 2]) == 3

            def test_uses_the_mock(iranpayamak_client):
                pass
            """
        ),
        encoding="utf-8",
    )
    done = _python("import pytest; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider']))", tmp_path)
    output = done.stdout + done.stderr
    assert "Error while loading plugin" not in output, output
    assert "1 passed, 1 error" in output, output
    assert HINT in output, output


def test_importing_the_mock_names_the_extra(tmp_path: Path) -> None:
    done = _python(
        """
        import iranpayamak.testing
        from iranpayamak.testing import MockClock  # needs nothing beyond the base install
        try:
            from iranpayamak.testing import MockService
        except ModuleNotFoundError as error:
            print(error.name, error, sep="\\n")
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    name, message = done.stdout.splitlines()
    assert name == "starlette"
    assert HINT in message and "starlette" in message
