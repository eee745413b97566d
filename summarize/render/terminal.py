"""Score reports as a compact rich table."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

HEADLINE = ("position.precision", "position.recall", "position.f1", "speaker_issue.f1",
            "fields.stance_accuracy", "fields.party_accuracy", "fields.date_accuracy",
            "fields.date_year_accuracy", "fields.hedges_f1", "fields.evidence_hit_rate",
            "fields.position_similarity", "grounding_rate", "schema_failure_rate")


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
        lo, hi = node.get("ci95", [None, None])
        table.add_row(path, f"{node['value']:.3f}", f"[{lo:.2f}, {hi:.2f}]" if lo is not None else "")
    (console or Console()).print(table)


def print_comparison(result: dict[str, Any], console: Console | None = None) -> None:
    table = Table(title=f"B - A over {result['articles']} shared articles (paired bootstrap)")
    for name, justify in (("metric", "left"), ("A", "right"), ("B", "right"), ("B - A", "right"), ("95% interval", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for path in HEADLINE:
        node = metric_node(result["metrics"], path)
        lo, hi = node["ci95"]
        table.add_row(path, f"{node['a']:.3f}", f"{node['b']:.3f}", f"{node['diff']:+.3f}", f"[{lo:+.2f}, {hi:+.2f}]")
    console = console or Console()
    console.print(table)
    for row in result["most_changed"]:
        f1 = row["position.f1"]
        console.print(f"  {row['article_id']}: position F1 {f1['a']:.2f} -> {f1['b']:.2f}")
