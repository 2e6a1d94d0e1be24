"""A text argument refused for its form or format quotes the value (a secret's as "the value"); one that
passes is returned as it is. ``string`` quotes only when it refuses, so this pins what it quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak._arguments import string
from iranpayamak._display import shown
from iranpayamak.errors import InvalidArgumentError
from tests import search

# Pattern (or format), and the reason a value that misses it gets after the quote.
_CHECKS = [
    ({"pattern": "^[0-9]+$"}, "does not have the expected form (^[0-9]+$)"),
    ({"format": "email"}, "is not an email address"),
    ({"format": "uri"}, "is not an absolute URL"),
]
_TEXTS = st.text(max_size=60) | st.sampled_from(["4821", "a@b", "https://x.ir/p", "x" * 500])


@settings(max_examples=search.examples(quick=300, slow=3000), deadline=None)
@given(value=_TEXTS, check=st.sampled_from(_CHECKS), secret=st.booleans())
def test_a_refusal_quotes_the_value_unless_secret(value: str, check: tuple[dict[str, str], str], secret: bool) -> None:
    limits, reason = check
    try:
        assert string(value, "field", secret=secret, **limits) is value
    except InvalidArgumentError as refused:
        if refused.reason.startswith(("contains a NUL", "must not", "needs", "has ")):
            return  # refused before its form is looked at, without a quote
        quoted = "the value" if secret else shown(value)
        assert (refused.field, refused.reason) == ("field", f"{quoted} {reason}")
        assert str(refused) == f"field: {quoted} {reason}"


@pytest.mark.parametrize(("secret", "quoted"), [(False, "'12a4'"), (True, "the value")])
def test_a_code_of_the_wrong_form(secret: bool, quoted: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        string("12a4", "code", pattern="^[0-9]+$", secret=secret)
    assert str(caught.value) == f"code: {quoted} does not have the expected form (^[0-9]+$)"
