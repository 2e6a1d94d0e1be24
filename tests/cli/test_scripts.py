"""``scripts/demo`` on a fresh copy of the repository: a new ``.venv``, the package installed, the tour run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT


@pytest.mark.slow
def test_scripts_demo_works_from_a_fresh_copy(tmp_path: Path) -> None:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    copy = tmp_path / "iranpayamak"
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():  # files deleted in the working tree but not yet in git are skipped
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("IRANPAYAMAK_", "VIRTUAL_ENV"))
    }
    environment["PYTHON"] = sys.executable
    done = subprocess.run(
        ["scripts/demo"], cwd=copy, env=environment, capture_output=True, text=True, encoding="utf-8", timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "after the operators' reports: delivered 200" in done.stdout
    assert (copy / ".venv" / "bin" / "iranpayamak").exists()
