"""Fixtures shared by every test: the spec, loaded once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

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
