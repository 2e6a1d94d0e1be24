"""Bulk memory: peak RSS of ``sms.send_simple`` streaming recipients from a CSV file, by list size.

For each size a CSV file of distinct numbers is written, and a fresh process
(:mod:`bench.bulk_child`) sends to all of them through the responder, 100 per request. Streaming
keeps one chunk in memory at a time, so the peak should not depend on the size; the ``list`` control
(the whole file read into a list first) shows the growth the measurement would catch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .responder import RunningResponder

__all__ = ["BulkFigure", "BulkResult", "measure_bulk_memory", "write_csv"]

CHUNK = 100
"""Recipients per request: the client's default ``chunk_size``."""


@dataclass(frozen=True)
class BulkFigure:
    """One bulk send: its mode and size, and the child process's memory."""

    mode: str
    recipients: int
    requests: int
    rss_before_mib: float
    peak_rss_mib: float
    seconds: float


@dataclass(frozen=True)
class BulkResult:
    """Every bulk run, and how much the streaming peak grew from the smallest size to the largest."""

    figures: list[BulkFigure]
    growth: float
    """Peak RSS of the largest streamed send over that of the smallest."""

    def figure(self, mode: str, recipients: int) -> BulkFigure:
        """The run of ``mode`` with ``recipients``."""
        return next(f for f in self.figures if f.mode == mode and f.recipients == recipients)


def write_csv(path: Path, count: int) -> None:
    """A ``mobile`` column of ``count`` distinct numbers (``0912`` then seven digits, then ``0935``...)."""
    prefixes = ("0912", "0935", "0901", "0921", "0990")
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("mobile\n")
        for index in range(count):
            prefix, rest = divmod(index, 10_000_000)
            out.write(f"{prefixes[prefix]}{rest:07d}\n")


def _run_child(responder: RunningResponder, csv_path: Path, mode: str, count: int) -> BulkFigure:
    responder.reset()
    environment = {key: value for key, value in os.environ.items() if not key.startswith("IRANPAYAMAK_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.bulk_child",
            "--url",
            responder.url,
            "--api-key",
            responder.api_key,
            "--csv",
            str(csv_path),
            "--mode",
            mode,
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the bulk send ({mode}, {count}) failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    received = responder.stats()["recipients"]
    if received != count or figures["requests"] != -(-count // CHUNK):
        raise RuntimeError(
            f"the bulk send ({mode}, {count}) delivered {received} recipients in {figures['requests']} requests"
        )
    return BulkFigure(
        mode=mode,
        recipients=count,
        requests=figures["requests"],
        rss_before_mib=figures["rss_before_kib"] / 1024,
        peak_rss_mib=figures["peak_rss_kib"] / 1024,
        seconds=figures["seconds"],
    )


def measure_bulk_memory(responder: RunningResponder, sizes: tuple[int, ...]) -> BulkResult:
    """Stream each size (and, as a control, send it as a list) in fresh processes; peak RSS of each."""
    figures: list[BulkFigure] = []
    with tempfile.TemporaryDirectory(prefix="iranpayamak-bench-") as folder:
        for count in sizes:
            path = Path(folder) / f"recipients-{count}.csv"
            write_csv(path, count)
            figures.append(_run_child(responder, path, "stream", count))
            figures.append(_run_child(responder, path, "list", count))
            path.unlink()
    streamed = [f for f in figures if f.mode == "stream"]
    return BulkResult(figures=figures, growth=streamed[-1].peak_rss_mib / streamed[0].peak_rss_mib)
