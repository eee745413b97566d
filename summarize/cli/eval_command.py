"""`summarize eval score` and `summarize gold check`: scoring needs no model extras."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from summarize.cli.errors import report_error, run_guarded, stderr
from summarize.errors import InputError

eval_app = typer.Typer(help="Score extractions against hand-labelled gold.", no_args_is_help=True)
gold_app = typer.Typer(help="Check a corpus's gold files.", no_args_is_help=True)

HEADLINE = ("position.precision", "position.recall", "position.f1", "speaker_issue.f1",
            "fields.stance_accuracy", "fields.party_accuracy", "fields.date_accuracy",
            "fields.date_year_accuracy", "fields.hedges_f1", "fields.evidence_hit_rate",
            "fields.position_similarity", "grounding_rate", "schema_failure_rate")


def metric_value(report: dict[str, Any], path: str) -> float:
    node: Any = report
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise InputError(f"unknown metric {path!r}; try one of: {', '.join(HEADLINE)}")
        node = node[part]
    node = node.get("value") if isinstance(node, dict) else node
    if not isinstance(node, (int, float)):
        raise InputError(f"{path!r} is not a number in the report")
    return float(node)


def parse_threshold(spec: str) -> tuple[str, float]:
    path, sep, raw = spec.partition("=")
    try:
        if not sep:
            raise ValueError
        return path.strip(), float(raw)
    except ValueError:
        raise InputError(f"--fail-under takes METRIC=VALUE (e.g. position.f1=0.5), got {spec!r}") from None


def print_table(report: dict[str, Any]) -> None:
    table = Table(title=f"{report['counts']['articles']} articles, {report['counts']['gold']} gold positions, "
                        f"{report['counts']['pred']} predicted")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("95% interval", justify="right")
    for path in HEADLINE:
        node: Any = report
        for part in path.split("."):
            node = node[part]
        lo, hi = node.get("ci95", [None, None])
        interval = f"[{lo:.2f}, {hi:.2f}]" if lo is not None else ""
        table.add_row(path, f"{node['value']:.3f}", interval)
    Console().print(table)


@eval_app.command("score")
def score(
    corpus: Annotated[Path, typer.Option("--corpus", help="Corpus folder (articles/, gold/, codebook.yaml, aliases.yaml).")],
    predictions: Annotated[Path, typer.Option("--predictions", help="Folder of <article id>.json records.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the full report as JSON.")] = None,
    fail_under: Annotated[list[str] | None, typer.Option("--fail-under", help="METRIC=VALUE: exit 1 if the metric is below it (repeatable).")] = None,
) -> None:
    """Score prediction files against the gold files; calls no model."""
    from summarize.scoring.loading import load_aliases_of, load_cases
    from summarize.scoring.metrics import score_corpus

    def run() -> tuple[dict[str, Any], list[tuple[str, float]]]:
        thresholds = [parse_threshold(s) for s in fail_under or []]
        report = score_corpus(load_cases(corpus, predictions), load_aliases_of(corpus))
        report["corpus"], report["predictions"] = str(corpus), str(predictions)
        for path, _ in thresholds:
            metric_value(report, path)  # unknown metric names fail before any output
        return report, thresholds

    report, thresholds = run_guarded(run)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(report)
    below = [(p, metric_value(report, p), t) for p, t in thresholds if metric_value(report, p) < t]
    for path, value, threshold in below:
        report_error(f"{path} = {value:.4f} is below the threshold {threshold:g}")
    if below:
        raise typer.Exit(1)


@gold_app.command("check")
def check(corpus: Annotated[Path, typer.Argument(help="Corpus folder.")]) -> None:
    """Unknown issues, bad stances or dates, and quotes not found verbatim: exit 1 on any."""
    from summarize.scoring.loading import check_gold

    problems = run_guarded(lambda: check_gold(corpus))
    for problem in problems:
        report_error(problem)
    if problems:
        raise typer.Exit(1)
    stderr.print(f"{corpus}: gold files are consistent with the codebook and their articles")
