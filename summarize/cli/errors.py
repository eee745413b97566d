"""Where library errors become a one-line message on stderr and an exit code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from summarize.errors import SummarizeError

T = TypeVar("T")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(message: str) -> None:
    stderr.print(f"[bold red]error:[/] {escape(message)}")


def report_warning(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(message)}")


class WarningPrinter(logging.Handler):
    """The package's own logged warnings (a cache that cannot be used), printed as the
    CLI prints its others."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            report_warning(record.getMessage())
        except Exception:  # a warning that cannot be printed must not end the work it warns about
            self.handleError(record)


def run_guarded(action: Callable[[], T]) -> T:
    """Run a command body; a SummarizeError ends it with its own exit code."""
    try:
        return action()
    except SummarizeError as exc:
        report_error(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        report_error("interrupted")
        raise typer.Exit(130) from None
