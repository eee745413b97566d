"""`summarize gold check` and `summarize eval score` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.conftest import CORPUS, run_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def test_the_shipped_gold_files_pass_the_check():
    result = run("gold", "check", str(CORPUS))
    assert result.returncode == 0, result.stderr


def test_gold_check_reports_each_problem_and_fails(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    path = corpus / "gold" / "000_4f65af8bd44526b5.json"
    data = json.loads(path.read_text())
    data["positions"][0]["issue"] = "leave_the_moon"
    data["positions"][1]["evidence"] = ["Words the article never printed."]
    path.write_text(json.dumps(data))
    result = run("gold", "check", str(corpus))
    assert result.returncode == 1
    assert "'leave_the_moon' is not in the codebook" in result.stderr
    assert "not found verbatim in the article: 'Words the article never printed.'" in result.stderr


def test_scoring_gold_as_predictions_is_perfect_and_writes_json(tmp_path):
    out = tmp_path / "report.json"
    result = run("eval", "score", "--corpus", str(CORPUS), "--predictions", str(CORPUS / "gold"),
                 "--json", str(out), "--fail-under", "position.f1=1.0")
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    assert report["position"]["f1"] == {"value": 1.0, "ci95": [1.0, 1.0]}
    assert "position.f1" in result.stdout


def test_fail_under_names_the_metric_its_value_and_the_threshold(tmp_path):
    predictions = tmp_path / "pred"
    predictions.mkdir()  # no files: every article predicted empty
    result = run("eval", "score", "--corpus", str(CORPUS), "--predictions", str(predictions),
                 "--fail-under", "position.recall=0.5", "--fail-under", "grounding_rate=0.5")
    assert result.returncode == 1
    assert "error: position.recall = 0.0000 is below the threshold 0.5" in result.stderr
    # nothing predicted: grounding is undefined, and an undefined figure does not pass a gate
    assert "error: grounding_rate = undefined (nothing to measure it on) is below" in result.stderr


def test_an_unknown_metric_is_a_clear_error(tmp_path):
    result = run("eval", "score", "--corpus", str(CORPUS), "--predictions", str(CORPUS / "gold"),
                 "--fail-under", "position.f2=0.5")
    assert result.returncode == 3 and "unknown metric 'position.f2'" in result.stderr


def test_fail_over_gates_a_rate_that_must_stay_low(tmp_path):
    predictions = tmp_path / "pred"
    predictions.mkdir()
    (predictions / "000_4f65af8bd44526b5.json").write_text('{"article_id": "000_4f65af8bd44526b5", "error": "x"}')
    result = run("eval", "score", "--corpus", str(CORPUS), "--predictions", str(predictions),
                 "--fail-over", "schema_failure_rate=0")
    assert result.returncode == 1
    assert "error: schema_failure_rate = 0.2000 is above the threshold 0" in result.stderr
