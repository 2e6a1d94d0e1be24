"""Phone-number normalization: ``normalize_mobiles`` against ``phonenumbers`` on the same inputs.

The inputs are mixed the way pasted lists are: about four in five are mobile numbers from ranges
libphonenumber knows, written in fourteen spellings (``+98``, ``0098``, ``98``, ``9…`` and ``09…``
forms, Persian and Arabic-Indic digits, spaces, no-break spaces, dashes, dots, parentheses, a
left-to-right mark); the rest are landlines, numbers a digit short or long, foreign numbers, words
and empty cells. Only spellings libphonenumber also understands are used (it rejects a zero-width
non-joiner inside a number, which ``normalize_mobile`` accepts), so the two can be compared input by
input.

Timed:

- ``normalize_mobiles(inputs)``: the batch function as applications call it (splitting each text
  into numbers; the headline figure), and with ``split=False`` (each text one entry).
- ``phonenumbers.parse(text, "IR")`` then ``format_number(..., E164)``: the baseline the target is
  measured against. It does less than ``normalize_mobiles`` (no validity or mobile check).
- ``normalize_mobiles`` over only the inputs it rejects, against ``parse`` + ``format_number`` over the
  same inputs: the cost of a rejection, each of which gets its exact reason (a target of its own).
- ``parse`` + ``is_valid_number`` + ``number_type`` + ``format_number``: what it takes
  libphonenumber to reach the same verdict, informative.

Checked: for every input libphonenumber calls a valid Iranian mobile, ``normalize_mobile`` accepts
it and returns the same number, and it rejects every input libphonenumber rejects.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .timing import stopwatch

__all__ = ["Agreement", "PhoneResult", "measure_phones", "mixed_inputs"]

# Prefixes (09 form) that libphonenumber's metadata lists as mobile ranges, MCI, Irancell, Rightel and others.
_PREFIXES = (
    *(f"090{d}" for d in "1235"),
    *(f"091{d}" for d in "0123456789"),
    *(f"092{d}" for d in "012"),
    *(f"093{d}" for d in "0123456789"),
    *(f"099{d}" for d in "01234"),
)
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Each takes the 10-digit national number ("9121234567").
_SPELLINGS: tuple[Callable[[str], str], ...] = (
    lambda n: f"0{n}",
    lambda n: f"+98{n}",
    lambda n: f"+98 {n[:3]} {n[3:6]} {n[6:]}",
    lambda n: f"0098{n}",
    lambda n: f"0098-{n[:3]}-{n[3:6]}-{n[6:]}",
    lambda n: f"98{n}",
    lambda n: n,
    lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}",
    lambda n: f"(0{n[:3]}) {n[3:6]}-{n[6:]}",
    lambda n: f"0{n[:3]}.{n[3:6]}.{n[6:]}",
    lambda n: f"0{n}".translate(_PERSIAN),
    lambda n: f"+98{n}".translate(_ARABIC_INDIC),
    lambda n: f"0{n[:3]}\u00a0{n[3:6]}\u00a0{n[6:]}",
    lambda n: f"\u200e 0{n} ",
)


def _digits(rng: random.Random, count: int) -> str:
    return f"{rng.randrange(10**count):0{count}d}"


# Inputs that are not Iranian mobile numbers, for either library.
_NOT_MOBILES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"021{_digits(rng, 8)}",
    lambda rng: f"+98 21 {_digits(rng, 4)} {_digits(rng, 4)}",
    lambda rng: f"0912{_digits(rng, 6)}",
    lambda rng: f"0912{_digits(rng, 8)}",
    lambda rng: f"+1 202 555 {_digits(rng, 4)}",
    lambda rng: f"+44 7700 900{_digits(rng, 3)}",
    lambda rng: rng.choice(("hello", "n/a", "شماره ندارد", "-", "")),
)


def mixed_inputs(count: int, *, seed: int = 20_261_127, mobile_share: float = 0.8) -> list[str]:
    """``count`` texts, ``mobile_share`` of them mobile numbers in a random spelling; the same for a seed."""
    rng = random.Random(seed)
    inputs: list[str] = []
    for _ in range(count):
        if rng.random() < mobile_share:
            national = rng.choice(_PREFIXES)[1:] + _digits(rng, 7)
            inputs.append(rng.choice(_SPELLINGS)(national))
        else:
            inputs.append(rng.choice(_NOT_MOBILES)(rng))
    return inputs


@dataclass(frozen=True)
class Agreement:
    """How the two libraries' verdicts compare, input by input.

    Attributes:
        both_valid: Inputs both call a valid Iranian mobile, with the same number.
        both_invalid: Inputs both reject.
        missed: Valid Iranian mobiles (for libphonenumber) that ``normalize_mobile`` rejects.
        mismatched: Inputs both accept but normalize to different numbers.
        only_ours: Inputs only ``normalize_mobile`` accepts (its check is structural: a number in a
            range libphonenumber does not list).
        examples: A few inputs of each disagreement, for the report.
    """

    both_valid: int
    both_invalid: int
    missed: int
    mismatched: int
    only_ours: int
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def agrees(self) -> bool:
        """Whether the verdicts agree on every input."""
        return self.missed == self.mismatched == self.only_ours == 0


@dataclass(frozen=True)
class PhoneResult:
    """Normalization throughput of both libraries, and whether their verdicts agree."""

    inputs: int
    normalize_mobiles_per_s: float
    normalize_mobiles_unsplit_per_s: float
    valid_only_per_s: float
    """``normalize_mobiles`` over just the inputs ``normalize_mobile`` accepts (where the time goes)."""
    rejected_only_per_s: float
    """... and over just the ones it rejects, each of which gets its reason."""
    phonenumbers_parse_format_per_s: float
    phonenumbers_rejected_only_per_s: float
    """``phonenumbers.parse`` + ``format_number`` over the inputs ``normalize_mobile`` rejects."""
    phonenumbers_validated_per_s: float
    speedup: float
    rejected_speedup: float
    """``normalize_mobiles`` over the rejected inputs vs ``phonenumbers`` over the same inputs."""
    speedup_validated: float
    agreement: Agreement


def _time_ours(inputs: list[str], *, split: bool) -> float:
    from iranpayamak import normalize_mobiles

    with stopwatch(len(inputs)) as watch:
        normalize_mobiles(inputs, split=split)
    return len(inputs) / watch.timing.cpu_s


def _time_parse_format(inputs: list[str]) -> float:
    import phonenumbers

    parse, format_number, e164 = phonenumbers.parse, phonenumbers.format_number, phonenumbers.PhoneNumberFormat.E164
    failure = phonenumbers.NumberParseException
    with stopwatch(len(inputs)) as watch:
        for text in inputs:
            # Not contextlib.suppress: a context manager per input would be timed as phonenumbers' cost.
            try:
                format_number(parse(text, "IR"), e164)
            except failure:
                continue
    return len(inputs) / watch.timing.cpu_s


def _verdicts_of_phonenumbers(inputs: list[str]) -> tuple[list[str | None], float]:
    """libphonenumber's verdict on each input (the 09 form, or None), and the inputs per second."""
    import phonenumbers

    parse, format_number, e164 = phonenumbers.parse, phonenumbers.format_number, phonenumbers.PhoneNumberFormat.E164
    is_valid, number_type, mobile = phonenumbers.is_valid_number, phonenumbers.number_type, phonenumbers.PhoneNumberType
    failure = phonenumbers.NumberParseException
    verdicts: list[str | None] = []
    with stopwatch(len(inputs)) as watch:
        for text in inputs:
            try:
                number = parse(text, "IR")
            except failure:
                verdicts.append(None)
                continue
            if number.country_code == 98 and is_valid(number) and number_type(number) == mobile.MOBILE:
                verdicts.append("0" + format_number(number, e164)[3:])
            else:
                verdicts.append(None)
    return verdicts, len(inputs) / watch.timing.cpu_s


