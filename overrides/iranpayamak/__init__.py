"""Ergonomic client for the IranPayamak (FarazSMS) SMS web service.

This package builds on the generated low-level client, :mod:`iranpayamak_api`, which it may import;
the generated package never imports this one.
"""

from iranpayamak_api import __version__

__all__ = ["__version__"]
