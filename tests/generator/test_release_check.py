"""The release check of issue 18 (``python -m generator.changes check``, run by scripts/test): an unannounced
breaking change of the public API fails, the same change announced passes, additions never fail.

Every case works on a temporary copy of the tree and of the recorded snapshot, never on the real files.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import changes, surface

ROOT = Path(__file__).resolve().parents[2]

# The cases are written against the recorded release, whichever it is: "minor" and "major" are the next
# ones after it, "patch" the next patch.
RELEASED = json.loads((ROOT / changes.SNAPSHOT).read_text(encoding="utf-8"))["version"]
_MAJOR, _MINOR, _PATCH = (int(part) for part in RELEASED.split("."))
MINOR = f"{_MAJOR}.{_MINOR + 1}.0"
MAJOR = f"{_MAJOR + 1}.0.0"
PATCH = f"{_MAJOR}.{_MINOR}.{_PATCH + 1}"


def _copy_tree(into: Path) -> Path:
    for folder in ("generated/iranpayamak_api", "overrides/iranpayamak"):
        shutil.copytree(ROOT / folder, into / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (into / "generator").mkdir()
    shutil.copyfile(ROOT / changes.SNAPSHOT, into / changes.SNAPSHOT)
    shutil.copyfile(ROOT / "pyproject.toml", into / "pyproject.toml")
    # The copy starts as the recorded release, whatever version the working tree is heading for.
    _release(into, RELEASED, None)
    return into


def _release(root: Path, version: str | None, changelog: str | None) -> None:
    if version is not None:
        pyproject = root / "pyproject.toml"
        text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', pyproject.read_text(encoding="utf-8"))
        pyproject.write_text(text, encoding="utf-8")
    if changelog is not None:
        (root / "CHANGELOG.md").write_text(changelog, encoding="utf-8")


@pytest.fixture(scope="module")
def broken_api(broken: Path) -> dict[str, surface.Record]:
    return surface.surface(broken)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the tree from which an operation was removed: a breaking change of both packages."""
    root = _copy_tree(tmp_path_factory.mktemp("broken"))
    (root / "generated/iranpayamak_api/api/account/get_balance.py").unlink()
    return root


def test_the_tree_keeps_the_recorded_api() -> None:
    ok, message = changes.check(ROOT)
    assert ok, message


def test_an_unannounced_breaking_change_fails(broken: Path, broken_api: dict[str, surface.Record]) -> None:
    ok, message = changes.check(broken, api=broken_api)
    assert not ok
    assert "iranpayamak_api.api.account.get_balance: removed" in message
    assert "bump the version in pyproject.toml to a new minor version (0.x)" in message
    assert f"add a '## [{RELEASED}]' section to CHANGELOG.md" in message


def test_the_command_line_check_exits_non_zero(broken: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator.changes", "check", "--root", str(broken)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "unannounced breaking change(s)" in result.stderr


@pytest.mark.parametrize(
    ("version", "changelog", "passes"),
    [
        (MINOR, f"# Changelog\n\n## [{MINOR}] - 2026-12-01\n\n### Removed\n- get_balance\n", True),
        (MAJOR, f"# Changelog\n\n## [{MAJOR}]\n", True),
        (MINOR, None, False),  # bumped, not told
        (PATCH, f"# Changelog\n\n## [{PATCH}]\n", False),  # a patch release may not break
        (None, f"# Changelog\n\n## [{RELEASED}]\n", False),  # told, not bumped
        (MINOR, "# Changelog\n\n## [Unreleased]\n", False),
    ],
)
def test_a_breaking_change_passes_once_announced(
    broken: Path,
    broken_api: dict[str, surface.Record],
    tmp_path: Path,
    version: str | None,
    changelog: str | None,
    passes: bool,
) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    for name in ("generated", "overrides", "generator"):
        (root / name).symlink_to(broken / name)
    shutil.copyfile(broken / "pyproject.toml", root / "pyproject.toml")
    _release(root, version, changelog)
    ok, message = changes.check(root, api=broken_api)
    assert ok is passes, message


def test_additions_never_fail(tmp_path: Path) -> None:
    """A snapshot older than the tree's new public names (another branch's features) still passes."""
    snapshot = json.loads((ROOT / changes.SNAPSHOT).read_text(encoding="utf-8"))
    new_names = [name for name in snapshot["api"] if name.startswith("IranPayamak.account.")]
    for name in new_names:
        del snapshot["api"][name]
    older = tmp_path / "snapshot.json"
    older.write_text(json.dumps(snapshot), encoding="utf-8")
    ok, message = changes.check(ROOT, older)
    assert ok, message
    assert "compatible change(s)" in message


@pytest.mark.parametrize(
    ("released", "current", "may_break"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.3", "0.1.4", False),
        ("0.9.0", "1.0.0", True),
        ("1.2.0", "1.3.0", False),
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "1.2.0", False),
    ],
)
def test_the_versioning_rule(released: str, current: str, may_break: bool) -> None:
    assert changes.announces_break(released, current) is may_break


def test_the_snapshot_is_written_one_name_a_line(tmp_path: Path) -> None:
    """So that two branches adding names merge line by line; and it records the package's version."""
    written = changes.write_snapshot(ROOT, tmp_path / "snapshot.json")
    text = written.read_text(encoding="utf-8")
    assert text == (ROOT / changes.SNAPSHOT).read_text(encoding="utf-8"), "run: python -m generator.changes snapshot"
    recorded = json.loads(text)
    assert recorded["version"] == changes.version(ROOT)
    assert len(text.splitlines()) == len(recorded["api"]) + 5
