"""How a contact is addressed: the titles people write in a file, as the service's four prefix values.

The service takes ``man``, ``woman``, ``co`` (a company) or ``org`` (an organisation). Files exported
from other tools say ``آقای``, ``خانم``, ``Mr``, ``شرکت`` and so on; those map here. Titles that say
nothing of which it is (``دکتر``, ``مهندس``) do not, and the import warns about them.
"""

from __future__ import annotations

import re

from iranpayamak_api.models import ContactPrefix

__all__ = ["PREFIXES", "contact_prefix"]

PREFIXES: dict[str, ContactPrefix] = {
    **dict.fromkeys(
        ["man", "male", "mr", "mister", "sir", "آقا", "آقای", "جناب", "جناب آقا", "جناب آقای"], ContactPrefix.MAN
    ),
    **dict.fromkeys(
        ["woman", "female", "mrs", "ms", "miss", "madam", "madame", "lady", "خانم", "خانوم", "سرکار خانم", "بانو"],
        ContactPrefix.WOMAN,
    ),
    **dict.fromkeys(["co", "company", "corp", "corporation", "inc", "ltd", "شرکت"], ContactPrefix.CO),
    **dict.fromkeys(
        ["org", "organization", "organisation", "institute", "سازمان", "موسسه", "مؤسسه", "اداره", "نهاد"],
        ContactPrefix.ORG,
    ),
}
"""Each title (lower case, Persian letters, single spaces) and the prefix it means."""

# Excel files typed on Arabic keyboards carry Arabic yeh and kaf; the zero-width non-joiner may stand
# where a space does ("سرکار‌خانم").
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " "})
_TRAILING = re.compile(r"[.:،,]+$")


def _normalized(text: str) -> str:
    return " ".join(_TRAILING.sub("", word) for word in text.translate(_LETTERS).lower().split())


def contact_prefix(text: str) -> ContactPrefix | None:
    """The prefix ``text`` means, or None when it names none.

    A longer title is read by its first words: ``آقای دکتر`` is ``man``, ``دکتر`` alone is nothing.

    Example::

        >>> contact_prefix("جناب آقای دکتر").value, contact_prefix("Mrs.").value, contact_prefix("دکتر")
        ('man', 'woman', None)
    """
    words = _normalized(text).split()
    for count in range(len(words), 0, -1):
        found = PREFIXES.get(" ".join(words[:count]))
        if found is not None:
            return found
    return None
