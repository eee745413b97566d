"""The per-issue pass against the decomposed strategy's per-sentence one (issue 8 asks for it).

Per sentence (today's `decomposed`): for each candidate sentence, "on which issues does
this passage state X's own view?" (a choice among the codebook's ids), then the stance of
each pick that bears on its issue by its words. Per issue (measured here, not shipped):
for each issue, one question that lists the article's candidate sentences, numbered, each
with its speaker: "in which sentences does the speaker state their own view for or
against this statement?". The sentence list comes first, so a local model reads it once
per article and then only each issue's short question. The pairs it chooses go through
the same word check (`topics.bears_on`) and the same stance steps, asked as `draft` asks
them, through the same client and cache.

Scored per article as (speaker, issue, stance) against gold, one stance per speaker and
issue by majority: an approximation of position F1 without the split by occasion, so
compare its rows with each other, not with `eval run`'s figures. Rows: per sentence
alone, per issue alone, pairs both choose, pairs either chooses.

Measured with Qwen2.5-Coder-1.5B (session 33, 2026-12-06) on a private development set of
24 real articles and france-nato (5; 29 articles and 83 gold positions in all): per sentence 54 right of
81 predicted (precision 0.667, recall 0.651, F1 0.659); per issue 43 of 95 (0.453, 0.518,
0.483); both 37 of 48 (0.771, 0.446, 0.565); either 56 of 122 (0.459, 0.675, 0.546). Asked
about one statement with the whole list in view, the model chooses sentences that share a
country, an alliance or the war with it, and the word check lets many through; as a
second opinion it removes more right pairs than wrong ones. The strategy stays per sentence.

    python benchmarks/issue_pass.py --model-path M.gguf [--cache-dir DIR] CORPUS ...
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.issue_picks import walk  # noqa: E402
from summarize import ResponseCache, resolve_config  # noqa: E402
from summarize.client import ModelClient  # noqa: E402
from summarize.corpus import Codebook  # noqa: E402
from summarize.prompting import defang  # noqa: E402
from summarize.strategies.candidates import Candidate  # noqa: E402
from summarize.strategies.decomposed import Decomposed  # noqa: E402
from summarize.strategies.topics import bears_on, glossed  # noqa: E402

SYSTEM = ("You read numbered sentences from a news article, each with the person or group it is attributed to. "
          "You answer with JSON only.\n\nFor one statement, you list the sentences in which their speaker states "
          "their OWN view for or against that statement. A sentence that only mentions the same country, alliance "
          "or war, or reports facts or other people's views, does not count. Most statements are addressed by no "
          "sentence or by one or two.")
QUESTION = ("Sentences:\n{listing}\n\nStatement: \"{proposition}\"\nIn which sentences does the speaker state their "
            "own view for or against this statement? Answer the sentence numbers, or an empty list.")
Triple = tuple[str, str, str]


def sentences_schema(count: int) -> type[BaseModel]:
    numbers: Any = list[Literal[tuple(range(1, count + 1))]]  # type: ignore[misc]
    return create_model("Sentences", sentences=(numbers, Field(max_length=4)))


def version(schema: type[BaseModel]) -> str:
    """The cache's prompt version of a per-issue question: its wording and its schema."""
    return hashlib.sha256(f"{SYSTEM}\n{QUESTION}\n{schema.model_json_schema()}".encode()).hexdigest()[:16]


async def per_issue(client: ModelClient, codebook: Codebook, text: str, candidates: list[Candidate],
                    language: str | None) -> list[tuple[Candidate, str]]:
    """The (sentence, issue) pairs the per-issue questions choose and that bear on the issue."""
    if not candidates:
        return []
    listing = defang("\n".join(f"[{n}] ({c.speaker}) {' '.join(text[c.sentence.start:c.sentence.end].split())}"
                               for n, c in enumerate(candidates, 1)))
    schema = sentences_schema(len(candidates))
    chosen = []
    for issue in codebook.issues:
        messages = [{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": QUESTION.format(listing=listing, proposition=issue.proposition)}]
        data, _ = await client.aask(messages, schema, version(schema))
        for number in schema.model_validate(data).sentences:  # type: ignore[attr-defined]
            candidate = candidates[number - 1]
            sentence = text[candidate.sentence.start:candidate.sentence.end]
            if not glossed(codebook, language) or bears_on(codebook, issue.id, sentence, language):  # as `pairs`
                chosen.append((candidate, issue.id))
    return list(dict.fromkeys(chosen))


def settle(stanced: list[tuple[str, str, str]]) -> set[Triple]:
    """One stance per speaker and issue: the most frequent (the first on a tie), without the
    merge's split by occasion or its reading of "mixed" beside "support"."""
    by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for speaker, issue, stance in stanced:
        by[(speaker, issue)].append(stance)
    return {(speaker, issue, Counter(s).most_common(1)[0][0]) for (speaker, issue), s in by.items()}


async def measure(corpus: Path, strategy: Decomposed) -> dict[str, Counter[str]]:
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    async for walked in walk(corpus, strategy):
        text, candidates, names = walked.text, walked.candidates, walked.names
        truth = {(names.key(p.speaker), p.issue, p.stance.value) for p in walked.gold.positions}
        sentence_pairs = list(walked.stances)
        issue_pairs = await per_issue(strategy.client, walked.codebook, text, candidates, walked.language)
        extra = [pair for pair in issue_pairs if pair not in walked.stances]
        asked = strategy.asking(walked.codebook, walked.language)
        stances = {**walked.stances, **dict(zip(extra, await strategy.stances(text, extra, asked), strict=True))}
        ways = {"per sentence (today)": sentence_pairs, "per issue": issue_pairs,
                "both": [p for p in sentence_pairs if p in issue_pairs],
                "either": list(dict.fromkeys(sentence_pairs + issue_pairs))}
        for way, pairs in ways.items():
            got = settle([(names.key(c.speaker), issue, stance.value) for c, issue in pairs
                          if (stance := stances[(c, issue)]) is not None])
            rows[way].update(tp=len(got & truth), pred=len(got), gold=len(truth))
    return rows


async def main(args: argparse.Namespace) -> None:
    config = resolve_config(model_path=args.model_path, env={})
    strategy = Decomposed(ModelClient(config, ResponseCache(args.cache_dir)))
    total: dict[str, Counter[str]] = defaultdict(Counter)
    for corpus in args.corpora:
        for way, counts in (await measure(corpus, strategy)).items():
            total[way].update(counts)
    print("| pairs from | true positives | predicted | gold | precision | recall | F1 (approximate) |")
    print("|---|---|---|---|---|---|---|")
    for way, c in total.items():
        precision, recall = c["tp"] / max(1, c["pred"]), c["tp"] / max(1, c["gold"])
        f1 = 2 * precision * recall / (precision + recall) if c["tp"] else 0.0
        print(f"| {way} | {c['tp']} | {c['pred']} | {c['gold']} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--model-path", type=Path, required=True, help="the GGUF file that answers")
    parser.add_argument("--cache-dir", type=Path, default=None, help="the response cache (default: the usual one)")
    asyncio.run(main(parser.parse_args()))
