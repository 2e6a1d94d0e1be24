"""Argument fuzzing: every public callable rejects bad arguments before the network, with a documented error.

The callables are found by introspection, so a new method is fuzzed without editing this file: every
public method of every namespace of ``IranPayamak`` and ``AsyncIranPayamak`` (its cached properties),
both constructors and ``with_options`` (its per-call settings), ``OtpService`` and ``AsyncOtpService``
(constructor, ``issue``, ``verify``) and every public function of ``iranpayamak.files`` and
``iranpayamak.phone``. Each call starts from valid arguments (the spec's own request example where
there is one, else a value guessed from the parameter's name and annotation) and replaces one to three
of them, or something nested inside one, with junk: wrong types, None, bools, huge and negative
integers, non-finite floats, NUL and lone surrogates, a 1 MB string, empty and nested containers,
datetimes at the edges of the calendar, paths with NUL, and objects whose ``__str__``, ``__repr__``,
``__iter__`` or ``__len__`` raise.

What may come out:

- ``InvalidArgumentError`` (or a subclass) naming the field, and then no request was sent;
- ``ConfigurationError`` from constructors and ``with_options``; ``OtpError`` from the OTP services;
- for calls whose arguments passed the checks, any error of the service (``IranPayamakError``).

Every request that reaches the mock must pass the mock's own validation against the spec: a 422 from
that validation (or a 415, or a 5xx) means the client sent something it should have refused. Callbacks
the caller passes (``clock``, ``on_progress``, ``attributes``) are given junk results, never exceptions:
an exception raised by the caller's own function propagates unchanged, as Python's callbacks do.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import inspect
import io
import random
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import httpx
import pytest
from attrs import define, field

from iranpayamak import AsyncIranPayamak, IranPayamak, files, phone
from iranpayamak.client import _PER_CALL
from iranpayamak.errors import (
    BulkSendError,
    ConfigurationError,
    IdempotencyError,
    InvalidArgumentError,
    IranPayamakError,
    OtpError,
    PatternCheckError,
)
from iranpayamak.otp import AsyncOtpService, OtpOptions, OtpService
from iranpayamak.pagination import AsyncPager, Pager
from iranpayamak.testing import MockClock, MockService
from iranpayamak.testing._spec import Operation
from tests import search
from tests.reliability.report import observe
from tests.spec_examples import METHODS, ergonomic_call

CASES_PER_CALLABLE = search.examples(quick=250, slow=2500)

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
FUTURE = NOW + timedelta(days=1)
P = "mockOtp001"
M = "09121234567"

# What this process ran, reported once per module (see _report).
_counts = {"cases": 0, "checks": 0}
_covered: set[str] = set()


class Boom(Exception):
    """Raised by the hostile objects below: never a documented error, so it must not come out."""


class RaisingStr:
    """Text conversion fails."""

    def __str__(self) -> str:
        raise Boom("__str__")

    def __format__(self, spec: str) -> str:
        raise Boom("__format__")


class RaisingRepr(RaisingStr):
    """Text conversion and ``repr`` fail."""

    def __repr__(self) -> str:
        raise Boom("__repr__")


class RaisingIter:
    """Iterating fails at once."""

    def __iter__(self) -> Iterator[Any]:
        raise Boom("__iter__")


class RaisingLen:
    """Iterable, but ``len`` (and so truth testing) fails."""

    def __iter__(self) -> Iterator[Any]:
        return iter([M])

    def __len__(self) -> int:
        raise Boom("__len__")


class RaisingMapping(Mapping[str, Any]):
    """A mapping whose values cannot be read."""

    def __getitem__(self, key: str) -> Any:
        raise Boom("__getitem__")

    def __iter__(self) -> Iterator[str]:
        return iter(["code", "mobile"])

    def __len__(self) -> int:
        return 2


class RaisingRead(io.RawIOBase):
    """A binary file whose ``read`` fails."""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        raise OSError("the disk is gone")


class Color(enum.Enum):
    RED = "english"


def _failing_later() -> Iterator[str]:
    yield M
    raise Boom("generator")


def _closed_file() -> io.BytesIO:
    stream = io.BytesIO(b"PK\x03\x04x")
    stream.close()
    return stream


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("the fuzzer's junk clients never connect", request=request)


RAISING = frozenset(
    {"generator that raises", "closed file", "file whose read raises", "__iter__ raises", "mapping whose values raise"}
)
"""The junk that raises when read: a bulk send may stop at what its streamed recipients raise."""


class OddZone(tzinfo):
    """A time zone whose offset is out of datetime's range: using it raises ValueError."""

    def utcoffset(self, moment: datetime | None) -> timedelta:
        return timedelta(hours=30)

    def dst(self, moment: datetime | None) -> timedelta | None:
        return None

    def tzname(self, moment: datetime | None) -> str:
        return "odd"


