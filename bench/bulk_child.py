"""One bulk send in a fresh process, reporting its peak RSS: ``python -m bench.bulk_child ...``.

A process of its own for each run, because a peak RSS only ever grows: a second run
in the same process could not show a smaller peak than the first.

``--mode stream`` hands ``client.sms.send_simple`` a generator reading the CSV file row by row (the
way to send a file too large to hold); ``--mode list`` reads the whole file into a list first, the
control that shows what the measurement looks like when memory does grow with the list.

Prints one JSON object: the RSS before the send (after imports and client set-up), the peak, the
requests sent and the elapsed time. Peak RSS is ``VmHWM`` (see :func:`_memory_kib`).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import time
from collections.abc import Iterator

__all__ = ["main", "read_numbers"]

TEXT = "جشنواره زمستانه: ۲۰٪ تخفیف تا پایان هفته"


def read_numbers(path: str) -> Iterator[str]:
    """The first column of every row after the header, read lazily."""
    with open(path, newline="", encoding="utf-8") as source:
        rows = csv.reader(source)
        next(rows, None)
        for row in rows:
            yield row[0]


def _memory_kib() -> dict[str, int]:
    """Current (``VmRSS``) and peak (``VmHWM``) resident set size of this process, in KiB.

    Not ``ru_maxrss``: Linux carries it over from the forked copy of the parent across ``exec``, so a
    child started by a large benchmark process would report the parent's size as its own peak.
    ``VmHWM`` belongs to the process's own address space, new at ``exec``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if line.startswith(("VmRSS", "VmHWM")))
    except OSError:  # not Linux: the closest figure available
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return {"VmRSS": peak, "VmHWM": peak}
    return {name: int(value.split()[0]) for name, value in fields.items()}


def main(argv: list[str] | None = None) -> None:
    """Send to every number of ``--csv`` through ``--url`` and print the memory figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--csv", required=True)
    parser.add_argument("--mode", choices=("stream", "list"), default="stream")
    options = parser.parse_args(argv)

    from iranpayamak import IranPayamak

    with IranPayamak(api_key=options.api_key, base_url=options.url) as client:
        client.account.balance()  # opens the connection, so set-up is in the baseline, not the peak
        before = _memory_kib()["VmRSS"]
        started = time.perf_counter()
        numbers = read_numbers(options.csv)
        recipients = list(numbers) if options.mode == "list" else numbers
        ids = client.sms.send_simple(TEXT, recipients=recipients)
        elapsed = time.perf_counter() - started
    figures = {
        "rss_before_kib": before,
        "peak_rss_kib": _memory_kib()["VmHWM"],
        "requests": len(ids),
        "seconds": elapsed,
    }
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
