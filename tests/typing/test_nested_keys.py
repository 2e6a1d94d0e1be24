"""A type checker catches a misspelled key in the dicts that nested parameters take.

The nested parameters (``peers``, ``selected_phone_books``, ``ceo``...) take a model or a dict of its wire
shape (``iranpayamak_api.wire``), whose keys are the wire's camelCase, not the methods' snake_case. This
runs mypy, as a user would, on a small file of code using the public clients: each misspelled key is an
error on its own line, a dict annotated with its wire shape is told the key's name, and the same code
spelled right passes.

mypy names the key only when a dict literal's expected type is the TypedDict alone: passed straight to
a parameter that also takes the model, it says which types were expected (``wire.Peer``) instead.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Each case: the call spelled right, the same call with one key misspelled, and what mypy's error says.
CASES = [
    (
        'client.sms.send_peer_to_peer([{"text": "hi", "selectedPhoneBooks": [{"id": 1, "offset": 0, "limit": 9}]}])',
        'client.sms.send_peer_to_peer([{"text": "hi", "selected_phone_books": [{"id": 1, "offset": 0, "limit": 9}]}])',
        '"iranpayamak_api.models.peer.Peer | iranpayamak_api.wire.Peer"',
    ),
    (
        'client.sms.send_peer_to_peer([{"text": "hi", "selectedPhoneBooks": [{"id": 1, "offset": 0, "limit": 9}]}])',
        'client.sms.send_peer_to_peer([{"text": "hi", "selectedPhoneBooks": [{"id": 1, "ofset": 0, "limit": 9}]}])',
        '"iranpayamak_api.models.peer.Peer | iranpayamak_api.wire.Peer"',
    ),
    (
        'client.sms.send_simple("hi", selected_phone_books=[{"id": 1, "offset": 0, "limit": 9}])',
        'client.sms.send_simple("hi", selected_phone_books=[{"id": 1, "offset": 0, "limt": 9}])',
        "iranpayamak_api.wire.PhonebookSlice",
    ),
    (
        'client.account.update(ceo={"first_name": "Sara", "mobile": "09121234567"})',
        'client.account.update(ceo={"firstName": "Sara", "mobile": "09121234567"})',
        "iranpayamak_api.wire.AccountCeo",
    ),
    (
        'client.phonebook.upsert_contacts(1, [{"mobile": "09121234567", "name": "Sara"}])',
        'client.phonebook.upsert_contacts(1, [{"mobile": "09121234567", "nmae": "Sara"}])',
        "iranpayamak_api.wire.ContactBulkItem",
    ),
    (
        'client.patterns.create("t", "%code%", True, "example.ir", 1, [{"var": "code", "type": "int", "length": 6}])',
        'client.patterns.create("t", "%code%", True, "example.ir", 1, [{"var": "code", "typ": "int", "length": 6}])',
        "iranpayamak_api.wire.PatternVariable",
    ),
    (
        'book: wire.PhonebookSlice = {"id": 1, "offset": 0, "limit": 9}',
        'book: wire.PhonebookSlice = {"id": 1, "offset": 0, "limit": 9, "bookId": 2}',
        'Extra key "bookId" for TypedDict "PhonebookSlice"',
    ),
    (
        'peer: wire.Peer = {"text": "hi", "recipients": ["09121234567"]}',
        'peer: wire.Peer = {"text": "hi", "recipient": ["09121234567"]}',
        'Extra key "recipient" for TypedDict "Peer"',
    ),
    (
        'await aclient.sms.send_peer_to_peer([{"text": "hi", "recipients": ["09121234567"]}])',
        'await aclient.sms.send_peer_to_peer([{"txt": "hi", "recipients": ["09121234567"]}])',
        "iranpayamak_api.wire.Peer",
    ),
]

# Models, and models mixed with dicts, type-check as before.
ALWAYS = """\
client.sms.send_peer_to_peer([Peer(text="hi", recipients=["09121234567"]), {"text": "hi", "recipients": []}])
client.account.update(ceo=AccountCeo(first_name="Sara"), company={"name": "Example"})
client.sms.send_variables("%name%", [{"mobile": "09121234567", "name": "Sara"}])
"""


def _user_code(lines: list[str]) -> str:
    body = "\n".join(f"    {line}" for line in lines)
    return (
        "from iranpayamak import AsyncIranPayamak, IranPayamak\n"
        "from iranpayamak_api import wire\n"
        "from iranpayamak_api.models import AccountCeo, Peer\n\n\n"
        "async def main() -> None:\n"
        '    client = IranPayamak(api_key="not-a-key", line_number="3000505")\n'
        '    aclient = AsyncIranPayamak(api_key="not-a-key", line_number="3000505")\n'
        f"{body}\n"
    )


def test_mypy_names_misspelled_nested_keys_and_passes_the_right_ones(tmp_path: Path) -> None:
    always = ALWAYS.splitlines()
    (tmp_path / "right.py").write_text(_user_code([*always, *(right for right, _, _ in CASES)]), encoding="utf-8")
    (tmp_path / "wrong.py").write_text(_user_code([*always, *(wrong for _, wrong, _ in CASES)]), encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    # One run for both files, with its own cache: only the user code is reported.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", ".cache", "right.py", "wrong.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    errors: dict[tuple[str, int], list[str]] = {}
    for match in re.finditer(r"^(\w+\.py):(\d+): error: (.*)$", result.stdout, re.MULTILINE):
        errors.setdefault((match[1], int(match[2])), []).append(match[3])
    # The body starts on the line after the header; the header alone ends with one more newline.
    first = _user_code([]).count("\n") + len(always)
    expected = {("wrong.py", first + index): fragment for index, (_, _, fragment) in enumerate(CASES)}
    assert set(errors) == set(expected), result.stdout + result.stderr
    for where, fragment in expected.items():
        assert any(fragment in message for message in errors[where]), (where, errors[where])