def junk_values(folder: Path) -> list[tuple[str, Callable[[], Any]]]:
    """Labelled factories of junk (a factory, since generators and files are used up)."""
    huge = "x" * 1_000_000
    return [
        ("None", lambda: None),
        ("True", lambda: True),
        ("False", lambda: False),
        ("0", lambda: 0),
        ("-1", lambda: -1),
        ("2**63", lambda: 2**63),
        ("-(2**63)-1", lambda: -(2**63) - 1),
        ("10**30", lambda: 10**30),
        ("10**400", lambda: 10**400),
        ("10**5000", lambda: 10**5000),
        ("1.5", lambda: 1.5),
        ("-0.0", lambda: -0.0),
        ("nan", lambda: float("nan")),
        ("inf", lambda: float("inf")),
        ("-inf", lambda: float("-inf")),
        ("1e308", lambda: 1e308),
        ("Decimal(NaN)", lambda: Decimal("NaN")),
        ("Fraction(1, 3)", lambda: Fraction(1, 3)),
        ("1+1j", lambda: 1 + 1j),
        ("''", lambda: ""),
        ("' '", lambda: " "),
        ("'\\x00'", lambda: "\x00"),
        ("'a\\x00b'", lambda: "a\x00b"),
        ("'\\ud800'", lambda: "\ud800"),
        ("1 MB string", lambda: huge),
        ("'-3000505'", lambda: "-3000505"),
        ("'+98 3000505'", lambda: "+98 3000505"),
        ("'0'", lambda: "0"),
        ("'1e999'", lambda: "1e999"),
        ("'9' * 5000", lambda: "9" * 5000),
        ("'\\x1b[31m'", lambda: "\x1b[31m"),
        ("'%s{0}'", lambda: "%s{0}"),
        ("b''", lambda: b""),
        ("b'\\x00'", lambda: b"\x00"),
        ("bytearray", lambda: bytearray(b"ab")),
        ("[]", lambda: []),
        ("[None]", lambda: [None]),
        ("[[]]", lambda: [[]]),
        ("[{}]", lambda: [{}]),
        ("{}", lambda: {}),
        ("{'': None}", lambda: {"": None}),
        ("{'code': None}", lambda: {"code": None}),
        ("{'a': {'b': [1]}}", lambda: {"a": {"b": [1]}}),
        ("list nested 2000 deep", lambda: _nested(2000)),
        ("set()", lambda: set()),
        ("(None,)", lambda: (None,)),
        ("range(3)", lambda: range(3)),
        ("empty generator", lambda: iter(())),
        ("generator that raises", _failing_later),
        ("datetime(1, 1, 1)", lambda: datetime(1, 1, 1)),
        ("datetime(1, 1, 1, UTC)", lambda: datetime(1, 1, 1, tzinfo=UTC)),
        ("datetime.max", lambda: datetime.max),
        ("datetime.max UTC", lambda: datetime.max.replace(tzinfo=UTC)),
        ("datetime.max -12:00", lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-12)))),
        ("datetime.min +14:00", lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=14)))),
        ("date(2030, 1, 1)", lambda: date(2030, 1, 1)),
        ("time(12)", lambda: time(12)),
        ("timedelta.max", lambda: timedelta.max),
        ("timedelta(-1)", lambda: timedelta(-1)),
        ("Path with NUL", lambda: Path("a\x00b.xlsx")),
        ("str path with NUL", lambda: str(folder / "a\x00b.csv")),
        ("missing path", lambda: folder / "missing" / "file.xlsx"),
        ("a directory", lambda: folder),
        ("a 5000-character path", lambda: folder / ("n" * 5000 + ".csv")),
        ("empty BytesIO", lambda: io.BytesIO(b"")),
        ("StringIO", lambda: io.StringIO("text")),
        ("closed file", _closed_file),
        ("file whose read raises", RaisingRead),
        ("object()", lambda: object()),
        ("a class", lambda: int),
        ("Ellipsis", lambda: ...),
        ("unrelated enum member", lambda: Color.RED),
        ("lambda returning None", lambda: lambda *args, **kwargs: None),
        ("lambda returning a naive datetime", lambda: lambda *args, **kwargs: datetime(2030, 1, 1)),
        ("lambda returning a 5000-digit int", lambda: lambda *args, **kwargs: 10**5000),
        (
            "lambda returning a datetime of a broken zone",
            lambda: lambda *args, **kwargs: datetime(2030, 1, 1, tzinfo=OddZone()),
        ),
        ("datetime of a zone 30 hours off", lambda: datetime(2030, 1, 1, tzinfo=OddZone())),
        ("__str__ raises", RaisingStr),
        ("__repr__ raises", RaisingRepr),
        ("__iter__ raises", RaisingIter),
        ("__len__ raises", RaisingLen),
        ("mapping whose values raise", RaisingMapping),
        ("an httpx.Client", lambda: httpx.Client(transport=httpx.MockTransport(_refuse))),
        ("an httpx.AsyncClient", lambda: httpx.AsyncClient(transport=httpx.MockTransport(_refuse))),
        ("httpx.Timeout(-1)", lambda: httpx.Timeout(-1)),
    ]


