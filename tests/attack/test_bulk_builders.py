"""Attacks on the bulk sends' builders (``_SimpleBulkSend``): arguments read more than once.

Each test names the defect it found; all run on both clients against the mock.
"""

from __future__ import annotations

from typing import Any

import pytest

from iranpayamak.estimate import DryRun

from .conftest import Both

pytestmark = pytest.mark.anyio

MOBILE = "09121234567"


def _book(both: Both) -> int:
    """The id of the mock's demo phonebook (three contacts)."""
    return next(iter(both.mock.client().phonebook.list())).id


@pytest.mark.parametrize("numbers", [[], [MOBILE]], ids=["books-only", "books-and-numbers"])
async def test_a_generator_of_phonebook_slices_is_sent_after_a_max_cost_estimate(
    both: Both, numbers: list[str]
) -> None:
    """Defect: with ``max_cost``, ``send_simple_bulk`` read a generator of ``selected_phone_books``
    twice, once for the estimate and once for the send, which then found it empty and refused the
    call ("selected_phone_books: must not be empty") after the estimate: a call that a list of the
    same slices sends was refused."""
    book = _book(both)

    def slices() -> Any:
        yield {"id": book, "offset": 0, "limit": 2}

    result = await both.call(
        both.client.sms.send_simple_bulk("خبرنامه", numbers, selected_phone_books=slices(), max_cost=10**9)
    )
    assert result.failed == [] and len(result.sent) == 1
    assert sorted(message.recipient for message in both.mock.outbox) == sorted([*numbers, "09121111111", "09352222222"])


async def test_a_dry_run_of_a_generator_of_phonebook_slices_counts_them(both: Both) -> None:
    """The dry run itself reads the slices once and counts their contacts (no send)."""
    book = _book(both)
    dry = await both.call(
        both.client.sms.send_simple(
            "خبرنامه", selected_phone_books=({"id": book, "offset": 0, "limit": 2} for _ in range(1)), dry_run=True
        )
    )
    assert isinstance(dry, DryRun) and both.mock.outbox == []
