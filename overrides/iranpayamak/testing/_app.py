"""The mock's ASGI application: one route per operation of the spec.

Each request is recorded, may be hit by an injected fault, is authenticated and validated against the
spec, and is then carried out by its handler on the mock account. Answers use the service's envelopes
and error bodies.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

import anyio
import httpx
from attrs import field, frozen
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import Fault, Faults
from ._handlers import HANDLERS, Call, Refused
from ._spec import Invalid, Operation, has_unpaired_surrogate, load_operations
from ._state import MockState, ReceivedMessage, now_text

__all__ = ["InjectedDrop", "RecordedRequest", "build_app"]

logger = logging.getLogger("iranpayamak.testing")


_SECRET_HEADERS = frozenset({"api-key", "authorization"})


def _masked(headers: dict[str, str]) -> str:
    return repr({name: "***" if name in _SECRET_HEADERS else value for name, value in headers.items()})


@frozen
class RecordedRequest:
    """A request the mock received, whatever became of it.

    Attributes:
        method: The HTTP method.
        path: The path, without the query.
        query: The query parameters.
        headers: The request headers (lower-case names); ``repr`` masks the ``api-key`` and
            ``authorization`` values, so printing a request log never shows a key.
        body: The raw body.
        operation_id: The operation it was routed to, or None for unknown paths.
        received_at: When it arrived (mock time).
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(repr=_masked)
    body: bytes
    operation_id: str | None
    received_at: datetime

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


def _envelope(status: int, data: Any, key: str = "messages", messages: Any = None) -> JSONResponse:
    outcome = "success" if status < 400 else "error"
    return JSONResponse({"status": outcome, "data": data, key: messages}, status_code=status)


def _fault_response(fault: Fault) -> Response:
    body = fault.body
    if body is None:
        body = {"status": "error", "data": None, "messages": "Mock fault"}
    if isinstance(body, dict | list):
        return JSONResponse(body, status_code=fault.status or 500, headers=fault.headers)
    media = "text/html" if isinstance(body, str) and body.lstrip().startswith("<") else "text/plain"
    return Response(body, status_code=fault.status or 500, headers=fault.headers, media_type=media)


class InjectedDrop(httpx.RemoteProtocolError):
    """The cut connection a ``drop`` fault asks for: what the fault is for, so never logged as a failure."""