# --- What is fuzzed --------------------------------------------------------------------------------


@define
class Target:
    """One public callable: how to call it, its parameters and valid arguments to start from."""

    name: str
    parameters: list[str]
    valid: dict[str, Any]
    call: Callable[[dict[str, Any]], Any]
    allowed: tuple[type[BaseException], ...] = (InvalidArgumentError,)
    names_field: bool = True
    """Whether an ``InvalidArgumentError`` must name the field (helpers called without one may not)."""


def _public_methods(namespace: object) -> list[str]:
    return sorted(
        name
        for name, member in inspect.getmembers(type(namespace), inspect.isfunction)
        if not name.startswith("_") and name != "api"
    )


def _spec_call(namespace: str, name: str) -> tuple[list[Any], dict[str, Any]] | None:
    for method in METHODS:
        if (method.namespace, method.public_name) == (namespace, name):
            positional, keywords, _ = ergonomic_call(method)
            return positional, keywords
    return None


# Valid starting points for the hand-written methods and functions the spec has no example for.
# A callable missing here is still fuzzed, from arguments guessed from its signature.
KNOWN: dict[str, tuple[list[Any], dict[str, Any]]] = {
    "sms.send_simple_bulk": (["hi", [M]], {}),
    "sms.send_pattern_many": ([P, [M], {"code": "1234"}], {}),
    "otp.send": ([M, P], {}),
    "files.workbook": ([[["a", 1]]], {"header": ["name", "count"]}),
    "files.recipients_workbook": ([[M]], {}),
    "files.variables_workbook": ([[{"mobile": M, "name": "Sara"}]], {}),
    "files.peers_workbook": ([[("hi", [M])]], {}),
    "files.to_upload": ([b"PK\x03\x04x"], {"field": "file", "default_name": "a.xlsx"}),
    "phone.normalize_mobile": ([M], {}),
    "phone.normalize_mobiles": ([[M, "hello"]], {}),
    "phone.mobile_operator": ([M], {}),
}


def _guess(parameter: inspect.Parameter) -> Any:
    """A plausible valid value for a parameter the spec and KNOWN say nothing about."""
    if parameter.default is not inspect.Parameter.empty:
        return parameter.default
    name, annotation = parameter.name, str(parameter.annotation)
    if name in {"mobile", "recipient", "value"}:
        return M
    if name in {"recipients", "mobiles", "values"}:
        return [M]
    if "datetime" in annotation:
        return FUTURE
    if "FileInput" in annotation:
        return b"PK\x03\x04x"
    if "Mapping" in annotation:
        return {"code": "1234"}
    if "Iterable" in annotation or "list" in annotation:
        return [M]
    if annotation.startswith("int"):
        return 1
    if annotation.startswith("bool"):
        return False
    return P if name in {"pattern", "code"} else "hi"


