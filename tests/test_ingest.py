"""Ingest without a model: saved pages through trafilatura and htmldate, against the
hand-written truth of tests/pages/truth.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.html_reduction import measure
from summarize import load_article

PAGES = Path(__file__).resolve().parent / "pages"
TRUTH = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_a_saved_page_gives_its_article_text_and_metadata(name):
    truth = TRUTH[name]
    article = load_article(PAGES / name)
    assert (article.title, article.outlet, article.published) == (truth["title"], truth["outlet"], truth["published"])
    for paragraph in truth["article"]:
        assert paragraph in article.text
    assert "\n\n" in article.text  # paragraphs stay apart, as the chunker expects


def test_trafilatura_keeps_every_article_sentence_and_less_boilerplate_than_the_hand_written_reduction():
    results = measure()
    for name, by_method in results.items():
        ours, baseline = by_method["trafilatura (summarize)"], by_method["hand-written"]
        assert ours.kept == ours.total, name
        assert len(ours.leaked) <= len(baseline.leaked), name
        assert ours.title_ok and ours.date_ok, name
    assert sum(len(r["trafilatura (summarize)"].leaked) for r in results.values()) <= 1
