"""How much article and how much boilerplate each HTML reduction keeps, on the saved pages.

For every page of tests/pages (truth in tests/pages/truth.json, written by hand) and
every method, it prints the share of the article's sentences found in the output
(recall), how many boilerplate lines leaked into it (navigation, cookie banners,
related links, comments, newsletter and poll widgets, footers: every visible line of
the page that is neither article nor headline/byline), and whether the title and the
publication date came out right. Methods:

- hand-written: the stdlib HTMLParser reduction summarize used before trafilatura
  (summarize/webpage.py until it was replaced), kept here as the baseline: it drops
  script, style, nav, header, footer, aside, form and a few more elements by tag name;
  title from <title>, date from a fixed list of <meta> names;
- trafilatura (summarize): `summarize.ingest.html.read_page`, favor_precision, date by htmldate;
- trafilatura balanced: trafilatura's default balance of precision and recall.

    python benchmarks/html_reduction.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from summarize.ingest.html import read_page

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


@dataclass
class Reduced:
    text: str
    title: str | None
    published: str | None


# The hand-written reduction, as summarize/webpage.py had it.
_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
         "button", "iframe", "template", "select"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "blockquote", "tr", "table", "pre", "figcaption", "main", "hr"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publish-date", "dc.date", "date")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip_depth = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def hand_written(html: str) -> Reduced:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    raw = "".join(collector.parts)
    paragraphs = (re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", raw))
    title = re.sub(r"\s+", " ", "".join(collector.title_parts)).strip() or None
    published = next((collector.meta[k] for k in _PUBLISHED_KEYS if k in collector.meta), None)
    return Reduced("\n\n".join(p for p in paragraphs if p), title, published[:10] if published else None)


def trafilatura_summarize(html: str) -> Reduced:
    page = read_page(html, source="benchmark")
    return Reduced(page.text, page.title, page.published)


def trafilatura_balanced(html: str) -> Reduced:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    assert document is not None and not isinstance(document, dict)
    return Reduced(document.text or "", document.title, document.date)


METHODS: dict[str, Callable[[str], Reduced]] = {
    "hand-written": hand_written,
    "trafilatura (summarize)": trafilatura_summarize,
    "trafilatura balanced": trafilatura_balanced,
}

# Where a line of the page begins and ends, for listing its visible lines.
_LINE_TAGS = _BLOCK | {"header", "footer", "nav", "aside", "form", "button", "label", "dt", "dd", "td", "th"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def visible_lines(html: str) -> list[str]:
    """Every piece of text a reader sees on the page, one per block of the layout."""
    root = lxml_html.fromstring(html.encode("utf-8"))
    for hidden in root.xpath("//*[local-name()='script' or local-name()='style' or local-name()='head' "
                             "or local-name()='noscript' or local-name()='template']"):
        hidden.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _norm("".join(current))
        current.clear()
        if re.search(r"\w", line):
            lines.append(line)

    def walk(element: etree._Element) -> None:
        block = isinstance(element.tag, str) and etree.QName(element).localname in _LINE_TAGS
        if block:
            flush()
        if isinstance(element.tag, str) and element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return lines


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z])|(?<=[.!?][\"”])\s+", paragraph) if s]


@dataclass
class Score:
    kept: int
    total: int
    leaked: list[str]
    boilerplate: int
    title_ok: bool
    date_ok: bool


def score(html: str, truth: dict, reduced: Reduced) -> Score:
    article = truth["article"]
    output = _norm(reduced.text)
    output_lines = [_norm(line) for line in reduced.text.splitlines() if line.strip()]
    wanted = [s for p in article for s in sentences(p)]
    boilerplate = [line for line in visible_lines(html)
                   if not any(line in p for p in article) and not any(line in n for n in truth["neutral"])]

    def leaked(line: str) -> bool:
        # A line of a few words counts only as a whole output line ("News" is no leak
        # of the navigation inside "News Minister"); a longer one anywhere.
        return any(line in out for out in output_lines) if len(line.split()) >= 4 else line in output_lines

    return Score(
        kept=sum(s in output for s in wanted), total=len(wanted),
        leaked=[line for line in boilerplate if leaked(line)], boilerplate=len(boilerplate),
        title_ok=reduced.title == truth["title"], date_ok=reduced.published == truth["published"],
    )


def measure() -> dict[str, dict[str, Score]]:
    """Scores per page, per method."""
    truth = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))["pages"]
    results: dict[str, dict[str, Score]] = {}
    for name, page_truth in truth.items():
        html = (PAGES / name).read_text(encoding="utf-8")
        results[name] = {method: score(html, page_truth, reduce(html)) for method, reduce in METHODS.items()}
    return results


def main() -> None:
    results = measure()
    print(f"{'page':<20} {'method':<24} {'sentences kept':>15} {'boilerplate leaked':>19}  title  date")
    totals = {method: [0, 0, 0, 0] for method in METHODS}
    for name, by_method in results.items():
        for method, s in by_method.items():
            print(f"{name:<20} {method:<24} {s.kept:>5}/{s.total:<3} {s.kept / s.total:>5.0%} "
                  f"{len(s.leaked):>7}/{s.boilerplate:<3} {len(s.leaked) / s.boilerplate:>6.0%}  "
                  f"{'ok' if s.title_ok else '--':>5}  {'ok' if s.date_ok else '--':>4}")
            totals[method] = [a + b for a, b in zip(totals[method], [s.kept, s.total, len(s.leaked), s.boilerplate])]
    print()
    for method, (kept, total, leaked, boilerplate) in totals.items():
        print(f"{'all pages':<20} {method:<24} {kept:>5}/{total:<3} {kept / total:>5.0%} "
              f"{leaked:>7}/{boilerplate:<3} {leaked / boilerplate:>6.0%}")


if __name__ == "__main__":
    main()
