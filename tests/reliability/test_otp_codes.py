"""One-time codes: drawn from ``secrets``, uniform in every digit, and only of the allowed lengths."""

from __future__ import annotations

import secrets
from collections import Counter

import pytest

from iranpayamak.errors import InvalidArgumentError
from iranpayamak.otp import MAX_CODE_LENGTH, MIN_CODE_LENGTH, check_code, generate_code

SAMPLES = 100_000
# Chi-square critical values at p = 1e-6 (8 and 9 degrees of freedom): a fair generator fails this test
# about once in a million runs per position, so a failure means a biased generator, not bad luck.
CRITICAL = {8: 42.70, 9: 44.81}


def _chi_square(counts: Counter[str], digits: str) -> float:
    expected = sum(counts.values()) / len(digits)
    return sum((counts[digit] - expected) ** 2 / expected for digit in digits)


def test_every_digit_position_is_uniform_over_100k_codes() -> None:
    codes = [generate_code(6) for _ in range(SAMPLES)]
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    for position in range(6):
        # The first digit is never 0 (a numeric pattern variable would drop it): uniform over 1-9.
        digits = "123456789" if position == 0 else "0123456789"
        counts = Counter(code[position] for code in codes)
        assert set(counts) == set(digits), position
        statistic = _chi_square(counts, digits)
        assert statistic < CRITICAL[len(digits) - 1], (position, statistic, counts)
    # 100k draws from 900k codes: a few thousand repeats are expected (birthday bound), not tens of thousands.
    assert len(set(codes)) > SAMPLES * 0.9


def test_codes_come_from_the_secrets_module(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fixed(bound: int) -> int:
        calls.append(bound)
        return bound - 1

    monkeypatch.setattr(secrets, "randbelow", fixed)
    assert generate_code(6) == "999999"
    assert calls


@pytest.mark.parametrize("length", range(MIN_CODE_LENGTH, MAX_CODE_LENGTH + 1))
def test_every_allowed_length(length: int) -> None:
    code = generate_code(length)
    assert len(code) == length and code[0] != "0"
    assert check_code(code) == code


@pytest.mark.parametrize("length", [MIN_CODE_LENGTH - 1, MAX_CODE_LENGTH + 1, 0, -6, True, 6.0, "6"])
def test_lengths_out_of_bounds_are_refused(length: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        generate_code(length)  # type: ignore[arg-type]
    assert caught.value.field == "length"


@pytest.mark.parametrize("code", ["123", "12345678901", "12a4", "۱۲۳۴", "", " 1234", 1234])
def test_supplied_codes_are_checked(code: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        check_code(code)
    assert caught.value.field == "code"
