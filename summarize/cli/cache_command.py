"""`summarize cache stats|clear`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarize.cache import ResponseCache
from summarize.cli.errors import run_guarded

cache_app = typer.Typer(help="Inspect or clear the on-disk cache of model answers.", no_args_is_help=True)

CacheDir = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache folder [default: $SUMMARIZE_CACHE_DIR, else the user cache dir]."),
]


@cache_app.command("stats")
def stats(cache_dir: CacheDir = None) -> None:
    """Where the cache is, how many answers it holds and its size."""
    result = run_guarded(ResponseCache(cache_dir).stats)
    typer.echo(f"{result.directory}\n{result.entries} entries, {result.size_bytes / 1e6:.2f} MB")


@cache_app.command("clear")
def clear(cache_dir: CacheDir = None) -> None:
    """Delete every cached model answer (a damaged cache's files, whole)."""
    cache = ResponseCache(cache_dir)
    removed = run_guarded(cache.clear)
    typer.echo(f"removed {removed} entries" if removed is not None
               else f"removed a damaged cache: {cache.directory}")
