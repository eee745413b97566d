"""The one on-disk cache of model answers (diskcache: safe across threads and processes).

A key hashes everything that changes what the model would write: provider, endpoint
and model, prompt version (templates + schema), codebook, the exact chunk text and
the generation parameters. It never includes the API key, and values are the
validated model output as JSON text: readable, and free of anything secret.
The key carries a format tag so that a change of stored format is a clean miss.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

KEY_FORMAT = "summarize-cache-v1"


def default_cache_dir() -> Path:
    override = os.environ.get("SUMMARIZE_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("summarize")) / "responses"


def cache_key(parts: Mapping[str, Any]) -> str:
    """A stable hash of the key parts (dict order does not matter)."""
    payload = json.dumps({"format": KEY_FORMAT, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class CacheStats:
    directory: Path
    entries: int
    size_bytes: int


class ResponseCache:
    """Model answers by key. `enabled=False` reads nothing and writes nothing (--no-cache)."""

    def __init__(self, directory: str | Path | None = None, *, enabled: bool = True) -> None:
        self.directory = Path(directory) if directory else default_cache_dir()
        self.enabled = enabled
        self._store: Any = None

    def _open(self) -> Any:
        # Opened on first use, so commands that never touch the cache never create it.
        if self._store is None:
            import diskcache

            # Answers can quote private articles: only the owner may read them.
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.directory.chmod(0o700)
            self._store = diskcache.Cache(str(self.directory))
        return self._store

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        raw = self._open().get(key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            return None  # a foreign or damaged entry is a miss, never a crash
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: Mapping[str, Any]) -> None:
        if self.enabled:
            self._open().set(key, json.dumps(value, ensure_ascii=False))

    def stats(self) -> CacheStats:
        store = self._open()
        return CacheStats(self.directory, len(store), int(store.volume()))

    def clear(self) -> int:
        return int(self._open().clear())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
