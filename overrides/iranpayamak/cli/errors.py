"""How the command reports failures: one readable line on stderr and an exit code per kind of failure.

The service's own message (often Persian) is kept after the English summary. ``--debug`` adds the
traceback. Scripts can branch on the exit code:

====  ==========================================================
code  meaning
====  ==========================================================
0     success
1     any other failure (a bad config file, a closed client, ...)
2     the command line itself is wrong (an unknown option, ...)
3     authentication: no key, a refused key, or no permission
4     invalid input or settings: rejected before sending, or by the service
5     rate limited: the service asked to slow down
6     the service failed (5xx) or answered with an unreadable body
7     network: no answer arrived (refused, reset, timed out)
8     a bulk send partly failed; the summary lists what was not sent
130   interrupted with Ctrl-C
====  ==========================================================
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import NoReturn, ParamSpec

import typer

from ..errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BulkSendError,
    ConfigurationError,
    InvalidArgumentError,
    IranPayamakError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ValidationError,
)
from .output import stderr

__all__ = ["CliError", "ExitCode", "describe", "exit_code", "fail", "naming", "reports_errors"]

P = ParamSpec("P")


class ExitCode(IntEnum):
    """The command's exit codes (see the module documentation)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    INVALID = 4
    RATE_LIMITED = 5
    SERVER = 6
    NETWORK = 7
    PARTIAL = 8
    INTERRUPTED = 130


class CliError(Exception):
    """A failure of the command itself (not of the service), with the exit code it ends with."""

    def __init__(self, message: str, code: ExitCode = ExitCode.ERROR) -> None:
        super().__init__(message)
        self.code = code


_CODES: list[tuple[type[BaseException], ExitCode]] = [
    (MissingAPIKeyError, ExitCode.AUTH),
    (ConfigurationError, ExitCode.INVALID),  # a setting such as the URL; checked after the missing key
    (AuthenticationError, ExitCode.AUTH),
    (PermissionDeniedError, ExitCode.AUTH),
    (InvalidArgumentError, ExitCode.INVALID),
    (ValidationError, ExitCode.INVALID),
    (NotFoundError, ExitCode.INVALID),
    (RateLimitError, ExitCode.RATE_LIMITED),
    (ServerError, ExitCode.SERVER),
    (ResponseParseError, ExitCode.SERVER),
    (APIConnectionError, ExitCode.NETWORK),
    (BulkSendError, ExitCode.PARTIAL),
]

_SUMMARIES: list[tuple[type[APIError], str]] = [
    (AuthenticationError, "the API key was refused"),
    (PermissionDeniedError, "this key is not allowed to do that"),
    (NotFoundError, "not found"),
    (ValidationError, "the service rejected the request"),
    (RateLimitError, "too many requests"),
    (ServerError, "the service failed"),
]


def exit_code(error: BaseException) -> ExitCode:
    """The exit code for ``error``."""
    if isinstance(error, CliError):
        return error.code
    for kind, code in _CODES:
        if isinstance(error, kind):
            return code
    return ExitCode.ERROR


def describe(error: BaseException) -> str:
    """One line saying what went wrong, in English, with the service's own message kept.

    Example::

        >>> describe(AuthenticationError("کلید نامعتبر است", status_code=401, body=None, headers={}))
        'the API key was refused (HTTP 401): کلید نامعتبر است'
    """
    if isinstance(error, MissingAPIKeyError):
        return (
            "no API key: pass --api-key, set IRANPAYAMAK_API_KEY, or run 'iranpayamak config set api-key' "
            "(or try 'iranpayamak demo', which needs none)"
        )
    if isinstance(error, APIError):
        summary = next((text for kind, text in _SUMMARIES if isinstance(error, kind)), "the service answered an error")
        line = f"{summary} (HTTP {error.status_code})"
        if error.message:
            line += f": {error.message}"
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            line += f"; retry after {error.retry_after:g} s"
        return line
    if isinstance(error, APITimeoutError):
        return f"no answer in time: {error}"
    if isinstance(error, APIConnectionError):
        return f"could not reach the service: {error}"
    return str(error)


@contextmanager
def naming(thing: str) -> Iterator[None]:
    """Inside, the service's "not found" says what was not found: ``pattern 'X' not found (HTTP 404): ...``.

    The service's answer names nothing (``داده درخواستی یافت نشد``, "the requested data was not found"),
    and a command knows what it asked for.

    Raises:
        CliError: In place of a ``NotFoundError`` (exit code 4), which stays its cause.
    """
    try:
        yield
    except NotFoundError as error:
        line = f"{thing} not found (HTTP {error.status_code})"
        raise CliError(line + (f": {error.message}" if error.message else ""), ExitCode.INVALID) from error


def fail(error: BaseException, *, debug: bool = False) -> NoReturn:
    """Print ``error`` as one line (and its traceback when ``debug``), then exit with its code."""
    if debug:
        stderr().print("".join(traceback.format_exception(error)), markup=False, highlight=False)
    stderr().print(f"Error: {describe(error)}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(exit_code(error))


def _debug(arguments: Iterable[object]) -> bool:
    for argument in arguments:
        # Typer passes its own copy of click's Context, which typer.Context only annotates.
        find_root = getattr(argument, "find_root", None)
        if callable(find_root):
            return bool(getattr(find_root().obj, "debug", False))
    return False


def reports_errors(command: Callable[P, None]) -> Callable[P, None]:
    """Wrap a command so the client's errors end it with a readable line and their exit code.

    ``--debug`` is read from the command's ``typer.Context`` argument, when it takes one.
    """

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except (IranPayamakError, CliError) as error:
            fail(error, debug=_debug([*args, *kwargs.values()]))
        except KeyboardInterrupt:
            stderr().print("Interrupted.")
            raise typer.Exit(ExitCode.INTERRUPTED) from None

    return run
