"""Response fuzzing: whatever a 2xx answer holds, every method returns a typed result or raises
``ResponseParseError``; on a send that error means "may have been sent".

Each of the 63 operations is called through both clients with the spec's own request example, and
answered with a generated 2xx body: any JSON shape, the operation's success example with a leaf
deleted, replaced or added to, numbers no float or int can hold (``1e999``, ``Infinity``, ``NaN``, a
10,000-digit integer), deep nesting, and bytes that are not JSON at all. A body that is an error
envelope (``"status": "error"``) may raise ``APIError`` instead, as the service means it to.
"""

from __future__ import annotations

import builtins
import json
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.resources import Method
from iranpayamak import AsyncIranPayamak, IranPayamak
from iranpayamak.bulk import BulkSendError, may_have_been_sent
from iranpayamak.errors import APIError, ResponseParseError
from iranpayamak.files import FileInput
from iranpayamak.pagination import AsyncPager, Page, Pager
from iranpayamak_api import models, wire
from iranpayamak_api.types import File, Unset
from tests import search
from tests.fakes import FakeService
from tests.reliability.report import observe
from tests.spec_examples import METHODS, ergonomic_call, operation_of, success

EXAMPLES = search.examples(quick=12, slow=150)

# What this process ran, reported once per module (see _report).
_counts = {"bodies": 0, "calls": 0, "parse_errors": 0}
_operations: set[tuple[str, str]] = set()  # (operation, "sync" or "async"): each runs on one worker only

_UNREPRESENTABLE = ["1e999", "-1e999", "Infinity", "-Infinity", "NaN", "9" * 10_000, "-" + "9" * 5000]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value, the value itself included."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*at, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(copy[head], rest, new)
    return copy


def _delete(value: Any, path: tuple[Any, ...]) -> Any:
    parent, last = path[:-1], path[-1]
    holder = value
    for step in parent:
        holder = holder[step]
    copy: Any = dict(holder) if isinstance(holder, dict) else list(holder)
    del copy[last]
    return _replace(value, parent, copy)


_MARK = "\x00unrepresentable\x00"


@st.composite
def _mutated(draw: st.DrawFn, example: Any) -> bytes:
    """The success example with one place deleted, replaced (by any JSON or an unrepresentable number)
    or given an extra key."""
    body = example
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(body)))
        action = draw(st.sampled_from(["replace", "delete", "extra", "unrepresentable"]))
        if action == "delete" and path:
            body = _delete(body, path)
        elif action == "extra":
            target = path if path else ()
            holder = body
            for step in target:
                holder = holder[step]
            if isinstance(holder, dict):
                body = _replace(body, target, {**holder, draw(st.text(max_size=10)): draw(json_values)})
        elif action == "unrepresentable":
            body = _replace(body, path, _MARK)
        else:
            body = _replace(body, path, draw(json_values))
    text = json.dumps(body)
    number = draw(st.sampled_from(_UNREPRESENTABLE))
    return text.replace(json.dumps(_MARK), number).encode()


def _deep(depth: int, kind: str) -> bytes:
    nested = "[" * depth + "]" * depth if kind == "array" else '{"a": ' * depth + "1" + "}" * depth
    return f'{{"status": "success", "data": {nested}}}'.encode()


def bodies(example: Any) -> st.SearchStrategy[bytes]:
    """2xx bodies for an operation whose success example is ``example``."""
    return st.one_of(
        _mutated(example),
        _mutated(example),
        json_values.map(lambda value: json.dumps(value).encode()),
        json_values.map(lambda data: json.dumps({"status": "success", "data": data}).encode()),
        st.sampled_from(_UNREPRESENTABLE).map(lambda n: f'{{"status": "success", "data": {n}}}'.encode()),
        st.builds(_deep, st.sampled_from([50, 900, 5_000, 100_000]), st.sampled_from(["array", "object"])),
        st.binary(max_size=64),
        st.sampled_from([b"", b"null", b"<html><body>Bad gateway</body></html>", b'{"status": "success"']),
    )


def _matches(value: Any, hint: Any) -> bool:
    """Whether ``value`` has the type ``hint`` (enough of typing for the methods' return types)."""
    if hint is Any or hint is object:
        return True
    if hint is Unset:
        return isinstance(value, Unset)
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, option) for option in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_matches(element, item) for element in value)
    if origin is dict:
        key, item = typing.get_args(hint)
        return isinstance(value, dict) and all(_matches(k, key) and _matches(v, item) for k, v in value.items())
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin is not None:
        return isinstance(value, origin)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if not isinstance(value, hint):
        return False
    if attrs.has(hint):
        # Every declared field of a model, as deep as models nest.
        hints = typing.get_type_hints(hint, localns=_NAMES)
        return all(
            _matches(getattr(value, field.name), hints[field.name])
            for field in attrs.fields(hint)
            if field.name != "additional_properties"
        )
    return True


