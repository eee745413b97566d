"""Briefings from records: every gold position shown, merged names, flags, filters,
determinism, and the HTML page as a real headless Chromium renders it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from summarize.briefing import build_briefing
from summarize.corpus import load_aliases, load_codebook
from summarize.records import ArticleSummary
from summarize.render.briefing_html import briefing_html
from summarize.render.briefing_markdown import briefing_markdown
from tests.conftest import CORPUS, run_cli

GOLD = [ArticleSummary.model_validate_json(p.read_text()) for p in sorted((CORPUS / "gold").glob("*.json"))]
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "articles").glob("*.txt")}
CODEBOOK = load_codebook(CORPUS / "codebook.yaml")
ALIASES = load_aliases(CORPUS / "aliases.yaml")


def gold_briefing(**kw):
    return build_briefing(GOLD, generated_at="2026-01-01", texts=TEXTS, codebook=CODEBOOK, aliases=ALIASES,
                          corpus="france-nato", **kw)


def test_every_gold_position_appears_with_its_evidence_cited_by_offsets():
    briefing = gold_briefing()
    md, html = briefing_markdown(briefing), briefing_html(briefing)
    assert len(briefing.entries) == sum(len(s.positions) for s in GOLD)
    for summary in GOLD:
        for pos in summary.positions:
            assert pos.position in md
            assert json.dumps(pos.position, ensure_ascii=False)[1:-1].replace("<", "\\u003c") in html
            for ev in pos.evidence:
                start = TEXTS[summary.article_id].find(ev.text)
                if start >= 0:  # gold quotes are verbatim; whitespace variants are located by folding
                    assert f"chars {start}–{start + len(ev.text)}" in md


def test_spellings_merge_into_one_speaker_and_party():
    melenchon = [
        ArticleSummary.model_validate({"article_id": "a", "positions": [
            {"speaker": "Melenchon", "party": "LFI", "issue": "leave_nato", "stance": "support", "date": "2018",
             "evidence": ["x"]}]}),
        ArticleSummary.model_validate({"article_id": "b", "positions": [
            {"speaker": "Jean-Luc Mélenchon", "party": "France Unbowed", "issue": "leave_nato", "stance": "oppose",
             "date": "2022-04", "evidence": ["y"]}]}),
    ]
    briefing = build_briefing(melenchon, generated_at="t", aliases=ALIASES)
    [profile] = briefing.speakers
    assert profile.name == "Jean-Luc Mélenchon" and profile.parties == ["La France Insoumise"]
    [flag] = profile.flags
    assert flag.kind == "shift" and flag.detail == "support (2018) → oppose (2022-04)"


def test_sources_that_disagree_on_one_occasion_are_a_conflict():
    records = [ArticleSummary.model_validate({"article_id": aid, "positions": [
        {"speaker": "Marine Le Pen", "issue": "leave_eu", "stance": stance, "date": "2022-04-01", "evidence": ["q"]}]})
        for aid, stance in (("a", "support"), ("b", "oppose"))]
    [flag] = build_briefing(records, generated_at="t").flags
    assert flag.kind == "conflict" and "oppose vs support" in flag.detail


def test_filters_by_issue_speaker_and_dates():
    assert {e.issue for e in gold_briefing(issues=["leave_nato"]).entries} == {"leave_nato"}
    assert {e.speaker for e in gold_briefing(speakers=["melenchon"]).entries} == {"Jean-Luc Mélenchon"}
    dated = gold_briefing(since="2018", until="2018").entries
    assert dated and all((e.date or "").startswith("2018") or e.date is None for e in dated)


def test_data_quality_lists_undated_positions_failures_and_model_warnings():
    smoke = ArticleSummary.model_validate({"article_id": "s", "warnings": ["smoke-test model: not to be trusted"],
                                           "positions": [{"speaker": "A B", "issue": "i", "stance": "support",
                                                          "evidence": ["not in any text"]}]})
    briefing = build_briefing([smoke], generated_at="t", texts={"s": "Some other text."}, failures={"f": "boom"})
    kinds = {(n.kind, tuple(n.article_ids)) for n in briefing.quality}
    assert {("model warning", ("s",)), ("no date", ("s",)), ("ungrounded evidence", ("s",)),
            ("extraction failed", ("f",))} <= kinds


def test_markdown_tables_are_well_formed():
    md = briefing_markdown(gold_briefing())
    for block in re.findall(r"(?:^\|.*\|$\n?)+", md, flags=re.MULTILINE):
        rows = [r for r in block.strip().splitlines()]
        widths = {len(re.split(r"(?<!\\)\|", r)) for r in rows}
        assert len(widths) == 1, rows[0]
    assert "<" not in md.replace("<br>", "")  # no raw HTML needed


def run_brief(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli("brief", *args, env=env)


def test_brief_cli_is_deterministic_with_a_fixed_time(tmp_path):
    for name in ("a.md", "b.md", "a.html", "b.html"):
        result = run_brief("--predictions", str(CORPUS / "gold"), "-o", str(tmp_path / name), "--generated-at", "T")
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "b.md").read_bytes()
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert "# Briefing: france-nato" in (tmp_path / "a.md").read_text()


def test_brief_cli_rejects_ambiguous_sources_and_bad_dates(tmp_path):
    both = run_brief("--predictions", str(CORPUS / "gold"), "--corpus", str(CORPUS), "-o", str(tmp_path / "x.md"))
    assert both.returncode == 2 and "exactly one" in both.stderr
    bad = run_brief("--predictions", str(CORPUS / "gold"), "--since", "yesterday", "-o", str(tmp_path / "x.md"))
    assert bad.returncode == 3 and "--since" in bad.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(url: str, profile: Path) -> str:
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None and os.environ.get("SUMMARIZE_REQUIRE_CHROMIUM") != "1",
                    reason="needs Debian's chromium")
def test_the_html_briefing_renders_and_filters_in_headless_chromium(tmp_path):
    assert CHROMIUM, "SUMMARIZE_REQUIRE_CHROMIUM=1 but chromium is not installed"
    page = tmp_path / "briefing.html"
    page.write_text(briefing_html(gold_briefing()), encoding="utf-8")
    assert "http" not in re.sub(r'href="https?://[^"]*"', "", page.read_text())  # nothing fetched from outside

    everything = dump_dom(page.as_uri(), tmp_path / "p1")
    assert re.search(r'<span id="shown">31</span>', everything)
    assert everything.count('class="entry') == 31  # the script laid out every position
    quote = "If I am elected president, I will leave NATO’s Joint Command"
    assert re.search(r'<blockquote>“' + re.escape(quote) + r'.*?<cite>\[001_1594d31212566715, undated, chars \d+–\d+\]</cite>',
                     everything)
    assert re.search(r'<section class="speaker" data-speaker="marinelepen">.*?<a class="st support" href="#p\d+">support\*</a>',
                     everything, flags=re.DOTALL)

    filtered = dump_dom(page.as_uri() + "#issue=leave_eu", tmp_path / "p2")
    assert re.search(r'<span id="shown">1</span>', filtered)  # the script ran and applied the filter
    tags = re.findall(r'<div class="entry [^>]*>', filtered)
    visible = [re.search(r'data-issue="([a-z_]+)"', t).group(1) for t in tags if " hidden" not in t]
    assert len(tags) == 31 and visible == ["leave_eu"]
    assert re.search(r'<section class="issue" id="issue-leave_nato" data-issue="leave_nato" hidden', filtered)


def test_narratives_are_written_from_records_and_their_names_checked(server, tmp_path):
    from tests.openai_server import Reply

    def respond(request):
        user = request["messages"][-1]["content"]
        issue = user.split()[1].rstrip(":")
        first_speaker = re.search(r"<records>\n- ([^(,]+)", user).group(1).strip()
        if issue == "leave_nato":
            return Reply(content=json.dumps({"text": f"{first_speaker} and Boris Johnson want out.",
                                             "speakers_named": [first_speaker, "Boris Johnson"]}))
        return Reply(content=json.dumps({"text": f"Both {first_speaker} and others hold views on {issue}.",
                                         "speakers_named": [first_speaker]}))

    server.responder = respond
    out = tmp_path / "b.md"
    env = {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_API_KEY": "k"}
    result = run_brief("--predictions", str(CORPUS / "gold"), "-o", str(out), "--narrative", "--model", "test-model",
                       "--base-url", server.base_url, "--generated-at", "T", env=env)
    assert result.returncode == 0, result.stderr
    md = out.read_text()
    assert len(server.requests) == 10  # one per issue
    assert "<records>" in server.requests[0]["messages"][-1]["content"]
    assert md.count("name check passed") == 9
    assert md.count("**name check FAILED**: not in the records: Boris Johnson") == 1


def test_sources_show_article_metadata():
    record = ArticleSummary.model_validate({"article_id": "x1", "title": "NATO | row", "outlet": "Le Monde",
                                            "url": "https://example.org/a", "published": "2022-04-03"})
    md = briefing_markdown(build_briefing([record], generated_at="t"))
    assert "| x1 | [NATO \\| row](https://example.org/a) | Le Monde | 2022-04-03 |" in md


def test_brief_from_articles_extracts_through_the_cache(server, tmp_path):
    from tests.conftest import ARTICLE_000, quoting_responder

    server.responder = quoting_responder()
    env = {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_API_KEY": "k"}
    for _ in range(2):
        result = run_brief(str(ARTICLE_000), "-o", str(tmp_path / "b.md"), "--model", "test-model",
                           "--base-url", server.base_url, "--generated-at", "T", env=env)
        assert result.returncode == 0, result.stderr
    assert len(server.requests) == 1  # the second briefing came from the cache
    md = (tmp_path / "b.md").read_text()
    # The fake model gives no party; the corpus's speaker registry does.
    assert "**Jean-Luc Mélenchon (La France Insoumise)**" in md and "openai:" in md


def test_the_name_check_accepts_record_names_and_flags_invented_ones():
    from summarize.briefing import unknown_names

    briefing = gold_briefing()
    section = next(s for s in briefing.issues if s.id == "leave_nato")
    assert unknown_names("Both Mélenchon and La France Insoumise want out; Beaune disagrees.", [], section,
                         briefing.index) == []
    assert unknown_names("Boris Johnson agrees with Zemmour.", ["Boris Johnson"], section, briefing.index) == [
        "Boris Johnson"]


@pytest.mark.parametrize("synthesis,listed", [
    ("Marine Le Pen backs it. Caveats apply.", ["Marine Le Pen (Rassemblement National)"]),
    ("Mélenchon cites Moscow's concerns; Russia's view is the same.", []),
])
def test_the_name_check_reads_names_as_a_model_writes_them(synthesis, listed):
    from summarize.briefing import unknown_names

    briefing = gold_briefing()
    section = next(s for s in briefing.issues if s.id == "ukraine_nato_membership")
    given = "Caveats: Moscow would see it as a new threat. Marine Le Pen Rassemblement National"
    assert unknown_names(synthesis, listed, section, briefing.index, given=given) == []


def test_undated_positions_left_out_by_a_date_filter_are_reported():
    briefing = gold_briefing(since="2018")
    left_out = [n for n in briefing.quality if n.kind.startswith("left out by the date filter")]
    shown = len(briefing.entries)
    assert left_out and shown + len(left_out) <= sum(len(s.positions) for s in GOLD)


def test_hostile_record_text_cannot_break_out_of_the_page():
    record = ArticleSummary.model_validate({
        "article_id": "x", "url": "javascript:alert(1)", "positions": [{
            "speaker": "A B", "issue": "i", "stance": "support",
            "position": "</script><script>alert(1)</script><!--", "evidence": ["<img src=x onerror=alert(1)>"]}]})
    html = briefing_html(build_briefing([record], generated_at="t"))
    assert "javascript:" not in html
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the data block and the code
    assert "<img" not in html and "<!--" not in html