def _valid(signature: inspect.Signature, known: tuple[list[Any], dict[str, Any]] | None) -> dict[str, Any]:
    """Valid arguments for every parameter: from ``known`` where it binds, else guessed."""
    parameters = [p for p in signature.parameters.values() if p.name != "self"]
    if known is not None:
        try:
            bound = signature.bind_partial(*known[0], **known[1])
        except TypeError:
            pass
        else:
            chosen = dict(bound.arguments)
            chosen.pop("self", None)
            return {p.name: chosen[p.name] if p.name in chosen else _guess(p) for p in parameters}
    return {p.name: _guess(p) for p in parameters}


def _caller(function: Callable[..., Any], signature: inspect.Signature) -> Callable[[dict[str, Any]], Any]:
    positional_only = [p.name for p in signature.parameters.values() if p.kind is inspect.Parameter.POSITIONAL_ONLY]

    def call(arguments: dict[str, Any]) -> Any:
        rest = {key: value for key, value in arguments.items() if key not in positional_only}
        return function(*(arguments[name] for name in positional_only), **rest)

    return call


def namespaces_of(cls: type) -> list[str]:
    """The namespaces of a client class: its cached properties."""
    return sorted(name for name, value in vars(cls).items() if isinstance(value, functools.cached_property))


def namespace_targets(client: Any) -> list[Target]:
    found = []
    for namespace in namespaces_of(type(client)):
        resource = getattr(client, namespace)
        for name in _public_methods(resource):
            method = getattr(resource, name)
            signature = inspect.signature(method)
            known = KNOWN.get(f"{namespace}.{name}") or _spec_call(namespace, name)
            found.append(
                Target(
                    name=f"{type(client).__name__}.{namespace}.{name}",
                    parameters=list(signature.parameters),
                    valid=_valid(signature, known),
                    call=_caller(method, signature),
                    allowed=(IranPayamakError,),
                )
            )
    return found


def module_targets(module: Any, known: Mapping[str, tuple[list[Any], dict[str, Any]]]) -> list[Target]:
    found = []
    short = module.__name__.rsplit(".", 1)[1]
    for name in module.__all__:
        function = getattr(module, name)
        if not inspect.isfunction(function):
            continue
        signature = inspect.signature(function)
        found.append(
            Target(
                name=f"{short}.{name}",
                parameters=list(signature.parameters),
                valid=_valid(signature, known.get(f"{short}.{name}")),
                call=_caller(function, signature),
                names_field=short != "phone",
            )
        )
    return found


# --- Running one case ------------------------------------------------------------------------------


@define
class Exchanges:
    """What reached the mock during one case: requests, and which of them the mock refused as malformed."""

    requests: int = 0
    refused: list[str] = field(factory=list)