class _Dropped(Response):
    """Starts an answer, then breaks the connection, like a server or proxy dying mid-response."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"status": "success", "da', "more_body": True})
        # Raised inside the app: in-process transports pass it to the client, a real server cuts the socket.
        raise InjectedDrop("peer closed connection without sending complete message body")


_DRIP_PIECE = 64
"""Bytes per piece of a dripped answer."""


def _dripped(response: Response, pause: float) -> Response:
    body = bytes(response.body)

    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(body), _DRIP_PIECE):
            if start:
                await anyio.sleep(pause)
            yield body[start : start + _DRIP_PIECE]

    return StreamingResponse(
        pieces(),
        status_code=response.status_code,
        headers={"content-length": str(len(body))},
        media_type=response.media_type,
    )


def _padded(response: Response, size: int) -> Response:
    body = bytes(response.body)
    if response.media_type != "application/json" or not body.endswith(b"}"):
        return response  # only a JSON object has room for an extra field
    # The extra field goes inside the object so the answer stays valid JSON of about ``size`` bytes.
    field = b',"padding":""'
    filler = b"x" * max(0, size - len(body) - len(field))
    return Response(
        body[:-1] + b',"padding":"' + filler + b'"}', status_code=response.status_code, media_type=response.media_type
    )


def _altered_response(fault: Fault, operation: Operation, data: Any) -> Response:
    if fault.drop:
        return _Dropped()
    if fault.answer is not None:
        body = fault.answer.encode("utf-8") if isinstance(fault.answer, str) else bytes(fault.answer)
        response = Response(body, media_type="application/json")
    elif fault.html:
        response = Response(
            "<html><body><h1>Service temporarily unavailable</h1></body></html>", media_type="text/html"
        )
    elif fault.empty:
        response = Response(b"", media_type="application/json")
    elif fault.malformed:
        response = Response(b'{"status": "success", "data": 4073', media_type="application/json")
    else:
        response = _success(operation, data)
    if fault.pad:
        response = _padded(response, fault.pad)
    # Any answer can also trickle in, so a slow link can carry a broken body too.
    return _dripped(response, fault.drip) if fault.drip else response


def _authenticate(request: Request, operation: Operation, state: MockState) -> tuple[JSONResponse | None, str | None]:
    """Who may call ``operation``, as its security alternatives in the spec say: the Api-Key header, a
    panel token from ``login`` (``Authorization: Bearer``), either, or nothing."""
    authorization = request.headers.get("authorization", "")
    bearer = authorization[7:] if authorization.lower().startswith("bearer ") else None
    if not operation.security or frozenset() in operation.security:
        return None, bearer
    takes_token = any("PanelBearer" in alternative for alternative in operation.security)
    if takes_token and authorization:
        # A presented panel token is judged on its own: a wrong one is refused, not passed over.
        if bearer is not None and state.panel_tokens.get(bearer) == "active":
            return None, bearer
        return _envelope(401, None, "message", "Unauthenticated."), bearer
    if not any("ApiKeyAuth" in alternative for alternative in operation.security):
        return _envelope(401, None, "message", "Unauthenticated."), bearer
    key = request.headers.get("api-key")
    if key is None:
        return _envelope(401, None, "message", "Auth required"), bearer
    if key != state.api_key:
        return _envelope(401, None, "message", "Api-Key not valid"), bearer
    return None, bearer


class _Unsupported(Exception):
    """A body in a media type the operation does not take (answered 415, as Laravel does)."""


_FORM_TYPES = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})


def _check_media_type(request: Request, operation: Operation, body: bytes) -> None:
    if not body.strip():
        return  # nothing to misread; a missing required body is a validation error
    media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if operation.body_type == "multipart/form-data":
        if media not in _FORM_TYPES:
            raise _Unsupported("Send the body as multipart/form-data.")
    elif not ("/json" in media or media.endswith("+json")):  # what Laravel's Request::isJson() accepts
        raise _Unsupported("Send the body as application/json.")


async def _read(request: Request, operation: Operation) -> tuple[dict[str, Any], dict[str, Any], dict[str, bytes]]:
    params = operation.read_parameters(request.query_params, request.path_params)
    if operation.body_type is None:
        return params, {}, {}
    _check_media_type(request, operation, await request.body())
    if operation.body_type == "multipart/form-data":
        try:
            form = await request.form()
        except Exception:  # a body that is not a multipart form at all
            raise Invalid({"body": ["The body is not a multipart form."]}) from None
        fields: dict[str, str] = {}
        files: dict[str, bytes] = {}
        for name, value in form.multi_items():
            if isinstance(value, str):
                fields[name] = value
            else:
                files[name] = await value.read()
        return params, operation.read_form(fields, files), files
    return params, operation.read_json(await request.body()), {}


def _success(operation: Operation, data: Any) -> Response:
    if operation.success_type != "application/json":
        return Response(data, media_type=operation.success_type)
    return _envelope(operation.success_status, data, operation.envelope_key)


def _endpoint(operation: Operation, state: MockState, faults: Faults, record: Callable[[RecordedRequest], None]) -> Any:
    handler = HANDLERS[operation.operation_id]

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        record(
            RecordedRequest(
                method=request.method,
                path=request.scope["path"],  # request.url would parse the whole URL again
                query=dict(request.query_params),
                headers=dict(request.headers),
                body=body,
                operation_id=operation.operation_id,
                received_at=state.clock.now(),
            )
        )
        fault = faults.pick(operation.operation_id)
        if fault is not None and fault.delay:
            await anyio.sleep(fault.delay)
        if fault is not None and not fault.processes:
            return _fault_response(fault)
        refusal, bearer = _authenticate(request, operation, state)
        if refusal is not None:
            return refusal
        try:
            params, payload, files = await _read(request, operation)
            with state.lock:
                data = handler(state, Call(params=params, body=payload, files=files, bearer=bearer))
        except Invalid as invalid:
            return _envelope(422, None, "messages", invalid.errors)
        except _Unsupported as unsupported:
            return _envelope(415, None, "messages", str(unsupported))
        except Refused as refused:
            return _envelope(refused.status, None, refused.key, refused.messages)
        if fault is not None and fault.alters_answer:
            return _altered_response(fault, operation, data)
        return _success(operation, data)

    return endpoint


CONTROL_PREFIX = "/__mock__"
"""Where the mock's own routes live, outside the service's paths: for clients in other processes."""


def _control_routes(state: MockState, faults: Faults) -> list[Route]:
    async def outbox(request: Request) -> Response:
        with state.lock:
            messages = [
                {
                    "recipient": m.recipient,
                    "text": m.text,
                    "line_number": m.line_number,
                    "sent_at": now_text(m.sent_at),
                    "send_request_id": m.send_request_id,
                    "kind": m.kind,
                    "schedule": m.schedule,
                }
                for m in state.outbox
            ]
        return JSONResponse(messages)

    async def inbound(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
            if not isinstance(body, dict) or has_unpaired_surrogate(body):
                raise TypeError("not an object of text")
            message = ReceivedMessage(
                sender=str(body["from"]),
                line_number=str(body.get("to", state.lines[0]["line_number"])),
                text=str(body["text"]),
                received_at=state.clock.now(),
            )
        except (ValueError, KeyError, TypeError, RecursionError):
            return JSONResponse({"error": 'expected {"from": "09...", "text": "...", "to": "90008361"}'}, 400)
        with state.lock:
            state.inbox.append(message)
        return JSONResponse({"received": True}, 201)

    return [
        Route(f"{CONTROL_PREFIX}/outbox", outbox, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/inbox", inbound, methods=["POST"]),
    ]


class _KeepAlive:
    """The outermost layer: an unexpected exception that Starlette already answered with a 500 (and logged)
    stops here, instead of reaching the server, which would log it again and cut the kept-alive
    connection. Injected drops pass: cutting the connection is their point."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        answered = False

        async def sending(message: Message) -> None:
            nonlocal answered
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                answered = True

        try:
            await self.app(scope, receive, sending)
        except InjectedDrop:
            raise
        except Exception:
            if not answered:
                raise


