"""``import iranpayamak_api`` is cheap: models and operations load on first use, yet stay visible to tools."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import mypy.api

import iranpayamak_api
import iranpayamak_api.models


def _loaded_after(code: str) -> list[str]:
    """The iranpayamak_api and httpx modules loaded by running ``code`` in a fresh interpreter."""
    script = code + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"iranpayamak_api", "httpx"})))
        """
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    loaded: list[str] = json.loads(output)
    return loaded


def test_importing_the_package_loads_no_model_operation_or_http_library() -> None:
    # Only the package and its lazy-import helper.
    assert _loaded_after("import iranpayamak_api") == ["iranpayamak_api", "iranpayamak_api._lazy"]


def test_importing_the_models_package_loads_no_model() -> None:
    assert _loaded_after("import iranpayamak_api.models") == [
        "iranpayamak_api",
        "iranpayamak_api._lazy",
        "iranpayamak_api.models",
    ]


def test_one_model_loads_only_what_it_needs() -> None:
    loaded = _loaded_after("from iranpayamak_api.models import InboxMessage")
    models = [name for name in loaded if name.startswith("iranpayamak_api.models.")]
    assert models == ["iranpayamak_api.models.inbox_message"]


def test_subpackages_are_reachable_as_attributes_after_a_bare_import() -> None:
    loaded = _loaded_after(
        "import iranpayamak_api\nassert iranpayamak_api.models.InboxMessage.__name__ == 'InboxMessage'"
    )
    assert "iranpayamak_api.models.inbox_message" in loaded


def test_every_exported_name_resolves_and_is_listed_for_completion() -> None:
    for name in iranpayamak_api.models.__all__:
        assert getattr(iranpayamak_api.models, name).__name__ == name
    assert set(iranpayamak_api.models.__all__) <= set(dir(iranpayamak_api.models))
    for name in iranpayamak_api.__all__:
        assert getattr(iranpayamak_api, name) is not None
    assert "Client" in dir(iranpayamak_api)


def test_unknown_names_raise_attribute_error() -> None:
    assert not hasattr(iranpayamak_api.models, "NoSuchModel")
    assert not hasattr(iranpayamak_api, "no_such_name")


def test_type_checkers_see_the_lazily_loaded_names(tmp_path: Path) -> None:
    snippet = tmp_path / "usage.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from iranpayamak_api import Client, errors
            from iranpayamak_api.models import IdResult, InboxMessage

            def sent_id(result: IdResult) -> int:
                return result.data

            def sender(message: InboxMessage) -> str:
                return message.from_

            client: Client = Client(api_key="k")
            error: type[errors.APIError] = errors.RateLimitError
            wrong: str = IdResult.from_dict({}).data
            """
        ),
        encoding="utf-8",
    )
    stdout, _, status = mypy.api.run(["--strict", "--no-incremental", str(snippet)])
    # The one deliberate mistake is found, which proves the names are typed rather than Any.
    assert status == 1, stdout
    assert 'Incompatible types in assignment (expression has type "int", variable has type "str")' in stdout
    assert stdout.count("error:") == 1, stdout
