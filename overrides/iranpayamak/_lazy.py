"""Module attributes imported on first use (PEP 562), so importing a package loads only what is used."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str, where: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a module whose names in ``where`` live in other modules.

    ``where`` maps each name to its module, relative to ``package``; ``namespace`` is the module's
    ``globals()``, where a name is cached once imported.

    Example::

        __getattr__, __dir__ = lazy_attributes(__name__, {"Page": ".pagination"}, globals())
    """

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *where})

    return __getattr__, __dir__
