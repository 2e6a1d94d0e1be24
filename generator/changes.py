"""What a change of the API means for users: the change report, the API snapshot and the release check.

    python -m generator.changes report [--since REV|DIR] [--report FILE]   # this tree against HEAD
    python -m generator.changes snapshot                                   # record the public API
    python -m generator.changes check                                      # scripts/test runs this

``report`` compares the spec and the public Python API of both packages (``generator.surface``) with
those of a git revision (default ``HEAD``) or of another checkout's folder, classes every change as
breaking or compatible (``generator.spec_diff``, ``generator.api_diff``) and prints it; ``--report``
also writes it as Markdown, for the changelog. ``scripts/regenerate`` prints the same report after
regenerating.

``snapshot`` records the public API of this tree, with the package's version, in
``generator/api-snapshot.json``: the API of the last release (no release is tagged yet). Run it when
releasing, and whenever a merge or new feature adds public names (additions never fail the check; a
stale snapshot only makes the next report longer).

``check`` fails when the public API of this tree breaks the snapshot's, unless the break is announced:
the version in pyproject.toml is bumped past the snapshot's (a new major version; while the major
version is 0, a new minor version is enough) and CHANGELOG.md has a ``## [X.Y.Z]`` section for it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path

import yaml

from generator import api_diff, spec_diff, surface
from generator.api_diff import Change

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("spec") / "iranpayamak.openapi.yaml"
SNAPSHOT = Path("generator") / "api-snapshot.json"
# What a checkout needs for a report: the spec and both packages.
TREE = (str(SPEC), "generated/iranpayamak_api", "overrides/iranpayamak")
_LAYERS = {
    "spec": "The web service (spec/iranpayamak.openapi.yaml)",
    "iranpayamak_api": "The low-level client (iranpayamak_api)",
    "iranpayamak": "The client (iranpayamak)",
}


def compare_trees(old: Path, new: Path) -> list[Change]:
    """Every change from the checkout at ``old`` to the one at ``new``: the spec's, then both packages'."""
    changes = spec_diff.compare(_document(old / SPEC), _document(new / SPEC))
    return changes + api_diff.compare(surface.surface(old), surface.surface(new))


def _document(path: Path) -> spec_diff.Document:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def checkout(since: str, into: Path, root: Path = ROOT) -> Path:
    """The spec and both packages as they are at git revision ``since``, extracted under ``into``.

    A folder is taken as it is: ``since`` may name another checkout instead of a revision.
    """
    if Path(since).is_dir():
        return Path(since)
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", since, "--", *TREE], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise ValueError(f"cannot read {since!r} from git: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def render_text(changes: Iterable[Change], since: str) -> str:
    """The report for a terminal: one line per change, breaking ones marked, grouped by layer."""
    changes = list(changes)
    breaking = sum(change.breaking for change in changes)
    lines = [f"Change report against {since}: {breaking} breaking, {len(changes) - breaking} compatible."]
    for layer, title in _LAYERS.items():
        mine = [change for change in changes if change.layer == layer]
        if mine:
            lines += ["", title]
            lines += [f"  {'BREAKING  ' if c.breaking else 'compatible'}  {c.subject}: {c.what}" for c in mine]
    return "\n".join(lines) + "\n"


def render_markdown(changes: Iterable[Change], since: str) -> str:
    """The report as Markdown, breaking changes first, ready to paste into CHANGELOG.md."""
    changes = list(changes)
    lines = [f"## Changes for users (against {since})", ""]
    if not changes:
        return "\n".join([*lines, "No change of the spec or of the public API.", ""])
    for breaking, heading in ((True, "Breaking"), (False, "Compatible")):
        chosen = [change for change in changes if change.breaking is breaking]
        if not chosen:
            continue
        lines += [f"### {heading}", ""]
        for layer, title in _LAYERS.items():
            mine = [change for change in chosen if change.layer == layer]
            if mine:
                lines += [f"#### {title}", ""]
                lines += [f"- `{change.subject}`: {change.what}" for change in mine]
                lines.append("")
    return "\n".join(lines)


def report(new: Path, since: str, markdown_to: Path | None = None, root: Path = ROOT) -> list[Change]:
    """Print the change report of the checkout at ``new`` against ``since``; write Markdown if asked."""
    with tempfile.TemporaryDirectory(prefix="iranpayamak-base-") as tmp:
        changes = compare_trees(checkout(since, Path(tmp), root), new)
    print(render_text(changes, since), end="")
    if markdown_to is not None:
        markdown_to.write_text(render_markdown(changes, since), encoding="utf-8")
        print(f"Wrote the report to {markdown_to}")
    return changes


@contextlib.contextmanager
def built_tree(spec: Path, package: Path, resources: Path) -> Iterator[Path]:
    """A checkout of freshly built packages with this tree's hand-written code, for the report and docs."""
    with tempfile.TemporaryDirectory(prefix="iranpayamak-new-") as tmp:
        new = Path(tmp)
        (new / SPEC).parent.mkdir(parents=True)
        shutil.copyfile(spec, new / SPEC)
        shutil.copytree(package, new / "generated" / "iranpayamak_api")
        overrides = ROOT / "overrides" / "iranpayamak"
        shutil.copytree(
            overrides,
            new / "overrides" / "iranpayamak",
            ignore=lambda folder, names: ["__pycache__", *(["_generated"] if Path(folder) == overrides else [])],
        )
        shutil.copytree(resources, new / "overrides" / "iranpayamak" / "_generated")
        yield new


