"""Comparing two reports of the same corpus: each metric's difference (B - A) with a
paired bootstrap interval over the articles both reports scored, and the articles whose
position F1 moved most. Pairing matters: on five articles the unpaired intervals of two
runs overlap almost always, while the paired difference can still be clear."""

from __future__ import annotations

from typing import Any

import numpy as np

from summarize.errors import InputError
from summarize.scoring.metrics import (
    BOOTSTRAP_RESAMPLES,
    COUNT_KEYS,
    RATIOS,
    bootstrap_indices,
    counts_table,
    interval,
    metric_columns,
    rounded,
    set_path,
)


def compare_reports(
    a: dict[str, Any], b: dict[str, Any], *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0, top: int = 5
) -> dict[str, Any]:
    try:
        rows_a = {r["article_id"]: r for r in a["per_article"]}
        rows_b = {r["article_id"]: r for r in b["per_article"]}
    except (KeyError, TypeError):
        raise InputError("both files must be JSON reports written by `summarize eval score --json`") from None
    for name, rows in (("A", rows_a), ("B", rows_b)):
        if any(set(COUNT_KEYS) - set(row.get("counts", {})) for row in rows.values()):
            raise InputError(f"report {name} lacks per-article counts (written by an older version?): score it again")
    shared = sorted(rows_a.keys() & rows_b.keys())
    if not shared:
        raise InputError("the two reports have no article in common")
    table_a = counts_table([rows_a[i]["counts"] for i in shared])
    table_b = counts_table([rows_b[i]["counts"] for i in shared])
    value_a, value_b = metric_columns(table_a.sum(axis=0)), metric_columns(table_b.sum(axis=0))
    idx = bootstrap_indices(len(shared), resamples, seed)
    boot_a, boot_b = metric_columns(table_a[idx].sum(axis=1)), metric_columns(table_b[idx].sum(axis=1))

    result: dict[str, Any] = {"articles": len(shared),
                              "only_in_a": sorted(rows_a.keys() - rows_b.keys()),
                              "only_in_b": sorted(rows_b.keys() - rows_a.keys())}
    for path, _, _ in RATIOS:
        set_path(result, f"metrics.{path}", {
            "a": rounded(value_a[path]),
            "b": rounded(value_b[path]),
            "diff": rounded(value_b[path] - value_a[path]),
            "ci95": interval(boot_b[path] - boot_a[path]),
        })
    per_a = metric_columns(table_a)["position.f1"]
    per_b = metric_columns(table_b)["position.f1"]
    change = np.nan_to_num(np.abs(per_b - per_a), nan=0.0)
    order = np.argsort(-change, kind="stable")[:top]
    result["most_changed"] = [
        {"article_id": shared[i], "position.f1": {"a": rounded(per_a[i]), "b": rounded(per_b[i])}}
        for i in order if change[i] > 0
    ]
    return result
