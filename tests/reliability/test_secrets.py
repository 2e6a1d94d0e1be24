"""The API key stays secret: never in a repr, an exception, a log record or printed output; never sent
over plain HTTP to another machine unless the caller opts in; TLS verification on by default."""

from __future__ import annotations

import logging
import ssl
import traceback
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.cli.app import app
from iranpayamak.cli.settings import Settings
from iranpayamak.errors import IranPayamakError
from iranpayamak.testing import MockServer, MockService
from iranpayamak_api import Client
from iranpayamak_api.errors import ConfigurationError

SECRET = "sk-secret-4f1c2e9a7b"

REMOTE_HTTP = ["http://api.iranpayamak.com", "http://10.0.0.5:4010", "http://mock.example.com", "http://[2001:db8::1]"]
LOOPBACK_HTTP = ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010", "http://mock.localhost"]


@pytest.mark.parametrize("url", REMOTE_HTTP)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="unencrypted") as low_level:
        Client(api_key=SECRET, base_url=url)
    with pytest.raises(ConfigurationError, match="allow_insecure_http"):
        IranPayamak(api_key=SECRET, base_url=url)
    with pytest.raises(ConfigurationError):
        AsyncIranPayamak(api_key=SECRET, base_url=url)
    with pytest.raises(ConfigurationError):
        Client(api_key=SECRET).with_options(base_url=url)
    assert SECRET not in str(low_level.value)


@pytest.mark.parametrize("url", REMOTE_HTTP)
def test_plain_http_is_accepted_when_the_caller_opts_in(url: str) -> None:
    assert Client(api_key=SECRET, base_url=url, allow_insecure_http=True).base_url == url
    assert IranPayamak(api_key=SECRET, base_url=url, allow_insecure_http=True).api.base_url == url


@pytest.mark.parametrize("url", LOOPBACK_HTTP)
def test_plain_http_to_this_machine_is_fine(url: str) -> None:
    assert IranPayamak(api_key=SECRET, base_url=url).api.base_url == url


def test_the_cli_refuses_plain_http_to_another_machine() -> None:
    result = CliRunner().invoke(
        app, ["--base-url", "http://10.0.0.5:4010", "balance"], env={"IRANPAYAMAK_API_KEY": SECRET}
    )
    assert result.exit_code == 4
    assert "unencrypted" in result.stderr and SECRET not in result.output


def _context(transport: Any) -> ssl.SSLContext:
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


def test_tls_is_verified_by_default() -> None:
    client = IranPayamak(api_key=SECRET)
    sync = _context(client.api.get_httpx_client()._transport)
    asynchronous = _context(client.api.get_async_httpx_client()._transport)
    for context in (sync, asynchronous):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    client.close()


def test_no_public_object_shows_the_key() -> None:
    with MockService(api_key=SECRET) as mock:
        client = mock.client()
        client.otp.send("09121234567", pattern="mockOtp001")
        objects: list[object] = [
            client,
            client.api,
            client.with_options(timeout=5),
            client.api.with_options(max_retries=0),
            AsyncIranPayamak(api_key=SECRET),
            Client(api_key=SECRET),
            Settings(api_key=SECRET),
            *mock.requests,  # the mock's request log, as a test would print it
        ]
        for shown in objects:
            assert SECRET not in repr(shown), type(shown)
            assert SECRET not in str(shown), type(shown)
        assert mock.requests[0].headers["api-key"] == SECRET  # still there for tests that check it


def test_configuration_errors_do_not_echo_the_key() -> None:
    for bad in (f"{SECRET}\n{SECRET}", f'"{SECRET}"\u200c'):
        with pytest.raises(ConfigurationError) as caught:
            Client(api_key=bad)
        assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 401, "body": {"status": "error", "message": "Api-Key not valid"}},
        {"status": 500},
        {"html": True},
        {"drop": True},
        {"malformed": True},
    ],
    ids=["401", "500", "html", "dropped", "truncated"],
)
def test_debug_logs_and_errors_never_carry_the_key(fault: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with MockServer(api_key=SECRET) as mock, mock.client(max_retries=1) as client:
        mock.faults.add(**fault)
        errors: list[BaseException] = []
        for call in (
            client.account.balance,
            lambda: client.sms.send_pattern("mockOtp001", "09121234567", {"code": "1"}),
        ):
            try:
                call()
            except IranPayamakError as error:
                errors.append(error)
        assert errors
        texts = [
            caplog.text,
            *(str(e) for e in errors),
            *(repr(e) for e in errors),
            *(str(e.__cause__) for e in errors),
        ]
        assert all(SECRET not in text for text in texts)
        assert any(record.levelno == logging.DEBUG for record in caplog.records)


def test_the_key_is_sent_only_in_its_header() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "success", "data": {"balanceAmount": 1, "balanceCount": 1}})

    client = IranPayamak(
        api_key=SECRET, base_url="https://api.test", http_client=httpx.Client(transport=httpx.MockTransport(record))
    )
    client.account.balance()
    [request] = seen
    assert request.headers["api-key"] == SECRET
    assert SECRET not in str(request.url) and SECRET.encode() not in request.content


