"""The phone classifier against the implementation it replaced: the same verdict and the exact same reason.

``_oracle_phone`` is the previous ``iranpayamak.phone`` (a batched fast path and a step-by-step parse,
stitched by index), frozen in this folder. Every test here feeds both the same input and compares
everything a caller can see: the number, or the rejection's reason, message, field and value; and
for lists the valid numbers in order, each rejected piece with its reason, and the duplicate count.

The inputs: Hypothesis text over an alphabet of the characters the parsers treat specially (every
kind of digit, sign, formatting character, list separator and space, NUL and other controls), valid
numbers in every spelling with junk around them, whole numbers and non-text items; and the bench's
mixed inputs (``bench.phones.mixed_inputs``), the corpus the throughput figures are measured on.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.phones import mixed_inputs
from iranpayamak import InvalidPhoneNumber, normalize_mobile, normalize_mobiles
from iranpayamak._display import shown
from iranpayamak.errors import InvalidArgumentError
from tests import search
from tests.phone import _oracle_phone as oracle

# Characters either parser treats specially, and a few it does not.
_SPECIAL = [
    *"0123456789",
    *"۰۱۲۹٠١٩",  # Persian and Arabic-Indic digits
    "१",  # a digit of another script
    *"+-.()",
    *" \t\n\r\x0b\x0c",
    "\x00",
    "\x01",
    "\x1c",
    "\x1f",
    "\x85",
    "\xa0",
    "\u1680",
    "\u2000",
    "\u200b",
    "\u200c",
    "\u200e",
    "\u200f",
    "\u2028",
    "\u2029",
    "\u202a",
    "\u202f",
    "\u205f",
    "\u2060",
    "\u2066",
    "\u3000",
    "\ufeff",
    *",،;٬",  # list separators
    *"xaی",
    "\U0001f600",
]
_CHARS = st.sampled_from(_SPECIAL)
_JUNK = st.lists(_CHARS, max_size=6).map("".join)
_NATIONAL = st.from_regex(r"\A9[0-9]{9}\Z", fullmatch=True)
_PREFIXES = st.sampled_from(["", "0", "+98", "+98 ", "0098", "98", "+980", "00980", "+", "98 0", "0098-0", "+1"])


def _spelled(draw: st.DrawFn) -> str:
    national = draw(st.one_of(_NATIONAL, st.from_regex(r"\A[0-9]{0,13}\Z", fullmatch=True)))
    body = "".join(
        char + draw(st.sampled_from(["", "", "", " ", "-", ".", "\u200c", "(", ")", "\xa0"])) for char in national
    )
    table = draw(
        st.sampled_from([{}, str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")])
    )
    return draw(_JUNK) + draw(_PREFIXES) + body.translate(table) + draw(_JUNK)


_NUMBERISH = st.composite(_spelled)()
_TEXTS = st.one_of(_NUMBERISH, st.lists(_CHARS, max_size=20).map("".join), st.text(max_size=30))
# A pasted list: texts joined by separators and spaces.
_PASTED = st.lists(
    st.tuples(_TEXTS, st.sampled_from([",", "، ", ";", "\n", "\r\n", " ", "  ", "\t", ",\n"])), max_size=5
).map(lambda parts: "".join(text + separator for text, separator in parts))
_ITEMS: st.SearchStrategy[Any] = st.one_of(
    _TEXTS,
    _PASTED,
    st.integers(min_value=-(10**14), max_value=10**14),
    st.sampled_from([9121234567, 989121234567, -9121234567, 10**12, 10**5000, 0]),
    st.sampled_from([None, True, False, 9.12e9, b"09121234567", ["09121234567"]]),
)


def _single(module: Any, value: object, field: str | None) -> tuple[object, ...]:
    try:
        return ("number", module.normalize_mobile(value, field=field))
    except InvalidPhoneNumber as error:
        return ("rejected", error.reason, str(error), error.field, shown(error.value))


def _batch(module: Any, values: object, split: bool) -> tuple[object, ...]:
    try:
        result = module.normalize_mobiles(values, split=split)
    except InvalidArgumentError as error:
        return ("error", str(error), error.field)
    return (result.valid, [(r.input, r.reason) for r in result.rejected], result.duplicates)


class _New:
    """The code under test, called the way the oracle is."""

    normalize_mobile = staticmethod(normalize_mobile)
    normalize_mobiles = staticmethod(normalize_mobiles)


def _assert_same(values: list[Any]) -> None:
    for value in values:
        assert _single(_New, value, "to") == _single(oracle, value, "to")
    for split in (True, False):
        assert _batch(_New, values, split) == _batch(oracle, values, split)


@settings(max_examples=search.examples(quick=400, slow=5000), deadline=None)
@given(st.lists(_ITEMS, max_size=8))
def test_lists_of_anything_get_the_old_verdicts(values: list[Any]) -> None:
    _assert_same(values)


@settings(max_examples=search.examples(quick=400, slow=5000), deadline=None)
@given(_TEXTS)
def test_single_texts_get_the_old_verdict_and_reason(text: str) -> None:
    assert _single(_New, text, None) == _single(oracle, text, None)
    assert _batch(_New, text, True) == _batch(oracle, text, True)


@settings(max_examples=search.examples(quick=200, slow=2000), deadline=None)
@given(_PASTED)
def test_pasted_lists_split_as_before(text: str) -> None:
    assert _batch(_New, text, True) == _batch(oracle, text, True)
    assert _batch(_New, [text, text.strip()], True) == _batch(oracle, [text, text.strip()], True)


def test_the_bench_corpus_gets_the_old_verdicts() -> None:
    # The corpus the throughput figures are measured on, drawn afresh from the run's seed.
    inputs = mixed_inputs(search.examples(quick=60_000, slow=1_000_000), seed=search.seed())
    for split in (True, False):
        assert _batch(_New, inputs, split) == _batch(oracle, inputs, split)
    sample = inputs[:: max(1, len(inputs) // 5_000)]
    assert [_single(_New, text, "to") for text in sample] == [_single(oracle, text, "to") for text in sample]


def test_the_bench_corpus_with_junk_items_mixed_in() -> None:
    inputs: list[Any] = mixed_inputs(20_000, seed=search.seed() + 1)
    rng = search.random("phone oracle junk")
    junk = [None, "", " ", "-", "\x00", "0912\x001234567", 10**5000, -9121234567, True, "hello 09121234567", "+"]
    for _ in range(2_000):
        inputs.insert(rng.randrange(len(inputs) + 1), rng.choice(junk))
    for split in (True, False):
        assert _batch(_New, inputs, split) == _batch(oracle, inputs, split)
