"""``client.patterns``: the generated pattern operations, plus ``preview``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._generated.resources.patterns import AsyncPatternsResource, PatternsResource
from .._steps import Flow, Step
from ..pattern_checks import PatternPreview, check_values, definition_flow

if TYPE_CHECKING:
    from iranpayamak_api.models import NumberFormat

    from .._arguments import Arguments

__all__ = ["AsyncPatterns", "Patterns"]


def _preview_flow(
    args: Arguments, code: str, attributes: Mapping[str, str | int], number_format: NumberFormat | str | None
) -> Flow[Step, PatternPreview]:
    args.string(code, "code", min_length=1)
    values = args.texts(attributes, "attributes")
    digits = args.number_format_or_default(number_format, "number_format").value
    definition = yield from definition_flow(args.sending.patterns, code, required=True)
    assert definition is not None  # required: a failure raised
    if args.sending.check_patterns:
        check_values(definition, values)
    return PatternPreview.of(definition, values, digits)


class Patterns(PatternsResource):
    """The ``patterns`` operations."""

    def preview(
        self,
        code: str,
        attributes: Mapping[str, str | int],
        *,
        number_format: NumberFormat | str | None = None,
    ) -> PatternPreview:
        """The message a recipient of the pattern with these values will see, and its parts.

        The values are checked as a send checks them (unless the client has ``check_patterns=False``).

        Raises:
            PatternCheckError: The pattern is not approved, or a value is missing, unknown or breaks it.
            NotFoundError: The service knows no such pattern.

        Example::

            preview = client.patterns.preview("SJ3FgPrE0C", {"code": "4821"})
            preview.text, preview.parts.parts     # ('کد ورود شما: 4821', 1)
        """
        return self._run(_preview_flow(self._args, code, attributes, number_format))


class AsyncPatterns(AsyncPatternsResource):
    """The ``patterns`` operations (asynchronous)."""

    async def preview(
        self,
        code: str,
        attributes: Mapping[str, str | int],
        *,
        number_format: NumberFormat | str | None = None,
    ) -> PatternPreview:
        """The asynchronous :meth:`Patterns.preview`."""
        return await self._run_async(_preview_flow(self._args, code, attributes, number_format))
