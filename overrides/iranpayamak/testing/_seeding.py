"""An app's own account data for the mock: its patterns and sender lines, as the service keeps them.

:class:`MockService` seeds with these (``add_pattern``, ``add_line``); each checks its arguments here,
so a typo fails where it is written instead of as a 404 or a 422 from a later send.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iranpayamak_api import wire

__all__ = ["PATTERN_STATUSES", "line_record", "pattern_record"]

PATTERN_STATUSES = ("active", "pending", "rejected")
"""A pattern's review status, in the service's words: ``active`` is approved and can be sent."""

# As the handlers fill a pattern's text: ``%name%``, a word between percent signs.
_PLACEHOLDER = re.compile(r"%(\w+)%")
# As ``iranpayamak patterns create --var`` takes a variable: name[:type[:length]].
_VARIABLE = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>int|str|date))?(?::(?P<length>[1-9][0-9]*))?")
_DEFAULT_TYPE, _DEFAULT_LENGTH = "str", 10


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be non-empty text, got {value!r}")
    return value


def _variables(specs: Iterable[str] | None, placeholders: list[str]) -> list[wire.PatternVariableShown]:
    if isinstance(specs, str):  # one variable given bare would otherwise be read letter by letter
        raise ValueError(f"variables must be a list of variables, got the text {specs!r}")
    declared: list[wire.PatternVariableShown] = []
    for spec in placeholders if specs is None else specs:
        match = _VARIABLE.fullmatch(spec) if isinstance(spec, str) else None
        if match is None:
            raise ValueError(
                f"variable {spec!r}: write it as name, name:type or name:type:length (type: int, str or date)"
            )
        declared.append(
            {
                "var": match["name"],
                "type": match["type"] or _DEFAULT_TYPE,
                "length": int(match["length"] or _DEFAULT_LENGTH),
            }
        )
    names = [variable["var"] for variable in declared]
    if len(set(names)) < len(names):
        raise ValueError(f"variables name one variable twice: {names}")
    undeclared = [name for name in placeholders if name not in names]
    unused = [name for name in names if name not in placeholders]
    if undeclared or unused:
        # The service fills only declared variables: a mismatch would send '%name%' to the user as is.
        raise ValueError(
            f"the text's %variables% {placeholders} differ from the variables {names}"
            + (f": {undeclared} not declared" if undeclared else "")
            + (f": {unused} not in the text" if unused else "")
        )
    return declared


def pattern_record(
    code: str, text: str, *, variables: Iterable[str] | None, status: str, title: str | None
) -> wire.Pattern:
    """A pattern as the mock keeps it (the shape ``get_pattern`` answers with).

    Raises:
        ValueError: An empty code or text, an unknown status, or variables that do not match the text.
    """
    _text(code, "code")
    _text(text, "text")
    if status not in PATTERN_STATUSES:
        raise ValueError(f"status must be one of {', '.join(PATTERN_STATUSES)}, got {status!r}")
    placeholders = list(dict.fromkeys(_PLACEHOLDER.findall(text)))
    return {
        "code": code,
        "title": code if title is None else _text(title, "title"),
        "text": text,
        "description": None,
        "status": status,
        "share": 0,
        "website": None,
        "category": 255,  # "other": the account's own patterns may be for anything
        "vars": _variables(variables, placeholders),
    }


def line_record(line_id: int, number: str, *, dedicated: bool, title: str | None) -> wire.Line:
    """A sender line as the mock keeps it (the shape ``list_lines`` answers with).

    Raises:
        ValueError: The number is not all Latin digits.
    """
    if not isinstance(number, str) or not re.fullmatch(r"[0-9]{3,20}", number):
        raise ValueError(f"number must be the line's digits as text (e.g. '3000505'), got {number!r}")
    if not isinstance(dedicated, bool):
        raise ValueError(f"dedicated must be True or False, got {dedicated!r}")
    default_title = "خط اختصاصی" if dedicated else "خط خدماتی اشتراکی"  # as the demo lines are named
    return {
        "id": line_id,
        "line_number": number,
        "title": default_title if title is None else _text(title, "title"),
        "is_dedicated": dedicated,
    }
