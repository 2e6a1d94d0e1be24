"""Settings shared by the search-style suites: how hard they search, and the run's seed.

The suites that look for defects instead of confirming cases (state machines, response and argument
fuzzing, the secrets sweep) draw their inputs from one seed per run. The seed is chosen by
``tests/conftest.py``, printed in pytest's header and again after a failure, and reused with
``scripts/test --hypothesis-seed=N``. ``scripts/test --slow`` searches longer.

Example::

    from tests import search

    @settings(max_examples=search.examples(quick=30, slow=300), deadline=None)
    def test_something(...): ...

    rng = search.random("argument fuzzing")   # a random.Random derived from the run's seed
"""

from __future__ import annotations

import random as _random

__all__ = ["examples", "random", "seed"]

_state = {"seed": 0, "slow": False}


def configure(*, seed: int, slow: bool) -> None:
    """Set the run's seed and effort; called once per process by ``tests/conftest.py``."""
    _state["seed"], _state["slow"] = seed, slow


def seed() -> int:
    """The run's seed."""
    return int(_state["seed"])


def examples(*, quick: int, slow: int) -> int:
    """How many examples a search runs: ``quick`` in the default suite, ``slow`` under ``--slow``."""
    return slow if _state["slow"] else quick


def random(purpose: str) -> _random.Random:
    """A generator seeded from the run's seed and ``purpose``, so each suite draws its own sequence."""
    return _random.Random(f"{seed()}:{purpose}")