class Recorder:
    """Counts requests into the mock and notes the ones its own validation refuses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.current = Exchanges()
        for method in ("read_parameters", "read_json", "read_form"):
            original = getattr(Operation, method)
            monkeypatch.setattr(Operation, method, self._watch(original))

    def _watch(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def watched(operation: Operation, *args: Any, **kwargs: Any) -> Any:
            try:
                return original(operation, *args, **kwargs)
            except Exception as error:
                self.current.refused.append(f"{operation.operation_id}: {str(error)[:300]}")
                raise

        return watched

    def transport(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        recorder = self

        class Recording(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                recorder.current.requests += 1
                response = inner.handle_request(request)
                recorder.note(response)
                return response

            def close(self) -> None:
                inner.close()

        return Recording()

    def async_transport(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        recorder = self

        class Recording(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                recorder.current.requests += 1
                response = await inner.handle_async_request(request)
                recorder.note(response)
                return response

        return Recording()

    def note(self, response: httpx.Response) -> None:
        if response.status_code == 415 or response.status_code >= 500:
            self.current.refused.append(f"HTTP {response.status_code}")

    def start(self) -> Exchanges:
        self.current = Exchanges()
        return self.current


def _shown(value: Any) -> str:
    try:
        text = repr(value)
    except Exception:
        return f"<{type(value).__name__} whose repr raises>"
    return text if len(text) <= 80 else f"{text[:77]}..."


def _mutate(value: Any, junk: Any, rng: random.Random) -> Any:
    """``value`` with junk in place of itself or of something inside it."""
    if isinstance(value, list) and value and rng.random() < 0.5:
        copy = list(value)
        index = rng.randrange(len(copy))
        copy[index] = _mutate(copy[index], junk, rng)
        return copy
    if isinstance(value, tuple) and value and rng.random() < 0.5:
        index = rng.randrange(len(value))
        return (*value[:index], _mutate(value[index], junk, rng), *value[index + 1 :])
    if isinstance(value, dict) and value and rng.random() < 0.5:
        copy = dict(value)
        key = rng.choice(list(copy))
        copy[key] = _mutate(copy[key], junk, rng)
        return copy
    return junk


@define
class Case:
    """One call: the target, the arguments, and which of them carry junk (for the report)."""

    target: Target
    arguments: dict[str, Any]
    junk: dict[str, str]

    def describe(self) -> str:
        return f"{self.target.name}({', '.join(f'{k}={v}' for k, v in self.junk.items())})"


def cases(target: Target, junk: list[tuple[str, Callable[[], Any]]], rng: random.Random) -> Iterator[Case]:
    if not target.parameters:
        yield Case(target, {}, {})
        return
    for _ in range(CASES_PER_CALLABLE):
        arguments = dict(target.valid)
        chosen = rng.sample(target.parameters, k=min(len(target.parameters), rng.choice((1, 1, 1, 2, 3))))
        labels = {}
        for name in chosen:
            label, make = rng.choice(junk)
            arguments[name] = _mutate(target.valid.get(name), make(), rng)
            labels[name] = label
        yield Case(target, arguments, labels)


def judge(case: Case, error: BaseException | None, exchanges: Exchanges) -> list[str]:
    """The problems with one case's outcome (none when it behaved)."""
    where = case.describe()
    _counts["checks"] += 1  # whatever reached the mock passed its validation
    problems = [f"{where}: the mock refused what was sent ({refusal})" for refusal in exchanges.refused]
    if error is None:
        return problems
    _counts["checks"] += 1  # the error is one the callable documents
    if isinstance(error, InvalidArgumentError):
        _counts["checks"] += 2  # nothing was sent, and the field is named
        # A pattern's values are judged against its definition, which takes one request to look up.
        lookups = 1 if isinstance(error, PatternCheckError) else 0
        if exchanges.requests > lookups:
            problems.append(f"{where}: {type(error).__name__} after {exchanges.requests} request(s): {error}")
        if case.target.names_field and not (isinstance(error.field, str) and error.field):
            problems.append(f"{where}: {type(error).__name__} names no field: {error}")
        return problems
    if not isinstance(error, case.target.allowed):
        return [*problems, f"{where}: raised {type(error).__name__}: {str(error)[:300]}"]
    raised_by_input = case.junk.get("recipients") in RAISING
    own = not isinstance(error.__cause__, IranPayamakError | None) and not raised_by_input
    if isinstance(error, BulkSendError) and own:
        # A bulk send stopped by an exception that its streamed recipients did not raise: the client
        # tripped over an argument (calling a number as a callback) after sending, instead of refusing it.
        cause = type(error.__cause__).__name__
        return [*problems, f"{where}: a bulk send stopped at its own {cause}: {str(error)[:300]}"]
    if exchanges.requests or isinstance(error, ConfigurationError | OtpError | BulkSendError | IdempotencyError):
        # The arguments passed and the service said no; or a setting, an OTP rule, a streamed send's
        # own input (BulkSendError, whose result says who was sent what) or an idempotency key that an
        # earlier case of the same client used for other arguments (IdempotencyError) stopped the call.
        return problems
    return [*problems, f"{where}: {type(error).__name__} although nothing was sent: {str(error)[:300]}"]


async def _settle(result: Any) -> Any:
    if isinstance(result, AsyncPager):
        return await result.page()
    if inspect.isawaitable(result):
        return await result
    return result


def _finish(result: Any) -> Any:
    if isinstance(result, Pager):
        return result.page()
    if inspect.isgenerator(result) and result.gi_code.co_name == "iterate":
        # A watch (reports.watch, watch_inbox) polls until it is stopped; its arguments are checked
        # when it is made, so it is closed unread.
        result.close()
        return None
    if inspect.isgenerator(result):
        return list(result)
    return result


def run_sync(target: Target, junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder) -> list[str]:
    problems: list[str] = []
    rng = search.random(f"argument fuzzing:{target.name}")
    for case in cases(target, junk, rng):
        exchanges = recorder.start()
        try:
            _finish(target.call(case.arguments))
            error: BaseException | None = None
        except Exception as raised:
            error = raised
        _counts["cases"] += 1
        problems += judge(case, error, exchanges)
    _covered.add(target.name)
    return problems


