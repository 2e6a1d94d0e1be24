"""MkDocs hooks for the documentation site: the README is the home page, without copying it into docs/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent


def on_files(files: Files, config: Any) -> Files:
    files.append(File.generated(config, "index.md", content=(ROOT / "README.md").read_text(encoding="utf-8")))
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri == "index.md":
        # From the README, the pages are under docs/; on the site they are beside the home page.
        return re.sub(r"\]\(docs/", "](", markdown)
    return markdown
