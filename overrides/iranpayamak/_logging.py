"""``IRANPAYAMAK_LOG=debug`` (or ``info``) logs each request line, status and timing to stderr.

The ``iranpayamak`` logger carries the request lines (DEBUG) and retries (INFO) that the generated
client emits. Neither ever includes headers, so the API key is never logged; the handler installed
here also masks any registered key that reaches it, as a second line of defence.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import weakref
from typing import TextIO

from iranpayamak_api.types import Secret

__all__ = ["LOGGER_NAME", "RedactingFilter", "configure_from_environment"]

LOGGER_NAME = "iranpayamak"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_lock = threading.Lock()


class RedactingFilter(logging.Filter):
    """Replaces the text of every registered secret in a record's final message with ``***``.

    Secrets are held weakly: a client's key is forgotten once the client (which holds it) is gone, so
    a process that makes many clients does not keep every key it ever saw. Registering and filtering
    may happen on any thread.
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: weakref.WeakSet[Secret] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, secret: Secret) -> None:
        """Mask ``secret`` for as long as something else keeps it alive."""
        with self._lock:
            self._secrets.add(secret)

    def secrets(self) -> list[str]:
        """The texts masked now (a snapshot, so another thread may register more meanwhile)."""
        with self._lock:
            return [str(secret) for secret in self._secrets]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets():
            message = message.replace(secret, "***")
        record.msg, record.args = message, None
        return True


_filter = RedactingFilter()


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to ``sys.stderr`` as it is when a record arrives, even if it was replaced after set-up."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # emit runs under the handler's lock
        super().emit(record)


def configure_from_environment(*secrets: Secret) -> None:
    """Install a stderr handler on the ``iranpayamak`` logger when ``IRANPAYAMAK_LOG`` asks for one.

    ``secrets`` (the API key and panel token, as the client holds them) are masked by that handler
    while the client lives. Without the variable nothing changes, so applications keep full control of
    logging.
    """
    level = _LEVELS.get(os.environ.get("IRANPAYAMAK_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger(LOGGER_NAME)
    with _lock:
        for secret in secrets:
            _filter.add(secret)
        if not any(getattr(handler, "_iranpayamak", False) for handler in logger.handlers):
            handler = _StderrHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            handler.addFilter(_filter)
            handler._iranpayamak = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
        logger.setLevel(min(level, logger.level or level))
