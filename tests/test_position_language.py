"""The language of each record's `position` sentence: English by default, configurable.
Evidence and hedges stay verbatim in the article's language whatever it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from summarize import Extractor
from summarize.config import resolve_config
from summarize.corpus import load_codebook
from summarize.errors import ConfigError, InputError
from summarize.records import ArticleSummary
from tests.conftest import ARTICLE_000, CORPUS, decomposed_responder, extraction_json, position, remote_config, run_cli
from tests.openai_server import Reply

FRENCH_CORPUS = Path(__file__).resolve().parent.parent / "evals" / "corpus" / "challenge-fr"
LEAVE_NATO_FR = "La France devrait quitter l'OTAN."


def translated_codebook(tmp_path: Path) -> Path:
    """france-nato's codebook with every statement also in French."""
    data = yaml.safe_load((CORPUS / "codebook.yaml").read_text(encoding="utf-8"))
    for issue in data["issues"]:
        issue["translations"] = {"fr": LEAVE_NATO_FR if issue["id"] == "leave_nato" else f"Énoncé {issue['id']}."}
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_statements_in_a_language_name_every_issue_without_one(tmp_path):
    path = tmp_path / "codebook.yaml"
    path.write_text("issues:\n"
                    "  - {id: a, proposition: A holds., translations: {fr: A tient.}}\n"
                    "  - {id: b, proposition: B holds.}\n"
                    "  - {id: c, proposition: C holds.}\n", encoding="utf-8")
    codebook = load_codebook(path)
    assert codebook.statements("en") == {"a": "A holds.", "b": "B holds.", "c": "C holds."}
    with pytest.raises(ConfigError, match=r"no 'fr' statement for b, c"):
        codebook.statements("fr")
    path.write_text("issues:\n  - {id: a, proposition: A holds., translations: [fr]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="'translations' must map language codes"):
        load_codebook(path)


def test_position_language_from_argument_then_environment_and_unknown_ones_refused():
    assert resolve_config("m", base_url="http://127.0.0.1:9/v1", env={}).position_language == "en"
    env = {"SUMMARIZE_POSITION_LANGUAGE": "fr"}
    assert resolve_config("m", base_url="http://127.0.0.1:9/v1", env=env).position_language == "fr"
    assert resolve_config("m", base_url="http://127.0.0.1:9/v1", position_language="en",
                          env=env).position_language == "en"
    with pytest.raises(ConfigError, match="cannot be written in 'de': use one of en, fr"):
        resolve_config("m", base_url="http://127.0.0.1:9/v1", env={"SUMMARIZE_POSITION_LANGUAGE": "de"})


def test_decomposed_writes_french_positions_from_the_same_answers(server, cache, tmp_path):
    server.responder = decomposed_responder
    codebook = translated_codebook(tmp_path)
    english = Extractor(remote_config(server), codebook=codebook, cache=cache, strategy="decomposed").extract(ARTICLE_000)
    asked = len(server.requests)
    french = Extractor(remote_config(server), codebook=codebook, cache=cache, strategy="decomposed",
                       position_language="fr").extract(ARTICLE_000)
    # The questions do not depend on the language positions are written in: all cached.
    assert len(server.requests) == asked and (french.usage.requests, french.usage.cache_hits) == (0, asked)
    statements = load_codebook(codebook).statements("en")
    assert [p.position for p in english.positions] == [
        f"Jean-Luc Mélenchon supports: {statements[issue]}" for issue in ("leave_nato", "russia_rapprochement")]
    assert [p.position for p in french.positions] == [f"Jean-Luc Mélenchon est pour\u00a0: {LEAVE_NATO_FR}",
                                                      "Jean-Luc Mélenchon est pour\u00a0: Énoncé russia_rapprochement."]
    # Evidence is the article's own sentence, untranslated.
    assert [p.evidence for p in french.positions] == [p.evidence for p in english.positions]


def test_a_missing_statement_fails_before_any_question(server, cache):
    server.responder = decomposed_responder
    with pytest.raises(ConfigError, match="has no 'fr' statement for leave_nato"):
        Extractor(remote_config(server), codebook=CORPUS / "codebook.yaml", cache=cache, strategy="decomposed",
                  position_language="fr")
    # The corpus folder's own codebook is checked when the article names it, still before asking.
    extractor = Extractor(remote_config(server), cache=cache, strategy="decomposed", position_language="fr")
    with pytest.raises(ConfigError, match="has no 'fr' statement"):
        extractor.extract(ARTICLE_000)
    assert server.requests == []


def test_one_shot_asks_the_model_for_positions_in_the_chosen_language(server, cache):
    server.responder = lambda request: Reply(content=extraction_json([position(
        "Jean-Luc Mélenchon", "leave_nato", ["« Nous sortirons de l'OTAN »"],
        position="Mélenchon veut que la France quitte l'OTAN.")]))
    Extractor(remote_config(server), cache=cache, strategy="one_shot").extract(ARTICLE_000)
    Extractor(remote_config(server, position_language="fr"), cache=cache, strategy="one_shot").extract(ARTICLE_000)
    english, french = server.requests  # a different question: not served from the cache
    rule = "Write each `position` and the `summary` in French"
    assert rule not in english["messages"][0]["content"] and rule in french["messages"][0]["content"]

    def described(request: dict) -> str:
        schema = json.dumps(request.get("tools") or request.get("response_format"))
        return next((words for words in ("plain-French sentence", "plain-English sentence") if words in schema), "")

    assert (described(english), described(french)) == ("plain-English sentence", "plain-French sentence")


def test_cli_writes_french_positions_for_a_french_article(tmp_path):
    # overlap asks no model: the command runs with an endpoint nobody listens on.
    article = FRENCH_CORPUS / "articles" / "001_relative_date_published_b.txt"
    common = ("extract", str(article), "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--strategy", "overlap",
              "--cache-dir", str(tmp_path / "cache"))
    done = run_cli(*common, "--position-language", "fr", fresh=True)
    assert done.returncode == 0, done.stderr
    summary = ArticleSummary.model_validate_json(done.stdout)
    assert summary.language == "fr" and summary.positions
    text = article.read_text(encoding="utf-8")
    for record in summary.positions:
        assert record.position.startswith(f"{record.speaker} est pour\u00a0: ")
        assert all(text[e.start:e.end] == e.text for e in record.evidence)  # French, verbatim
    refused = run_cli(*common, "--position-language", "de", fresh=True)
    assert refused.returncode != 0 and "use one of en, fr" in refused.stderr


def test_records_say_their_position_language_and_a_run_resumes_only_records_in_it(tmp_path):
    from summarize.runs import RunDirectory

    record = ArticleSummary(article_id="a1", model="m", strategy="overlap", position_language="fr")
    english_run = RunDirectory(tmp_path, model="m", strategy="overlap", total=1)
    english_run.write(record, "a1.txt")
    assert not english_run.has_record("a1")  # written in French: an English run extracts it again
    assert RunDirectory(tmp_path, model="m", strategy="overlap", total=1, position_language="fr").has_record("a1")
    assert ArticleSummary(article_id="old").position_language == "en"  # records from before the field


def test_eval_run_stops_at_once_when_the_corpus_codebook_lacks_the_language(tmp_path):
    done = run_cli("eval", "run", "--corpus", str(CORPUS), "--model", "m", "--base-url", "http://127.0.0.1:9/v1",
                   "--strategy", "decomposed", "--position-language", "fr", "--out", str(tmp_path / "out"), fresh=True)
    assert done.returncode != 0 and "has no 'fr' statement for" in done.stderr
    assert not list((tmp_path / "out").glob("*.json"))  # no article was tried
