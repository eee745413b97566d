"""The one on-disk cache of model answers (diskcache: safe across threads and processes).

A key hashes everything that changes what the model would write: provider, endpoint
and model, prompt version (templates + schema), codebook, the exact chunk text and
the generation parameters. It never includes the API key, and values are the
validated model output as JSON text: readable, and free of anything secret.
The key carries a format tag so that a change of stored format is a clean miss.

The cache only saves work, so it never costs an answer: a store that cannot be read or
written (a damaged database file, a full disk, a lock held too long) makes a miss or an
unsaved answer, and says so once on the "summarize.cache" logger, which the CLI prints
as a warning; after that the run leaves the store alone (a held lock would otherwise
cost each request sqlite's full wait). A whole corpus run had been lost to one failed
write: "database disk image is malformed", after three runs shared the store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from summarize.errors import CacheError

KEY_FORMAT = "summarize-cache-v1"
# diskcache's database files in a cache folder, and the folders it keeps large values in
# ("13/92/..."): what `clear` deletes when the store is damaged.
STORE_FILES = ("cache.db", "cache.db-wal", "cache.db-shm")
VALUE_FOLDER = re.compile(r"[0-9a-f]{2}")
# How long a read or write waits for another run's lock on the store (seconds): diskcache's own default.
LOCK_TIMEOUT = 60.0

T = TypeVar("T")
log = logging.getLogger("summarize.cache")


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

    def __init__(self, directory: str | Path | None = None, *, enabled: bool = True,
                 lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.directory = Path(directory) if directory else default_cache_dir()
        self.enabled = enabled
        self.lock_timeout = lock_timeout
        self._fault: str | None = None  # the store's first failure: said once, then the store is left alone
        self._fault_lock = threading.Lock()  # get and set run in worker threads
        self._store: Any = None

    def _open(self) -> Any:
        # Opened on first use, so commands that never touch the cache never create it.
        if self._store is None:
            import diskcache

            # Answers can quote private articles: only the owner may read them.
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.directory.chmod(0o700)
            self._store = diskcache.Cache(str(self.directory), timeout=self.lock_timeout)
        return self._store

    def _use(self, action: Callable[[Any], T], default: T) -> T:
        """`action` on the store, or `default` where the store fails or has failed
        (module docstring)."""
        if self._fault is not None:
            return default
        try:
            return action(self._open())
        except (sqlite3.Error, OSError, _lock_timeout()) as exc:
            with self._fault_lock:
                first = self._fault is None
                self._fault = self._fault or _describe(exc)
            if first:
                log.warning("the answer cache at %s cannot be used (%s): from now on this run asks the model for "
                            "every answer and saves none; `summarize cache clear` deletes a damaged cache",
                            self.directory, self._fault)
            return default

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        raw = self._use(lambda store: store.get(key), None)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            return None  # a foreign or damaged entry is a miss, never a crash
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: Mapping[str, Any]) -> None:
        if self.enabled:
            text = json.dumps(value, ensure_ascii=False)
            self._use(lambda store: store.set(key, text), None)

    def stats(self) -> CacheStats:
        """What the store holds; asked for by name, so a damaged store is an error here."""
        try:
            store = self._open()
            return CacheStats(self.directory, len(store), int(store.volume()))
        except (sqlite3.Error, OSError, _lock_timeout()) as exc:
            raise CacheError(f"the answer cache cannot be read ({_describe(exc)}): `summarize cache clear` "
                             "deletes it", source=self.directory) from None

    def clear(self) -> int | None:
        """Delete every cached answer: their number, or None where the store was damaged
        and its files were deleted whole (its entries cannot be counted). A store that is
        only busy or out of reach (locked by another run, unreadable) is an error: never
        delete what another run is using."""
        try:
            return int(self._open().clear())
        except sqlite3.OperationalError as exc:
            raise CacheError(f"the answer cache cannot be cleared ({_describe(exc)})", source=self.directory) from None
        except sqlite3.DatabaseError:  # malformed, or not a database
            self.close()
            for name in STORE_FILES:
                (self.directory / name).unlink(missing_ok=True)
            for folder in self.directory.iterdir():
                if folder.is_dir() and VALUE_FOLDER.fullmatch(folder.name):
                    shutil.rmtree(folder)
            return None
        except (OSError, _lock_timeout()) as exc:
            raise CacheError(f"the answer cache cannot be cleared ({_describe(exc)})", source=self.directory) from None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _lock_timeout() -> type[Exception]:
    """diskcache's error for a lock held past its timeout (imported where it is needed,
    as the store is)."""
    from diskcache import Timeout

    return Timeout


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
