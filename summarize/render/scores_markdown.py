"""Score reports as GitHub-flavoured Markdown, for a pull-request comment."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from summarize.render.terminal import HEADLINE, fmt, fmt_interval, metric_node


def _cell(value: Any) -> str:
    return str(value if value is not None else "—").replace("|", "\\|").replace("\n", " ")


def scores_markdown(report: dict[str, Any], title: str = "Extraction scores") -> str:
    counts = report["counts"]
    lines = [f"## {title}", "",
             f"{counts['articles']} articles · {counts['gold']} gold positions · {counts['pred']} predicted · "
             f"{counts['tp']} correct · {counts['failed']} failed", "",
             "| metric | value | 95% interval |", "|---|---:|---:|"]
    for path in HEADLINE:
        node = metric_node(report, path)
        lines.append(f"| `{path}` | {fmt(node['value'])} | {fmt_interval(node.get('ci95'))} |")
    stances = list(report["stance_confusion"])
    lines += ["", "### Stance confusion (rows: gold, columns: predicted)", "",
              "| gold \\ predicted | " + " | ".join(stances) + " |", "|---|" + "---:|" * len(stances)]
    for gold, row in report["stance_confusion"].items():
        lines.append(f"| {gold} | " + " | ".join(str(row[p]) for p in stances) + " |")
    lines += ["", "### Per article", "", "| article | position F1 | gold | predicted | correct | errors |",
              "|---|---:|---:|---:|---:|---:|"]
    for row in report["per_article"]:
        c = row["counts"]
        failed = " (failed)" if row["failed"] else ""
        lines.append(f"| `{row['article_id']}`{failed} | {fmt(row['metrics']['position.f1'], '.2f')} | {c['gold']} | "
                     f"{c['pred']} | {c['tp']} | {row['errors']} |")
    if report.get("by_rule"):
        lines += ["", "### Per rule", "", "| rule | articles | gold | predicted | correct | precision | recall | F1 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for rule, r in report["by_rule"].items():
            lines.append(f"| {rule} | {r['articles']} | {r['gold']} | {r['pred']} | {r['tp']} | "
                         f"{fmt(r['position.precision'], '.2f')} | {fmt(r['position.recall'], '.2f')} | "
                         f"{fmt(r['position.f1'], '.2f')} |")
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for error in report["errors"]:
        by_kind[error["kind"]].append(error)
    if by_kind:
        lines += ["", "### Errors", ""]
        for kind in sorted(by_kind):
            lines.append(f"<details><summary>{kind} ({len(by_kind[kind])})</summary>\n")
            lines.append("| article | speaker | issue | detail |")
            lines.append("|---|---|---|---|")
            for e in by_kind[kind]:
                detail = e.get("text") or " → ".join(_cell(e.get(k)) for k in ("gold", "predicted") if k in e)
                lines.append(f"| `{e['article_id']}` | {_cell(e['speaker'])} | `{e['issue']}` | {_cell(detail)} |")
            lines.append("\n</details>")
    return "\n".join(lines) + "\n"
