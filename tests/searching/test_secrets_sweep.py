"""Secrets sweep: no error path shows a secret, neither in its traceback nor in its frames' locals.

Every error path of the fault matrix (each fault, for reads, sends, one-time codes and the panel
calls that carry a password, a token or a code) and of the bad-input corpus is run, sync and async,
with a client whose key and base-URL password are known. Each error is then rendered as
``traceback.format_exception`` renders it, and every local variable of every frame of this package in
its traceback, and in the tracebacks of the errors it carries (causes, contexts, a bulk send's failed
chunks), is shown with ``repr``, as ``pytest -l``, debuggers and error trackers that record locals do.
A service that echoes the request back in its errors is swept the same way.
Neither the API key, nor the URL's password, nor an OTP code, a panel password or a panel token may
appear in any of it.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import traceback
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType
from typing import Any

import httpx
import pytest

import iranpayamak.otp.policy
import iranpayamak.resources.otp
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.errors import BulkSendError, IranPayamakError
from iranpayamak.otp import AsyncMemoryStore, AsyncOtpService, MemoryStore, OtpService
from iranpayamak.testing import MockServer, MockService
from iranpayamak_api import RetryPolicy
from tests.reliability.matrix import CASES, CLOCK, OPERATIONS, Case, ScriptedTransport
from tests.reliability.report import observe
from tests.reliability.test_bad_input import CORPUS, Bad
from tests.reliability.test_bad_input import values as corpus_values  # noqa: F401 - a fixture, by this name

KEY = "sk-sweep-7d3f9a21c4e8b6"
URL_PASSWORD = "gw-pass-5e8c1b"
CODE = "4837261950"  # every OTP code drawn during the sweep, and the code passed to sends
PASSWORD = "panel-Pa55-9f1e"
TOKEN = "panel-token-2b7d4c"
SECRETS = [KEY, URL_PASSWORD, CODE, PASSWORD, TOKEN]

_PACKAGES = ("/overrides/iranpayamak/", "/generated/iranpayamak_api/", "/site-packages/iranpayamak")

_counts = {"paths": 0, "frames": 0, "locals": 0}


def _ours(frame: FrameType) -> bool:
    name = frame.f_code.co_filename
    return any(part in name for part in _PACKAGES) or name.startswith("<attrs generated")


def _errors_of(root: BaseException) -> Iterator[BaseException]:
    """The error and every error it leads to: causes, contexts and the failures a bulk result holds."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        error = stack.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        stack += [e for e in (error.__cause__, error.__context__) if e is not None]
        if isinstance(error, BulkSendError):
            result = error.result
            stack += [chunk.error for chunk in getattr(result, "failed", [])]


def _frames(tb: TracebackType | None) -> Iterator[FrameType]:
    while tb is not None:
        yield tb.tb_frame
        tb = tb.tb_next


def _shown(value: object) -> str:
    # As pytest's saferepr: a repr that fails (an int of 10,000 digits) is reported, not raised.
    try:
        return repr(value)
    except Exception as error:
        return f"<repr failed: {type(error).__name__}>"


def rendered(error: BaseException) -> list[str]:
    """What a traceback with locals shows of ``error``."""
    texts = ["".join(traceback.format_exception(error)), repr(error), str(error)]
    for each in _errors_of(error):
        texts += [str(each), repr(each), *(getattr(each, "__notes__", None) or [])]
        for frame in _frames(each.__traceback__):
            if not _ours(frame):
                continue
            _counts["frames"] += 1
            for name, value in frame.f_locals.items():
                _counts["locals"] += 1
                texts.append(f"{frame.f_code.co_name}: {name} = {_shown(value)}")
    return texts


def leaks(error: BaseException) -> list[str]:
    """The lines of the rendering that show a secret."""
    _counts["paths"] += 1
    return [line for line in rendered(error) for secret in SEARCHED if secret in line]