def report_or_explain(new: Path, since: str, markdown_to: Path | None) -> None:
    """``report``, or why there is none (``since`` is not a revision of this repository)."""
    try:
        report(new, since, markdown_to)
    except ValueError as error:
        print(f"No change report: {error}", file=sys.stderr)


def write_snapshot(root: Path = ROOT, path: Path | None = None) -> Path:
    """Record the public API of the checkout at ``root`` and its version; one name a line, for diffs."""
    path = path or root / SNAPSHOT
    api = surface.surface(root)
    entries = ",\n".join(f"    {json.dumps(name)}: {json.dumps(record)}" for name, record in api.items())
    path.write_text(f'{{\n  "version": {json.dumps(version(root))},\n  "api": {{\n{entries}\n  }}\n}}\n')
    return path


def version(root: Path) -> str:
    """The package's version in ``root/pyproject.toml``."""
    with (root / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _release(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)\S*", text)
    if match is None:
        raise ValueError(f"version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def announces_break(released: str, current: str) -> bool:
    """Whether going from ``released`` to ``current`` is allowed to break the API.

    A new major version may break; while the major version is 0, a new minor version may too.

    Example::

        >>> announces_break("0.1.0", "0.2.0"), announces_break("0.1.0", "0.1.1"), announces_break("1.2.0", "1.3.0")
        (True, False, False)
    """
    old, new = _release(released), _release(current)
    if new[0] > old[0]:
        return True
    return old[0] == 0 and new[0] == 0 and new[1] > old[1]


def check(
    root: Path = ROOT, snapshot: Path | None = None, api: dict[str, surface.Record] | None = None
) -> tuple[bool, str]:
    """Whether the public API at ``root`` may be released over the snapshot's, and why (or why not).

    ``api`` is the tree's API if already read (``generator.surface.surface(root)``).
    """
    recorded = json.loads((snapshot or root / SNAPSHOT).read_text(encoding="utf-8"))
    released, current = recorded["version"], version(root)
    changes = api_diff.compare(recorded["api"], surface.surface(root) if api is None else api)
    breaking = [change for change in changes if change.breaking]
    added = len(changes) - len(breaking)
    if not breaking:
        note = f" ({added} compatible change(s); python -m generator.changes snapshot records them)" if added else ""
        return True, f"The public API keeps every promise of {released}{note}."
    listed = "\n".join(f"  {change.subject}: {change.what}" for change in breaking)
    changelog = root / "CHANGELOG.md"
    entry = changelog.exists() and re.search(
        rf"^## \[{re.escape(current)}\]", changelog.read_text(encoding="utf-8"), re.MULTILINE
    )
    if announces_break(released, current) and entry:
        return True, f"{len(breaking)} breaking change(s) since {released}, announced as {current}:\n{listed}"
    wanted = "a new minor version (0.x)" if _release(released)[0] == 0 else "a new major version"
    missing = [
        *([] if announces_break(released, current) else [f"bump the version in pyproject.toml to {wanted}"]),
        *([] if entry else [f"add a '## [{current}]' section to CHANGELOG.md that says what breaks"]),
    ]
    return False, (
        f"{len(breaking)} unannounced breaking change(s) of the public API since {released}:\n{listed}\n"
        f"To release them: {'; and '.join(missing)}. If a break is not meant, undo it."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    report_parser = commands.add_parser("report", help="print what changed for users since a revision")
    report_parser.add_argument("--since", default="HEAD", help="git revision or checkout folder (default: HEAD)")
    report_parser.add_argument("--report", type=Path, help="also write the report as Markdown to this file")
    for name, text in (("snapshot", "record the public API and version"), ("check", "fail on an unannounced break")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this repository)")
    args = parser.parse_args(argv)
    if args.command == "report":
        try:
            report(ROOT, args.since, args.report)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
        return 0
    if args.command == "snapshot":
        print(f"Recorded the public API of {version(args.root)} in {write_snapshot(args.root)}")
        return 0
    ok, message = check(args.root)
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
