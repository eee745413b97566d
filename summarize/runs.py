"""A corpus run's output directory: one record per article, each written whole or not at
all, and a manifest (`_run.json`) kept current as the run goes.

A run killed at any point (SIGKILL included) and started again skips every article
whose record is already there for the same model and strategy; the others hit the
response cache for every answer that was received before the kill. A record is written
to a temporary file in the same directory and renamed over its final name, so a reader
never sees half a record. Article ids become file names only after sanitizing: an
article cannot make the tool write outside the directory.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from summarize.records import ArticleSummary

MANIFEST = "_run.json"
_UNSAFE = re.compile(r"[^\w.-]+")


def safe_id(article_id: str) -> str:
    """`article_id` as a file name: no separators, no leading dot, bounded length."""
    name = _UNSAFE.sub("_", article_id).lstrip(".")[:150]
    return name or "article"


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so that `path` holds either the old content or all of the new."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class RunDirectory:
    """Records of one run in `out/<article id>.json`, and its manifest."""

    def __init__(self, out: Path, *, model: str, strategy: str, total: int, position_language: str = "en") -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.model = model
        self.strategy = strategy
        self.position_language = position_language
        previous = self._read(out / MANIFEST) or {}
        same_run = (previous.get("model") == model and previous.get("strategy") == strategy
                    and previous.get("position_language", "en") == position_language)
        self.manifest: dict[str, Any] = {
            "model": model,
            "strategy": strategy,
            "position_language": position_language,
            "started": previous.get("started") if same_run else _now(),
            "updated": _now(),
            "prompt_versions": previous.get("prompt_versions", []) if same_run else [],
            "counts": {"total": total, "extracted": 0, "resumed": 0, "failed": 0},
            "failures": {},
            "requests": {},
        }

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def record_path(self, article_id: str) -> Path:
        return self.out / f"{safe_id(article_id)}.json"

    def has_record(self, article_id: str) -> bool:
        """Whether a complete record of this article by this model and strategy, with its
        positions in this language, is there."""
        record = self._read(self.record_path(article_id))
        return (record is not None and record.get("model") == self.model and record.get("strategy") == self.strategy
                and record.get("position_language", "en") == self.position_language)

    def write(self, summary: ArticleSummary, source: str) -> Path:
        path = self.record_path(summary.article_id)
        atomic_write(path, summary.model_dump_json(indent=2) + "\n")
        versions = self.manifest["prompt_versions"]
        if summary.prompt_version not in versions:
            versions.append(summary.prompt_version)
        self.manifest["counts"]["extracted"] += 1
        self.manifest["failures"].pop(source, None)
        return path

    def resumed(self, count: int) -> None:
        self.manifest["counts"]["resumed"] += count

    def failed(self, source: str, reason: str) -> None:
        self.manifest["counts"]["failed"] += 1
        self.manifest["failures"][source] = reason

    def save(self, requests: dict[str, Any] | None = None) -> None:
        """Write the manifest as it stands (atomically, like the records)."""
        self.manifest["updated"] = _now()
        if requests is not None:
            self.manifest["requests"] = requests
        atomic_write(self.out / MANIFEST, json.dumps(self.manifest, indent=2, ensure_ascii=False) + "\n")
