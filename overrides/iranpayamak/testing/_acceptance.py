"""A quick yes-or-no check of a request against its schema: the mock's fast path for valid requests.

jsonschema gives the error messages the mock answers with (Laravel-style, field by field), but walking a
schema with it costs about as much as the rest of a request. fastjsonschema compiles a schema into plain
Python, which says "valid" in a twentieth of the time. So the mock asks the compiled check first, and
only a request it refuses goes to jsonschema for the messages; jsonschema stays the judge (a request it
finds no error in is accepted), so the compiled check can only make the mock faster, never stricter.
``tests/mock/test_acceptance.py`` checks that it never accepts what jsonschema refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import fastjsonschema
from fastjsonschema.draft07 import CodeGeneratorDraft07

from .._spec_schemas import conforms_to_format, inlined

__all__ = ["Acceptance", "acceptance"]

Acceptance = Callable[[Any], bool]
"""Whether a value is certainly valid; False means "ask jsonschema", not "invalid"."""

# Every format either library knows, judged by the rules jsonschema validates with: fastjsonschema's own
# regular expressions differ (its e-mail rule is stricter), and a verdict may only ever be jsonschema's.
_FORMATS: dict[str, Callable[[Any], bool]] = {
    name: partial(conforms_to_format, name=name)
    for name in {*CodeGeneratorDraft07.FORMAT_REGEXS, "regex", "uri", "email", "date-time", "date", "time"}
}


def _never(value: Any) -> bool:
    return False


def acceptance(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Acceptance:
    """The compiled check of ``schema``, a part of ``spec``.

    A schema that refers to itself cannot be copied out whole; fastjsonschema reads it as draft 7, which
    ignores keywords beside a reference, so such a schema gets no fast path and every value goes to jsonschema.
    """
    standalone = inlined(spec, schema)
    if standalone is None:
        return _never
    # use_default=False: fastjsonschema would otherwise write the schema's defaults into the request.
    check = fastjsonschema.compile(dict(standalone), formats=_FORMATS, use_default=False, detailed_exceptions=False)

    def accepts(value: Any) -> bool:
        try:
            check(value)
        except Exception:  # a refusal, or anything the compiled code trips on: either way jsonschema decides
            return False
        return True

    return accepts
