"""Attacks on the fingerprints of keyed file sends: a file counts by its content (and type), however
it is given, and two files of different content are two sends.

Each test names the defect it found; all run on both clients against the mock.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iranpayamak import files
from iranpayamak_api.types import File

from .conftest import Both, sent

pytestmark = pytest.mark.anyio

SHEET = files.recipients_workbook(["09121234567"])
OTHER_SHEET = files.recipients_workbook(["09351234567"])


def _given(way: str, content: bytes, folder: Path) -> Any:
    """``content`` as an upload argument, given ``way``."""
    path = folder / f"{way}-{len(list(folder.iterdir()))}.xlsx"
    path.write_bytes(content)
    return {
        "path": lambda: path,
        "text path": lambda: str(path),
        "bytes": lambda: content,
        "open file": lambda: path.open("rb"),
        "File": lambda: File(payload=io.BytesIO(content), file_name="list.xlsx"),
    }[way]()


WAYS = ["path", "text path", "bytes", "open file", "File"]


@pytest.mark.parametrize("second", WAYS)
@pytest.mark.parametrize("first", WAYS)
async def test_a_retry_giving_the_same_file_otherwise_gets_the_first_result(
    both: Both, tmp_path: Path, first: str, second: str
) -> None:
    """Defect: the fingerprint of a file send counted the file's name, which depends on how the file is
    given (a path's name, ``recipients.xlsx`` for bytes): a retry giving the same workbook as bytes
    instead of a path was refused as "other arguments" (the documentation: a file counts by its
    content)."""
    ids = []
    for way in (first, second):
        upload = _given(way, SHEET, tmp_path)
        ids.append(await both.call(both.client.sms.send_simple_file("hello", upload, idempotency_key="k")))
        if hasattr(upload, "close"):
            upload.close()
    assert ids[0] == ids[1] and sent(both.mock, "send_simple_file") == 1


PAYLOADS: dict[str, Callable[[bytes], Any]] = {
    "buffered reader": lambda content: io.BufferedReader(io.BytesIO(content)),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
async def test_two_files_of_different_content_are_two_sends(both: Both, payload: Callable[[bytes], Any]) -> None:
    """Defect: a ready ``File`` whose payload was not a ``BytesIO`` (a ``BufferedReader``, a temporary
    file) was fingerprinted by its ``str()``, not its content: two different workbooks under one key
    were taken for one send, so the second call returned the first's result and its recipients were
    never texted (and the ``str()`` of a file object may hold its address, so a retry was refused)."""
    uploads = [File(payload=payload(content), file_name="list.xlsx") for content in (SHEET, OTHER_SHEET)]
    await both.call(both.client.sms.send_simple_file("hello", uploads[0], idempotency_key="k"))
    with pytest.raises(Exception, match="other arguments"):
        await both.call(both.client.sms.send_simple_file("hello", uploads[1], idempotency_key="k"))
    assert sent(both.mock, "send_simple_file") == 1
    # The same content again is the same send: the first's result, nothing sent.
    retry = File(payload=payload(SHEET), file_name="list.xlsx")
    await both.call(both.client.sms.send_simple_file("hello", retry, idempotency_key="k"))
    assert sent(both.mock, "send_simple_file") == 1
