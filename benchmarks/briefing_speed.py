"""Briefing speed and size: 10,000 position records (1,000 articles x 10 positions,
60 speakers, 10 issues, quotes and positions as long as real ones, with evidence
offsets as `summarize extract` writes them).
Prints the time to build and render both formats, and the sizes, measured in this run;
the floors in issue #4 are under 2 seconds and an HTML page under 5 MB.

    python benchmarks/briefing_speed.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import time

from summarize.briefing import build_briefing
from summarize.records import ArticleSummary
from summarize.render.briefing_html import briefing_html
from summarize.render.briefing_markdown import briefing_markdown

ISSUES = ["leave_nato", "leave_integrated_command", "strategic_autonomy", "us_as_ally", "russia_rapprochement",
          "ukraine_nato_membership", "support_ukraine", "sanctions_on_russia", "putin_responsible_for_war", "leave_eu"]
STANCES = ["support", "oppose", "mixed", "unclear"]


def records(n_articles: int) -> list[ArticleSummary]:
    out = []
    for a in range(n_articles):
        positions = []
        for k in range(10):
            # Lengths like real records: a ~150-character quote, a ~110-character position.
            quote = (f"Speaker {k} told reporters in article {a} that the country should reconsider its place in the "
                     f"alliance, and that the question deserved a real public debate.")
            positions.append({
                "speaker": f"Speaker{(a * 7 + k) % 60} Person", "party": f"Party {k % 6}", "role": "deputy",
                "issue": ISSUES[(a + k) % 10], "stance": STANCES[(a * k) % 4],
                "position": f"Position {k} of article {a}: France should reconsider its alliance commitments after a public debate.",
                "hedges": ["if elected"] if k % 4 == 0 else [], "date": f"20{10 + a % 12}-0{1 + k % 9}",
                "date_text": "in that month", "evidence": [{"text": quote, "start": 100 * k, "end": 100 * k + len(quote)}],
            })
        out.append(ArticleSummary.model_validate({
            "article_id": f"a{a:05d}", "outlet": f"Outlet {a % 25}", "published": f"20{10 + a % 12}-01-01",
            "model": "local:bench", "prompt_version": "bench", "positions": positions}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    data = records(args.articles)
    start = time.perf_counter()
    briefing = build_briefing(data, generated_at="bench")
    built = time.perf_counter()
    markdown = briefing_markdown(briefing)
    html = briefing_html(briefing)
    done = time.perf_counter()
    print(f"{len(briefing.entries)} records, {len(briefing.speakers)} speakers, {len(briefing.flags)} flags: "
          f"build {built - start:.2f} s, render {done - built:.2f} s, total {done - start:.2f} s; "
          f"HTML {len(html.encode()) / 1e6:.2f} MB, Markdown {len(markdown.encode()) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
