from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarize.cache import ResponseCache
from summarize.config import ModelConfig, resolve_config
from tests.openai_server import FakeOpenAI, Reply, extraction_responder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "corpus" / "france-nato"
ARTICLE_000 = CORPUS / "articles" / "000_4f65af8bd44526b5.txt"
SECRET_KEY = "sk-test-SECRET-0123456789abcdef"


def write_corpus(tmp_path: Path, count: int) -> list[Path]:
    """`count` article files that differ only in their first line, in tmp_path/articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = ARTICLE_000.read_text(encoding="utf-8")
    files = []
    for i in range(count):
        path = folder / f"a{i:02d}.txt"
        path.write_text(f"Article {i}.\n\n{text}", encoding="utf-8")
        files.append(path)
    return files


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300,
            fresh: bool = False) -> subprocess.CompletedProcess[str]:
    """The console script in a new process, as a user runs it (plain output, wide lines).
    `fresh`: none of the caller's OPENAI_* or SUMMARIZE_* settings, as in a new shell,
    so that only `env` configures the run (no API key unless the test gives one)."""
    inherited = {k: v for k, v in os.environ.items()
                 if not (fresh and k.startswith(("OPENAI_", "SUMMARIZE_")))}
    full_env = {**inherited, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run([sys.executable, "-m", "summarize.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI().start()
    yield fake
    fake.stop()


def damaged_cache(folder: Path) -> Path:
    """A real answer cache whose database pages are overwritten after the file header, so
    that sqlite opens it and then fails: "database disk image is malformed"."""
    store = ResponseCache(folder)
    store.set("an earlier answer", {"answer": {}})
    store.close()
    database = folder / "cache.db"
    size = database.stat().st_size
    with database.open("r+b") as f:
        f.seek(100)
        f.write(b"\x07" * (size - 100))
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> ResponseCache:
    return ResponseCache(tmp_path / "cache")


def remote_config(server: FakeOpenAI, **overrides: Any) -> ModelConfig:
    """A config pointing at the fake server, with short waits so fault tests are quick."""
    config = resolve_config("test-model", base_url=server.base_url, api_key=SECRET_KEY, env={})
    defaults: dict[str, Any] = {"retry_initial_wait": 0.01, "max_wait": 5.0, "timeout": 5.0}
    return config.with_overrides(**{**defaults, **overrides})


def extraction_json(positions: list[dict[str, Any]] | None = None, summary: str = "A test summary.") -> str:
    return json.dumps({"summary": summary, "positions": positions or []})


def position(speaker: str, issue: str, evidence: list[str], **fields: Any) -> dict[str, Any]:
    return {"speaker": speaker, "party": None, "role": None, "issue": issue, "stance": "support",
            "position": f"{speaker} supports {issue}.", "hedges": [], "date": None, "date_text": None,
            "evidence": evidence, **fields}


def article_in_request(request: dict[str, Any]) -> str:
    """The article text the pipeline put in the delimited slot of the user message."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    match = re.search(r"<article>\n(.*)\n</article>", user, re.DOTALL)
    assert match, "the article must sit in one delimited <article> slot"
    return match.group(1)


def decomposed_responder(request: dict[str, Any]) -> Reply:
    """A model answering the decomposed strategy's questions: `leave_nato` for every
    sentence naming NATO; "support" for it, except where the sentence says "admit Ukraine",
    which both stance readings call "not stated" (so that issue is dropped after the
    last of the four steps)."""
    question = request["messages"][-1]["content"]
    passage = re.search(r"<article>\n(.*)\n</article>", question, re.DOTALL)[1]
    stated = "admit Ukraine" not in passage
    if QUESTION["view"] in question:
        return Reply(content=json.dumps({"view": "He wants France out of NATO."}))
    if QUESTION["judge"] in question:
        return Reply(content=json.dumps({"stance": "support" if stated else "not stated"}))
    if QUESTION["stance"] in question:
        return Reply(content=json.dumps({"view": "He wants France out of NATO.",
                                         "stance": "support" if stated else "not stated"}))
    return Reply(content=json.dumps({"issues": ["leave_nato"] if "NATO" in passage else []}))


# Words that tell the decomposed strategy's questions apart (prompts/*_user.j2).
QUESTION = {"view": "wants, rejects or holds", "judge": "agree with the statement?",
            "stance": "stance toward the statement"}


def quoting_responder(issue: str = "leave_nato") -> Any:
    """A model that reports one position quoting the first sentence of what it was sent."""
    return functools.partial(extraction_responder, issue=issue)
