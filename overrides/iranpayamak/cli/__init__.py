"""The ``iranpayamak`` command.

Subcommands live in modules of this package and register themselves on :data:`app`.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``iranpayamak`` console script."""
    try:
        from .app import app
    except ImportError as error:  # the command-line extras are optional
        sys.exit(f'The iranpayamak command needs its extras: pip install "iranpayamak[cli]" ({error})')
    app()
