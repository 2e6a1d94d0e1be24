"""``masked_url`` hides the password of any ``user:password@`` in a text, in time linear in its length."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak_api.client import masked_url
from tests import search

# The plain rule, tried from every position: what masked_url must mask, though it would take time
# quadratic in a long run of characters (a base URL of a million colons before a space).
_PLAIN = re.compile(r"([^\s/@:]*):([^\s/@]*)@")


@settings(max_examples=search.examples(quick=500, slow=5000), deadline=None)
@given(st.text(st.sampled_from("ab:@/ \t\n.é"), max_size=40))
def test_it_masks_exactly_what_the_plain_rule_masks(text: str) -> None:
    assert masked_url(text) == _PLAIN.sub(r"\1:[secure]@", text)


def test_a_million_character_text_is_masked() -> None:
    # The plain rule takes hours on this text; it must be read once.
    text = "https://app" + ":" * 1_000_000 + " @gateway"
    assert masked_url(text) == text
    assert masked_url("https://app:" + "p" * 1_000_000 + "@gateway") == "https://app:[secure]@gateway"


def test_the_documented_cases() -> None:
    assert masked_url("https://app:s3cret@gateway.example/sms") == "https://app:[secure]@gateway.example/sms"
    assert masked_url(" https://app:s3cret@gateway") == " https://app:[secure]@gateway"
    assert masked_url("app:s3cret@gateway") == "app:[secure]@gateway"
    assert masked_url("https://gateway.example/a:b") == "https://gateway.example/a:b"
