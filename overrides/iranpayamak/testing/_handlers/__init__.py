"""What each operation does to the mock account, and what it answers: one module per tag of the spec,
as ``iranpayamak_api.api.<tag>``.

A handler receives a request that already matched the spec (see ``.._spec``) and returns the ``data`` of
a success envelope, or raises :class:`Refused` with the status and messages the service would send.
Importing a tag's module registers its handlers in :data:`HANDLERS`.
"""

from __future__ import annotations

# Each tag's module registers its handlers when imported.
from . import account, panel, patterns, phonebook, reference, reports, sms, tickets  # noqa: F401
from ._common import HANDLERS, Call, Refused

__all__ = ["HANDLERS", "Call", "Refused"]