async def run_async(target: Target, junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder) -> list[str]:
    problems: list[str] = []
    rng = search.random(f"argument fuzzing:{target.name}")
    for case in cases(target, junk, rng):
        exchanges = recorder.start()
        try:
            await _settle(target.call(case.arguments))
            error: BaseException | None = None
        except Exception as raised:
            error = raised
        _counts["cases"] += 1
        problems += judge(case, error, exchanges)
    _covered.add(target.name)
    return problems


def _verdict(problems: list[str]) -> None:
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} problems (search seed {search.seed()}):\n" + "\n".join(unique[:40])


# --- The tests -------------------------------------------------------------------------------------


@pytest.fixture
def junk(tmp_path: Path) -> Iterator[list[tuple[str, Callable[[], Any]]]]:
    yield junk_values(tmp_path)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Recorder:
    for name in ("API_KEY", "BASE_URL", "LINE_NUMBER", "LOG", "PANEL_TOKEN", "RECORD"):
        monkeypatch.delenv(f"IRANPAYAMAK_{name}", raising=False)
    # Settings that name a path (record_to) get junk text: any folder it creates lands here, not in the checkout.
    monkeypatch.chdir(tmp_path)
    return Recorder(monkeypatch)


def _mock() -> MockService:
    return MockService(clock=MockClock(NOW), balance=10**12)


def _sync_client(mock: MockService, recorder: Recorder, **settings: Any) -> IranPayamak:
    http = httpx.Client(transport=recorder.transport(mock.transport()))
    options = {"api_key": mock.api_key, "base_url": mock.url, "http_client": http, "clock": lambda: NOW}
    return IranPayamak(**{**options, "max_retries": 0, **settings})


def _async_client(mock: MockService, recorder: Recorder, **settings: Any) -> AsyncIranPayamak:
    http = httpx.AsyncClient(transport=recorder.async_transport(mock.async_transport()))
    options = {"api_key": mock.api_key, "base_url": mock.url, "http_client": http, "clock": lambda: NOW}
    return AsyncIranPayamak(**{**options, "max_retries": 0, **settings})


NAMESPACES = namespaces_of(IranPayamak)


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_sync_methods_refuse_bad_arguments_before_sending(
    namespace: str, junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder
) -> None:
    with _mock() as mock:
        client = _sync_client(mock, recorder)
        targets = [t for t in namespace_targets(client) if t.name.split(".")[1] == namespace]
        assert targets
        problems = [problem for target in targets for problem in run_sync(target, junk, recorder)]
        client.close()
    _verdict(problems)


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_async_methods_refuse_bad_arguments_before_sending(
    namespace: str, junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder
) -> None:
    async def main() -> list[str]:
        with _mock() as mock:
            client = _async_client(mock, recorder)
            targets = [t for t in namespace_targets(client) if t.name.split(".")[1] == namespace]
            assert targets
            found = [problem for target in targets for problem in await run_async(target, junk, recorder)]
            await client.close()
            return found

    _verdict(asyncio.run(main()))


@pytest.mark.parametrize("module", [files, phone], ids=["files", "phone"])
def test_module_functions_refuse_bad_arguments(
    module: Any, junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder, tmp_path: Path
) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text("mobile\n09121234567\n", encoding="utf-8")
    upload = files.to_upload(b"PK\x03\x04x", field="f", default_name="a.xlsx")
    known = {
        **KNOWN,
        "files.read_rows": ([sheet], {}),
        "files.read_numbered_rows": ([sheet], {}),
        "files.check_spreadsheet": ([upload], {}),
    }
    targets = module_targets(module, known)
    assert targets
    _verdict([problem for target in targets for problem in run_sync(target, junk, recorder)])


