"""Candidate recall and date accuracy of the code-only steps, measured on gold.

Candidate recall: the share of gold positions for which the candidate miner gives some
candidate with the gold speaker (canonical name, through the corpus's alias table) and
a sentence span overlapping one of the gold evidence spans. A gold position the miner
misses cannot be drafted by the decomposed or overlap strategies, whatever the model.

Date accuracy: over the gold positions whose `date_text` occurs in one of their
evidence sentences or its paragraph (the only dates the finder can see), the share for
which the phrase finder (sentence first, then paragraph, as the decomposed strategy
looks) and `resolve_date` give the gold `date`; also how often the phrase found is the
gold `date_text` itself. A phrase that points back ("Lors du même meeting", "the same
meeting") is not a date phrase: the decomposed strategy dates such a sentence by the
speaker's last dated statement. The last column is that: over all dated gold
positions found by the miner, the share whose candidate the decomposed strategy's
dating (`decomposed._dates`, then `resolve_date`) gives the gold `date`.

`--unknown-speakers` mines with an alias table that lists parties only, as a user's table
that has never heard of an article's speakers: the miner must find and name them from
the text alone ("Foreign Minister Agnieszka Nowicka said"). Gold is still read with
the corpus's full table, and names are compared as the scorer compares them (a surname
alone matches when it is unique among the article's speakers).

No model is asked. `--misses` prints every missed position and wrong date.

    python benchmarks/candidate_recall.py [--misses] [--unknown-speakers] [CORPUS ...]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from summarize.corpus import AliasTable
from summarize.grounding import SourceText
from summarize.ingest import load_article
from summarize.normalize import SpeakerIndex, resolve_date
from summarize.records import ArticleSummary, Position
from summarize.scoring.loading import gold_paths, load_aliases_of
from summarize.scoring.matching import locate_verbatim, overlaps
from summarize.strategies.candidates import Candidate, Span, SpeakerFinder, mine_candidates, paragraphs, sentences
from summarize.strategies.decomposed import _dates
from summarize.strategies.phrases import date_phrase
from summarize.text import fold_key

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "evals" / "corpus" / name for name in ("challenge-fr", "france-nato", "challenge")]


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    candidates: int = 0
    dated: int = 0
    date_right: int = 0
    phrase_right: int = 0
    pipeline_dated: int = 0
    pipeline_right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)


def _units(text: str) -> list[tuple[Span, Span]]:
    """Every (paragraph, sentence) of the article, prose or not."""
    return [(block, sentence) for block in paragraphs(text) for sentence in sentences(text, block)]


def measure(corpus: Path, unknown_speakers: bool = False) -> Tally:
    aliases = load_aliases_of(corpus)
    mining = AliasTable(parties=aliases.parties) if unknown_speakers and aliases else aliases
    tally = Tally()
    for gold_path in gold_paths(corpus):
        gold = ArticleSummary.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
        article = load_article(corpus / "articles" / f"{gold_path.stem}.txt")
        text, published = article.text, gold.published
        source = SourceText.of(text)
        candidates = mine_candidates(SpeakerFinder(text, mining))
        names = SpeakerIndex(aliases, [p.speaker for p in gold.positions] + [c.speaker for c in candidates])
        dates = _dates(text, candidates, published)
        tally.candidates += len(candidates)
        units = _units(text)
        for position in gold.positions:
            tally.gold += 1
            spans = evidence_spans(position, source)
            matching = gold_candidates(position, spans, candidates, names)
            if matching:
                tally.found += 1
                if position.date:
                    tally.pipeline_dated += 1
                    tally.pipeline_right += any(resolve_date(dates[c], published) == position.date for c in matching)
            else:
                tally.misses.append(f"{gold_path.stem}: {position.speaker} / {position.issue}: "
                                    f"{position.evidence[0].text[:90]!r}")
            if position.date_text:
                _date(tally, gold_path.stem, position.date_text, position.date, published, text, units, spans)
    return tally


def evidence_spans(position: Position, source: SourceText) -> list[tuple[int, int]]:
    """Where a gold position's evidence stands in its article."""
    return [s for e in position.evidence if (s := locate_verbatim(e.text, source)) is not None]


def gold_candidates(position: Position, spans: list[tuple[int, int]], candidates: list[Candidate],
                    names: SpeakerIndex) -> list[Candidate]:
    """The candidates that find a gold position: its speaker, in a sentence overlapping its evidence."""
    speaker = names.key(position.speaker)
    return [c for c in candidates if names.key(c.speaker) == speaker
            and overlaps([(c.sentence.start, c.sentence.end)], spans)]


def _date(tally: Tally, article: str, date_text: str, gold_date: str | None, published: str | None, text: str,
          units: list[tuple[Span, Span]], spans: list[tuple[int, int]]) -> None:
    around = [(block, sentence) for block, sentence in units if overlaps([(sentence.start, sentence.end)], spans)]
    wanted = fold_key(date_text)
    holding = [(b, s) for b, s in around if wanted in fold_key(text[s.start:s.end])]
    holding = holding or [(b, s) for b, s in around if wanted in fold_key(text[b.start:b.end])]
    if not holding:
        return  # dated by an earlier sentence ("Lors du même meeting"): no phrase to find here
    block, sentence = holding[0]
    phrase = (date_phrase(text[sentence.start:sentence.end], published)
              or date_phrase(text[block.start:block.end], published))
    resolved = resolve_date(phrase, published)
    tally.dated += 1
    tally.phrase_right += phrase is not None and fold_key(phrase) == wanted
    if resolved == gold_date:
        tally.date_right += 1
    else:
        tally.wrong_dates.append(f"{article}: gold {date_text!r} -> {gold_date}, found {phrase!r} -> {resolved} "
                                 f"(published {published})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--misses", action="store_true", help="print every missed position and wrong date")
    parser.add_argument("--unknown-speakers", action="store_true",
                        help="mine with the alias table's parties only, as if it knew no speaker")
    args = parser.parse_args()
    print("| corpus | gold positions | candidate recall | candidates | dated in their sentence or paragraph "
          "| date accuracy | phrase exact | dated and found | date accuracy as decomposed dates them |")
    print("|---|---|---|---|---|---|---|---|---|")
    for corpus in args.corpora:
        t = measure(corpus, args.unknown_speakers)
        print(f"| {corpus.name} | {t.gold} | {t.found / t.gold:.2f} ({t.found}) | {t.candidates} | {t.dated} "
              f"| {t.date_right / max(t.dated, 1):.2f} ({t.date_right}) | {t.phrase_right / max(t.dated, 1):.2f} "
              f"| {t.pipeline_dated} | {t.pipeline_right / max(t.pipeline_dated, 1):.2f} ({t.pipeline_right}) |")
        if args.misses:
            for line in t.misses:
                print("    missed:", line)
            for line in t.wrong_dates:
                print("    date:", line)


if __name__ == "__main__":
    main()