def _verdicts_of_ours(inputs: list[str]) -> list[str | None]:
    from iranpayamak import InvalidPhoneNumber, normalize_mobile

    verdicts: list[str | None] = []
    for text in inputs:
        try:
            verdicts.append(normalize_mobile(text))
        except InvalidPhoneNumber:
            verdicts.append(None)
    return verdicts


def _agreement(inputs: list[str], ours: list[str | None], theirs: list[str | None]) -> Agreement:
    counts = {"both_valid": 0, "both_invalid": 0, "missed": 0, "mismatched": 0, "only_ours": 0}
    examples: dict[str, list[str]] = {}
    for text, mine, reference in zip(inputs, ours, theirs, strict=True):
        if mine is None and reference is None:
            kind = "both_invalid"
        elif mine is None:
            kind = "missed"
        elif reference is None:
            kind = "only_ours"
        else:
            kind = "both_valid" if mine == reference else "mismatched"
        counts[kind] += 1
        if kind not in ("both_valid", "both_invalid") and len(examples.setdefault(kind, [])) < 5:
            examples[kind].append(text)
    return Agreement(**counts, examples=examples)


def measure_phones(count: int, *, rounds: int = 3) -> PhoneResult:
    """Normalize ``count`` mixed inputs with both libraries; CPU-time throughput and verdict agreement.

    Each subject is timed ``rounds`` times, the subjects taking turns, and its best round counts: on a
    shared machine a round is only ever slowed down, and the first one also pays for fresh memory.
    """
    inputs = mixed_inputs(count)
    verdicts = _verdicts_of_ours(inputs)
    valid = [text for text, number in zip(inputs, verdicts, strict=True) if number is not None]
    rejected = [text for text, number in zip(inputs, verdicts, strict=True) if number is None]
    subjects: dict[str, Callable[[], float]] = {
        "ours": lambda: _time_ours(inputs, split=True),
        "unsplit": lambda: _time_ours(inputs, split=False),
        "valid": lambda: _time_ours(valid, split=True),
        "rejected": lambda: _time_ours(rejected, split=True),
        "parse_format": lambda: _time_parse_format(inputs),
        "parse_format_rejected": lambda: _time_parse_format(rejected),
    }
    best = dict.fromkeys(subjects, 0.0)
    for _ in range(rounds):
        for name, measure in subjects.items():
            best[name] = max(best[name], measure())
    ours, parse_format = best["ours"], best["parse_format"]
    theirs, validated = _verdicts_of_phonenumbers(inputs)
    agreement = _agreement(inputs, verdicts, theirs)
    return PhoneResult(
        inputs=count,
        normalize_mobiles_per_s=ours,
        normalize_mobiles_unsplit_per_s=best["unsplit"],
        valid_only_per_s=best["valid"],
        rejected_only_per_s=best["rejected"],
        phonenumbers_parse_format_per_s=parse_format,
        phonenumbers_rejected_only_per_s=best["parse_format_rejected"],
        phonenumbers_validated_per_s=validated,
        speedup=ours / parse_format,
        rejected_speedup=best["rejected"] / best["parse_format_rejected"],
        speedup_validated=ours / validated,
        agreement=agreement,
    )
