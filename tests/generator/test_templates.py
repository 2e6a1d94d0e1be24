"""Behaviour of a client generated from a small fixture spec with the project's templates.

The fixture uses every construct the templates handle (both envelopes, error responses, a multipart
upload, a binary download, enums, nullable fields, a public operation), so a template change is
caught here even before the real spec uses the construct.
"""

from __future__ import annotations

import importlib
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.regenerate import build
from tests.fakes import API_KEY, FakeService, envelope, raw

FIXTURE = Path(__file__).resolve().parent / "fixture.openapi.yaml"


@pytest.fixture(scope="module")
def fixture_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    workdir = tmp_path_factory.mktemp("fixture-client")
    build(FIXTURE, workdir, package_name="fixture_api")
    sys.path.insert(0, str(workdir))
    try:
        yield importlib.import_module("fixture_api")
    finally:
        sys.path.remove(str(workdir))


def _op(fixture_api: ModuleType, tag: str, name: str) -> ModuleType:
    return importlib.import_module(f"fixture_api.api.{tag}.{name}")


ITEM_PAGE = {
    "currentPage": 1,
    "totalPages": 1,
    "items": [{"id": 7, "state": "new", "note": None}],
}


def test_generated_fixture_client_is_strictly_typed(fixture_api: ModuleType) -> None:
    package_dir = Path(fixture_api.__file__).parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "fixture_api"],
        cwd=package_dir.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_messages_envelope_parses_into_models(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(ITEM_PAGE))
    page = _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api))
    item = page.data.items[0]
    assert (item.id, item.state, item.note) == (7, "new", None)
    assert page.status == "success"


def test_default_query_parameters_are_sent(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(ITEM_PAGE))
    _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api))
    assert service.requests[0].url.params["page"] == "1"


def test_unknown_enum_value_is_kept_not_rejected(fixture_api: ModuleType) -> None:
    page_body = {**ITEM_PAGE, "items": [{"id": 7, "state": "archived", "note": "x"}]}
    service = FakeService(envelope(page_body))
    item = _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api)).data.items[0]
    assert item.state == "archived"
    assert item.state.value == "archived"
    assert item.to_dict()["state"] == "archived"


def test_unknown_fields_are_kept(fixture_api: ModuleType) -> None:
    page_body = {**ITEM_PAGE, "items": [{"id": 7, "state": "new", "note": None, "color": "blue"}], "cursor": "c2"}
    service = FakeService(envelope(page_body, request_id="r-1"))
    page = _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api))
    assert page.additional_properties == {"request_id": "r-1"}
    assert page.data.additional_properties == {"cursor": "c2"}
    assert page.data.items[0].additional_properties == {"color": "blue"}


def test_message_envelope_parses(fixture_api: ModuleType) -> None:
    service = FakeService(httpx.Response(200, json={"status": "success", "message": {}, "data": {"name": "فروشگاه"}}))
    account = _op(fixture_api, "account", "get_account").sync(client=service.client(fixture_api))
    assert account.data.name == "فروشگاه"


def test_error_status_raises_the_typed_error_and_detailed_returns_the_raw_answer(fixture_api: ModuleType) -> None:
    body = {"status": "error", "message": "Api-Key not valid", "data": None}
    service = FakeService(httpx.Response(401, json=body))
    operation = _op(fixture_api, "account", "get_account")
    with pytest.raises(fixture_api.errors.AuthenticationError) as caught:
        operation.sync(client=service.client(fixture_api))
    assert caught.value.message == "Api-Key not valid"
    assert caught.value.body == body
    detailed = operation.sync_detailed(client=service.client(fixture_api))
    assert (detailed.status_code, detailed.parsed) == (401, None)
    assert b"Api-Key not valid" in detailed.content


def test_success_status_with_error_envelope_raises(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(None, status="error", messages="داده درخواستی یافت نشد"))
    with pytest.raises(fixture_api.errors.NotFoundError) as caught:
        _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api))
    assert caught.value.status_code == 200


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (raw(201, "<html><body>maintenance</body></html>", "text/html"), "not valid JSON"),
        (raw(201, '{"status": "success", "da'), "not valid JSON"),
        (raw(201, ""), "empty"),
        (raw(201, '{"status": 1, "data": 5}'), "does not match IdResult"),
        (raw(201, '{"status": "success"}'), "does not match IdResult"),
        (raw(201, "[1, 2]"), "does not match IdResult"),
    ],
)
def test_unreadable_success_body_raises_response_parse_error(
    fixture_api: ModuleType, answer: httpx.Response, reason: str
) -> None:
    service = FakeService(answer)
    body = fixture_api.models.NewItem(name="x")
    with pytest.raises(fixture_api.errors.ResponseParseError) as caught:
        _op(fixture_api, "items", "create_item").sync(client=service.client(fixture_api), body=body)
    assert reason in str(caught.value)
    assert caught.value.status_code == 201


def test_multipart_upload_sends_the_file_and_fields(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(31, code=201))
    form = fixture_api.models.UploadForm(
        title="نمونه",
        file=fixture_api.File(payload=io.BytesIO(b"PK\x03\x04 sheet"), file_name="list.xlsx"),
    )
    result = _op(fixture_api, "items", "upload_file").sync(client=service.client(fixture_api), body=form)
    assert result.data == 31
    request = service.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="list.xlsx"' in request.content
    assert b"PK\x03\x04 sheet" in request.content
    assert b'name="title"' in request.content
    assert "نمونه".encode() in request.content


def test_binary_download_returns_the_bytes(fixture_api: ModuleType) -> None:
    service = FakeService(raw(200, b"\x00\x01binary", "application/octet-stream"))
    file = _op(fixture_api, "items", "download_item_file").sync(5, client=service.client(fixture_api))
    assert file.payload.read() == b"\x00\x01binary"
    assert file.mime_type == "application/octet-stream"
    assert service.requests[0].url.path == "/items/5/file"


def test_binary_download_answered_with_an_error_envelope_raises(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(None, status="error", messages="file missing"))
    with pytest.raises(fixture_api.errors.APIError, match="file missing"):
        _op(fixture_api, "items", "download_item_file").sync(5, client=service.client(fixture_api))


def test_public_operation_needs_no_key(fixture_api: ModuleType) -> None:
    service = FakeService(envelope({"ok": True}))
    result = _op(fixture_api, "account", "get_public").sync(client=service.client(fixture_api, api_key=None))
    assert result.data == {"ok": True}
    assert "api-key" not in service.requests[0].headers


def test_secured_operation_without_key_fails_before_sending(fixture_api: ModuleType) -> None:
    service = FakeService(envelope(ITEM_PAGE))
    with pytest.raises(fixture_api.errors.MissingAPIKeyError):
        _op(fixture_api, "items", "list_items").sync(client=service.client(fixture_api, api_key=None))
    assert service.requests == []


@pytest.mark.anyio
async def test_async_operations_behave_like_sync_ones(fixture_api: ModuleType) -> None:
    service = FakeService(
        envelope(ITEM_PAGE), httpx.Response(401, json={"status": "error", "message": "Auth required"})
    )
    async with service.client(fixture_api) as client:
        page = await _op(fixture_api, "items", "list_items").asyncio(client=client)
        assert page.data.items[0].id == 7
        with pytest.raises(fixture_api.errors.AuthenticationError, match="Auth required"):
            await _op(fixture_api, "items", "list_items").asyncio(client=client)
    assert service.requests[0].headers["api-key"] == API_KEY
