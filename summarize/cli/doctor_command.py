"""`summarize doctor`: versions, CPU, the llama.cpp build and a self-test of the local model."""

from __future__ import annotations

import typer

from summarize.cli import options
from summarize.cli.errors import run_guarded
from summarize.doctor import diagnose


def doctor(model: options.Model = None, model_path: options.ModelPath = None) -> None:
    """Check this machine: run it first when something fails, and attach its output to a bug report.

    Prints the Python, the package versions, the CPU's features, the llama.cpp build's
    CPU features and the outcome of a short self-test of the local model (the embedded
    default, or --model-path). Exits 1 when a check fails.
    """

    def run() -> None:
        report = diagnose(options.model_config(model, model_path, None, None, None, None, None))
        typer.echo(report.render())
        if not report.ok:
            raise typer.Exit(1)

    run_guarded(run)