# The resource modules import result types only for type checkers; resolve their hints against these.
_NAMES = {
    **{name: getattr(models, name) for name in models.__all__},  # each loads on first use
    "FileInput": FileInput,
    "Pager": Pager,
    "AsyncPager": AsyncPager,
    "Page": Page,
    "File": File,
    "builtins": builtins,
    # The wire shapes annotate nested parameters under TYPE_CHECKING only (their module costs ~15 ms to import).
    "wire": wire,
}


def _return_type(bound: Callable[..., Any]) -> Any:
    return typing.get_type_hints(bound, localns=_NAMES).get("return", Any)


def _is_error_envelope(body: bytes) -> bool:
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return False
    return isinstance(decoded, dict) and decoded.get("status") == "error"


def _is_send(method: Method) -> bool:
    return operation_of(method)[0] == "POST"


def _check_error(error: BaseException, body: bytes, method: Method) -> None:
    """Only the documented outcome of a bad 2xx body; a send's counts as "may have been sent"."""
    if isinstance(error, BulkSendError):
        failures = [chunk.error for chunk in error.result.failed]
        assert failures, "a BulkSendError without a failed chunk"
        for failure in failures:
            _check_error(failure, body, method)
        assert all(chunk.maybe_sent for chunk in error.result.failed if isinstance(chunk.error, ResponseParseError))
        return
    if isinstance(error, APIError) and _is_error_envelope(body):
        return
    assert isinstance(error, ResponseParseError), f"{type(error).__name__}: {error}"
    _counts["parse_errors"] += 1
    if _is_send(method):
        assert may_have_been_sent(error)


def _check_result(result: Any, hint: Any) -> None:
    if isinstance(result, Pager | AsyncPager):
        return  # the page it fetched was checked by the caller
    if isinstance(result, Page):
        assert isinstance(result.items, list)
        return
    if isinstance(result, File):
        return
    assert _matches(result, hint), f"returned {result!r}, which is not {hint}"


def _answering(body: bytes, status: int) -> FakeService:
    return FakeService(
        lambda request: httpx.Response(status, content=body, headers={"content-type": "application/json"})
    )


def _ids(method: Method) -> str:
    return f"{method.namespace}.{method.name}"


_JSON_METHODS = [method for method in METHODS if success(operation_of(method)[2])[1] == "application/json"]


def _status_and_example(method: Method) -> tuple[int, Any]:
    code, _, example = success(operation_of(method)[2])
    return code, example


@pytest.mark.parametrize("method", _JSON_METHODS, ids=_ids)
def test_sync_methods_return_a_typed_result_or_a_parse_error(method: Method) -> None:
    status, example = _status_and_example(method)
    positional, keywords, _ = ergonomic_call(method)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=bodies(example), code=st.sampled_from([status, 200, 201, 202]))
    def run(body: bytes, code: int) -> None:
        service = _answering(body, code)
        client = service.ergonomic(IranPayamak, max_retries=0)
        call = getattr(getattr(client, method.namespace), method.public_name)
        _counts["bodies"] += 1
        try:
            result = call(*positional, **keywords)
            if isinstance(result, Pager):
                result = result.page()
        except Exception as error:
            _check_error(error, body, method)
        else:
            _check_result(result, _return_type(call))
        _counts["calls"] += len(service.requests)

    run()
    _operations.add((method.operation_id, "sync"))


@pytest.mark.anyio
@pytest.mark.parametrize("method", _JSON_METHODS, ids=_ids)
async def test_async_methods_return_a_typed_result_or_a_parse_error(method: Method) -> None:
    status, example = _status_and_example(method)
    positional, keywords, _ = ergonomic_call(method)
    answers: list[tuple[bytes, int]] = []

    # Hypothesis drives a synchronous function; each example's call runs on this test's event loop
    # afterwards, so the draws stay with Hypothesis and the awaits with anyio.
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=bodies(example), code=st.sampled_from([status, 200, 201, 202]))
    def draw(body: bytes, code: int) -> None:
        answers.append((body, code))

    draw()
    for body, code in answers:
        service = _answering(body, code)
        client = service.ergonomic(AsyncIranPayamak, max_retries=0)
        call = getattr(getattr(client, method.namespace), method.public_name)
        _counts["bodies"] += 1
        try:
            result = call(*positional, **keywords)
            if isinstance(result, AsyncPager):
                result = await result.page()
            else:
                result = await result
        except Exception as error:
            _check_error(error, body, method)
        else:
            _check_result(result, _return_type(call))
        _counts["calls"] += len(service.requests)
    _operations.add((method.operation_id, "async"))


def test_every_json_operation_is_fuzzed() -> None:
    # The binary downloads (voice files, ticket files) answer with bytes, which any body is.
    assert len(_JSON_METHODS) + sum(1 for m in METHODS if m not in _JSON_METHODS) == 63


@pytest.fixture(scope="module", autouse=True)
def _report() -> Any:
    yield
    if _operations:
        observe(
            "search",
            suite="response fuzzing (2xx bodies, both clients)",
            runs=len(_operations),
            steps=_counts["bodies"],
            checks=_counts["calls"],
        )
