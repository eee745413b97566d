"""Reading a corpus's gold files and a folder of predictions into scoring cases, and
checking gold files against the codebook and their articles (`summarize gold check`)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from summarize.corpus import AliasTable, load_aliases, load_codebook
from summarize.errors import InputError
from summarize.records import ArticleSummary
from summarize.scoring.metrics import ArticleCase, verbatim_in


def _read_summary(path: Path) -> ArticleSummary:
    try:
        return ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError, ValidationError) as exc:
        raise InputError(f"not a valid record: {str(exc).splitlines()[0]}", source=path) from None


def _article_text(corpus: Path, article_id: str) -> str | None:
    path = corpus / "articles" / f"{article_id}.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def gold_paths(corpus: Path) -> list[Path]:
    paths = sorted((corpus / "gold").glob("*.json"))
    if not paths:
        raise InputError("no gold/*.json files", source=corpus)
    return paths


def _rule(gold_path: Path) -> str | None:
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    return str(raw["rule"]) if isinstance(raw, dict) and raw.get("rule") else None


def load_aliases_of(corpus: Path) -> AliasTable | None:
    path = corpus / "aliases.yaml"
    return load_aliases(path) if path.is_file() else None


SCHEMA_FAILURES = {"ModelOutputError", "TruncatedOutputError"}


def load_cases(corpus: Path, predictions: Path) -> list[ArticleCase]:
    """One case per gold file. A missing prediction file is an article with no positions;
    a file holding `{"error": ..., "kind": ...}` is an article whose extraction failed,
    counted in `schema_failure_rate` when the model's output never validated (or was cut)."""
    if not predictions.is_dir():
        raise InputError("predictions must be a folder of <article id>.json files", source=predictions)
    cases = []
    for gold_path in gold_paths(corpus):
        gold = _read_summary(gold_path)
        pred_path = predictions / gold_path.name
        failed = False
        predicted: ArticleSummary | None = None
        if pred_path.is_file():
            raw = json.loads(pred_path.read_text(encoding="utf-8"))
            if isinstance(raw, dict) and "error" in raw and "positions" not in raw:
                failed = raw.get("kind", "ModelOutputError") in SCHEMA_FAILURES
            else:
                predicted = _read_summary(pred_path)
        cases.append(ArticleCase(
            article_id=gold_path.stem,
            gold=gold.positions,
            predicted=predicted.positions if predicted else [],
            extra_predicted=predicted.ungrounded_positions if predicted else [],
            text=_article_text(corpus, gold_path.stem),
            failed=failed,
            rule=_rule(gold_path),
        ))
    return cases


def check_gold(corpus: Path) -> list[str]:
    """Every problem found in the corpus's gold files, as `file: problem` lines."""
    codebook = load_codebook(corpus / "codebook.yaml")
    problems: list[str] = []
    for path in gold_paths(corpus):
        try:
            gold = _read_summary(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        text = _article_text(corpus, path.stem)
        if text is None:
            problems.append(f"{path}: no article articles/{path.stem}.txt")
        if gold.article_id != path.stem:
            problems.append(f"{path}: article_id {gold.article_id!r} does not match the file name")
        for i, pos in enumerate(gold.positions, start=1):
            where = f"{path}: position {i} ({pos.speaker} / {pos.issue})"
            if pos.issue not in codebook.ids:
                problems.append(f"{where}: issue {pos.issue!r} is not in the codebook")
            if not pos.evidence:
                problems.append(f"{where}: no evidence")
            quotes = [("evidence", e.text) for e in pos.evidence] + [("hedge", h) for h in pos.hedges]
            for kind, quote in quotes:
                if text is not None and not verbatim_in(quote, text):
                    problems.append(f"{where}: {kind} not found verbatim in the article: {quote!r}")
    return problems
