"""Stance step alone: how often the decomposed strategy's stance question gets gold right.

For a seeded sample of gold positions, the stance request is asked exactly as the
decomposed strategy asks it (same template, schema and model settings), with the gold
evidence's first span as the passage and the gold speaker and issue; the answer is
compared with the gold stance. It isolates the stance prompt from candidate mining and
issue choice, so two stance prompts can be compared on the same pairs in minutes
rather than with whole corpus runs.

Usage: python benchmarks/stance_accuracy.py --corpus evals/corpus/challenge --model-path M.gguf [--sample 60]
"""

from __future__ import annotations

import argparse
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
from summarize.prompting import prompt_version, render_candidate_messages  # noqa: E402
from summarize.strategies.decomposed import ANSWER_MAX_TOKENS, STANCE_TEMPLATES, StanceAnswer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--model-path", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print each wrong answer")
    args = parser.parse_args()
    codebook = load_codebook(args.corpus / "codebook.yaml")
    propositions = {issue.id: issue.proposition for issue in codebook.issues}
    gold = [(p["speaker"], p["issue"], p["stance"], p["evidence"][0])
            for path in sorted((args.corpus / "gold").glob("*.json"))
            for p in json.loads(path.read_text(encoding="utf-8"))["positions"]]
    sample = random.Random(args.seed).sample(gold, min(args.sample, len(gold)))
    config = resolve_config(model_path=args.model_path, env={})
    config = config.with_overrides(max_tokens=min(config.max_tokens, ANSWER_MAX_TOKENS))
    client = ModelClient(config, ResponseCache(args.cache_dir))
    version = prompt_version(StanceAnswer, STANCE_TEMPLATES)
    confusion: Counter[tuple[str, str]] = Counter()
    for speaker, issue, stance, passage in sample:
        messages = render_candidate_messages(codebook, speaker, passage, propositions[issue])
        data, _ = client.ask(messages, StanceAnswer, version)
        confusion[(stance, data["stance"])] += 1
        if args.show and data["stance"] != stance:
            print(f"gold {stance} -> {data['stance']}: {speaker} / {issue}: {passage[:160]!r} -> {data}")
    right = sum(n for (g, p), n in confusion.items() if g == p)
    print(f"{args.corpus.name}: {right}/{len(sample)} stances right "
          f"({right / len(sample):.2f}); prompt version {version}")
    for (g, p), n in sorted(confusion.items()):
        print(f"  gold {g:8} -> {p:10} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
