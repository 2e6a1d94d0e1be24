# Generated from spec/iranpayamak.openapi.yaml by scripts/regenerate: do not edit.
"""The package's version, from ``pyproject.toml``."""

__version__ = "0.2.0"