def _reachable(root: BaseException) -> list[object]:
    """Every object an error leads to through its cause, context, notes and attributes (as a debugger,
    an error tracker or ``err.__cause__.request.headers`` would walk them)."""
    seen: set[int] = set()
    found: list[object] = []
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        found.append(item)
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, *vars(item).values()]
        elif isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        elif isinstance(item, list | tuple):
            stack += list(item)
    return found


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut"), httpx.ProxyError("x")],
    ids=["refused", "read timeout", "cut", "proxy"],
)
@pytest.mark.anyio
async def test_connection_errors_do_not_chain_the_request_that_carries_the_key(failure: httpx.HTTPError) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        failure.request = request
        raise failure

    sync = IranPayamak(
        api_key=SECRET, base_url="https://api.test", http_client=httpx.Client(transport=httpx.MockTransport(fail))
    )
    asynchronous = AsyncIranPayamak(
        api_key=SECRET, base_url="https://api.test", http_client=httpx.AsyncClient(transport=httpx.MockTransport(fail))
    )
    caught: list[BaseException] = []
    for call in (sync.account.balance, lambda: sync.sms.send_pattern("P", "09121234567", {"code": "1"})):
        with pytest.raises(IranPayamakError) as error:
            call()
        caught.append(error.value)
    with pytest.raises(IranPayamakError) as error:
        await asynchronous.account.balance()
    caught.append(error.value)
    for error_value in caught:
        assert error_value.__cause__ is None and error_value.__context__ is None
        reachable = _reachable(error_value)
        assert not any(isinstance(item, httpx.Request | httpx.HTTPError) for item in reachable)
        assert all(SECRET not in str(item) for item in reachable)


GATEWAY = "https://app:g4teway-pass@gateway.example"


def test_base_url_credentials_are_masked_everywhere_but_still_sent(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "success", "data": {"balanceAmount": 1, "balanceCount": 1}})

    transport = httpx.MockTransport(record)
    sync = IranPayamak(api_key=SECRET, base_url=GATEWAY, http_client=httpx.Client(transport=transport))
    sync.account.balance()
    shown = [
        repr(sync),
        repr(sync.api),
        repr(sync.with_options(timeout=3)),
        repr(AsyncIranPayamak(SECRET, base_url=GATEWAY)),
    ]
    with pytest.raises(ConfigurationError) as insecure:
        IranPayamak(api_key=SECRET, base_url=GATEWAY.replace("https", "http"))
    with pytest.raises(ConfigurationError) as low_level:
        Client(api_key=SECRET, base_url="http://app:g4teway-pass@gateway.example")
    texts = [*shown, str(insecure.value), str(low_level.value), caplog.text]
    assert all("g4teway-pass" not in text for text in texts)
    assert "app:[secure]@gateway.example" in shown[0]
    # The credentials still reach the gateway, as httpx sends a URL's user information: basic auth.
    [request] = seen
    assert request.headers["authorization"] == httpx.BasicAuth("app", "g4teway-pass")._auth_header
    assert request.url.userinfo == b""


@pytest.mark.parametrize(
    "url",
    [
        " https://app:g4teway-pass@gateway.example",  # pasted with a space
        "app:g4teway-pass@gateway.example",  # no scheme
        "https:/app:g4teway-pass@gateway.example",  # one slash
        "ftp://app:g4teway-pass@gateway.example",  # another scheme
        "http://app:g4teway-pass@gateway.example",  # plain http to another machine
        "https://app:g4teway-pass@",  # no host
    ],
)
def test_a_base_url_that_is_refused_does_not_quote_its_password(url: str) -> None:
    for make in (lambda: IranPayamak(api_key=SECRET, base_url=url), lambda: Client(api_key=SECRET, base_url=url)):
        with pytest.raises(IranPayamakError) as refused:
            make()
        assert "g4teway-pass" not in "".join(traceback.format_exception(refused.value))
