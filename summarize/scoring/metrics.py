"""Corpus scores: position F1, speaker-issue F1, field scores, grounding, with intervals.

Every corpus figure is a ratio of sums over articles (micro averaging), so each article
contributes a (numerator, denominator) pair per metric, and the bootstrap over articles
resamples those pairs: one vectorized pass for all metrics. A ratio whose denominator
is zero (precision with nothing predicted, stance accuracy with nothing matched) is
undefined and reported as null, not as a flattering 1.0.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from summarize.corpus import AliasTable
from summarize.grounding import SourceText
from summarize.normalize import NameNormalizer, SpeakerIndex
from summarize.records import Position, Stance
from summarize.scoring.matching import (
    evidence_spans,
    match_positions,
    overlaps,
)
from summarize.text import fold

HEDGE_MATCH_RATIO = 80.0
BOOTSTRAP_RESAMPLES = 1000
_WS = re.compile(r"\s+")


@dataclass
class ArticleCase:
    """One article's gold positions and predictions (`failed`: output never validated)."""

    article_id: str
    gold: Sequence[Position]
    predicted: Sequence[Position]
    text: str | None = None
    extra_predicted: Sequence[Position] = ()  # set apart by the extractor; grounding only
    failed: bool = False
    rule: str | None = None  # the annotation rule a challenge article probes


# Ratio metrics as (report path, numerator key, denominator key).
RATIOS: tuple[tuple[str, str, str], ...] = (
    ("position.precision", "tp", "pred"),
    ("position.recall", "tp", "gold"),
    ("position.f1", "tp2", "pred_gold"),
    ("speaker_issue.precision", "matched", "pred"),
    ("speaker_issue.recall", "matched", "gold"),
    ("speaker_issue.f1", "matched2", "pred_gold"),
    ("fields.stance_accuracy", "stance_eq", "matched"),
    ("fields.party_accuracy", "party_eq", "matched"),
    ("fields.date_accuracy", "date_eq", "matched"),
    ("fields.date_year_accuracy", "year_eq", "matched"),
    ("fields.hedges_f1", "hedge_hits2", "hedge_total"),
    ("fields.evidence_hit_rate", "evidence_hit", "matched"),
    ("fields.position_similarity", "similarity", "matched"),
    ("grounding_rate", "grounded", "quotes"),
    ("schema_failure_rate", "failed", "articles"),
)


@dataclass
class ArticleScore:
    article_id: str
    counts: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    errors: list[dict[str, Any]] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    # [start, end, kind, label] spans of the article for reports that show the text:
    # kind is "hit" (gold, found), "missed" (gold, not found), "false" (predicted, no gold).
    highlights: list[tuple[int, int, str, str]] = field(default_factory=list)


def _verbatim(quote: str, compact_article: str) -> bool:
    """ANNOTATION.md's test: the quote occurs character for character, whitespace aside."""
    compact = _WS.sub(" ", quote).strip()
    return bool(compact) and compact in compact_article


def verbatim_in(quote: str, article_text: str) -> bool:
    return _verbatim(quote, _WS.sub(" ", article_text))


def _hedge_hits(gold: Sequence[str], predicted: Sequence[str]) -> int:
    """Greedy one-to-one soft matches (token-set ratio on folded text)."""
    remaining = [fold(g).text for g in gold]
    hits = 0
    for hedge in predicted:
        folded = fold(hedge).text
        best = max(range(len(remaining)), key=lambda i: fuzz.token_set_ratio(folded, remaining[i]), default=None)
        if best is not None and fuzz.token_set_ratio(folded, remaining[best]) >= HEDGE_MATCH_RATIO:
            remaining.pop(best)
            hits += 1
    return hits


