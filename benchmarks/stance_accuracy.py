"""Stance step alone: how often the decomposed strategy's stance questions get gold right.

For a seeded sample of gold positions, the stance is asked exactly as the decomposed
strategy asks it (`Decomposed.stance`: same templates, schemas and model settings), with
the gold evidence's first span as the passage and the gold speaker and issue; the answer
is compared with the gold stance ("not stated" drops a position, so it counts as
wrong). It isolates the stance step from candidate mining and issue choice, so two
stance prompts can be compared on the same pairs in minutes rather than with whole
corpus runs.

Usage: python benchmarks/stance_accuracy.py --corpus evals/corpus/challenge --model-path M.gguf [--sample 80]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize import ResponseCache, resolve_config  # noqa: E402
from summarize.client import ModelClient  # noqa: E402
from summarize.corpus import load_codebook  # noqa: E402
from summarize.strategies.decomposed import Decomposed  # noqa: E402


async def score(args: argparse.Namespace) -> int:
    codebook = load_codebook(args.corpus / "codebook.yaml")
    gold = [(p["speaker"], p["issue"], p["stance"], p["evidence"][0])
            for path in sorted((args.corpus / "gold").glob("*.json"))
            for p in json.loads(path.read_text(encoding="utf-8"))["positions"]]
    sample = random.Random(args.seed).sample(gold, min(args.sample, len(gold)))
    config = resolve_config(model_path=args.model_path, env={})
    strategy = Decomposed(ModelClient(config, ResponseCache(args.cache_dir)))
    confusion: Counter[tuple[str, str]] = Counter()
    for speaker, issue, stance, passage in sample:
        answer = await strategy.stance(codebook, speaker, passage, issue)
        said = answer.value if answer else "not stated"
        confusion[(stance, said)] += 1
        if args.show and said != stance:
            print(f"gold {stance} -> {said}: {speaker} / {issue}: {passage[:160]!r}")
    right = sum(n for (g, p), n in confusion.items() if g == p)
    print(f"{args.corpus.name}: {right}/{len(sample)} stances right "
          f"({right / len(sample):.2f}); prompt version {strategy.version(codebook)}")
    for (g, p), n in sorted(confusion.items()):
        print(f"  gold {g:8} -> {p:10} {n}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--model-path", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=80)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print each wrong answer")
    return asyncio.run(score(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
