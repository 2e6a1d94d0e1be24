"""Uploads from paths, bytes or file objects; workbooks built from rows; rows read back from files."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iranpayamak import InvalidPhoneNumber, IranPayamak
from iranpayamak.errors import InvalidArgumentError
from iranpayamak.files import (
    XLSX_MIME_TYPE,
    peers_workbook,
    read_numbered_rows,
    read_rows,
    recipients_workbook,
    to_upload,
    variables_workbook,
    workbook,
)
from tests import search
from tests.fakes import FakeService, envelope


def test_an_upload_can_be_a_path_bytes_or_a_binary_file(tmp_path: Path) -> None:
    audio = tmp_path / "greeting.mp3"
    audio.write_bytes(b"ID3 audio")
    from_path = to_upload(audio, field="file", default_name="upload.bin")
    assert (from_path.file_name, from_path.mime_type, from_path.payload.read()) == (
        "greeting.mp3",
        "audio/mpeg",
        b"ID3 audio",
    )
    from_bytes = to_upload(b"raw", field="file", default_name="recipients.xlsx")
    assert (from_bytes.file_name, from_bytes.mime_type) == ("recipients.xlsx", XLSX_MIME_TYPE)
    with audio.open("rb") as handle:
        assert to_upload(handle, field="file", default_name="x").file_name == "greeting.mp3"
    assert to_upload(io.BytesIO(b"data"), field="file", default_name="sheet.csv").file_name == "sheet.csv"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("/no/such/file.xlsx", "cannot read"),
        (b"", "empty"),
        (io.StringIO("text mode"), "binary mode"),
        (12, "expected a path"),
    ],
)
def test_bad_uploads_are_refused(value: Any, reason: str) -> None:
    with pytest.raises(InvalidArgumentError, match=reason) as caught:
        to_upload(value, field="recipients_file", default_name="r.xlsx")
    assert caught.value.field == "recipients_file"


def test_uploads_are_sent_as_multipart_files(tmp_path: Path) -> None:
    sheet = tmp_path / "list.xlsx"
    sheet.write_bytes(recipients_workbook(["09121234567"]))
    service = FakeService(envelope(77, code=201))
    assert service.ergonomic(IranPayamak).sms.send_simple_file("جشنواره زمستانه", sheet) == 77
    request = service.requests[0]
    assert b'name="recipients_file"; filename="list.xlsx"' in request.content
    assert sheet.read_bytes() in request.content


def test_downloads_return_bytes_and_can_be_saved(tmp_path: Path) -> None:
    service = FakeService(httpx.Response(200, content=b"PK sample", headers={"content-type": XLSX_MIME_TYPE}))
    target = tmp_path / "sample.xlsx"
    content = service.ergonomic(IranPayamak).phonebook.sample_workbook(44, save_to=target)
    assert content == b"PK sample"
    assert target.read_bytes() == b"PK sample"


def test_recipients_workbook_round_trips_normalized_numbers(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(recipients_workbook(["+98 912 123 4567", 9351234567]))
    assert list(read_rows(path)) == [["mobile"], ["09121234567"], ["09351234567"]]


def test_recipients_workbook_refuses_an_invalid_number() -> None:
    with pytest.raises(InvalidPhoneNumber, match=r"mobiles\[1\]"):
        recipients_workbook(["09121234567", "12"])


def test_variables_workbook_has_a_column_per_variable(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    path.write_bytes(
        variables_workbook([{"mobile": "09121234567", "name": "سارا"}, {"mobile": "09351234567", "name": "علی"}])
    )
    assert list(read_rows(path)) == [["mobile", "name"], ["09121234567", "سارا"], ["09351234567", "علی"]]
    with pytest.raises(InvalidArgumentError, match=r"recipients\[1\]: missing name"):
        variables_workbook([{"mobile": "09121234567", "name": "a"}, {"mobile": "09351234567"}])


def test_peers_workbook_has_a_row_per_recipient(tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    path.write_bytes(peers_workbook([("متن اول", ["09121234567"]), ("متن دوم", ["09351234567", "09901234567"])]))
    rows = list(read_rows(path))
    assert rows[0] == ["mobile", "text"]
    assert rows[1:] == [["09121234567", "متن اول"], ["09351234567", "متن دوم"], ["09901234567", "متن دوم"]]


def test_generic_workbook_and_csv_rows(tmp_path: Path) -> None:
    sheet = tmp_path / "g.xlsx"
    sheet.write_bytes(workbook([[1, "a"], [2.0, None]], header=["n", "s"]))
    assert list(read_rows(sheet)) == [["n", "s"], ["1", "a"], ["2"]]  # trailing empty cells are not stored
    csv_file = tmp_path / "numbers.csv"
    csv_file.write_text("\ufeffmobile,name\n09121234567, Sara \n\n", encoding="utf-8")
    assert list(read_rows(csv_file)) == [["mobile", "name"], ["09121234567", "Sara"]]


@pytest.mark.parametrize("separator", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_csv_cells_may_be_separated_by_commas_semicolons_or_tabs(tmp_path: Path, separator: str) -> None:
    # Excel in many locales saves "CSV" with semicolons (and a byte order mark).
    csv_file = tmp_path / "customers.csv"
    rows = [["mobile", "name"], ["09121234567", "Ali, Reza"], ["09351234567", "Sara"]]
    text = "".join(separator.join(f'"{cell}"' if "," in cell else cell for cell in row) + "\r\n" for row in rows)
    csv_file.write_text("\ufeff" + text, encoding="utf-8")
    assert list(read_rows(csv_file)) == rows


def test_a_single_column_file_is_not_split(tmp_path: Path) -> None:
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("+98 912 123 4567\n0935;1234567\n", encoding="utf-8")
    assert list(read_rows(numbers)) == [["+98 912 123 4567"], ["0935;1234567"]]


def test_numbered_rows_give_the_line_or_row_an_editor_shows(tmp_path: Path) -> None:
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text('mobile,name\n\n09121234567,"two\nlines"\n09351234567,Sara\n', encoding="utf-8")
    assert [number for number, _cells in read_numbered_rows(csv_file)] == [1, 3, 5]
    sheet = tmp_path / "customers.xlsx"
    sheet.write_bytes(workbook([[None], ["09121234567"], [None], ["09351234567"]], header=["mobile"]))
    assert list(read_numbered_rows(sheet)) == [(1, ["mobile"]), (3, ["09121234567"]), (5, ["09351234567"])]


def test_files_that_are_not_spreadsheets_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is not a zip file")
    with pytest.raises(InvalidArgumentError, match="not a readable Excel file"):
        list(read_rows(fake))
    with pytest.raises(InvalidArgumentError, match=r"expected a \.csv"):
        read_rows(tmp_path / "list.pdf")


variable_values = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.none(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=search.examples(quick=40, slow=400), deadline=None)
@given(values=st.lists(st.tuples(variable_values, variable_values), min_size=1, max_size=4))
def test_variables_workbook_writes_text_and_whole_numbers_and_refuses_the_rest(
    values: list[tuple[object, object]],
) -> None:
    # Before: None was written as "None" and a dict as its repr, so a customer received "سلام None".
    mobiles = [f"0912000000{index}" for index in range(len(values))]
    recipients = [{"mobile": m, "name": name, "city": city} for m, (name, city) in zip(mobiles, values, strict=True)]
    accepted = all(isinstance(v, str | int) and not isinstance(v, bool) for pair in values for v in pair)
    if not accepted:
        with pytest.raises(InvalidArgumentError) as caught:
            variables_workbook(recipients)
        index, variable = next(
            (i, name)
            for i, pair in enumerate(values)
            for name, v in zip(("name", "city"), pair, strict=True)
            if not (isinstance(v, str | int) and not isinstance(v, bool))
        )
        assert caught.value.field == f"recipients[{index}].{variable}"
        assert mobiles[index] in str(caught.value)  # the recipient, by number
        return
    sheet = io.BytesIO(variables_workbook(recipients))
    from openpyxl import load_workbook

    rows = [[cell.value for cell in row] for row in load_workbook(sheet).active.iter_rows()]
    assert rows[0] == ["mobile", "name", "city"]
    written = [[m, str(name), str(city)] for m, (name, city) in zip(mobiles, values, strict=True)]
    assert rows[1:] == [[cell or None for cell in row] for row in written]  # "" is an empty cell


def test_uploads_from_bad_paths_and_failing_files_are_refused(tmp_path: Path) -> None:
    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            raise OSError("the disk is gone")

    closed = io.BytesIO(b"x")
    closed.close()
    for value in ("a\x00b.mp3", tmp_path / "a\x00b", "\ud800.mp3", tmp_path, Failing(), closed):
        with pytest.raises(InvalidArgumentError) as caught:
            to_upload(value, field="file", default_name="upload.bin")
        assert caught.value.field == "file"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: workbook([["a\x00"]]), "rows[0][0]"),
        (lambda: workbook([[object()]]), "rows[0][0]"),
        (lambda: workbook([[float("nan")]]), "rows[0][0]"),
        (lambda: workbook(5), "rows"),  # type: ignore[arg-type]
        (lambda: workbook([], sheet="a/b"), "sheet"),
        (lambda: recipients_workbook(5), "mobiles"),  # type: ignore[arg-type]
        (lambda: peers_workbook(["hi"]), "peers[0]"),  # type: ignore[list-item]
        (lambda: peers_workbook([("", ["09121234567"])]), "peers[0].text"),
        (lambda: variables_workbook([{"mobile": "09121234567", 5: "x"}]), "recipients[0]"),
    ],
)
def test_workbook_builders_refuse_what_a_sheet_cannot_hold(call: Any, field: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        call()
    assert caught.value.field == field


# The simple and peer-to-peer file sends take "an Excel or CSV file", as their pages say (spec audit C9).


def _sent_part(service: FakeService, field: str) -> tuple[str, str, bytes]:
    """The file name, content type and content of a multipart part the fake service received."""
    body = service.requests[0].content
    header, _, rest = body.partition(f'name="{field}"'.encode())[2].partition(b"\r\n\r\n")
    name = header.split(b'filename="')[1].split(b'"')[0].decode()
    media = header.split(b"Content-Type: ")[1].split(b"\r\n")[0].decode()
    return name, media, rest.split(b"\r\n--")[0]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c, sheet: c.sms.send_simple_file("سلام", sheet), "recipients_file"),
        (lambda c, sheet: c.sms.send_peer_to_peer_file(sheet), "peers_file"),
    ],
    ids=["simple", "peer-to-peer"],
)
def test_a_recipient_sheet_may_be_a_csv_and_is_sent_as_one(call: Any, field: str, tmp_path: Path) -> None:
    csv = "mobile,text\n09121234567,سلام\n".encode()
    for given_as in (csv, io.BytesIO(csv)):
        service = FakeService(envelope(data=[7] if field == "peers_file" else 7, code=201))
        call(service.ergonomic(IranPayamak), given_as)
        name, media, content = _sent_part(service, field)
        assert (name.endswith(".csv"), media, content) == (True, "text/csv", csv)
    named = tmp_path / "customers.CSV"
    named.write_bytes(csv)
    service = FakeService(envelope(data=[7] if field == "peers_file" else 7, code=201))
    call(service.ergonomic(IranPayamak), named)
    assert _sent_part(service, field)[:2] == ("customers.CSV", "text/csv")
    workbook_bytes = recipients_workbook(["09121234567"])
    service = FakeService(envelope(data=[7] if field == "peers_file" else 7, code=201))
    call(service.ergonomic(IranPayamak), workbook_bytes)
    assert _sent_part(service, field)[1:] == (XLSX_MIME_TYPE, workbook_bytes)  # a workbook goes as it is


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(64), "mobile\n09121234567\n".encode("utf-16"), b"%PDF-1.7\n\xe2\xe3\xcf\xd3"],
    ids=["image", "utf-16", "pdf"],
)
def test_a_recipient_sheet_that_is_neither_workbook_nor_csv_is_refused_before_sending(content: bytes) -> None:
    service = FakeService()
    with pytest.raises(InvalidArgumentError) as refused:
        service.ergonomic(IranPayamak).sms.send_simple_file("سلام", content)
    assert refused.value.field == "recipients_file" and not service.requests
