"""Scoring speed: 1,000 synthetic articles with 10 gold and 10 predicted positions each.

Predictions perturb the gold (a flipped stance, a renamed speaker, a dropped and an
added position per article) so the matching does real work. Prints the time measured
in this run; the floor in issue #3 is under 2 seconds on one core.

    python benchmarks/scoring_speed.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import time

from summarize.records import Position
from summarize.scoring.metrics import ArticleCase, score_corpus

ISSUES = ["leave_nato", "strategic_autonomy", "us_as_ally", "russia_rapprochement", "support_ukraine"]


def synthetic_case(i: int) -> ArticleCase:
    sentences = [f"Speaker{k} Name{k} said that France should act on issue {k} in article {i}." for k in range(10)]
    text = " ".join(sentences)
    gold = [Position(speaker=f"Speaker{k} Name{k}", issue=ISSUES[k % 5], stance="support",
                     hedges=["if elected"] if k % 3 == 0 else [], date="2022" if k % 2 else None,
                     position=f"Position {k}.", evidence=[sentences[k]]) for k in range(10)]
    predicted = [p.model_copy() for p in gold[1:]]
    predicted[0] = Position.model_validate({**predicted[0].model_dump(), "stance": "oppose"})
    predicted[1] = Position.model_validate({**predicted[1].model_dump(), "speaker": "Name2"})
    predicted.append(Position(speaker="Someone Else", issue="leave_eu", stance="support", evidence=["invented"]))
    return ArticleCase(f"a{i}", gold, predicted, text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    cases = [synthetic_case(i) for i in range(args.articles)]
    start = time.perf_counter()
    report = score_corpus(cases)
    elapsed = time.perf_counter() - start
    print(f"scored {args.articles} articles, {report['counts']['gold']} gold and {report['counts']['pred']} "
          f"predicted positions in {elapsed:.2f} s (position F1 {report['position']['f1']['value']:.3f})")


if __name__ == "__main__":
    main()
