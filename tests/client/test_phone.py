"""Mobile number normalization: every spelling of a valid number in, ``09xxxxxxxxx`` out, the rest rejected."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iranpayamak import InvalidPhoneNumber, MobileOperator, mobile_operator, normalize_mobile, normalize_mobiles
from iranpayamak.errors import InvalidArgumentError

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"
FORMATTING = [" ", "-", ".", "(", ")", "\u00a0", "\u200c", "\u200e", "\u200f", "\u202a", "\u202c", "\u2066", "\t"]
PREFIXES = ["0", "", "+98", "+98 ", "0098", "0098 ", "98", "+980", "00980", "+98 0"]


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("09121234567", "09121234567"),
        ("9121234567", "09121234567"),
        ("+989121234567", "09121234567"),
        ("+98 912 123 4567", "09121234567"),
        ("0098 912 123 4567", "09121234567"),
        ("989121234567", "09121234567"),
        ("+98 0912 123 4567", "09121234567"),
        ("0098-0912-123-4567", "09121234567"),
        ("(0912) 123-4567", "09121234567"),
        ("0912.123.4567", "09121234567"),
        ("۰۹۱۲۱۲۳۴۵۶۷", "09121234567"),
        ("٠٩١٢١٢٣٤٥٦٧", "09121234567"),
        ("\u200e+98\u00a0912\u200c123\u200f4567\u202c", "09121234567"),
        (9121234567, "09121234567"),
    ],
)
def test_common_spellings_normalize(spelling: str | int, expected: str) -> None:
    assert normalize_mobile(spelling) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("0912123456", "it has 10 digits"),
        ("091212345678", "it has 12 digits"),
        ("02112345678", "start with 09"),
        ("+1 912 123 4567", "not +98"),
        ("0912abc4567", "other than digits"),
        ("09121234567\x00", "other than digits"),
        ("+98+9121234567", "other than digits"),
        ("0912१२३४५६७", "other than digits"),
        ("-9121234567", "starts with a sign"),
        (" .09121234567", "starts with a sign"),
        ("0912\x1f1234567", "other than digits"),
        (None, "expected text"),
        (9.121234567e9, "expected text"),
        (True, "expected text"),
        (["09121234567"], "expected text"),
    ],
)
def test_invalid_values_are_rejected_with_the_reason(value: object, reason: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as caught:
        normalize_mobile(value)  # type: ignore[arg-type]
    assert reason in caught.value.reason
    assert repr(value) in str(caught.value)
    assert caught.value.value == value


def test_long_inputs_are_not_echoed_in_full() -> None:
    with pytest.raises(InvalidPhoneNumber) as caught:
        normalize_mobile("9" * 100_000)
    assert len(str(caught.value)) < 200


def test_invalid_phone_number_is_a_value_error_that_names_the_field() -> None:
    with pytest.raises(ValueError, match="recipients\\[2\\]: '123'"):
        normalize_mobile("123", field="recipients[2]")
    with pytest.raises(InvalidArgumentError) as caught:
        normalize_mobile("123", field="recipient")
    assert caught.value.field == "recipient"


def _spell(body: str, prefix: str, digits: list[str], separators: list[str]) -> str:
    out = []
    for index, char in enumerate(body):
        alphabet = digits[index % len(digits)]
        out.append(alphabet[int(char)] if alphabet != "ascii" else char)
        out.append(separators[index % len(separators)])
    return prefix + "".join(out)


bodies = st.from_regex(r"\A9[0-9]{9}\Z", fullmatch=True)


@given(
    body=bodies,
    prefix=st.sampled_from(PREFIXES),
    digits=st.lists(st.sampled_from(["ascii", PERSIAN, ARABIC]), min_size=1, max_size=3),
    separators=st.lists(st.sampled_from(["", "", "", *FORMATTING]), min_size=1, max_size=4),
)
def test_every_spelling_of_a_valid_number_normalizes_to_it(
    body: str, prefix: str, digits: list[str], separators: list[str]
) -> None:
    assert normalize_mobile(_spell(body, prefix, digits, separators)) == "0" + body


@given(st.text())
def test_never_crashes_and_is_idempotent(text: str) -> None:
    try:
        number = normalize_mobile(text)
    except InvalidPhoneNumber:
        return
    assert len(number) == 11 and number.startswith("09") and number.isdigit()
    assert normalize_mobile(number) == number


@given(st.text(alphabet=st.sampled_from("0123456789+ -۰۹٩()")))
def test_digit_heavy_text_never_crashes(text: str) -> None:
    try:
        assert normalize_mobile(text).startswith("09")
    except InvalidPhoneNumber as error:
        assert error.reason


def test_pasted_lists_are_split_normalized_deduplicated_and_reported() -> None:
    pasted = "09121234567، +98 935 123 4567\n0912 123 4567; hello,0912\n۰۹۰۱۱۱۱۲۲۲۲ 09901112222"
    result = normalize_mobiles(pasted)
    assert result.valid == ["09121234567", "09351234567", "09011112222", "09901112222"]
    assert [(r.input, r.reason) for r in result.rejected] == [
        ("hello", "it contains characters other than digits"),
        ("0912", "it has 4 digits in the 09 form; mobile numbers have 11"),
    ]
    assert result.duplicates == 1


def test_iterables_of_numbers_and_ints_are_accepted() -> None:
    result = normalize_mobiles(["09121234567", 9351234567, None, "x"])  # type: ignore[list-item]
    assert result.valid == ["09121234567", "09351234567"]
    assert [r.input for r in result.rejected] == ["None", "x"]


@pytest.mark.parametrize(
    ("number", "operator"),
    [
        ("09121234567", MobileOperator.MCI),
        ("09901234567", MobileOperator.MCI),
        ("09321234567", MobileOperator.MCI),
        ("09351234567", MobileOperator.IRANCELL),
        ("09011234567", MobileOperator.IRANCELL),
        ("09955123456", MobileOperator.IRANCELL),
        ("09211234567", MobileOperator.RIGHTEL),
        ("09981234567", MobileOperator.RIGHTEL),
        ("09341234567", MobileOperator.TELEKISH),
        ("09311234567", MobileOperator.MTCE),
        ("09993123456", MobileOperator.APTEL),
        ("09411234567", None),
    ],
)
def test_operator_lookup_uses_the_longest_prefix(number: str, operator: MobileOperator | None) -> None:
    assert mobile_operator(number) is operator


def test_operator_lookup_normalizes_first() -> None:
    assert mobile_operator("+98 935 123 4567") is MobileOperator.IRANCELL
    with pytest.raises(InvalidPhoneNumber):
        mobile_operator("021 1234 5678")


def test_normalize_mobiles_without_splitting_takes_each_entry_whole() -> None:
    cells = ["+98 912 123 4567", "+1 202 555 0143", "0912 123 4567", "09351234567, 09121234567"]
    result = normalize_mobiles(cells, split=False)
    assert result.valid == ["09121234567"]
    assert result.duplicates == 1
    assert [r.input for r in result.rejected] == ["+1 202 555 0143", "09351234567, 09121234567"]


_PHONE_CHARS = st.sampled_from(list("0123456789+-.() ۰۹٠٩\u00a0\u200c\u200e\t9800x"))


# Valid numbers, some behind a sign, a dot or formatting that hides one; repeats are likely.
_NUMBERS = st.builds(
    str.__add__,
    st.sampled_from(["", "-", ".", " -", "\u200e-", "\t.", "+98", "0098", " ", "("]),
    st.sampled_from(["09121234567", "9351234567", "۰۹۱۲۱۲۳۴۵۶۷"]),
)
_ITEMS = st.one_of(
    _NUMBERS,
    st.lists(_PHONE_CHARS, max_size=18).map("".join),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.sampled_from([9121234567, -9121234567]),
    st.sampled_from([None, True, 9.12e9, b"09121234567"]),
)


@given(st.lists(_ITEMS, max_size=12), st.booleans())
def test_the_batch_reads_like_one_by_one(items: list[object], split: bool) -> None:
    batch = normalize_mobiles(items, split=split)  # type: ignore[arg-type]
    one_by_one = [normalize_mobiles([item], split=split) for item in items]  # type: ignore[list-item]
    found = [number for result in one_by_one for number in result.valid]
    assert batch.valid == list(dict.fromkeys(found))
    assert batch.duplicates == len(found) - len(batch.valid) + sum(result.duplicates for result in one_by_one)
    assert batch.rejected == [r for result in one_by_one for r in result.rejected]


@given(st.lists(_ITEMS, max_size=12))
def test_unsplit_entries_get_the_verdict_of_normalize_mobile(items: list[object]) -> None:
    expected: list[str] = []
    reasons: list[str] = []
    for item in items:
        try:
            expected.append(normalize_mobile(item))  # type: ignore[arg-type]
        except InvalidPhoneNumber as error:
            reasons.append(error.reason)
    batch = normalize_mobiles(items, split=False)  # type: ignore[arg-type]
    assert batch.valid == list(dict.fromkeys(expected))
    assert batch.duplicates == len(expected) - len(batch.valid)
    assert [r.reason for r in batch.rejected] == reasons