def score_article(case: ArticleCase, aliases: AliasTable | None) -> ArticleScore:
    score = ArticleScore(case.article_id)
    c = score.counts
    names = [p.speaker for p in (*case.gold, *case.predicted)]
    speakers = SpeakerIndex(aliases, names)
    parties = NameNormalizer(aliases)
    source = SourceText.of(case.text) if case.text is not None else None
    gold_spans = [evidence_spans(g, source) for g in case.gold]
    pred_spans = [evidence_spans(p, source) for p in case.predicted]
    pairs = match_positions(case.gold, case.predicted, speakers, gold_spans, pred_spans)

    c.update(articles=1, failed=int(case.failed), gold=len(case.gold), pred=len(case.predicted),
             matched=len(pairs))  # a fresh article: setting is adding
    for gi, pi in pairs:
        g, p = case.gold[gi], case.predicted[pi]
        label = {"article_id": case.article_id, "speaker": g.speaker, "issue": g.issue}
        score.confusion[(g.stance.value, p.stance.value)] += 1
        c["tp"] += g.stance == p.stance
        c["stance_eq"] += g.stance == p.stance
        if g.stance != p.stance:
            score.errors.append({**label, "kind": "wrong_stance", "gold": g.stance.value, "predicted": p.stance.value})
        same_party = parties.party(g.party) == parties.party(p.party)
        c["party_eq"] += same_party
        if not same_party:
            score.errors.append({**label, "kind": "wrong_party", "gold": g.party, "predicted": p.party})
        c["date_eq"] += g.date == p.date
        c["year_eq"] += (g.date or "")[:4] == (p.date or "")[:4]
        if g.date != p.date:
            score.errors.append({**label, "kind": "date_off", "gold": g.date, "predicted": p.date})
        hits = _hedge_hits(g.hedges, p.hedges)
        c["hedge_hits2"] += 2 * hits
        c["hedge_total"] += len(g.hedges) + len(p.hedges)
        c["evidence_hit"] += overlaps(gold_spans[gi], pred_spans[pi])
        c["similarity"] += fuzz.token_set_ratio(g.position, p.position) / 100.0

    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(case.gold):
        kind = "hit" if gi in matched_gold else "missed"
        score.highlights.extend((lo, hi, kind, f"{g.speaker} / {g.issue}: {g.stance.value}") for lo, hi in gold_spans[gi])
    for pi, p in enumerate(case.predicted):
        if pi not in matched_pred:
            score.highlights.extend((lo, hi, "false", f"{p.speaker} / {p.issue}: {p.stance.value}") for lo, hi in pred_spans[pi])
    for gi, g in enumerate(case.gold):
        if gi not in matched_gold:
            score.errors.append({"article_id": case.article_id, "speaker": g.speaker, "issue": g.issue,
                                 "kind": "missing", "gold": g.stance.value})
    for pi, p in enumerate(case.predicted):
        if pi not in matched_pred:
            score.errors.append({"article_id": case.article_id, "speaker": p.speaker, "issue": p.issue,
                                 "kind": "spurious", "predicted": p.stance.value})

    compact_article = _WS.sub(" ", case.text) if case.text is not None else None
    for p in (*case.predicted, *case.extra_predicted):
        quotes = [e.text for e in p.evidence] + list(p.hedges)
        c["quotes"] += len(quotes)
        if compact_article is None:
            continue
        for q in quotes:
            ok = _verbatim(q, compact_article)
            c["grounded"] += ok
            if not ok:
                score.errors.append({"article_id": case.article_id, "speaker": p.speaker, "issue": p.issue,
                                     "kind": "ungrounded_evidence", "text": q})
    c["tp2"] = 2 * c["tp"]
    c["matched2"] = 2 * c["matched"]
    c["pred_gold"] = c["pred"] + c["gold"]
    return score


COUNT_KEYS: tuple[str, ...] = tuple(sorted({k for _, num, den in RATIOS for k in (num, den)} | {"tp"}))


