"""Whatever a client sends, the mock answers it as the service would, without a 5xx or a cut connection.

Each search example sends one request to every operation of the mock (and to its own routes and an
unknown path) over a single kept-alive HTTP/1.1 connection, written with h11 so that nothing in the
way (an HTTP client's retries or reconnects) hides a connection the server cut. A request is drawn
from the operation's schema (values that mostly pass validation, so the handlers run) and then broken
in one of many ways: random bytes, any JSON shape, nesting thousands deep, non-finite and huge
numbers, the wrong or no content type, wrong methods, odd path and query parameters, wrong keys.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import socket
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlencode

import h11
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from iranpayamak._spec_schemas import resolve
from iranpayamak.testing import MockServer
from iranpayamak.testing._spec import Operation, load_operations, load_spec
from iranpayamak.testing._state import MockState
from tests import search
from tests.reliability.report import observe

OPERATIONS = load_operations()
SPEC = load_spec()
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
BOUNDARY = "fuzzboundary7MA4YWxkTrZu0gW"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(balance=10**15) as mock:
        yield mock


# --- Values -------------------------------------------------------------------------------------------

json_leaf = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["\ud800", "a\udfffb"])  # lone surrogates, which st.text() never draws
)
any_json = st.recursive(
    json_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    return resolve(SPEC, node)


KNOWN_TEXT = st.sampled_from(["mockOtp001", "90008361", "3000505", "09121234567", "09351234567", "code"])
"""Text the demo account knows (its pattern, lines, contacts), so requests reach past "not found"."""
KNOWN_IDS = st.integers(1000, 1040)
"""The ids the demo account and the requests of one example create."""


def _typed(schema: Mapping[str, Any], *, wild: bool, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values of the schema's type: examples, enum members, matches of its pattern, what the account holds.

    ``wild`` mixes in any JSON shape at every level and any Unicode in patterns; without it, the values
    are mostly valid, so requests get past validation into the handlers.
    """
    schema = _resolve(schema)
    valid: list[st.SearchStrategy[Any]] = []
    for key in ("examples", "enum"):
        if schema.get(key):
            valid.append(st.sampled_from(schema[key]))
    for key in ("allOf", "oneOf", "anyOf"):
        valid += [_typed(part, wild=wild, depth=depth + 1) for part in schema.get(key, [])]
    kinds = schema.get("type", [])
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        if kind == "integer":
            low, high = schema.get("minimum"), schema.get("maximum")
            valid += [st.integers(min_value=low, max_value=high), KNOWN_IDS]
            valid += [st.integers()] if wild else []
        elif kind == "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            valid.append(st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False))
        elif kind == "string":
            pattern, shortest = schema.get("pattern"), schema.get("minLength", 0)
            alphabet = None if wild else st.characters(min_codepoint=0x20, max_codepoint=0x7E)
            valid.append(
                st.from_regex(pattern, fullmatch=True, alphabet=alphabet)
                if pattern
                else st.text(min_size=shortest, max_size=max(shortest, schema.get("maxLength", 40)))
            )
            valid.append(KNOWN_TEXT)
        elif kind == "boolean":
            valid.append(st.booleans())
        elif kind == "null":
            valid.append(st.none())
        elif kind == "array" and depth < 4:
            items = _typed(schema.get("items", {}), wild=wild, depth=depth + 1)
            valid.append(
                st.lists(items, min_size=schema.get("minItems", 0), max_size=max(4, schema.get("minItems", 0)))
            )
        elif kind == "object" and depth < 4:
            valid.append(_object(schema, wild=wild, depth=depth + 1))
    if not valid:
        return any_json
    return st.one_of(st.one_of(valid), st.one_of(valid), st.one_of(valid), any_json) if wild else st.one_of(valid)


def _object(schema: Mapping[str, Any], *, wild: bool, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Mapping[str, Any]] = {}
    required: set[str] = set()
    for part in [*schema.get("allOf", []), schema]:
        part = _resolve(part)
        properties.update({name: _resolve(prop) for name, prop in part.get("properties", {}).items()})
        required.update(part.get("required", []))
    return st.fixed_dictionaries(
        {name: _typed(prop, wild=wild, depth=depth) for name, prop in properties.items() if name in required},
        optional={
            name: _typed(prop, wild=wild, depth=depth) for name, prop in properties.items() if name not in required
        },
    )


