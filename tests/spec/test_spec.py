"""The spec describes the service's 63 operations completely and consistently.

Spectral (run by scripts/test) checks style rules; these tests check what the rest of the project
relies on: the operation set, names, security, the one success response per operation, and examples
that match their schemas.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.spec.schema_check import errors, operations, resolve

SEED = Path(__file__).resolve().parent.parent / "data" / "seed_operations.txt"
SECTIONS = {"sms", "patterns", "reports", "phonebook", "account", "tickets", "reference", "panel"}
PUBLIC_OPERATIONS = {("POST", "/ws/v1/auth/register")}
# The operations whose pages declare a panel token (bearer) and nothing else.
BEARER_DOCUMENTED = {
    "create_lbs_request",
    "list_lbs_requests",
    "update_lbs_request",
    "get_lbs_request",
    "cancel_lbs_request",
    "pay_order",
    "list_lines",
    "logout",
}


def _seed() -> dict[tuple[str, str], str]:
    rows = {}
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            method, path, source = line.split()
            rows[(method, path)] = source
    return rows


def test_seed_lists_63_operations() -> None:
    assert len(_seed()) == 63


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operations_are_exactly_the_seed_list(spec: dict[str, Any]) -> None:
    described = {(method, path) for method, path, _ in operations(spec)}
    seed = set(_seed())
    assert sorted(seed - described) == [], "operations of the seed list missing from the spec"
    assert sorted(described - seed) == [], "operations in the spec that the seed list does not have"


def test_each_operation_says_whether_it_is_documented_or_inferred(spec: dict[str, Any]) -> None:
    seed = _seed()
    wrong = {
        f"{method} {path}": (operation.get("x-iranpayamak-source"), seed[(method, path)])
        for method, path, operation in operations(spec)
        if operation.get("x-iranpayamak-source") != seed[(method, path)]
    }
    assert wrong == {}


def test_operation_ids_are_unique_snake_case(spec: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", i)] == []


def test_each_operation_has_its_own_method_in_the_ergonomic_client(spec: dict[str, Any]) -> None:
    methods = [operation["x-iranpayamak-method"] for _, _, operation in operations(spec)]
    assert len(methods) == len(set(methods)) == 63


def test_each_operation_has_one_known_tag_a_summary_and_a_description(spec: dict[str, Any]) -> None:
    for method, path, operation in operations(spec):
        assert len(operation["tags"]) == 1 and operation["tags"][0] in SECTIONS, (method, path)
        assert operation["summary"].strip() and operation["description"].strip(), (method, path)
    assert {tag["name"] for tag in spec["tags"]} == SECTIONS


def test_security_is_explicit_and_follows_the_pages(spec: dict[str, Any]) -> None:
    for method, path, operation in operations(spec):
        assert "security" in operation, (method, path)
        alternatives = [list(requirement) for requirement in operation["security"]]
        if (method, path) in PUBLIC_OPERATIONS:
            assert alternatives == [], (method, path)
        elif operation["operationId"] == "logout":
            assert alternatives == [["PanelBearer"]]  # there is no session to end without a token
        elif operation["operationId"] in BEARER_DOCUMENTED:
            # The documented scheme first (the client sends it when it has a token), the key as fallback.
            assert alternatives == [["PanelBearer"], ["ApiKeyAuth"]], operation["operationId"]
        else:
            assert alternatives == [["ApiKeyAuth"]], (method, path)


def test_each_operation_has_exactly_one_success_response(spec: dict[str, Any]) -> None:
    # The generated client returns the one 2xx model; a second one would be silently ignored.
    for method, path, operation in operations(spec):
        successes = [code for code in operation["responses"] if str(code).startswith("2")]
        assert len(successes) == 1, (method, path, successes)


def test_each_operation_documents_the_shared_error_responses(spec: dict[str, Any]) -> None:
    shared = {
        "401": "Unauthorized",
        "422": "ValidationFailed",
        "429": "TooManyRequests",
        "5XX": "ServerError",
    }
    for method, path, operation in operations(spec):
        for code, name in shared.items():
            assert operation["responses"][code] == {"$ref": f"#/components/responses/{name}"}, (method, path, code)


def test_rate_limit_response_documents_retry_after(spec: dict[str, Any]) -> None:
    assert "Retry-After" in spec["components"]["responses"]["TooManyRequests"]["headers"]


def _success(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    code = next(code for code in operation["responses"] if str(code).startswith("2"))
    return resolve(spec, operation["responses"][code])


def test_each_operation_has_request_and_success_examples(spec: dict[str, Any]) -> None:
    for method, path, operation in operations(spec):
        if "requestBody" in operation:
            for media in operation["requestBody"]["content"].values():
                assert "example" in media or "examples" in media, (method, path, "request")
        for media in _success(spec, operation)["content"].values():
            assert "example" in media or "examples" in media, (method, path, "response")


def _media_examples(media: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    return found + [example["value"] for example in media.get("examples", {}).values()]


def _all_examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example in the spec."""
    found = []
    for method, path, operation in operations(spec):
        where = f"{method} {path}"
        for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
            found += [(f"{where} request {media_type}", media["schema"], e) for e in _media_examples(media)]
        for code, response in operation["responses"].items():
            for media_type, media in resolve(spec, response).get("content", {}).items():
                found += [(f"{where} {code} {media_type}", media["schema"], e) for e in _media_examples(media)]
        item = spec["paths"][path]
        for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = resolve(spec, parameter)
            if "example" in parameter:
                found.append((f"{where} parameter {parameter['name']}", parameter["schema"], parameter["example"]))
    for name, schema in spec["components"]["schemas"].items():
        found += [(f"schema {name}", schema, example) for example in schema.get("examples", [])]
    return found


def test_there_are_examples_to_check(spec: dict[str, Any]) -> None:
    # Guards the next test against passing because it found nothing.
    assert len(_all_examples(spec)) > 200


def test_every_example_matches_its_schema(spec: dict[str, Any]) -> None:
    failures = {
        where: problems for where, schema, example in _all_examples(spec) if (problems := errors(spec, schema, example))
    }
    assert failures == {}


def test_mismatched_examples_are_caught(spec: dict[str, Any]) -> None:
    # The example check itself must be able to fail.
    schema = {"$ref": "#/components/schemas/IdResult"}
    assert errors(spec, schema, {"status": "success", "data": "not a number"})
    assert errors(spec, schema, {"status": "done", "data": 1})


def test_response_objects_accept_unknown_properties(spec: dict[str, Any]) -> None:
    def closed(node: Any) -> bool:
        if isinstance(node, dict):
            return node.get("additionalProperties") is False or any(closed(value) for value in node.values())
        if isinstance(node, list):
            return any(closed(value) for value in node)
        return False

    assert not closed(spec["components"]), "a schema forbids unknown properties"
    assert not closed(spec["paths"]), "a schema forbids unknown properties"


@pytest.mark.parametrize(
    "schema_name",
    ["IdResult", "InboxPageResult", "BalanceResult", "ProfileResult", "AckResult"],
)
def test_envelope_results_keep_unknown_fields(spec: dict[str, Any], schema_name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}"}
    example = {"status": "error", "future_field": {"anything": True}}
    assert not any("future_field" in problem for problem in errors(spec, schema, example))
