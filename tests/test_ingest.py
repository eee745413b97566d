"""Ingest without a model: saved pages, pages fetched from a loopback HTTP server (redirects,
errors, content types, size and time limits, charsets) and RSS/Atom feeds. Real httpx,
trafilatura, htmldate and feedparser; real sockets, on 127.0.0.1 only."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest

from benchmarks.html_reduction import measure
from summarize import Extractor, FetchError, InputError, load_article
from summarize.ingest import FailedSource, FetchLimits, PageSource, is_url, sources
from summarize.ingest.feeds import feed_sources
from summarize.ingest.web import url_article_id
from tests.conftest import quoting_responder, remote_config
from tests.web_server import PAGES, LoopbackSite, Route

TRUTH = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))["pages"]
LIMITS = FetchLimits(timeout=5.0)


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    server = LoopbackSite().start()
    yield server
    server.stop()


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


def test_a_page_by_url_carries_title_outlet_final_url_and_date(site):
    url = site.serve_page("/news/offshore-wind.html", "offshore-wind.html")
    article = PageSource(url, LIMITS).load()
    assert (article.title, article.outlet, article.url) == (
        "Fishermen and ministers clash over offshore wind zone", "Coast Post", url)
    assert article.published == "2023-11-08"  # htmldate, from the JSON-LD: the page has no date <meta>
    assert article.id == url_article_id(url) and article.source == url
    assert TRUTH["offshore-wind.html"]["article"][0] in article.text
    assert "Captain_Nils" not in article.text and "cookies" not in article.text
    _, headers = site.requests[-1]
    assert headers["user-agent"].startswith("summarize/")


def test_a_page_without_a_site_name_gets_its_host_as_outlet(site):
    url = site.serve_page("/budget.html", "budget-vote.html")
    article = PageSource(url, LIMITS).load()
    assert article.outlet == url.split("/")[2]  # 127.0.0.1:PORT
    assert article.published == "2024-03-14"  # htmldate, from the dateline element


def test_redirects_are_followed_and_the_record_names_where_the_page_was(site):
    final = site.serve_page("/news/2024/tram.html", "tram-extension.html")
    site.routes["/t/123"] = Route(status=301, location="/news/2024/tram.html")
    article = PageSource(site.url("/t/123"), LIMITS).load()
    assert article.url == final and article.title.startswith("Council splits")
    assert article.id == url_article_id(site.url("/t/123"))  # the id is the asked URL's: known before fetching


def test_the_library_takes_a_url_string_and_a_bad_one_fails_alone(site, server, cache):
    server.responder = quoting_responder()
    url = site.serve_page("/news/offshore-wind.html", "offshore-wind.html")
    extractor = Extractor(remote_config(server), cache=cache)
    summary = extractor.extract(url)
    assert (summary.url, summary.outlet, summary.published) == (url, "Coast Post", "2023-11-08")
    gone = site.url("/news/gone.html")
    outcomes = sorted(extractor.extract_many([url, gone]), key=lambda o: o.index)
    assert outcomes[0].summary is not None and outcomes[1].source == gone
    assert isinstance(outcomes[1].error, FetchError) and str(outcomes[1].error) == f"{gone}: HTTP 404 Not Found"


def test_a_redirect_loop_stops_at_the_limit(site):
    site.routes["/a"] = Route(status=302, location="/b")
    site.routes["/b"] = Route(status=302, location="/a")
    with pytest.raises(FetchError, match="more than 2 redirects") as info:
        PageSource(site.url("/a"), FetchLimits(max_redirects=2)).load()
    assert info.value.source == site.url("/a")


def test_a_404_is_a_clear_error_naming_the_url(site):
    url = site.url("/news/gone.html")
    with pytest.raises(FetchError) as info:
        PageSource(url, LIMITS).load()
    assert str(info.value) == f"{url}: HTTP 404 Not Found"
    assert isinstance(info.value, InputError) and info.value.exit_code == 3


def test_a_404_after_a_redirect_says_where_it_led(site):
    site.routes["/old"] = Route(status=301, location="/new")
    with pytest.raises(FetchError, match=r"HTTP 404 Not Found \(redirected to http://127\.0\.0\.1:\d+/new\)"):
        PageSource(site.url("/old"), LIMITS).load()


def test_a_pdf_is_refused_by_its_content_type(site):
    site.routes["/report.pdf"] = Route(b"%PDF-1.7\n" + b"\x00" * 100, content_type="application/pdf")
    with pytest.raises(FetchError, match=r"content type application/pdf is not a web page \(text/html, application/xhtml\+xml\)"):
        PageSource(site.url("/report.pdf"), LIMITS).load()


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "streamed"])
def test_a_page_over_the_size_limit_fails_and_nothing_is_cut(site, announced):
    body = (PAGES / "tram-extension.html").read_bytes()
    site.routes["/big.html"] = Route(body, length=announced)
    limit = len(body) - 1
    with pytest.raises(FetchError, match=f"larger than the {limit:,}-byte limit.*--max-bytes"):
        PageSource(site.url("/big.html"), FetchLimits(max_bytes=limit)).load()
    assert PageSource(site.url("/big.html"), FetchLimits(max_bytes=len(body))).load().title  # at the limit: whole


def test_a_page_trickling_in_past_the_timeout_is_abandoned(site):
    site.routes["/slow.html"] = Route(b"<html><body>" + b"<p>word</p>" * 2000 + b"</body></html>", drip=0.1)
    started = time.monotonic()
    with pytest.raises(FetchError, match="no complete answer within 0.5 s; raise the limit with --fetch-timeout"):
        PageSource(site.url("/slow.html"), FetchLimits(timeout=0.5)).load()
    assert time.monotonic() - started < 2.0  # every read came within the timeout: only the deadline stops it


def test_the_charset_comes_from_the_header_else_the_page(site):
    html = '<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Préfecture</title></head><body><article>' \
           + "<p>Le préfet a annoncé la fermeture du pont pour l'été, a-t-il déclaré à la presse régionale.</p>" * 3 \
           + "</article></body></html>"
    site.routes["/meta.html"] = Route(html.encode("latin-1"), content_type="text/html")
    site.routes["/header.html"] = Route(html.replace("iso-8859-1", "utf-8").encode("cp1252"),
                                       content_type="text/html; charset=windows-1252")
    for path in ("/meta.html", "/header.html"):
        assert "Le préfet a annoncé" in PageSource(site.url(path), LIMITS).load().text


def test_a_port_nobody_listens_on_is_a_fetch_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x.html"
    with pytest.raises(FetchError, match="cannot fetch") as info:
        PageSource(url, LIMITS).load()
    assert info.value.source == url


@pytest.mark.parametrize("feed,content_type", [("rss.xml", "application/rss+xml"), ("atom.xml", "application/atom+xml")])
def test_a_feed_gives_one_source_per_item_with_the_feeds_title_and_date(site, feed, content_type):
    url = site.serve_feed(f"/{feed}", feed, content_type)
    items = feed_sources(url, LIMITS)
    assert len(items) == 3 and all(isinstance(item, PageSource) for item in items)
    first = items[0]
    assert isinstance(first, PageSource) and first.url.startswith(site.url("/news/"))
    assert set(first.meta) == {"title", "published"}


def test_a_feed_file_reads_like_a_feed_url(site, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text((PAGES / "rss.xml").read_text(encoding="utf-8").replace("{site}", site.url("")), encoding="utf-8")
    assert [s.location for s in feed_sources(str(path), LIMITS)] == [
        site.url("/news/tram-extension.html"), site.url("/news/bridge-repairs.html"), site.url("/news/school-meals.html")]


def test_a_feed_that_cannot_be_read_is_one_failure_naming_it(site, tmp_path):
    site.routes["/page-not-feed"] = Route(b"<html><body>hello</body></html>", content_type="text/html")
    site.routes["/broken.xml"] = Route(b"<rss><channel><title>x", content_type="application/rss+xml")
    cases = {site.url("/missing.xml"): "HTTP 404", site.url("/page-not-feed"): "content type text/html is not an RSS or Atom feed",
             site.url("/broken.xml"): "not an RSS or Atom feed", str(tmp_path / "none.xml"): "no such file"}
    for spec, reason in cases.items():
        [failed] = feed_sources(spec, LIMITS)
        assert isinstance(failed, FailedSource) and failed.location == spec
        with pytest.raises(InputError, match=reason) as info:
            failed.load()
        assert str(info.value).startswith(f"{spec}: ")


def test_a_feed_item_without_a_link_fails_alone(site):
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            f'<item><title>one</title><link>{site.url("/a.html")}</link></item>'
            '<item><title>two, no link</title></item></channel></rss>')
    site.routes["/feed.xml"] = Route(feed.encode(), content_type="text/xml")
    first, second = feed_sources(site.url("/feed.xml"), LIMITS)
    assert isinstance(first, PageSource) and isinstance(second, FailedSource)
    with pytest.raises(InputError, match=r"/feed.xml \(item 2\): the item has no link"):
        second.load()


def test_inputs_become_sources_in_order_and_only_http_urls_are_fetched(site, tmp_path):
    feed = site.serve_feed("/atom.xml", "atom.xml", "application/atom+xml")
    got = list(sources([str(tmp_path / "a.txt"), site.url("/p.html"), "ftp://example.org/x"], [feed], LIMITS))
    assert [type(s).__name__ for s in got] == ["FileSource", "PageSource", "FileSource"] + ["PageSource"] * 3
    assert is_url("https://example.org/news/a.html?x=1") and not is_url("https://example.org/a b")
    assert not is_url("example.org/a.html") and not is_url("file:///etc/passwd")
