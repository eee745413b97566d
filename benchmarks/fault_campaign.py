"""Fault campaign: N articles against a loopback server where a share of calls fail.

Runs the corpus twice through `extract_many` with the default retry budget: once
against a fault-free server, once against the same server with `--fault-rate` of its
calls failing (429 with Retry-After, 500, 503, a stall past the client's timeout, a
connection reset, malformed JSON, schema-invalid JSON, an answer cut at the length
limit, a slow drip; equally often). Every article must end extracted and identical to
its fault-free record, or failed with a reason; at most 1% may fail; nothing may crash.
Prints the failure share, the mismatches, and the total requests as a ratio to the
fault-free count, all measured in this one run.
Usage: python benchmarks/fault_campaign.py [--articles 500] [--fault-rate 0.3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize import Extractor, ResponseCache, resolve_config  # noqa: E402
from tests.openai_server import FakeOpenAI, FaultMix, extraction_responder  # noqa: E402

ARTICLE = (ROOT / "evals" / "corpus" / "france-nato" / "articles" / "000_4f65af8bd44526b5.txt").read_text("utf-8")


def corpus(count: int) -> list[str]:
    """Distinct articles (distinct cache keys), each a real article with its own lead."""
    return [f"Article number {i} of the campaign.\n\n{ARTICLE}" for i in range(count)]


def run(server: FakeOpenAI, articles: list[str], concurrency: int, timeout: float) -> tuple[dict, int, float]:
    config = resolve_config("bench-model", base_url=server.base_url, api_key="sk-bench", env={})
    config = config.with_overrides(timeout=timeout, concurrency=concurrency, max_wait=5.0)
    before = server.count
    with tempfile.TemporaryDirectory() as cache_dir:
        extractor = Extractor(config, cache=ResponseCache(cache_dir))
        start = time.perf_counter()
        outcomes = {o.index: o for o in extractor.extract_many(articles, concurrency=concurrency)}
        elapsed = time.perf_counter() - start
    return outcomes, server.count - before, elapsed


def comparable(summary) -> str:  # noqa: ANN001
    """A record without what legitimately differs between runs (usage, timing)."""
    return summary.model_copy(update={"usage": summary.usage.model_copy(
        update={"requests": 0, "prompt_tokens": 0, "completion_tokens": 0, "cache_hits": 0})}).model_dump_json()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=2.0, help="client timeout; the stall fault exceeds it")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    articles = corpus(args.articles)

    server = FakeOpenAI(record=False)
    server.responder = extraction_responder
    server.start()
    try:
        clean, clean_requests, clean_time = run(server, articles, args.concurrency, args.timeout)
        server.faults = FaultMix(args.fault_rate, seed=args.seed, retry_after=0.2, stall=args.timeout + 1.0)
        faulty, faulty_requests, faulty_time = run(server, articles, args.concurrency, args.timeout)
    finally:
        server.stop()

    failed = {i: o for i, o in faulty.items() if o.summary is None}
    unexplained = [i for i, o in failed.items() if not str(o.error).strip()]
    mismatched = [i for i, o in faulty.items() if o.summary is not None
                  and (clean[i].summary is None or comparable(o.summary) != comparable(clean[i].summary))]
    missing = len(articles) - len(faulty)
    share = len(failed) / len(articles)
    print(f"articles                 {len(articles)}   fault rate {args.fault_rate:.0%}   concurrency {args.concurrency}")
    print(f"fault-free run           {clean_requests} requests, {clean_time:.1f} s, "
          f"{sum(o.summary is None for o in clean.values())} failed")
    print(f"faulty run               {faulty_requests} requests, {faulty_time:.1f} s")
    print(f"requests ratio           {faulty_requests / clean_requests:.2f}x the fault-free count")
    print(f"failed                   {len(failed)} ({share:.1%}; floor: at most 1%)")
    for index, outcome in sorted(failed.items())[:10]:
        print(f"  article {index}: {type(outcome.error).__name__}: {str(outcome.error)[:120]}")
    print(f"extracted but different  {len(mismatched)}")
    print(f"without an outcome       {missing}   failures without a reason {len(unexplained)}")
    if mismatched:
        import difflib
        a, b = comparable(clean[mismatched[0]].summary), comparable(faulty[mismatched[0]].summary)
        print("\n".join(list(difflib.unified_diff(a.split(","), b.split(","), lineterm=""))[:20]))
    ok = share <= 0.01 and not mismatched and not missing and not unexplained
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