@pytest.fixture(autouse=True)
def _known_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Codes the library draws are CODE, so the sweep knows what to look for.
    monkeypatch.setattr(iranpayamak.otp.policy, "generate_code", lambda length: CODE[:length])
    monkeypatch.setattr(iranpayamak.resources.otp, "generate_code", lambda length: CODE[:length])


Call = Callable[[Any], Any]

# The matrix's calls, and the calls that carry the other secrets.
CALLS: list[tuple[str, str, Call]] = [
    *((operation.name, operation.operation_id, operation.call) for operation in OPERATIONS),
    ("otp.send (a code drawn)", "send_pattern", lambda c: c.otp.send("09121234567", "mockOtp001", length=10)),
    ("otp.send (a code given)", "send_pattern", lambda c: c.otp.send("09121234567", "mockOtp001", code=CODE)),
    ("panel.login", "login", lambda c: c.panel.login("someone", PASSWORD)),
    ("panel.verify_two_factor", "verify_two_factor", lambda c: c.panel.verify_two_factor(TOKEN, CODE)),
]


def _client_settings(base_url: str, transport: ScriptedTransport) -> dict[str, Any]:
    scheme, rest = base_url.split("://", 1)
    return {
        "api_key": KEY,
        "base_url": f"{scheme}://gateway:{URL_PASSWORD}@{rest}",
        "max_retries": 1,
        "timeout": httpx.Timeout(0.5, connect=0.5),
        "retry_policy": RetryPolicy(sleep=lambda _: None, async_sleep=_no_wait, clock=lambda: CLOCK),
    }


async def _no_wait(_: float) -> None:
    return None


async def _resolved(outcome: Any) -> Any:
    if inspect.isawaitable(outcome):
        return await outcome
    if hasattr(outcome, "page"):  # an async pager: its first page makes the request
        return await outcome.page()
    return outcome


def _run(call: Call, client: Any) -> BaseException | None:
    try:
        if isinstance(client, AsyncIranPayamak):
            asyncio.run(_resolved(call(client)))
        else:
            call(client)
    except IranPayamakError as error:
        return error
    return None


def _sweep_case(case: Case, server: MockServer) -> list[str]:
    problems: list[str] = []
    for name, operation_id, call in CALLS:
        for mode in ("sync", "async"):
            transport = ScriptedTransport()
            case.arrange(server, transport, operation_id)
            settings = _client_settings(server.url, transport)
            if mode == "sync":
                client: Any = IranPayamak(**settings, http_client=httpx.Client(transport=transport))
            else:
                client = AsyncIranPayamak(**settings, http_client=httpx.AsyncClient(transport=transport))
            error = _run(call, client)
            server.faults.clear()
            if error is not None:
                problems += [f"{case.name} / {name} / {mode}: {line[:300]}" for line in leaks(error)]
    return problems


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_no_error_path_of_the_fault_matrix_shows_a_secret(case: Case) -> None:
    server = MockServer(api_key=KEY)
    try:
        if not case.late_start:
            server.start()  # otherwise the connection is refused: an error path of its own
        assert _sweep_case(case, server) == []
    finally:
        server.stop()


_BASIC = base64.b64encode(f"gateway:{URL_PASSWORD}".encode()).decode()
_ECHO = f"key {KEY}, password {URL_PASSWORD}, header Basic {_BASIC}"


def _escaped(text: str) -> str:
    """``text`` in JSON's ``\\uXXXX`` escapes: still the secret to anyone who reads it."""
    return "".join(f"\\u{ord(character):04x}" for character in text)


_ESCAPED_ECHO = _escaped(_ECHO)
# What the sweep looks for: the secrets, and the client's secrets escaped (as text, and as repr shows it).
SEARCHED = [
    *SECRETS,
    *(_escaped(secret) for secret in (KEY, URL_PASSWORD)),
    *(_escaped(secret).replace("\\", "\\\\") for secret in (KEY, URL_PASSWORD)),
]