def _body_schema(operation: Operation) -> Mapping[str, Any]:
    body = SPEC["paths"][operation.path][operation.method.lower()]["requestBody"]
    return _resolve(next(iter(body["content"].values()))["schema"])


def _text(value: Any) -> str:
    """A value as a client would write it in a query, a path or a form field (as UTF-8, where a lone
    surrogate cannot go: it becomes U+FFFD; JSON bodies carry it escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = "" if value is None else value if isinstance(value, str) else json.dumps(value)
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# --- Requests -----------------------------------------------------------------------------------------


def _multipart(fields: Mapping[str, str], files: Mapping[str, bytes]) -> bytes:
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{quote(name)}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts += [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{quote(name)}"; filename="f.xlsx"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n".encode()
        + content
        + b"\r\n"
        for name, content in files.items()
    ]
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def _form(operation: Operation, *, wild: bool) -> st.SearchStrategy[tuple[str, bytes]]:
    def build(values: dict[str, Any]) -> tuple[str, bytes]:
        fields, files = {}, {}
        for name, value in values.items():
            prop = operation.body_properties.get(name, {})
            if prop.get("format") == "binary" or prop.get("contentMediaType"):
                files[name] = _text(value).encode()
            else:
                fields[name] = _text(value)
        return f"multipart/form-data; boundary={BOUNDARY}", _multipart(fields, files)

    return _object(_body_schema(operation), wild=wild).map(build)


def _deep(depth: int, opener: str) -> bytes:
    closer = {"[": "]", '{"a":': "}"}[opener]
    return (opener * depth + "1" + closer * depth).encode()


broken_bodies = st.one_of(
    st.binary(max_size=300),
    any_json.map(lambda value: json.dumps(value).encode()),
    st.builds(_deep, st.integers(1, 100_000), st.sampled_from(["[", '{"a":'])),
    st.sampled_from(
        [b"NaN", b"Infinity", b"-Infinity", b'{"text": 1e999}', b"1" * 5000, b'{"a": ' + b"9" * 5000 + b"}"]
    ),
    st.sampled_from([b"", b"   ", b"\xff\xfe\x00", b"{", b"null", b'"text"', b"[]"]),
)
content_types = st.sampled_from(
    [
        None,
        "application/json",
        "application/json; charset=utf-8",
        "application/vnd.api+json",
        "text/plain",
        "text/html",
        "application/x-www-form-urlencoded",
        f"multipart/form-data; boundary={BOUNDARY}",
        "multipart/form-data",
        "multipart/form-data; boundary=other",
        "application/octet-stream",
        "x/y; a=b",
    ]
)
header_text = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=40)


@st.composite
def _request(draw: st.DrawFn, operation: Operation, api_key: str) -> tuple[str, str, list[tuple[str, str]], bytes]:
    path = operation.path
    query: dict[str, str] = {}
    for parameter in operation.parameters:
        value = draw(
            st.one_of(
                _typed(parameter.schema, wild=False).map(_text),
                _typed(parameter.schema, wild=True).map(_text),
                st.text(max_size=30),
                st.text("0123456789", max_size=30),
            )
        )
        if parameter.location == "path":
            path = path.replace(f"{{{parameter.name}}}", quote(value, safe="") or "0")
        elif draw(st.booleans()):
            query[parameter.name] = value
    if draw(st.integers(0, 9)) == 9:
        query[draw(st.text(max_size=10))] = draw(st.text(max_size=10))  # a parameter the operation does not take
    kind = operation.body_type
    variant = draw(st.sampled_from(["valid", "wild", "broken", "retyped"])) if kind else "broken"
    if variant in ("valid", "wild") and kind == "multipart/form-data":
        content_type, body = draw(_form(operation, wild=variant == "wild"))
    elif variant in ("valid", "wild"):
        value = draw(_object(_body_schema(operation), wild=variant == "wild"))
        content_type, body = "application/json", json.dumps(value).encode()
    else:
        content_type, body = draw(content_types), draw(broken_bodies)
    headers = [("content-type", content_type)] if content_type else []
    # Odd choices are the larger numbers, so Hypothesis's simplest example is an ordinary request.
    key = draw(st.sampled_from([None, "wrong-key", ""])) if draw(st.integers(0, 9)) == 9 else api_key
    if key is not None:
        headers.append(("api-key", key))
    if draw(st.integers(0, 5)) == 5:
        scheme = draw(st.sampled_from(["Bearer ", "Basic "]))
        headers.append(("authorization", (scheme + draw(header_text)).strip()))
    if draw(st.integers(0, 5)) == 5:
        headers.append((draw(st.sampled_from(["accept", "x-anything", "accept-language"])), draw(header_text)))
    method = draw(st.sampled_from(METHODS)) if draw(st.integers(0, 19)) == 19 else operation.method
    target = path + ("?" + urlencode(query) if query else "")
    return method, target, headers, body


def _own_routes(api_key: str) -> st.SearchStrategy[tuple[str, str, list[tuple[str, str]], bytes]]:
    inbound = st.one_of(
        broken_bodies,
        st.fixed_dictionaries({}, optional={"from": any_json, "text": any_json, "to": any_json}).map(
            lambda value: json.dumps(value).encode()
        ),
    )
    return st.one_of(
        st.builds(lambda body: ("POST", "/__mock__/inbox", [("content-type", "application/json")], body), inbound),
        st.just(("GET", "/__mock__/outbox", [], b"")),
        st.builds(
            lambda method, path, body: (method, "/" + quote(path), [("api-key", api_key)], body),
            st.sampled_from(METHODS),
            st.text(max_size=30),
            st.binary(max_size=50),
        ),
    )


# --- One kept-alive connection ------------------------------------------------------------------------


class KeptAlive:
    """One HTTP/1.1 connection; each request must leave it open for the next."""

    def __init__(self, server: MockServer) -> None:
        self._socket = socket.create_connection((server.host, server.port), timeout=60)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._http = h11.Connection(h11.CLIENT)

    def send(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> tuple[int, bytes]:
        """The status and body of the answer.

        Raises:
            AssertionError: The server closed the connection or asked to.
        """
        fields = [("host", "mock"), *headers, ("content-length", str(len(body)))]
        data = self._http.send(h11.Request(method=method, target=target.encode(), headers=fields)) or b""
        if body:
            data += self._http.send(h11.Data(data=body)) or b""
        data += self._http.send(h11.EndOfMessage()) or b""
        self._socket.sendall(data)
        status, content = 0, bytearray()
        while True:
            event = self._http.next_event()
            if event is h11.NEED_DATA:
                self._http.receive_data(self._socket.recv(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                content += event.data
            elif isinstance(event, h11.EndOfMessage):
                break
            else:
                raise AssertionError(f"the connection ended: {event!r}")
        assert self._http.their_state is h11.DONE, f"the server is closing the connection ({self._http.their_state})"
        self._http.start_next_cycle()
        return status, bytes(content)

    def close(self) -> None:
        self._socket.close()


def test_no_request_gets_a_5xx_or_a_cut_connection(server: MockServer) -> None:
    targets = [_request(operation, server.api_key) for operation in OPERATIONS]
    targets += [_own_routes(server.api_key)] * 3
    counts = {"runs": 0, "steps": 0, "checks": 0}

    @settings(
        max_examples=search.examples(quick=10, slow=100),
        deadline=None,
        # No shrinking: the failure names the request that broke, and shrinking dozens of requests is slow.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(requests=st.tuples(*targets), order=st.permutations(range(len(targets))))
    def run(requests: tuple[tuple[str, str, list[tuple[str, str]], bytes], ...], order: list[int]) -> None:
        server.reset()
        counts["runs"] += 1
        connection = KeptAlive(server)
        try:
            for index in order:
                method, target, headers, body = requests[index]
                status, content = connection.send(method, target, headers, body)
                counts["steps"] += 1
                counts["checks"] += 2  # the status, and the connection kept open
                assert status < 500, (method, target, headers, body[:200], status, content[:300])
            # The same connection still serves an ordinary request.
            status, _ = connection.send("GET", "/ws/v1/account/balance", [("api-key", server.api_key)], b"")
            counts["checks"] += 1
            assert status == 200
        finally:
            connection.close()

    run()
    observe("search", suite="mock requests", **counts)


SIMPLE = {"text": "سلام", "recipients": ["09121234567"], "line_number": "90008361", "number_format": "english"}


@pytest.mark.parametrize(
    "body",
    [
        _deep(100_000, "["),
        _deep(100_000, '{"a":'),
        b'{"text": "x", "recipients": ' + _deep(70, "[") + b"}",  # parses, but deeper than the mock reads
        b'{"text": NaN}',
        b'{"text": "x", "recipients": ["09121234567"], "line_number": 1e999}',
        b'{"count": ' + b"9" * 5000 + b"}",
        b'{"text": "\\ud800", "recipients": ["09121234567"], "line_number": "90008361", "number_format": "english"}',
    ],
    ids=["deep-array", "deep-object", "nested-past-the-limit", "nan", "1e999", "5000-digits", "lone-surrogate"],
)
def test_unreadable_json_is_refused_422_and_the_connection_stays(server: MockServer, body: bytes) -> None:
    server.reset()
    connection = KeptAlive(server)
    try:
        headers = [("api-key", server.api_key), ("content-type", "application/json")]
        status, content = connection.send("POST", "/ws/v1/sms/simple", headers, body)
        assert status == 422, content
        assert json.loads(content)["messages"]["body"]
        assert connection.send("POST", "/ws/v1/sms/simple", headers, json.dumps(SIMPLE).encode())[0] == 201
    finally:
        connection.close()
    assert len(server.outbox) == 1


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded", "text/html"])
def test_json_in_another_media_type_is_refused_415(server: MockServer, content_type: str | None) -> None:
    server.reset()
    connection = KeptAlive(server)
    try:
        headers = [("api-key", server.api_key)] + ([("content-type", content_type)] if content_type else [])
        status, content = connection.send("POST", "/ws/v1/sms/simple", headers, json.dumps(SIMPLE).encode())
    finally:
        connection.close()
    assert status == 415, content
    assert json.loads(content) == {"status": "error", "data": None, "messages": "Send the body as application/json."}
    assert server.outbox == []


def test_head_and_ids_beyond_64_bits_are_answered_not_crashing(server: MockServer) -> None:
    server.reset()
    connection = KeptAlive(server)
    try:
        key = [("api-key", server.api_key)]
        assert connection.send("HEAD", "/ws/v1/account/balance", key, b"") == (200, b"")
        assert connection.send("GET", "/ws/v1/ticket/" + "9" * 19, key, b"")[0] == 404
        assert connection.send("GET", "/ws/v1/ticket/" + "9" * 5000, key, b"")[0] == 404
        assert connection.send("POST", "/__mock__/inbox", [("content-type", "application/json")], b"[1]")[0] == 400
    finally:
        connection.close()


def test_a_bug_in_the_mock_is_a_500_logged_once_on_a_connection_that_stays(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_state: MockState) -> int:
        raise RuntimeError("a bug in a handler")

    server.reset()
    monkeypatch.setattr(MockState, "next_id", broken)
    # uvicorn's logger does not propagate to pytest's capture: listen to it directly.
    uvicorn_log = logging.getLogger("uvicorn.error")
    kept = logging.handlers.BufferingHandler(capacity=100)
    uvicorn_log.addHandler(kept)
    connection = KeptAlive(server)
    try:
        headers = [("api-key", server.api_key), ("content-type", "application/json")]
        status, _ = connection.send("POST", "/ws/v1/sms/simple", headers, json.dumps(SIMPLE).encode())
        assert status == 500  # a defect of the mock shows, and is logged with its traceback
        assert connection.send("GET", "/ws/v1/account/balance", [("api-key", server.api_key)], b"")[0] == 200
    finally:
        connection.close()
        uvicorn_log.removeHandler(kept)
    failures = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert [(record.name, record.exc_info is not None) for record in failures] == [("iranpayamak.testing", True)]
    assert [record.getMessage() for record in kept.buffer] == []  # not a second time by the server
