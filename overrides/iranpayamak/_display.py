"""A caller's value as error messages show it: short, and never failing.

Error messages quote what was rejected so the caller can find it, but the value may be anything: a
megabyte of text, a list nested thousands deep, an integer too long for ``str()``, or an object whose
``repr`` raises. :func:`shown` gives a bounded text for all of them, so building the message for a
rejected argument can never raise something else instead.
"""

from __future__ import annotations

import reprlib
from datetime import date, time

__all__ = ["shown"]

_LIMIT = 40

_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _LIMIT
_REPR.maxother = _LIMIT
_REPR.maxlong = _LIMIT

_DIGITS_PER_BIT = 0.30103  # log10(2)


def shown(value: object) -> str:
    """A ``repr`` of ``value`` of at most about 40 characters; a description when it has none.

    Example::

        >>> shown("x" * 1000)
        "'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'"
        >>> shown(10**5000)
        'a whole number of about 5001 digits'
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        # repr() of an integer above 4,300 digits raises; its size is what the reader needs anyway.
        return f"a whole number of about {int(value.bit_length() * _DIGITS_PER_BIT) + 1} digits"
    try:
        if isinstance(value, date | time):
            return value.isoformat()  # what a reader recognises, where repr() would be cut in the middle
        text = _REPR.repr(value)
    except Exception:  # a repr that raises, or a time zone whose offset is out of range
        return f"a {type(value).__name__} that cannot be shown"
    return text if len(text) <= _LIMIT + 10 else f"{text[:_LIMIT]}..."
