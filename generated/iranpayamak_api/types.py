# Hand-written runtime: edit generator/runtime/iranpayamak_api/types.py; scripts/regenerate copies it here.
"""Types shared by the operations and models: the unset marker, secrets, uploaded files and raw responses."""

from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of :data:`UNSET`: an optional field or parameter that was not given (unlike None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
"""Marks an optional value that is not sent (None would be sent as JSON null)."""


class Secret(str):
    """Text that must not show up in a ``repr``: an API key, a password, a token, a one-time code.

    It is a ``str`` and is sent as one (in a header, a JSON body or a form), so it passes through every
    layer unchanged; only ``repr`` is masked. ``repr`` is what tracebacks with locals (``pytest -l``),
    error trackers that record local variables, debuggers and ``print`` of a container show, so a
    dict, model or argument list holding a ``Secret`` shows ``'****'`` there. ``str(secret)`` and
    formatting still give the text, as sending it requires: do not put one in a message.

    Example::

        >>> key = Secret("my-api-key")
        >>> {"Api-Key": key}
        {'Api-Key': '****'}
        >>> key == "my-api-key"
        True
    """

    def __repr__(self) -> str:
        return "'****'"


class MaskedURL(str):
    """A URL whose ``repr`` hides the password of its user information (``https://user:[secure]@host``).

    Base URLs are held as this from the moment a client is given one, so that a traceback's locals or a
    container's ``repr`` never show a gateway's password. ``str()`` gives the URL as it is.

    Example::

        >>> MaskedURL("https://app:s3cret@gateway.example")
        'https://app:[secure]@gateway.example'
    """

    def __repr__(self) -> str:
        from .client import masked_url  # the one rule for masking, with the client that applies it

        return repr(masked_url(self))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart form, or a downloaded file.

    Example::

        with open("recipients.xlsx", "rb") as f:
            File(payload=f, file_name="recipients.xlsx")
    """

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for a multipart file part."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A raw answer of an operation, returned by the ``*_detailed`` functions.

    Attributes:
        status_code: The HTTP status code.
        content: The body, as received.
        headers: The response headers.
        parsed: The success model, or None when the answer is an error (a non-2xx status, or an
            envelope with ``"status": "error"``); ``errors.error_from_response(response)`` describes it.
    """

    status_code: int
    # Shown by their size, as httpx shows a response: a traceback that records locals must not print a
    # body or a header that quotes a secret (a service that echoes the key it was sent).
    content: bytes = field(repr=lambda content: f"<{len(content)} bytes>")
    headers: MutableMapping[str, str] = field(repr=lambda headers: f"<{len(headers)} headers>")
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "MaskedURL", "RequestFiles", "Response", "Secret", "Unset"]
