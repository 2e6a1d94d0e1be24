"""The lazy-import helper, shared with the low-level package (see ``iranpayamak_api._lazy``)."""

from iranpayamak_api._lazy import lazy_attributes

__all__ = ["lazy_attributes"]
