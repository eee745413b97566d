"""Where the decomposed strategy loses each gold position, and where its false alarms come from.

Each gold position is followed through the strategy's steps, asked exactly as `draft`
asks them (same templates, schemas, model settings and cache), and counted at the first
step that loses it:
- no candidate: the miner gives no sentence of the gold speaker overlapping the gold
  evidence (as `candidate_recall.py` counts it);
- not asked: no such sentence has a word of any statement (`topics.borne_issues`), so
  the model is not asked which issues it takes a view on;
- not picked: the model picks other issues, or none, for every such sentence (and
  the issue the sentence names, asked about where no pick shares a stem with it, is
  not this one either);
- dropped by the word check: the gold issue was picked but the sentence does not bear
  on it by its words (`topics.bears_on`);
- not stated: the stance step says "not stated" for every surviving pair;
- kept: a pair survives, its stance right or wrong.
Every (sentence, issue) pair the strategy keeps whose speaker has no gold position on
that issue is a false alarm, counted as on a related issue (the speaker holds some gold
position in the article) or of a speaker without any.

A position the strategy finds from another sentence of the speaker than the gold
evidence counts here as lost, though the scorer (which matches speaker and issue) counts
it found. The counts show which step to work on: with the 1.5B model on two private
held-out sets of real articles (session 13; 30 articles, 71 positions), 18 positions had
no candidate, 19 were not picked, 4 were judged not stated and 30 were kept (26 with
the gold stance), against 31 false alarms on a related issue and 12 of speakers without
a gold position.

    python benchmarks/issue_picks.py --model-path M.gguf [--cache-dir DIR] [CORPUS ...]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.candidate_recall import evidence_spans, gold_candidates  # noqa: E402
from summarize import ResponseCache, resolve_config  # noqa: E402
from summarize.client import ModelClient  # noqa: E402
from summarize.corpus import Codebook, load_codebook  # noqa: E402
from summarize.grounding import SourceText  # noqa: E402
from summarize.ingest import load_article  # noqa: E402
from summarize.normalize import SpeakerIndex  # noqa: E402
from summarize.records import ArticleSummary, Stance  # noqa: E402
from summarize.scoring.loading import gold_paths, load_aliases_of  # noqa: E402
from summarize.strategies.candidates import Candidate, SpeakerFinder  # noqa: E402
from summarize.strategies.decomposed import Decomposed  # noqa: E402

STEPS = ("no candidate", "not asked", "not picked", "dropped by the word check", "not stated", "kept, stance wrong",
         "kept, stance right")


@dataclass
class Walked:
    """One gold article as `draft` asks about it: its candidates, the pairs it keeps and
    their stances (None: "not stated"), with the names keyed as the scorer keys them."""

    gold: ArticleSummary
    text: str
    codebook: Codebook
    language: str | None
    candidates: list[Candidate]
    picks: dict[Candidate, list[str]]
    stances: dict[tuple[Candidate, str], Stance | None]
    names: SpeakerIndex


async def walk(corpus: Path, strategy: Decomposed) -> AsyncIterator[Walked]:
    """Each gold article of `corpus` through the strategy's steps, asked exactly as `draft` asks them."""
    codebook = load_codebook(corpus / "codebook.yaml")
    aliases = load_aliases_of(corpus)
    for gold_path in gold_paths(corpus):
        gold = ArticleSummary.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
        article = load_article(corpus / "articles" / f"{gold_path.stem}.txt")
        text = article.text
        candidates, _ = strategy.askable(SpeakerFinder(text, aliases))
        asked = strategy.asking(codebook, article.language)
        pairs = await strategy.pairs(text, candidates, asked)
        stances = dict(zip(pairs, await strategy.stances(text, pairs, asked), strict=True))
        names = SpeakerIndex(aliases, [p.speaker for p in gold.positions] + [c.speaker for c in candidates])
        yield Walked(gold, text, asked.codebook, article.language, candidates, asked.picks, stances, names)


async def measure(corpus: Path, strategy: Decomposed) -> tuple[Counter[str], Counter[str]]:
    lost: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    async for walked in walk(corpus, strategy):
        gold, text, candidates, stances, names = (walked.gold, walked.text, walked.candidates, walked.stances,
                                                  walked.names)
        source = SourceText.of(text)
        for position in gold.positions:
            matching = gold_candidates(position, evidence_spans(position, source), candidates, names)
            lost[_step(matching, position.issue, position.stance, walked.picks, stances)] += 1
        held = {(names.key(p.speaker), p.issue) for p in gold.positions}
        speakers = {key for key, _ in held}
        for (candidate, issue), stance in stances.items():
            key = names.key(candidate.speaker)
            if stance is not None and (key, issue) not in held:
                alarms["on a related issue" if key in speakers else "of a speaker without a gold position"] += 1
    return lost, alarms


def _step(matching: list[Candidate], issue: str, stance: Stance, picked: dict[Candidate, list[str]],
          stances: dict[tuple[Candidate, str], Stance | None]) -> str:
    if not matching:
        return STEPS[0]
    if not any(c in picked or (c, issue) in stances for c in matching):
        return STEPS[1]
    if not any(issue in picked.get(c, ()) or (c, issue) in stances for c in matching):  # its pick, or the fallback's
        return STEPS[2]
    kept = [(c, issue) for c in matching if (c, issue) in stances]
    if not kept:
        return STEPS[3]
    found = [stances[pair] for pair in kept if stances[pair] is not None]
    if not found:
        return STEPS[4]
    return STEPS[6] if stance in found else STEPS[5]


async def main(args: argparse.Namespace) -> None:
    config = resolve_config(model_path=args.model_path, env={})
    strategy = Decomposed(ModelClient(config, ResponseCache(args.cache_dir)))
    print(f"| corpus | gold | {' | '.join(STEPS)} | false alarms on a related issue | of a speaker without one |")
    print("|---|---" + "|---" * (len(STEPS) + 2) + "|")
    for corpus in args.corpora:
        lost, alarms = await measure(corpus, strategy)
        cells = " | ".join(str(lost[step]) for step in STEPS)
        print(f"| {corpus.name} | {sum(lost.values())} | {cells} | {alarms['on a related issue']} "
              f"| {alarms['of a speaker without a gold position']} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path,
                        default=[ROOT / "evals" / "corpus" / n for n in ("france-nato", "challenge", "challenge-fr")])
    parser.add_argument("--model-path", type=Path, required=True, help="the GGUF file the answers come from")
    parser.add_argument("--cache-dir", type=Path, default=None, help="the response cache (default: the usual one)")
    asyncio.run(main(parser.parse_args()))
