"""Benchmarks of the ``iranpayamak`` client: measurement infrastructure, not tests.

Run ``scripts/bench`` (or ``python -m bench``) for the full suite, ``scripts/bench --quick`` for a
smoke run with small counts. Every measurement talks to :mod:`bench.responder`, a minimal local HTTP
server in its own process, never to the real service; :mod:`bench.servers` measures the mock server
itself, against Prism.

Modules, one job each:

- :mod:`bench.responder`: the local HTTP/1.1 keep-alive server and the context manager that runs it.
- :mod:`bench.sizes`: how many calls, inputs and recipients a full and a quick run use.
- :mod:`bench.timing`: CPU and wall time of a block of calls, and the best of rounds.
- :mod:`bench.per_call`: sequential per-call overhead of four clients.
- :mod:`bench.fanout`: asynchronous fan-out throughput.
- :mod:`bench.imports`: import time in fresh interpreters.
- :mod:`bench.sync_first_use`: the asynchronous modules a sync client's first use of every namespace loads.
- :mod:`bench.phones`: phone-number normalization against ``phonenumbers``.
- :mod:`bench.bulk_memory` and :mod:`bench.bulk_child`: peak RSS of a streamed bulk send.
- :mod:`bench.servers`: ``iranpayamak mock`` against Prism, on the same requests.
- :mod:`bench.targets`: the issue's targets, checked against the figures.
- :mod:`bench.report`: the Markdown table and the JSON file.
- :mod:`bench.runner`: the command line.
"""
