"""Persian and Arabic-Indic digits as ASCII digits: one table for every place that reads typed numbers.

People in Iran type numbers with Persian digits (U+06F0-U+06F9) or, copying from Arabic sources,
Arabic-Indic ones (U+0660-U+0669); the service takes ASCII digits. Phone numbers, sender lines and
one-time codes all read them the same way, with :data:`TO_ASCII_DIGITS`.

Example::

    >>> "۰۹۱۲-٣٤٥".translate(TO_ASCII_DIGITS)
    '0912-345'
"""

from __future__ import annotations

__all__ = ["ARABIC_INDIC_DIGITS", "PERSIAN_DIGITS", "TO_ASCII_DIGITS"]

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
"""Extended Arabic-Indic digits (U+06F0-U+06F9), as Persian keyboards type them, zero first."""

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
"""Arabic-Indic digits (U+0660-U+0669), zero first."""

TO_ASCII_DIGITS: dict[int, int] = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, "0123456789" * 2)
"""A ``str.translate`` table turning both kinds of digits into ASCII ``0``-``9`` and leaving the rest."""
