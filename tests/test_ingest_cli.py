"""`summarize extract` on URLs and feeds, as a user runs it: the console script in a new
process, pages and feeds from a loopback HTTP server, the model from the loopback OpenAI
server. A bad URL fails alone, by name, on the terminal and in the run manifest."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from summarize.ingest.web import url_article_id
from tests.conftest import SECRET_KEY, article_in_request, quoting_responder, run_cli
from tests.web_server import PAGES, LoopbackSite


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    server = LoopbackSite().start()
    yield server
    server.stop()


@pytest.fixture
def env(server, tmp_path) -> dict[str, str]:
    server.responder = quoting_responder()
    return {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), "SUMMARIZE_MODEL": "test-model",
            "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": SECRET_KEY}


def test_a_url_is_fetched_and_extracted_end_to_end(site, server, env):
    url = site.serve_page("/news/offshore-wind.html", "offshore-wind.html")
    result = run_cli("extract", url, env=env)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article_id"] == url_article_id(url)
    assert (record["title"], record["outlet"], record["url"], record["published"]) == (
        "Fishermen and ministers clash over offshore wind zone", "Coast Post", url, "2023-11-08")
    sent = article_in_request(server.requests[0])
    assert "over the objections of the fishing fleet" in sent
    assert "Captain_Nils" not in sent and "cookies" not in sent and "More from Energy" not in sent
    assert record["positions"][0]["evidence"][0]["start"] is not None  # grounded in the fetched text


def test_a_url_that_fails_exits_with_the_input_error_code_and_names_it(site, env):
    url = site.url("/news/gone.html")
    result = run_cli("extract", url, env=env)
    assert result.returncode == 3
    assert result.stderr.strip() == f"error: {url}: HTTP 404 Not Found"


def test_fetch_limits_are_options(site, env):
    url = site.serve_page("/news/tram.html", "tram-extension.html")
    result = run_cli("extract", url, "--max-bytes", "1000", "--user-agent", "newsroom-bot/2 (desk@example.org)", env=env)
    assert result.returncode == 3 and "larger than the 1,000-byte limit" in result.stderr
    assert site.requests[-1][1]["user-agent"] == "newsroom-bot/2 (desk@example.org)"


@pytest.mark.parametrize("feed,content_type,pages,missing", [
    ("rss.xml", "application/rss+xml", ["tram-extension.html", "school-meals.html"], "/news/bridge-repairs.html"),
    ("atom.xml", "application/atom+xml", ["offshore-wind.html", "budget-vote.html"], "/news/ferry-cuts.html"),
])
def test_a_feed_with_one_bad_item_gives_two_records_and_one_failure_in_the_manifest(site, env, tmp_path, feed,
                                                                                   content_type, pages, missing):
    feed_url = site.serve_feed(f"/{feed}", feed, content_type)
    for name in pages:
        site.serve_page(f"/news/{name}", name)
    out = tmp_path / "out"
    result = run_cli("extract", "--feed", feed_url, "--out", str(out), env=env)
    assert result.returncode == 1
    manifest = json.loads((out / "_run.json").read_text())
    assert manifest["counts"] == {"total": 3, "extracted": 2, "resumed": 0, "failed": 1}
    assert manifest["failures"] == {site.url(missing): f"{site.url(missing)}: HTTP 404 Not Found"}
    records = [json.loads(p.read_text()) for p in out.glob("*.json") if p.name != "_run.json"]
    assert len(records) == 2 and all(r["url"].startswith(site.url("/news/")) and r["title"] and r["published"]
                                     for r in records)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {site.url(missing)}: HTTP 404 Not Found"]
    assert "1 of 3 articles failed" in result.stderr

    again = run_cli("extract", "--feed", feed_url, "--out", str(out), env=env)  # resumed: done pages are not fetched
    assert "resuming: 2 of 3 articles already done" in again.stderr
    assert [site.fetched(f"/news/{name}") for name in pages] == [1, 1]
    assert site.fetched(missing) == 2 and site.fetched(f"/{feed}") == 2


def test_files_urls_and_feeds_mix_in_one_run(site, env):
    feed_url = site.serve_feed("/rss.xml", "rss.xml", "application/rss+xml")
    page = site.serve_page("/news/offshore-wind.html", "offshore-wind.html")
    for name in ("tram-extension.html", "school-meals.html"):
        site.serve_page(f"/news/{name}", name)
    saved = PAGES / "harbour-ferry.html"
    result = run_cli("extract", str(saved), page, "--feed", feed_url, "--jsonl", env=env)
    assert result.returncode == 1  # the feed's missing page
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["article_id"] for r in records) == sorted(
        ["harbour-ferry", url_article_id(page), url_article_id(site.url("/news/tram-extension.html")),
         url_article_id(site.url("/news/school-meals.html"))])


def test_nothing_to_extract_is_a_usage_error(env):
    result = run_cli("extract", env=env)
    assert result.returncode == 2 and "give at least one FILE or URL, or --feed FEED" in result.stderr