# Answers of a service that echoes what it was sent, in every place an error carries text from it.
ECHOES: dict[str, dict[str, Any]] = {
    "401 message": {"status": 401, "body": {"status": "error", "message": f"Api-Key not valid: {_ECHO}"}},
    "422 field errors": {"status": 422, "body": {"status": "error", "messages": {_ECHO: [_ECHO], "text": _ECHO}}},
    "400 deep body": {"status": 400, "body": {"status": "error", "data": [[[[{"sent": _ECHO}]]]] * 2}},
    "500 page": {"status": 500, "body": f"<html><body>Fatal error: {_ECHO}</body></html>"},
    "429 header": {"status": 429, "headers": {"Retry-After": "1", "X-Echo": _ECHO}},
    "200 error envelope": {"answer": json.dumps({"status": "error", "message": _ECHO})},
    "200 truncated": {"answer": f'{{"status": "success", "data": {{"text": "{_ECHO}"'},
    "200 wrong shape": {"answer": json.dumps({"status": "success", "data": [_ECHO, {_ECHO: 1e300}]})},
    # A success that lacks what the client checks for (a balance's amount, a page's numbers).
    "200 missing fields": {"answer": json.dumps({"status": "success", "data": {"echo": _ECHO, "items": [_ECHO]}})},
    # The same answers with the secrets spelled in JSON escapes, which json.loads undoes.
    "200 escaped": {"answer": '{"status": "success", "data": {"echo": "' + _ESCAPED_ECHO + '", "currentPage": "x"}}'},
    "200 escaped, truncated": {"answer": '{"status": "success", "data": {"echo": "' + _ESCAPED_ECHO},
    "401 escaped": {"status": 401, "body": '{"status": "error", "message": "' + _ESCAPED_ECHO + '"'},
    "400 header name": {"status": 400, "headers": {f"X-Echo-{KEY}-{URL_PASSWORD}": "1"}},
}


@pytest.mark.parametrize("echo", ECHOES, ids=str)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_error_of_a_service_that_echoes_the_request_shows_a_secret(mode: str, echo: str) -> None:
    # A service may quote the key it was sent ("invalid key: ..."), or a proxy the Authorization header.
    problems: list[str] = []
    with MockService(api_key=KEY) as mock:
        client = _bad_input_client(mode, mock, max_retries=0)
        for name, operation_id, call in CALLS:
            mock.faults.add(operation=operation_id, **ECHOES[echo])
            error = _run(call, client)
            mock.faults.clear()
            assert error is not None, f"{name}: the echoing answer was accepted"
            problems += [f"{name}: {line[:300]}" for line in leaks(error)]
    assert problems == []


def _bad_input_client(mode: str, mock: MockService, **options: Any) -> Any:
    settings = {"api_key": KEY, "base_url": f"http://gateway:{URL_PASSWORD}@iranpayamak.localhost", **options}
    if mode == "sync":
        return IranPayamak(**settings, http_client=httpx.Client(transport=mock.transport()))
    return AsyncIranPayamak(**settings, http_client=httpx.AsyncClient(transport=mock.async_transport()))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_error_path_of_the_bad_input_corpus_shows_a_secret(mode: str, request: pytest.FixtureRequest) -> None:
    values: dict[str, Any] = request.getfixturevalue("corpus_values")
    problems: list[str] = []
    with MockService(api_key=KEY) as mock:
        client = _bad_input_client(mode, mock)
        for entry in CORPUS:
            error = _run(_corpus_call(entry, values), client)
            if error is not None:
                problems += [f"{entry.input} / {mode}: {line[:300]}" for line in leaks(error)]
    assert problems == []


def _corpus_call(entry: Bad, values: dict[str, Any]) -> Call:
    return lambda client: eval(entry.call, {**values, "c": client})


_GATEWAY = f"https://gateway:{URL_PASSWORD}@gateway.example"

