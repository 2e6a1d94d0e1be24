"""The regeneration loop of issue 18: edit a copy of the spec as a real API change would, regenerate into a
temporary folder, and read the change report that ``scripts/regenerate`` writes.

One regeneration serves all the edits (each touches its own operation or schema), so the loop costs one
run of the generator, not one per edit; the report must still class every edit on its own.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

Edit = tuple[str, bool, str, str]  # (layer, breaking, subject, what) as the Markdown report lists them


def _edit(spec: dict[str, Any]) -> dict[str, Any]:
    edited = copy.deepcopy(spec)
    paths, schemas = edited["paths"], edited["components"]["schemas"]
    # Add an operation: a second balance read.
    balance = copy.deepcopy(paths["/ws/v1/account/balance"])
    balance["get"].update(operationId="get_balance_v2", **{"x-iranpayamak-method": "account.balance_v2"})
    paths["/ws/v1/account/balance-v2"] = balance
    # Remove one.
    del paths["/ws/v1/ticket/closed"]
    # Make a field required.
    schemas["WalletChargeRequest"]["required"].append("redirectUrl")
    # Rename a field.
    ticket = schemas["TicketCreateRequest"]
    ticket["properties"] = {("topic" if k == "subject" else k): v for k, v in ticket["properties"].items()}
    ticket["required"] = ["topic" if k == "subject" else k for k in ticket["required"]]
    for item in paths.values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == "create_ticket":
                for content in operation["requestBody"]["content"].values():
                    example = content["example"]
                    content["example"] = {("topic" if k == "subject" else k): v for k, v in example.items()}
    # Change a type.
    schemas["WalletChargeRequest"]["properties"]["amount"] = {"type": "string", "description": "Amount, as text."}
    # Add an enum value, to a status the service answers with.
    schemas["DeliveryStatus"]["enum"].append("vanished")
    # Add an optional field to an answer.
    schemas["Balance"]["properties"]["currency"] = {"type": "string", "description": "Unit of the amounts."}
    return edited


EXPECTED: list[Edit] = [
    ("spec", False, "get_balance_v2", "operation added (GET /ws/v1/account/balance-v2)"),
    ("iranpayamak_api", False, "iranpayamak_api.api.account.get_balance_v2", "added"),
    ("iranpayamak", False, "IranPayamak.account.balance_v2", "added"),
    ("iranpayamak", False, "AsyncIranPayamak.account.balance_v2", "added"),
    ("spec", True, "close_ticket", "operation removed (POST /ws/v1/ticket/closed)"),
    ("iranpayamak_api", True, "iranpayamak_api.api.tickets.close_ticket", "removed"),
    ("iranpayamak", True, "IranPayamak.tickets.close", "removed"),
    ("spec", True, "charge_wallet: body field redirectUrl", "now required"),
    (
        "iranpayamak_api",
        True,
        "iranpayamak_api.models.wallet_charge_request.WalletChargeRequest.__init__",
        "parameter 'redirect_url' is now required",
    ),
    ("spec", True, "create_ticket: body field subject", "renamed to 'topic'"),
    ("iranpayamak", True, "IranPayamak.tickets.create", "parameter 'subject' renamed to 'topic'"),
    ("spec", True, "charge_wallet: body field amount", "type integer -> string"),
    ("iranpayamak", True, "IranPayamak.account.charge_wallet", "parameter 'amount' type int -> str"),
    ("spec", False, "list_send_request_items: result field status", "enum value(s) added: vanished"),
    ("iranpayamak_api", False, "iranpayamak_api.models.delivery_status.DeliveryStatus.VANISHED", "added"),
    ("spec", False, "get_balance: result field currency", "added (optional)"),
    ("iranpayamak_api", False, "iranpayamak_api.models.balance.Balance.currency", "added"),
]


def _read_report(markdown: str) -> list[Edit]:
    titles = {
        "The web service (spec/iranpayamak.openapi.yaml)": "spec",
        "The low-level client (iranpayamak_api)": "iranpayamak_api",
        "The client (iranpayamak)": "iranpayamak",
    }
    found, breaking, layer = [], False, ""
    for line in markdown.splitlines():
        if line.startswith("### "):
            breaking = line == "### Breaking"
        elif line.startswith("#### "):
            layer = titles[line[5:]]
        elif line.startswith("- `"):
            subject, _, what = line[3:].partition("`: ")
            found.append((layer, breaking, subject, what))
    return found


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Edit], str]]:
    tmp = tmp_path_factory.mktemp("loop")
    spec = yaml.safe_load((ROOT / "spec" / "iranpayamak.openapi.yaml").read_text(encoding="utf-8"))
    edited = tmp / "iranpayamak.openapi.yaml"
    edited.write_text(yaml.safe_dump(_edit(spec), allow_unicode=True, sort_keys=False), encoding="utf-8")
    out, report = tmp / "out", tmp / "report.md"
    result = subprocess.run(
        [
            sys.executable, "-m", "generator.regenerate", "--spec", str(edited),
            "--output", str(out / "iranpayamak_api"), "--resources-output", str(out / "_generated"),
            "--since", str(ROOT), "--report", str(report), "--reference-output", str(tmp / "api.md"),
        ],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    markdown = report.read_text(encoding="utf-8")
    yield out, _read_report(markdown), result.stdout


@pytest.mark.parametrize("edit", EXPECTED, ids=lambda edit: f"{edit[2]}: {edit[3]}")
def test_the_report_classes_each_edit(loop: tuple[Path, list[Edit], str], edit: Edit) -> None:
    _, found, _ = loop
    same_subject = [entry for entry in found if entry[:1] + entry[2:3] == edit[:1] + edit[2:3]]
    assert edit in found, f"{edit} not in the report; for that subject it lists {same_subject}"


def test_regenerate_prints_the_report(loop: tuple[Path, list[Edit], str]) -> None:
    _, found, stdout = loop
    breaking = sum(entry[1] for entry in found)
    assert f"Change report against {ROOT}: {breaking} breaking, {len(found) - breaking} compatible." in stdout
    assert "  BREAKING    close_ticket: operation removed (POST /ws/v1/ticket/closed)" in stdout


def test_compatible_edits_only_add(loop: tuple[Path, list[Edit], str]) -> None:
    """Additions (an operation, an enum value, an optional answer field) never count as breaking."""
    _, found, _ = loop
    for layer, breaking, subject, what in found:
        if any(name in subject for name in ("balance_v2", "get_balance_v2", "VANISHED", "currency")):
            assert not breaking, (layer, subject, what)


# Bodies of the two answers whose schemas the edits changed compatibly, before and after.
_OLD_ITEM = {"mobile": "09120000000", "status": "delivered"}
_NEW_ITEM = {"mobile": "09120000000", "status": "vanished"}
_OLD_BALANCE = {"balanceAmount": 5000, "balanceCount": 25}
_NEW_BALANCE = {"balanceAmount": 5000, "balanceCount": 25, "currency": "toman"}

_PARSE = """
import json, sys
from iranpayamak_api.models import Balance, DeliveryStatus, SendRequestItem
bodies = json.loads(sys.argv[1])
print(json.dumps({
    "statuses": [str(DeliveryStatus(item["status"])) for item in bodies["items"]],
    "items": [SendRequestItem.from_dict(item).to_dict() for item in bodies["items"]],
    "balances": [Balance.from_dict(balance).to_dict() for balance in bodies["balances"]],
}))
"""


def _parse_with(package_parent: Path | None) -> dict[str, Any]:
    bodies = {"items": [_OLD_ITEM, _NEW_ITEM], "balances": [_OLD_BALANCE, _NEW_BALANCE]}
    env = dict(os.environ)
    if package_parent is not None:
        # Put the regenerated package ahead of the installed one.
        env["PYTHONPATH"] = os.pathsep.join([str(package_parent), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", _PARSE, json.dumps(bodies)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


@pytest.mark.parametrize("models", ["old", "new"])
def test_tolerant_models_parse_old_and_new_bodies(loop: tuple[Path, list[Edit], str], models: str) -> None:
    out, _, _ = loop
    parsed = _parse_with(None if models == "old" else out)
    assert parsed["statuses"] == ["delivered", "vanished"]
    assert parsed["items"] == [_OLD_ITEM, _NEW_ITEM]
    assert parsed["balances"] == [_OLD_BALANCE, _NEW_BALANCE]
