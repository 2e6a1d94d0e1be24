"""``_parsing.loads``, with its one decoder, reads every text as ``json.loads`` with its hooks did."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak_api._parsing import _finite, _no_constant, loads
from tests import search

# Lone surrogates included: json.loads decodes bytes with "surrogatepass", and so must loads.
_TEXT = st.text(st.characters(exclude_categories=())) | st.sampled_from(["\ud800", "x\udfff", "\ud83d\ude00"])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


@st.composite
def _documents(draw: st.DrawFn) -> bytes | str:
    text = json.dumps(draw(_VALUES), ensure_ascii=draw(st.booleans()))
    kind = draw(st.sampled_from(["text", "bytes", "cut", "noise"]))
    if kind == "cut":  # a truncated or spliced answer
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=3))
    if kind == "noise":
        return draw(st.binary(max_size=12) | st.text(max_size=12).map(lambda noise: "\ufeff" + noise))
    if kind == "text" or draw(st.booleans()):
        return text if draw(st.booleans()) else "\ufeff" + text
    return text.encode(draw(st.sampled_from(_ENCODINGS)), "surrogatepass")


def _outcome(read: Any, document: bytes | str) -> tuple[str, str]:
    try:
        return ("read", repr(read(document)))
    except (ValueError, RecursionError, TypeError) as exc:
        return (type(exc).__name__, str(exc))


def _before(document: bytes | str) -> Any:
    """``loads`` as it was: ``json.loads`` with the hooks, building its decoder on every call."""
    return json.loads(document, parse_constant=_no_constant, parse_float=_finite)


@settings(max_examples=search.examples(quick=500, slow=5000), deadline=None)
@given(_documents())
def test_loads_reads_and_refuses_as_json_loads_with_its_hooks(document: bytes | str) -> None:
    assert _outcome(loads, document) == _outcome(_before, document)


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"a": -Infinity}', "1e400", "[-1e999]"])
def test_numbers_no_model_can_hold_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a JSON number|too large"):
        loads(text)
    with pytest.raises(ValueError, match=r"not a JSON number|too large"):
        loads(text.encode("utf-16"))


def test_bytes_in_any_unicode_encoding_are_read_and_text_with_a_bom_is_refused() -> None:
    document = {"data": ["٠٩١٢", 1.5, None]}
    for encoding in _ENCODINGS:
        assert loads(json.dumps(document, ensure_ascii=False).encode(encoding)) == document
    with pytest.raises(json.JSONDecodeError, match="BOM"):
        loads("\ufeff{}")
    assert math.isclose(loads(b"0.1"), 0.1)
