"""Import time: ``python -X importtime -c "import X"`` in fresh interpreters, the best of several.

A case's figure is the cumulative time ``-X importtime`` reports for the imports its code started
(the top-level lines after the interpreter's own start-up imports), so it covers everything loaded
that the interpreter had not loaded already. Runs of the cases are interleaved so that a slow moment
of the machine does not land on one case only, and every case runs once first with bytecode writing
on, so no run pays for compiling sources (the environment may set ``PYTHONDONTWRITEBYTECODE``;
installed packages have their bytecode anyway). The ratios compare best runs (a run is only ever
slowed down by the machine); the median is reported too.

The target's cases run as a plain ``pip install iranpayamak`` would, without httpx's command line:
``import httpx`` imports ``httpx._main`` (click, rich, pygments) when those happen to be installed, as
they are in the dev environment, which makes ``import httpx`` about twice as slow. A plain install has
them not, and httpx then falls back to a stub command line on the ``ImportError``; the cases get the
same fallback by setting ``sys.modules["httpx._main"] = None`` first (checked: none of the command
line's packages may show up in their profiles). Informative cases:

- ``from iranpayamak import IranPayamak``: what applications write. The same as ``import iranpayamak``
  while the package imports its names eagerly; it keeps the figure honest if it ever turns lazy.
- Both imports with httpx's command line installed, as in the dev environment.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from dataclasses import dataclass

__all__ = ["BASELINE", "CASES", "ExtraModule", "ImportCase", "ImportFigure", "ImportResult", "measure_imports"]

# `import httpx` falls back to a stub command line when importing httpx._main fails, as in a plain install.
_WITHOUT_HTTPX_CLI = "import sys; sys.modules['httpx._main'] = None; "
# What httpx's command line (the `httpx[cli]` extra) loads; a case without it must load none of them.
# (httpx._main itself shows up in the profile either way: -X importtime reports the refused attempt.)
_CLI_PACKAGES = frozenset({"click", "rich", "pygments"})


@dataclass(frozen=True)
class ImportCase:
    """Code run with ``python -X importtime -c``, the case its time is compared with, and whether
    httpx's command line is blocked (as it is absent from a plain install)."""

    key: str
    code: str
    baseline: str
    informative: bool
    with_httpx_cli: bool = False

    @property
    def command(self) -> str:
        """The code the interpreter runs."""
        return self.code if self.with_httpx_cli else _WITHOUT_HTTPX_CLI + self.code


BASELINE = "httpx"
CASES = (
    ImportCase("httpx", "import httpx", BASELINE, False),
    ImportCase("iranpayamak_api", "import iranpayamak_api", BASELINE, False),
    ImportCase("iranpayamak", "import iranpayamak", BASELINE, False),
    ImportCase("iranpayamak_client", "from iranpayamak import IranPayamak", BASELINE, True),
    ImportCase("httpx_with_cli", "import httpx", "httpx_with_cli", True, with_httpx_cli=True),
    ImportCase("iranpayamak_with_cli", "import iranpayamak", "httpx_with_cli", True, with_httpx_cli=True),
)

# "import time:       545 |     175275 | httpx" (self µs, cumulative µs, name indented by depth).
_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")

Row = tuple[str, int, int, int]
"""A reported import: module, depth (0 for top level), self µs, cumulative µs."""


@dataclass(frozen=True)
class ImportFigure:
    """The import time of one case, and its ratio to its baseline case."""

    key: str
    code: str
    with_httpx_cli: bool
    runs_ms: list[float]
    median_ms: float
    min_ms: float
    baseline: str
    ratio: float
    """The best run's time over the baseline's best run's."""
    median_ratio: float
    informative: bool


@dataclass(frozen=True)
class ExtraModule:
    """A module ``import iranpayamak`` loads and ``import httpx`` does not, with its own import time."""

    module: str
    self_ms: float


