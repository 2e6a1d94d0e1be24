"""A scripted stand-in for the service, for tests that drive a generated client through httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

API_KEY = "test-key-5f1c2b9a7e"
BASE_URL = "https://api.test"
PANEL_TOKEN = "panel-token-3c9d2e"
"""What the fake clients hold as a panel token: the operations documented with one send it."""
NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
"""The fixed current time of ergonomic clients in tests."""

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def envelope(data: Any = None, *, status: str = "success", code: int = 200, **extra: Any) -> httpx.Response:
    """A JSON envelope answer."""
    return httpx.Response(code, json={"status": status, "data": data, "messages": None, **extra})


def raw(code: int, body: bytes | str, content_type: str = "application/json", **headers: str) -> httpx.Response:
    """An answer with exactly this body."""
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(code, content=content, headers={"content-type": content_type, **headers})


class FakeService:
    """Answers each request with the next step of a script (the last step repeats) and records it.

    A step is a response, an exception to raise (as a transport failure would), or a function of the
    request. ``sleeps`` records the waits a client asked for, so retries run without waiting.
    """

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps) or [envelope()]
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.now = 1_800_000_000.0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            # A fresh copy each time, so the repeated last step can be read again.
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        return step(request)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def json_bodies(self) -> list[Any]:
        return [json.loads(request.content) for request in self.requests]

    def policy(self) -> Any:
        """A retry policy that records waits instead of sleeping."""
        from iranpayamak_api import RetryPolicy

        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, clock=lambda: self.now, random=lambda: 0.5)

    def ergonomic(self, cls: Any, **settings: Any) -> Any:
        """An ``IranPayamak`` or ``AsyncIranPayamak`` wired to this fake service, its clock at ``NOW``."""
        from iranpayamak import AsyncIranPayamak

        http = (httpx.AsyncClient if cls is AsyncIranPayamak else httpx.Client)(transport=httpx.MockTransport(self))
        options: dict[str, Any] = {
            "api_key": API_KEY,
            "panel_token": PANEL_TOKEN,
            "base_url": BASE_URL,
            "http_client": http,
            "retry_policy": self.policy(),
            "clock": lambda: NOW,
            # The fake answers only what a test scripts: pattern sends are not checked against a definition
            # it would have to serve (tests of the checks turn them on).
            "check_patterns": False,
        }
        options.update(settings)
        return cls(**options)

    def client(self, package: Any, **settings: Any) -> Any:
        """A ``Client`` of the given generated package wired to this fake service."""
        policy = package.RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            clock=lambda: self.now,
            random=lambda: 0.5,
        )
        options: dict[str, Any] = {
            "api_key": API_KEY,
            "panel_token": PANEL_TOKEN,
            "base_url": BASE_URL,
            "retry_policy": policy,
            "httpx_args": {"transport": httpx.MockTransport(self)},
        }
        options.update(settings)
        return package.Client(**options)
