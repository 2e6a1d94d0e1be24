"""Every response example in the spec parses with the generated models, and errors map to their classes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import iranpayamak_api.models
from iranpayamak_api import errors
from iranpayamak_api.types import Response
from tests.spec.schema_check import resolve
from tests.spec_examples import OPERATIONS, SPEC

EXPECTED_ERRORS = {
    "401": errors.AuthenticationError,
    "404": errors.NotFoundError,
    "422": errors.ValidationError,
    "429": errors.RateLimitError,
    "5XX": errors.ServerError,
}


def _examples() -> list[Any]:
    # The shared error responses repeat on every operation; each distinct example is checked once.
    found, seen = [], set()
    for _, _path, operation in OPERATIONS:
        for code, response in operation["responses"].items():
            for media_type, media in resolve(SPEC, response).get("content", {}).items():
                name = media["schema"].get("$ref", "").rsplit("/", 1)[-1]
                examples = [media["example"]] if "example" in media else []
                examples += [example["value"] for example in media.get("examples", {}).values()]
                for index, example in enumerate(examples):
                    key = (str(code), media_type, name, json.dumps(example, sort_keys=True))
                    if key in seen:
                        continue
                    seen.add(key)
                    label = f"{operation['operationId']}-{code}-{media_type}-{index}"
                    found.append(pytest.param(str(code), media_type, name, example, id=label))
    return found


EXAMPLES = _examples()


def test_there_are_examples_of_every_kind() -> None:
    codes = {param.values[0] for param in EXAMPLES}
    assert {"200", "201", "401", "404", "422", "429", "5XX"} <= codes


@pytest.mark.parametrize(("code", "media_type", "schema_name", "example"), EXAMPLES)
def test_example_parses_with_its_model(code: str, media_type: str, schema_name: str, example: Any) -> None:
    if media_type != "application/json":
        assert isinstance(example, str)
        return
    model = getattr(iranpayamak_api.models, schema_name)
    parsed = model.from_dict(example)
    assert model.from_dict(parsed.to_dict()).to_dict() == parsed.to_dict()


@pytest.mark.parametrize(("code", "media_type", "schema_name", "example"), EXAMPLES)
def test_error_example_becomes_its_error_class(code: str, media_type: str, schema_name: str, example: Any) -> None:
    if code.startswith("2"):
        return
    status = 500 if code == "5XX" else int(code)
    content = httpx.Response(status, json=example).content if media_type == "application/json" else example.encode()
    error = errors.error_from_response(Response(status_code=status, content=content, headers={}, parsed=None))
    assert isinstance(error, EXPECTED_ERRORS[code])
    assert error.message
