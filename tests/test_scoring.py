"""The scorer: gold against itself is perfect; hand-made perturbations give hand-computed scores."""

from __future__ import annotations

import json

import pytest

from summarize.corpus import load_aliases
from summarize.records import ArticleSummary, Position
from summarize.scoring.metrics import ArticleCase, score_corpus
from tests.conftest import CORPUS

ALIASES = load_aliases(CORPUS / "aliases.yaml")


def gold_cases() -> list[ArticleCase]:
    cases = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = ArticleSummary.model_validate(json.loads(path.read_text()))
        text = (CORPUS / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
        cases.append(ArticleCase(path.stem, gold.positions, gold.positions, text))
    return cases


def values(report, prefix=""):
    for key, node in report.items():
        if isinstance(node, dict) and "value" in node:
            yield prefix + key, node
        elif isinstance(node, dict) and key in ("position", "speaker_issue", "fields"):
            yield from values(node, prefix + key + ".")


def test_gold_scored_against_itself_is_perfect_everywhere():
    report = score_corpus(gold_cases(), ALIASES)
    scored = dict(values(report))
    assert len(scored) == 15
    for path, node in scored.items():
        expected = 0.0 if path == "schema_failure_rate" else 1.0
        assert node["value"] == expected, path
        assert node["ci95"] == [expected, expected], path
    assert report["errors"] == []
    assert report["counts"]["gold"] == report["counts"]["tp"] > 20


def pos(speaker="Jean-Luc Mélenchon", issue="leave_nato", stance="support", **kw) -> Position:
    return Position(speaker=speaker, issue=issue, stance=stance,
                    evidence=kw.pop("evidence", ["I want to leave NATO."]), **kw)


TEXT = "He said: I want to leave NATO. Later, Le Pen said Russia is a partner."


def test_a_dropped_position_costs_recall_only():
    gold = [pos(), pos(speaker="Marine Le Pen", issue="russia_rapprochement", evidence=["Russia is a partner."])]
    report = score_corpus([ArticleCase("a", gold, gold[:1], TEXT)], ALIASES)
    assert report["position"]["precision"]["value"] == 1.0
    assert report["position"]["recall"]["value"] == 0.5
    assert report["position"]["f1"]["value"] == round(2 / 3, 4)
    assert [e["kind"] for e in report["errors"]] == ["missing"]


def test_a_flipped_stance_is_a_speaker_issue_hit_but_a_position_miss():
    report = score_corpus([ArticleCase("a", [pos()], [pos(stance="oppose")], TEXT)], ALIASES)
    assert report["speaker_issue"]["f1"]["value"] == 1.0
    assert report["position"]["f1"]["value"] == 0.0
    assert report["fields"]["stance_accuracy"]["value"] == 0.0
    assert report["stance_confusion"]["support"]["oppose"] == 1
    assert [e["kind"] for e in report["errors"]] == ["wrong_stance"]


@pytest.mark.parametrize("spelling", ["Jean-Luc Melenchon", "MÉLENCHON", "JLM", "jean luc mélenchon"])
def test_unaccented_aliased_and_surname_spellings_match(spelling):
    report = score_corpus([ArticleCase("a", [pos()], [pos(speaker=spelling)], TEXT)], ALIASES)
    assert report["position"]["f1"]["value"] == 1.0


def test_a_surname_shared_by_two_speakers_does_not_match_either():
    gold = [pos(speaker="Marine Le Pen"), pos(speaker="Jean-Marie Le Pen")]
    report = score_corpus([ArticleCase("a", gold, [pos(speaker="Pen")], TEXT)], None)
    assert report["counts"]["matched"] == 0


def test_a_wrong_date_and_party_are_field_errors_not_misses():
    gold = [pos(date="2018", party="La France Insoumise")]
    pred = [pos(date="2022-04-01", party="France Unbowed")]  # party alias: still correct
    report = score_corpus([ArticleCase("a", gold, pred, TEXT)], ALIASES)
    assert report["position"]["f1"]["value"] == 1.0
    assert report["fields"]["date_accuracy"]["value"] == 0.0
    assert report["fields"]["date_year_accuracy"]["value"] == 0.0
    assert report["fields"]["party_accuracy"]["value"] == 1.0
    assert [e["kind"] for e in report["errors"]] == ["date_off"]


def test_two_dates_of_one_speaker_pair_by_stance_then_date():
    gold = [pos(date="2018", stance="support"), pos(date="2022", stance="oppose")]
    pred = [pos(date="2022", stance="oppose"), pos(date="2019", stance="support")]
    report = score_corpus([ArticleCase("a", gold, pred, TEXT)], ALIASES)
    assert report["counts"]["tp"] == 2
    assert report["fields"]["date_accuracy"]["value"] == 0.5


def test_invented_evidence_lowers_grounding_and_is_listed():
    pred = [pos(evidence=["I want to leave NATO.", "A sentence the article lacks."], hedges=["as  soon as"])]
    report = score_corpus([ArticleCase("a", [pos()], pred, TEXT)], ALIASES)
    assert report["grounding_rate"]["value"] == round(1 / 3, 4)
    assert sorted(e["text"] for e in report["errors"] if e["kind"] == "ungrounded_evidence") == [
        "A sentence the article lacks.", "as  soon as"]


def test_hedges_soft_f1():
    gold = [pos(hedges=["If I am elected president", "as soon as the war ended"])]
    pred = [pos(hedges=["if i am elected President,"])]
    report = score_corpus([ArticleCase("a", gold, pred, TEXT)], ALIASES)
    assert report["fields"]["hedges_f1"]["value"] == round(2 * 1 / (2 + 1), 4)


def test_a_missing_prediction_counts_as_no_positions_and_interval_is_wide():
    cases = gold_cases()
    cases[0] = ArticleCase(cases[0].article_id, cases[0].gold, [], cases[0].text, failed=True)
    report = score_corpus(cases, ALIASES)
    lo, hi = report["position"]["recall"]["ci95"]
    assert lo < report["position"]["recall"]["value"] < 1.0 and hi == 1.0
    assert report["schema_failure_rate"]["value"] == 0.2


def test_undefined_figures_are_null_not_flattering():
    report = score_corpus([ArticleCase("a", [pos()], [], TEXT)], ALIASES)
    assert report["position"]["precision"] == {"value": None, "ci95": None}
    assert report["fields"]["stance_accuracy"]["value"] is None
    assert report["position"]["recall"]["value"] == 0.0