# Settings a client refuses, each given with the key and a base URL that carries a password.
_BAD_SETTINGS: list[dict[str, Any]] = [
    {"base_url": f" {_GATEWAY}"},
    {"base_url": _GATEWAY.replace("https://", "")},
    {"base_url": _GATEWAY.replace("https", "http")},
    {"base_url": _GATEWAY.replace("https://", "ftp://")},
    {"base_url": _GATEWAY, "timeout": "30"},
    {"base_url": _GATEWAY, "total_timeout": -1},
    {"base_url": _GATEWAY, "max_retries": -1},
    {"base_url": _GATEWAY, "line_number": "abc"},
    {"base_url": _GATEWAY, "clock": 5},
    {"api_key": f"{KEY}\n{KEY}", "base_url": _GATEWAY},  # a line break inside a key cannot be sent
]


@pytest.mark.parametrize("cls", [IranPayamak, AsyncIranPayamak])
def test_no_refused_setting_shows_a_secret(cls: type[IranPayamak] | type[AsyncIranPayamak]) -> None:
    problems: list[str] = []
    for settings in _BAD_SETTINGS:
        with pytest.raises(IranPayamakError) as refused:
            cls(**{"api_key": KEY, **settings})
        problems += [f"{sorted(settings)}: {line[:300]}" for line in leaks(refused.value)]
    assert problems == []


def _otp_paths() -> list[tuple[str, Callable[[Any], Any]]]:
    """OTP service calls that fail: refusals, bad numbers, and a lockout reached with wrong codes."""

    def locked_out(service: Any) -> Any:
        for _ in range(5):
            service.verify("09121234567", "0000000000")
        return service.verify("09121234567", CODE)

    return [
        ("issue to a bad number", lambda service: service.issue("0912")),
        ("issue twice (cooldown)", lambda service: (service.issue("09121234567"), service.issue("09121234567"))),
        ("verify a bad number", lambda service: service.verify("0912", CODE)),
        ("verify after a lockout", locked_out),
        ("verify with a code that is not text", lambda service: service.verify("09121234567", int(CODE))),
    ]


@pytest.mark.parametrize("fault", [None, {"status": 500}, {"drop": True}, {"answer": b'{"data": 1e999}'}])
def test_no_error_path_of_the_otp_service_shows_a_secret(fault: dict[str, Any] | None) -> None:
    problems: list[str] = []
    with MockService(api_key=KEY) as mock:
        for label, path in _otp_paths():
            for mode in ("sync", "async"):
                if fault is not None:
                    mock.faults.add(operation="send_pattern", **fault)
                client = _bad_input_client(mode, mock)
                error: BaseException | None = None
                try:
                    if mode == "sync":
                        path(OtpService(client, pattern="mockOtp001", store=MemoryStore(), length=10))
                    else:
                        service = AsyncOtpService(client, pattern="mockOtp001", store=AsyncMemoryStore(), length=10)
                        asyncio.run(_each_awaited(path, service))
                except IranPayamakError as raised:
                    error = raised
                mock.faults.clear()
                if error is not None:
                    problems += [f"{label} / {mode} / {fault}: {line[:300]}" for line in leaks(error)]
    assert problems == []


class _Awaiting:
    """An async service seen through a sync-looking facade: each call is collected, then awaited in turn."""

    def __init__(self, service: AsyncOtpService) -> None:
        self.service = service
        self.calls: list[Any] = []

    def issue(self, *args: Any) -> None:
        self.calls.append(("issue", args))

    def verify(self, *args: Any) -> None:
        self.calls.append(("verify", args))


async def _each_awaited(path: Callable[[Any], Any], service: AsyncOtpService) -> None:
    facade = _Awaiting(service)
    path(facade)
    for name, args in facade.calls:
        await getattr(service, name)(*args)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if _counts["paths"]:
        observe(
            "search",
            suite="secrets sweep (error paths: tracebacks and frame locals)",
            runs=_counts["paths"],
            steps=_counts["frames"],
            checks=_counts["locals"],
        )
