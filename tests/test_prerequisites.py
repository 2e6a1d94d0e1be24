"""``scripts/test`` on a machine where it cannot install what it needs: it says what to install, and stops.

Each case runs a copy of the script with a ``PATH`` holding only the commands the case provides.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

REDIS_ADVICE = "sudo apt-get install redis-server; Fedora: sudo dnf install redis; macOS: brew install redis"
SUDO_REFUSES = "echo 'sudo: a password is required' >&2; exit 1"


def _scripts_test(tmp_path: Path, commands: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Runs the copied ``scripts/test`` with these commands (name: shell script body) on its ``PATH``."""
    (tmp_path / "scripts").mkdir()
    for name in ("test", "venv.sh"):
        shutil.copy2(ROOT / "scripts" / name, tmp_path / "scripts" / name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    bash = shutil.which("bash")
    dirname = shutil.which("dirname")
    assert bash and dirname
    (bin_dir / "dirname").symlink_to(dirname)
    for name, body in commands.items():
        (bin_dir / name).write_text(f"#!{bash}\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return subprocess.run(
        [bash, str(tmp_path / "scripts" / "test")],
        env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_npm_it_names_node(tmp_path: Path) -> None:
    done = _scripts_test(tmp_path, {})
    assert done.returncode == 1
    assert "scripts/test needs Node 20 with npm" in done.stderr and "brew install node" in done.stderr


@pytest.mark.parametrize(
    "commands",
    [
        pytest.param({}, id="no apt-get"),
        pytest.param({"apt-get": "echo > apt-get-ran", "id": "echo 1000"}, id="apt-get, not root, no sudo"),
        pytest.param(
            {
                "apt-get": "echo > apt-get-ran",
                "id": "echo 1000",
                "sudo": "echo 'sudo: a password is required' >&2; exit 1",
            },
            id="sudo refuses",
        ),
        pytest.param({"apt-get": "echo 'E: Unable to locate package' >&2; exit 100", "id": "echo 0"}, id="apt fails"),
    ],
)
def test_without_a_way_to_install_redis_it_says_how(tmp_path: Path, commands: dict[str, str]) -> None:
    done = _scripts_test(tmp_path, {"npm": "exit 0", **commands})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "scripts/test needs redis-server, and cannot install it here." in done.stderr
    assert REDIS_ADVICE in done.stderr and "Then run scripts/test again." in done.stderr
    assert not (tmp_path / "apt-get-ran").exists()  # nothing it could not finish was started
    assert not (tmp_path / ".venv").exists()  # and it stopped before setting anything up


def test_as_root_with_apt_get_it_installs_redis(tmp_path: Path) -> None:
    redis_server = tmp_path / "bin" / "redis-server"
    commands = {
        "npm": "exit 0",
        "id": "echo 0",
        # The fake apt-get "installs" redis-server: the next command the script runs is its --version.
        "apt-get": f'echo "$@" >> apt-get-calls; printf "#!/bin/sh\\necho fake-redis\\n" > {redis_server}; '
        f"{shutil.which('chmod')} +x {redis_server}",
    }
    done = _scripts_test(tmp_path, commands)
    assert (tmp_path / "apt-get-calls").read_text().splitlines() == ["update -qq", "install -y -qq redis-server"]
    assert "fake-redis" in done.stdout
    # Then it goes on to the Python environment, which this PATH has no Python for.
    assert "Python 3.11 or newer is needed" in done.stderr