def _constructor_target(
    cls: type[IranPayamak] | type[AsyncIranPayamak], mock: MockService, recorder: Recorder
) -> Target:
    """A constructor, then one call through the client it built: a setting that was accepted must work."""
    signature = inspect.signature(cls.__init__)
    if cls is IranPayamak:
        wired: Any = httpx.Client(transport=recorder.transport(mock.transport()))
    else:
        wired = httpx.AsyncClient(transport=recorder.async_transport(mock.async_transport()))
    valid = {"api_key": mock.api_key, "base_url": mock.url, "http_client": wired, "clock": lambda: NOW}

    def call(arguments: dict[str, Any]) -> Any:
        client = cls(**arguments)
        if arguments.get("http_client") is not wired:
            return None  # its own connection pool would reach for the network: built is enough
        return client.account.balance()

    return Target(
        name=f"{cls.__name__}()",
        parameters=[name for name in signature.parameters if name != "self"],
        valid=_valid(signature, ([], valid)),
        call=call,
        allowed=(ConfigurationError, IranPayamakError),
    )


def _with_options_target(client: IranPayamak | AsyncIranPayamak) -> Target:
    def call(arguments: dict[str, Any]) -> Any:
        return client.with_options(**arguments).account.balance()

    return Target(
        name=f"{type(client).__name__}.with_options",
        parameters=sorted(_PER_CALL),
        valid={},
        call=call,
        allowed=(ConfigurationError, IranPayamakError),
    )


def test_sync_constructor_and_with_options_refuse_bad_settings(
    junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder
) -> None:
    with _mock() as mock:
        client = _sync_client(mock, recorder)
        targets = [_constructor_target(IranPayamak, mock, recorder), _with_options_target(client)]
        _verdict([problem for target in targets for problem in run_sync(target, junk, recorder)])


def test_async_constructor_and_with_options_refuse_bad_settings(
    junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder
) -> None:
    async def main() -> list[str]:
        with _mock() as mock:
            client = _async_client(mock, recorder)
            targets = [_constructor_target(AsyncIranPayamak, mock, recorder), _with_options_target(client)]
            return [problem for target in targets for problem in await run_async(target, junk, recorder)]

    _verdict(asyncio.run(main()))


def _otp_targets(service_class: type[OtpService] | type[AsyncOtpService], client: Any) -> list[Target]:
    """The constructor (then one ``issue``, so accepted settings are used), ``issue`` and ``verify``."""
    allowed = (OtpError, IranPayamakError)

    def construct(arguments: dict[str, Any]) -> Any:
        return service_class(**arguments).issue(M)

    def issue(arguments: dict[str, Any]) -> Any:
        return service_class(client, pattern=P).issue(**arguments)

    def verify(arguments: dict[str, Any]) -> Any:
        return service_class(client, pattern=P).verify(**arguments)

    return [
        Target(
            name=f"{service_class.__name__}()",
            parameters=["client", "store", *OtpOptions.__annotations__],
            valid={"client": client, "store": None, "pattern": P},
            call=construct,
            allowed=allowed,
        ),
        Target(
            name=f"{service_class.__name__}.issue",
            parameters=["mobile", "purpose"],
            valid={"mobile": M, "purpose": "login"},
            call=issue,
            allowed=allowed,
        ),
        Target(
            name=f"{service_class.__name__}.verify",
            parameters=["mobile", "code", "purpose"],
            valid={"mobile": M, "code": "123456", "purpose": "login"},
            call=verify,
            allowed=allowed,
        ),
    ]


def test_otp_service_refuses_bad_arguments(junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder) -> None:
    with _mock() as mock:
        client = _sync_client(mock, recorder)
        _verdict(
            [problem for target in _otp_targets(OtpService, client) for problem in run_sync(target, junk, recorder)]
        )


def test_async_otp_service_refuses_bad_arguments(junk: list[tuple[str, Callable[[], Any]]], recorder: Recorder) -> None:
    async def main() -> list[str]:
        with _mock() as mock:
            client = _async_client(mock, recorder)
            targets = _otp_targets(AsyncOtpService, client)
            return [problem for target in targets for problem in await run_async(target, junk, recorder)]

    _verdict(asyncio.run(main()))


def test_every_namespace_method_is_fuzzed() -> None:
    # Introspection finds at least the 63 operations on each client, plus the hand-written methods.
    client = IranPayamak(api_key="k")
    found = namespace_targets(client)
    assert len(found) >= 63 + 3
    assert all(target.valid.keys() == set(target.parameters) for target in found)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if _covered:
        observe(
            "search",
            suite="argument fuzzing (every public callable)",
            runs=len(_covered),
            steps=_counts["cases"],
            checks=_counts["checks"],
        )