def ratio(num: np.ndarray | float, den: np.ndarray | float) -> np.ndarray:
    """num / den, NaN where den is 0 (undefined)."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    return np.where(den > 0, num / np.maximum(den, 1), np.nan)


def _number(value: float) -> int | float:
    """A count as JSON: whole numbers as ints; the similarity sum keeps its fraction."""
    return int(value) if float(value).is_integer() else round(float(value), 4)


def rounded(value: Any) -> float | None:
    """A JSON number, or None for an undefined figure."""
    return None if np.isnan(value) else round(float(value), 4)


def counts_table(per_article_counts: Sequence[Mapping[str, float]]) -> np.ndarray:
    """Articles x COUNT_KEYS: the only input the corpus figures and their intervals need."""
    return np.array([[c.get(k, 0) for k in COUNT_KEYS] for c in per_article_counts], dtype=float).reshape(
        len(per_article_counts), len(COUNT_KEYS))


def metric_columns(sums: np.ndarray) -> dict[str, np.ndarray]:
    """Every ratio metric from summed counts (last axis = COUNT_KEYS)."""
    col = {k: i for i, k in enumerate(COUNT_KEYS)}
    return {path: ratio(sums[..., col[num]], sums[..., col[den]]) for path, num, den in RATIOS}


def bootstrap_indices(n_articles: int, resamples: int, seed: int) -> np.ndarray:
    """Resampled article indices (resamples x articles), fixed by the seed."""
    return np.random.default_rng(seed).integers(0, n_articles, size=(resamples, n_articles))


def interval(samples: np.ndarray) -> list[float] | None:
    """The 2.5th and 97.5th percentiles of the resamples where the figure is defined."""
    defined = samples[~np.isnan(samples)]
    if defined.size == 0:
        return None
    return [round(float(np.percentile(defined, 2.5)), 4), round(float(np.percentile(defined, 97.5)), 4)]


def set_path(report: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    node = report
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def score_corpus(
    cases: Sequence[ArticleCase],
    aliases: AliasTable | None = None,
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """The JSON-ready report: metrics with `ci95`, counts, confusion, per article, errors."""
    scores = [score_article(case, aliases) for case in cases]
    table = counts_table([s.counts for s in scores])
    values = metric_columns(table.sum(axis=0))
    boot = metric_columns(table[bootstrap_indices(len(scores), resamples, seed)].sum(axis=1)) if scores else None

    report: dict[str, Any] = {}
    for path, _, _ in RATIOS:
        entry: dict[str, Any] = {"value": rounded(values[path])}
        if boot is not None:
            entry["ci95"] = interval(boot[path])
        set_path(report, path, entry)
    totals = table.sum(axis=0)
    report["counts"] = {k: int(totals[COUNT_KEYS.index(k)]) for k in ("articles", "gold", "pred", "matched", "tp", "failed")}
    stances = [s.value for s in Stance]
    confusion: Counter[tuple[str, str]] = sum((s.confusion for s in scores), Counter())
    report["stance_confusion"] = {g: {p: confusion[(g, p)] for p in stances} for g in stances}
    report["per_article"] = []
    for s, row in zip(scores, table):
        figures = metric_columns(row)
        report["per_article"].append({
            "article_id": s.article_id,
            "failed": bool(s.counts["failed"]),
            "metrics": {p: rounded(figures[p]) for p, _, _ in RATIOS if p != "schema_failure_rate"},
            "counts": {k: _number(s.counts[k]) for k in COUNT_KEYS},
            "errors": len(s.errors),
            "highlights": [list(h) for h in sorted(s.highlights)],
        })
    rules = sorted({c.rule for c in cases if c.rule})
    if rules:  # a behavioural suite: figures per rule, as per capability
        report["by_rule"] = {}
        for rule in rules:
            rows = table[[i for i, c in enumerate(cases) if c.rule == rule]].sum(axis=0)
            figures = metric_columns(rows)
            report["by_rule"][rule] = {
                "articles": int(rows[COUNT_KEYS.index("articles")]),
                **{k: int(rows[COUNT_KEYS.index(k)]) for k in ("gold", "pred", "tp")},
                **{p: rounded(figures[p]) for p in ("position.precision", "position.recall", "position.f1")},
            }
    report["errors"] = [e for s in scores for e in s.errors]
    return report
