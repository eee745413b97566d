"""Score reports as a compact rich table."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

HEADLINE = ("position.precision", "position.recall", "position.f1", "speaker_issue.f1",
            "fields.stance_accuracy", "fields.party_accuracy", "fields.date_accuracy",
            "fields.date_year_accuracy", "fields.hedges_f1", "fields.evidence_hit_rate",
            "fields.position_similarity", "grounding_rate", "schema_failure_rate")


def fmt(value: float | None, spec: str = ".3f") -> str:
    return "n/a" if value is None else format(value, spec)


def fmt_interval(ci: list[float] | None, spec: str = ".2f") -> str:
    return "" if ci is None else f"[{format(ci[0], spec)}, {format(ci[1], spec)}]"


def metric_node(report: dict[str, Any], path: str) -> Any:
    node: Any = report
    for part in path.split("."):
        node = node[part]
    return node


def print_scores(report: dict[str, Any], console: Console | None = None) -> None:
    counts = report["counts"]
    table = Table(title=f"{counts['articles']} articles: {counts['gold']} gold positions, "
                        f"{counts['pred']} predicted, {counts['tp']} correct")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("95% interval", justify="right")
    for path in HEADLINE:
        node = metric_node(report, path)
        table.add_row(path, fmt(node["value"]), fmt_interval(node.get("ci95")))
    (console or Console()).print(table)


def print_comparison(result: dict[str, Any], console: Console | None = None) -> None:
    table = Table(title=f"B - A over {result['articles']} shared articles (paired bootstrap)")
    for name, justify in (("metric", "left"), ("A", "right"), ("B", "right"), ("B - A", "right"), ("95% interval", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for path in HEADLINE:
        node = metric_node(result["metrics"], path)
        table.add_row(path, fmt(node["a"]), fmt(node["b"]), fmt(node["diff"], "+.3f"), fmt_interval(node["ci95"], "+.2f"))
    console = console or Console()
    console.print(table)
    for row in result["most_changed"]:
        f1 = row["position.f1"]
        console.print(f"  {row['article_id']}: position F1 {fmt(f1['a'], '.2f')} -> {fmt(f1['b'], '.2f')}")