@dataclass(frozen=True)
class ImportResult:
    """Every case's import time, and what ``iranpayamak`` loads on top of httpx."""

    runs: int
    figures: list[ImportFigure]
    extra_modules: list[ExtraModule]
    """The modules ``import iranpayamak`` loads that ``import httpx`` does not (both without httpx's
    command line, as installed by ``pip install iranpayamak``), by self time, largest first."""

    def figure(self, key: str) -> ImportFigure:
        """The figure of the case ``key``."""
        return next(f for f in self.figures if f.key == key)


def _environment(write_bytecode: bool) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("IRANPAYAMAK_")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write_bytecode:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return environment


def _profile(code: str, *, write_bytecode: bool = False) -> list[Row]:
    """Every import ``-X importtime`` reports for a fresh interpreter running ``code``, in report order."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=_environment(write_bytecode),
        check=True,
    )
    rows: list[Row] = []
    for line in done.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            rows.append((match[4], len(match[3]) // 2, int(match[1]), int(match[2])))
    return rows


def _code_ms(rows: list[Row], startup: set[str]) -> float:
    # Top-level lines cover everything below them; the start-up ones came before the code ran.
    return sum(cumulative for name, depth, _, cumulative in rows if depth == 0 and name not in startup) / 1000


def measure_imports(runs: int) -> ImportResult:
    """Import time of each of :data:`CASES` over ``runs`` fresh interpreters."""
    for case in CASES:
        _profile(case.command, write_bytecode=True)
    startup = {name for name, depth, _, _ in _profile("pass") if depth == 0}
    samples: dict[str, list[float]] = {case.key: [] for case in CASES}
    profiles: dict[str, list[list[Row]]] = {case.key: [] for case in CASES}
    for _ in range(runs):
        for case in CASES:
            rows = _profile(case.command)
            if not any(depth == 0 and name not in startup for name, depth, _, _ in rows):
                raise RuntimeError(f"-X importtime reported no import for {case.command!r}")
            cli = sorted({name for name, _, _, _ in rows if name.split(".")[0] in _CLI_PACKAGES})
            if cli and not case.with_httpx_cli:
                raise RuntimeError(f"{case.command!r} loaded httpx's command line ({', '.join(cli)}) though blocked")
            profiles[case.key].append(rows)
            samples[case.key].append(_code_ms(rows, startup))
    medians = {key: statistics.median(values) for key, values in samples.items()}
    bests = {key: min(values) for key, values in samples.items()}
    figures = [
        ImportFigure(
            key=case.key,
            code=case.code,
            with_httpx_cli=case.with_httpx_cli,
            runs_ms=[round(value, 3) for value in samples[case.key]],
            median_ms=medians[case.key],
            min_ms=bests[case.key],
            baseline=case.baseline,
            ratio=bests[case.key] / bests[case.baseline],
            median_ratio=medians[case.key] / medians[case.baseline],
            informative=case.informative,
        )
        for case in CASES
    ]
    return ImportResult(runs=runs, figures=figures, extra_modules=_extra_modules(profiles))


def _extra_modules(profiles: dict[str, list[list[Row]]]) -> list[ExtraModule]:
    """Self time (median over runs) of each module ``import iranpayamak`` loads beyond ``import httpx``.

    Compared without httpx's command line, whose dependencies would otherwise hide modules (``inspect``
    for one) that ``iranpayamak`` is then the first to load.
    """
    loaded_by_httpx = {name for rows in profiles[BASELINE] for name, _, _, _ in rows}
    self_times: dict[str, list[int]] = {}
    for rows in profiles["iranpayamak"]:
        for name, _, self_us, _ in rows:
            if name not in loaded_by_httpx:
                self_times.setdefault(name, []).append(self_us)
    extra = [ExtraModule(name, round(statistics.median(values) / 1000, 3)) for name, values in self_times.items()]
    return sorted(extra, key=lambda row: -row.self_ms)
