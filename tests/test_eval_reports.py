"""Report formats, the paired comparison, and `eval run` against the real HTTP server."""

from __future__ import annotations

import json
import shutil
from xml.etree import ElementTree as ET

from summarize.render.scores_html import highlight, scores_html
from summarize.render.scores_junit import scores_junit
from summarize.render.scores_markdown import scores_markdown
from summarize.scoring.comparison import compare_reports
from summarize.scoring.metrics import ArticleCase, score_corpus
from tests.conftest import CORPUS, SECRET_KEY, quoting_responder, run_cli
from tests.test_scoring import ALIASES, gold_cases


def perturbed_report():
    cases = gold_cases()
    first = cases[0]
    cases[0] = ArticleCase(first.article_id, first.gold, first.gold[1:], first.text)  # one miss
    return score_corpus(cases, ALIASES), {c.article_id: c.text for c in cases}


def test_junit_has_one_case_per_article_and_fails_the_one_with_errors():
    report, _ = perturbed_report()
    root = ET.fromstring(scores_junit(report, "france-nato"))
    cases = root.findall("testcase")
    assert len(cases) == 5 and root.get("failures") == "1"
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failed] == ["000_4f65af8bd44526b5"]
    assert "missing: Jean-Luc Mélenchon / leave_nato" in failed[0].find("failure").text


def test_markdown_table_and_errors():
    report, _ = perturbed_report()
    md = scores_markdown(report)
    assert "| `position.recall` | 0.968 |" in md
    assert "<summary>missing (1)</summary>" in md


def test_html_is_self_contained_and_marks_the_missed_evidence():
    report, texts = perturbed_report()
    page = scores_html(report, texts)
    assert "<script" not in page and "http://" not in page and "https://" not in page.split("<body>")[0]
    assert '<mark class="missed"' in page and "I am in favor of exiting NATO." in page


def test_highlight_escapes_text_and_combines_overlaps():
    html = highlight("a <b> c d", [[0, 5, "hit", "x"], [4, 7, "false", "y & z"]])
    assert html == ('<mark class="hit" title="x">a &lt;b</mark><mark class="false hit" title="x; y &amp; z">&gt;'
                    '</mark><mark class="false" title="y &amp; z"> c</mark> d')


def test_paired_comparison_shows_the_drop_and_the_article_that_moved():
    perfect = score_corpus(gold_cases(), ALIASES)
    worse, _ = perturbed_report()
    result = compare_reports(perfect, worse)
    recall = result["metrics"]["position"]["recall"]
    assert recall["diff"] == round(worse["position"]["recall"]["value"] - 1.0, 4) < 0
    assert recall["ci95"][0] < 0 and recall["ci95"][1] == 0.0
    assert [r["article_id"] for r in result["most_changed"]] == ["000_4f65af8bd44526b5"]


def test_eval_run_extracts_scores_and_writes_every_format(server, tmp_path):
    server.responder = quoting_responder()
    env = {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_API_KEY": SECRET_KEY}
    reports = tmp_path / "reports"
    result = run_cli(
        "eval", "run", "--corpus", str(CORPUS), "--model", "test-model",
        "--base-url", server.base_url, "--out", str(reports / "predictions"), "--json", str(reports / "r.json"),
        "--markdown", str(reports / "r.md"), "--html", str(reports / "r.html"), "--junit", str(reports / "r.xml"),
        "--fail-under", "position.f1=0.9", env=env)
    assert result.returncode == 1  # the quoting model is not good enough: the gate bites
    assert "position.f1 = " in result.stderr and "below the threshold 0.9" in result.stderr
    assert len(list((reports / "predictions").glob("*.json"))) == 5
    report = json.loads((reports / "r.json").read_text())
    assert report["counts"]["pred"] == 5 and report["model"].startswith("openai:")
    assert all((reports / f"r.{ext}").stat().st_size > 200 for ext in ("md", "html", "xml"))
    assert SECRET_KEY not in "".join(p.read_text() for p in reports.rglob("*") if p.is_file())


def test_comparing_a_report_with_itself_reproduces_every_figure():
    report, _ = perturbed_report()
    result = compare_reports(report, report)
    for section in ("position", "fields"):
        for name, node in result["metrics"][section].items():
            assert node["a"] == report[section][name]["value"], name
            assert node["diff"] == 0.0 and node["ci95"] == [0.0, 0.0], name


def test_eval_run_with_unknown_speakers_mines_with_the_parties_only_and_scores_with_the_full_table(tmp_path):
    corpus = tmp_path / "corpus"
    for part in ("articles", "gold"):
        (corpus / part).mkdir(parents=True)
    shutil.copy(CORPUS / "codebook.yaml", corpus)
    (corpus / "aliases.yaml").write_text("speakers:\n  Jean-Luc Mélenchon: [JLM]\nparties: {}\n", encoding="utf-8")
    text = "On Monday, JLM said that France should withdraw from NATO altogether.\n"
    (corpus / "articles" / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "gold" / "a.json").write_text(json.dumps({"article_id": "a", "positions": [{
        "speaker": "Jean-Luc Mélenchon", "issue": "leave_nato", "stance": "support",
        "position": "Mélenchon wants France out of NATO.", "evidence": [text.strip()]}]}), encoding="utf-8")
    speakers = {}
    for flags in ((), ("--unknown-speakers",)):
        out = tmp_path / f"out{len(flags)}"
        result = run_cli("eval", "run", "--corpus", str(corpus), "--strategy", "overlap", "--model", "local",
                         "--out", str(out / "predictions"), "--json", str(out / "r.json"), *flags,
                         env={"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache")})
        assert result.returncode == 0, result.stderr
        report = json.loads((out / "r.json").read_text())
        assert report["unknown_speakers"] is bool(flags) and report["position"]["f1"]["value"] == 1.0
        speakers[flags] = [p["speaker"] for p in json.loads((out / "predictions" / "a.json").read_text())["positions"]]
    # the table names the speaker only when it is used; the scorer reads "JLM" through it either way
    assert speakers == {(): ["Jean-Luc Mélenchon"], ("--unknown-speakers",): ["JLM"]}
