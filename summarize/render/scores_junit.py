"""Score reports as JUnit XML: one test case per article, failing when the article has
errors, so CI systems that display JUnit show which articles regressed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from xml.etree import ElementTree as ET

from summarize.render.terminal import fmt


def scores_junit(report: dict[str, Any], suite: str = "summarize-eval") -> str:
    errors_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for error in report["errors"]:
        errors_by_article[error["article_id"]].append(error)
    rows = report["per_article"]
    failing = [r for r in rows if r["failed"] or errors_by_article[r["article_id"]]]
    root = ET.Element("testsuite", name=suite, tests=str(len(rows)), failures=str(len(failing)), errors="0")
    for row in rows:
        case = ET.SubElement(root, "testcase", classname=suite, name=row["article_id"])
        errors = errors_by_article[row["article_id"]]
        if row["failed"]:
            ET.SubElement(case, "failure", message="the model's output never validated")
        elif errors:
            kinds = sorted({e["kind"] for e in errors})
            failure = ET.SubElement(case, "failure",
                                    message=f"position F1 {fmt(row['metrics']['position.f1'], '.2f')}; {len(errors)} errors: {', '.join(kinds)}")
            failure.text = "\n".join(
                f"{e['kind']}: {e['speaker']} / {e['issue']}"
                + "".join(f" {k}={e[k]!r}" for k in ("gold", "predicted", "text") if k in e)
                for e in errors)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
