"""Fixtures shared by every test (the spec, loaded once) and the run's search seed."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests import search

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "iranpayamak.openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document as plain data."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        loaded: dict[str, Any] = yaml.safe_load(f)
    return loaded


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run the long tests marked slow")


def pytest_configure(config: pytest.Config) -> None:
    # One seed per run drives every search-style suite (tests/search.py) and every Hypothesis test:
    # the controller picks it (or takes --hypothesis-seed) and hands it to the xdist workers.
    from hypothesis import core

    worker_input = getattr(config, "workerinput", None)
    if worker_input is not None:
        seed = int(worker_input["search_seed"])
    else:
        given = config.getoption("hypothesis_seed", None)
        seed = int(given) if given is not None else secrets.randbelow(2**32)
    config.stash[_SEED] = seed
    core.global_force_seed = seed
    search.configure(seed=seed, slow=bool(config.getoption("--run-slow")))


_SEED = pytest.StashKey[int]()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    node.workerinput["search_seed"] = node.config.stash[_SEED]


def pytest_report_header(config: pytest.Config) -> str:
    return f"search seed: {config.stash[_SEED]}"


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if exitstatus not in (0, 5):
        seed = config.stash[_SEED]
        terminalreporter.write_line(
            f"Search seed of this run: {seed}. Repeat it with: scripts/test --hypothesis-seed={seed}"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Long load tests only run with scripts/test --slow; the default suite stays quick.
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with scripts/test --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # The reliability tests' observations become docs/reliability.md (see tests/reliability/report.py).
    from tests.reliability import report

    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:  # a pytest-xdist worker: hand them to the controller
        worker_output["reliability"] = json.dumps(report.OBSERVATIONS)
    elif exitstatus == 0:
        report.write()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    from tests.reliability import report

    observations = getattr(node, "workeroutput", {}).get("reliability")
    if observations:
        report.collect(observations)
