"""message_parts: the boundaries of one part and of several, in both encodings, and the mock's billing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iranpayamak import message_parts
from iranpayamak.parts import GSM7_BASIC, GSM7_EXTENSION
from iranpayamak.testing import MockService
from tests import search

from .conftest import sent

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
GSM_BASIC = "".join(sorted(GSM7_BASIC))
EMOJI = "😀🚀👍🏽"  # outside the BMP: two UTF-16 units each

EXAMPLES = search.examples(quick=60, slow=600)


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


@pytest.mark.parametrize(("length", "parts"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)])
def test_persian_boundaries(length: int, parts: int) -> None:
    text = ("سلام " * 100)[:length]
    assert message_parts(text).parts == parts
    assert message_parts(text).encoding == "ucs2"


@pytest.mark.parametrize(("length", "parts"), [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)])
def test_gsm7_boundaries(length: int, parts: int) -> None:
    text = ("Hello world. " * 50)[:length]
    assert message_parts(text).parts == parts
    assert message_parts(text).encoding == "gsm7"


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.sampled_from(GSM_BASIC), max_size=700),
)
def test_gsm7_basic_text_is_one_septet_a_character(text: str) -> None:
    parts = message_parts(text)
    assert parts.encoding == "gsm7" and parts.characters == len(text)
    assert parts.parts == (1 if len(text) <= 160 else ceil_div(len(text), 153))
    assert parts.per_part == (160 if len(text) <= 160 else 153)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    basic=st.integers(0, 400),
    extension=st.lists(st.sampled_from(sorted(GSM7_EXTENSION)), max_size=200),
    where=st.randoms(use_true_random=False),
)
def test_extension_characters_count_two_and_never_split(basic: int, extension: list[str], where: object) -> None:
    chars = list("a" * basic) + extension
    where.shuffle(chars)  # type: ignore[attr-defined]
    text = "".join(chars)
    parts = message_parts(text)
    septets = basic + 2 * len(extension)
    assert parts.encoding == "gsm7" and parts.characters == septets
    if septets <= 160:
        assert parts.parts == 1
    else:
        # An escape and its character go in one part: a part may hold 152 when the next is two wide.
        assert ceil_div(septets, 153) <= parts.parts <= ceil_div(septets, 152)


def test_one_extension_character_past_the_boundary_makes_a_second_part() -> None:
    assert message_parts("a" * 158 + "€").parts == 1  # 160 septets
    assert message_parts("a" * 159 + "€").parts == 2  # 161
    assert message_parts("{" * 80).characters == 160


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    persian=st.text(alphabet=st.sampled_from(PERSIAN), min_size=1, max_size=300),
    emoji=st.lists(st.sampled_from(EMOJI), max_size=60),
)
def test_ucs2_counts_utf16_units(persian: str, emoji: list[str]) -> None:
    text = persian + "".join(emoji)
    parts = message_parts(text)
    units = len(text.encode("utf-16-le")) // 2
    assert parts.encoding == "ucs2" and parts.characters == units == len(persian) + 2 * len(emoji)
    if units <= 70:
        assert parts.parts == 1
    else:
        assert ceil_div(units, 67) <= parts.parts <= ceil_div(units, 66)


def test_emoji_at_the_boundary() -> None:
    assert message_parts("س" * 68 + "😀").parts == 1  # 70 units
    assert message_parts("س" * 69 + "😀").parts == 2  # 71
    assert message_parts("😀" * 35).characters == 70


def test_one_non_gsm_character_makes_the_whole_text_ucs2() -> None:
    assert message_parts("a" * 100).parts == 1
    assert message_parts("a" * 100 + "س").parts == 2
    assert message_parts("`").encoding == "ucs2"  # ASCII, but not in the GSM alphabet


def test_empty_text_is_one_part() -> None:
    assert message_parts("") == message_parts("")
    assert message_parts("").parts == 1


@settings(max_examples=search.examples(quick=15, slow=150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        alphabet=st.sampled_from(GSM_BASIC + "".join(GSM7_EXTENSION) + PERSIAN + EMOJI + "`"), min_size=1, max_size=400
    ).filter(lambda t: t.strip())
)
def test_the_mock_bills_what_message_parts_counts(text: str) -> None:
    with MockService() as mock:
        client = mock.client()
        before = mock.balance
        [send_request_id] = client.sms.send_simple(text, ["09121234567"])
        (report,) = list(client.reports.items(send_request_id))
        assert report.parts == message_parts(text).parts
        assert before - mock.balance == message_parts(text).parts * 200
        assert (
            client.reference.calculate_cost(
                {"text": text, "receiver_count": 3, "line_number": "90008361", "number_format": "english"}
            )
            == 3 * message_parts(text).parts * 200
        )
        assert sent(mock, "send_simple") == 1
