"""Score reports as one self-contained HTML page (no external fonts, scripts or CDNs):
the figures, then each article's text with gold evidence highlighted — found in green,
missed in red — and the evidence of false alarms in amber, beside the list of misses and
false alarms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from summarize.render.terminal import HEADLINE, fmt, fmt_interval, metric_node

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.article{display:grid;grid-template-columns:2fr 1fr;gap:1.5rem;border-top:2px solid #888;padding-top:1rem;margin-top:2rem}
.text{white-space:pre-wrap}mark{padding:0 .1rem}mark.hit{background:#c8f0c8}mark.missed{background:#f7c0c0}
mark.false{background:#fde3a7}mark.hit.false,mark.missed.false{outline:2px dashed #b07b00}
ul{padding-left:1.2rem}.kind{font-weight:600}@media print{.article{break-inside:avoid-page}}
"""


def highlight(text: str, spans: Sequence[Sequence[Any]]) -> str:
    """Escaped text with <mark> around every span; overlapping spans combine their classes."""
    cuts = sorted({0, len(text), *(int(s[0]) for s in spans), *(int(s[1]) for s in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [s for s in spans if int(s[0]) <= lo and hi <= int(s[1])]
        piece = escape(text[lo:hi])
        if covering:
            classes = " ".join(sorted({str(s[2]) for s in covering}))
            title = escape("; ".join(str(s[3]) for s in covering), quote=True)
            piece = f'<mark class="{classes}" title="{title}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def scores_html(report: dict[str, Any], texts: Mapping[str, str | None], title: str = "Extraction scores") -> str:
    counts = report["counts"]
    rows = "".join(
        f"<tr><td>{escape(p)}</td><td class=n>{fmt(metric_node(report, p)['value'])}</td>"
        f"<td class=n>{fmt_interval(metric_node(report, p).get('ci95'))}</td></tr>"
        for p in HEADLINE
    )
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
             f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>",
             f"<p>{counts['articles']} articles · {counts['gold']} gold positions · {counts['pred']} predicted · "
             f"{counts['tp']} correct · {counts['failed']} failed</p>",
             f"<table><tr><th>metric</th><th>value</th><th>95% interval</th></tr>{rows}</table>",
             "<p>Legend: <mark class=hit>gold evidence, position found</mark> "
             "<mark class=missed>gold evidence, position missed</mark> "
             "<mark class=false>evidence of a false alarm</mark></p>"]
    errors_by_article: dict[str, list[dict[str, Any]]] = {}
    for error in report["errors"]:
        errors_by_article.setdefault(error["article_id"], []).append(error)
    for row in report["per_article"]:
        article_id = row["article_id"]
        text = texts.get(article_id)
        body = highlight(text, row["highlights"]) if text is not None else "<em>article text not available</em>"
        items = "".join(
            f"<li><span class=kind>{escape(e['kind'])}</span> {escape(e['speaker'])} / <code>{escape(e['issue'])}</code>"
            + "".join(f" · {k}: {escape(str(e[k]) if e[k] is not None else '—')}" for k in ("gold", "predicted", "text") if k in e) + "</li>"
            for e in errors_by_article.get(article_id, []))
        status = " — extraction failed" if row["failed"] else ""
        parts.append(
            f"<section class=article id='{escape(article_id, quote=True)}'><div><h2>{escape(article_id)}{status}</h2>"
            f"<div class=text>{body}</div></div><aside><p>position F1 {fmt(row['metrics']['position.f1'], '.2f')} · "
            f"gold {row['counts']['gold']} · predicted {row['counts']['pred']} · correct {row['counts']['tp']}</p>"
            f"<ul>{items or '<li>no errors</li>'}</ul></aside></section>")
    parts.append("</body></html>\n")
    return "".join(parts)
