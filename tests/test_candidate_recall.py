"""The candidate-recall benchmark runs on the committed corpora and reports what the README says."""

from pathlib import Path

from benchmarks.candidate_recall import measure

ROOT = Path(__file__).resolve().parent.parent


def test_candidate_recall_on_france_nato_finds_29_of_31_gold_positions_and_dates_them() -> None:
    tally = measure(ROOT / "evals" / "corpus" / "france-nato")
    assert (tally.found, tally.gold) == (29, 31)
    assert (tally.date_right, tally.dated) == (8, 8)
    assert (tally.pipeline_right, tally.pipeline_dated) == (4, 4)
