"""The base of every resource namespace: the low-level client and the argument rules they share."""

from __future__ import annotations

from iranpayamak_api import Client

from ._arguments import Arguments

__all__ = ["Resource"]


class Resource:
    """A namespace of operations (``client.sms``, ``client.reports``, ...) bound to one client.

    Namespaces hold no state of their own, so they are as thread- and task-safe as the client.
    """

    def __init__(self, api: Client, args: Arguments) -> None:
        self._api = api
        self._args = args
