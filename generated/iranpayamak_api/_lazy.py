# Hand-written runtime: edit generator/runtime/iranpayamak_api/_lazy.py; scripts/regenerate copies it here.
"""Module attributes imported on first use (PEP 562), so importing a package loads only what is used.

The one lazy-import helper of the project: ``iranpayamak_api``, its ``models`` and the ergonomic
``iranpayamak`` package all build their module ``__getattr__`` and ``__dir__`` with it.
"""

from __future__ import annotations

from importlib import import_module

# Not `typing.TYPE_CHECKING`: importing typing costs several times what this module itself does.
# Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping
    from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str,
    where: Mapping[str, str],
    namespace: dict[str, Any],
    *,
    submodules: Collection[str] = (),
    listed: Collection[str] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a module whose names in ``where`` live in other modules.

    ``where`` maps each name to its module, relative to ``package``; ``namespace`` is the module's
    ``globals()``, where a name is cached once imported. ``submodules`` are reachable as attributes
    after a bare import of the package. ``__dir__`` lists ``listed`` when given, else every name of
    the module and of ``where``.

    Example::

        __getattr__, __dir__ = lazy_attributes(__name__, {"Page": ".pagination"}, globals())
    """

    def __getattr__(name: str) -> Any:
        if name in submodules:
            return import_module(f".{name}", package)
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(listed) if listed is not None else sorted({*namespace, *where})

    return __getattr__, __dir__