def build_app(state: MockState, faults: Faults, record: Callable[[RecordedRequest], None]) -> ASGIApp:
    """The ASGI app serving every operation of the spec against ``state``."""
    # One route per path, so a wrong method is answered 405 with every method the path allows.
    by_path: dict[str, dict[str, Any]] = {}
    for operation in load_operations():
        by_path.setdefault(operation.route, {})[operation.method] = _endpoint(operation, state, faults, record)

    def dispatcher(endpoints: dict[str, Any]) -> Any:
        async def dispatch(request: Request) -> Response:
            # Starlette routes HEAD to every GET route; it is answered as the GET, and the server sends no body.
            method = "GET" if request.method == "HEAD" else request.method
            response: Response = await endpoints[method](request)
            return response

        return dispatch

    routes = [Route(path, dispatcher(endpoints), methods=list(endpoints)) for path, endpoints in by_path.items()]
    routes += _control_routes(state, faults)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _envelope(404, None, "messages", "Not Found")

    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        response = _envelope(405, None, "messages", "Method Not Allowed")
        response.headers.update(getattr(exc, "headers", None) or {})
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, InjectedDrop):
            logger.exception("The mock failed while handling %s %s", request.method, request.url.path)
        return JSONResponse({"message": "Server Error"}, status_code=500)

    return _KeepAlive(
        Starlette(routes=routes, exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error})
    )
