"""The whole suite: every measurement in one run, with what machine and versions it ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from .bulk_memory import BulkResult, measure_bulk_memory
from .fanout import FanoutResult, measure_fanout
from .imports import ImportResult, measure_imports
from .per_call import PerCallResult, measure_per_call
from .phones import PhoneResult, measure_phones
from .responder import running_responder
from .servers import ServerResult, measure_servers
from .sizes import Sizes
from .sync_first_use import SyncFirstUseResult, measure_sync_first_use

__all__ = ["Environment", "SuiteResult", "describe_environment", "run_suite"]

ROOT = Path(__file__).resolve().parent.parent
_PACKAGES = ("iranpayamak", "httpx", "httpcore", "h11", "anyio", "attrs", "requests", "farazsms", "phonenumbers")

T = TypeVar("T")


@dataclass(frozen=True)
class Environment:
    """Where and when the figures were taken."""

    started_at: str
    quick: bool
    python: str
    platform: str
    cpus: int | None
    packages: dict[str, str]
    git_commit: str | None
    git_dirty: bool | None
    sizes: Sizes


@dataclass(frozen=True)
class SuiteResult:
    """The seven measurements of one run."""

    environment: Environment
    per_call: PerCallResult
    fanout: FanoutResult
    imports: ImportResult
    sync_first_use: SyncFirstUseResult
    phones: PhoneResult
    bulk_memory: BulkResult
    servers: ServerResult


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def describe_environment(sizes: Sizes, *, quick: bool) -> Environment:
    """The interpreter, machine, package versions and commit of this run."""
    packages: dict[str, str] = {}
    for name in _PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = "not installed"
    status = _git("status", "--porcelain")
    return Environment(
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
        quick=quick,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        platform=platform.platform(),
        cpus=os.cpu_count(),
        packages=packages,
        git_commit=_git("rev-parse", "--short", "HEAD"),
        git_dirty=None if status is None else bool(status),
        sizes=sizes,
    )


def _step(title: str, measure: Callable[[], T]) -> T:
    print(f"==> {title}", file=sys.stderr, flush=True)
    return measure()


def run_suite(sizes: Sizes, *, quick: bool) -> SuiteResult:
    """Run every measurement against one responder process (import times, and the mock servers, which
    are measured themselves, need none)."""
    environment = describe_environment(sizes, quick=quick)
    with running_responder() as responder:
        per_call = _step(
            f"per-call overhead: {sizes.calls} calls per client and operation",
            lambda: measure_per_call(responder, sizes),
        )
        fanout = _step(
            f"async fan-out: {sizes.fanout_calls} sends at concurrency {sizes.fanout_concurrency}",
            lambda: measure_fanout(responder, sizes),
        )
        bulk = _step(
            f"bulk memory: streaming {', '.join(f'{n:,}' for n in sizes.bulk_sizes)} recipients",
            lambda: measure_bulk_memory(responder, sizes.bulk_sizes),
        )
    imports = _step(
        f"import time: {sizes.import_runs} fresh interpreters per module", lambda: measure_imports(sizes.import_runs)
    )
    sync_first_use = _step(
        "first use of every namespace by a sync client: asynchronous modules loaded", measure_sync_first_use
    )
    phones = _step(f"phone normalization: {sizes.phone_inputs:,} inputs", lambda: measure_phones(sizes.phone_inputs))
    servers = _step(
        f"mock servers: {sizes.server_requests:,} requests of each kind to `iranpayamak mock` and Prism",
        lambda: measure_servers(sizes),
    )
    return SuiteResult(environment, per_call, fanout, imports, sync_first_use, phones, bulk, servers)
