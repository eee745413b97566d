"""Articles from files: plain text or Markdown as they are, saved HTML pages through
`html.read_page`.

A file inside a corpus folder (`<corpus>/articles/<id>.txt`) picks up
`<corpus>/meta/<id>.json` (title, outlet, url, published), which wins over what a saved
page says about itself: the corpus's metadata was checked by a person. The article id
is the file's stem, known before the file is read, so a resumed run skips it unread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article, decode_bytes
from summarize.errors import InputError
from summarize.ingest.html import looks_like_html, read_page


@dataclass(frozen=True, slots=True)
class FileSource:
    """An article file, read when the pipeline gets to it."""

    path: Path

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def article_id(self) -> str:
        return self.path.stem

    def load(self, *, published: str | None = None, encoding: str | None = None,
             max_chars: int = DEFAULT_MAX_CHARS) -> Article:
        return load_article(self.path, published=published, encoding=encoding, max_chars=max_chars)


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an `InputError` naming it (missing, a folder, unreadable)."""
    if not path.exists():
        raise InputError("no such file", source=path)
    if path.is_dir():
        raise InputError("is a folder, not a file", source=path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=path) from None


def _read_meta(path: Path, article_id: str) -> dict[str, Any]:
    candidates = [path.parent / "meta" / f"{article_id}.json"]
    if path.parent.name == "articles":
        candidates.insert(0, path.parent.parent / "meta" / f"{article_id}.json")
    for meta_path in candidates:
        if meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"metadata is not valid JSON: {exc}", source=meta_path) from None
            if not isinstance(meta, dict):
                raise InputError("metadata must be a JSON object", source=meta_path)
            return meta
    return {}


def load_article(
    path: str | Path,
    *,
    published: str | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Read and check one article file (a saved HTML page is reduced to its article
    text and metadata); raises `InputError` with the file's name."""
    path = Path(path)
    text = decode_bytes(read_bytes(path), source=path, encoding=encoding)
    meta = _read_meta(path, path.stem)
    if looks_like_html(text):
        page = read_page(text, source=path)
        text, meta = page.text, {**page.meta(), **meta}
    return build_article(text, article_id=path.stem, path=path, meta=meta, published=published, max_chars=max_chars)
