"""Rate limit: N articles against a loopback server that allows R requests per minute.

The server enforces the limit over a sliding minute the way OpenAI does: past it, a
429 with Retry-After; on every answer, the `x-ratelimit-limit/remaining/reset-requests`
headers. Two clients run the same corpus, one after the other:

  summarize   Extractor.extract_many: every request takes a slot of the endpoint's
              shared limiter, which reads the headers and pauses everyone before the
              limit, and on a 429 pauses everyone for its Retry-After
  naive       a pool of C threads, each retrying its own 429s after the Retry-After it
              was given (today's per-request design)

Prints each client's total time, requests and 429s (and their share of requests),
measured in this run. The bound for summarize: 429s under 5% of requests.
Usage: python benchmarks/rate_limit.py [--articles 200] [--rpm 60] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai  # noqa: E402

from benchmarks.concurrency import _blocking_call  # noqa: E402
from benchmarks.fault_campaign import corpus  # noqa: E402
from summarize import Extractor, ResponseCache, resolve_config  # noqa: E402
from summarize.limiter import retry_after_seconds  # noqa: E402
from tests.openai_server import FakeOpenAI, extraction_responder  # noqa: E402


def serve(rpm: int) -> FakeOpenAI:
    server = FakeOpenAI(rpm=rpm, latency=0.05, record=False)
    server.responder = extraction_responder
    return server.start()


def with_summarize(server: FakeOpenAI, articles: list[str], concurrency: int) -> tuple[float, int, int]:
    """Time, requests and 429s of summarize's client on `server`, which it stops."""
    try:
        config = resolve_config("bench-model", base_url=server.base_url, api_key="sk-bench", env={})
        config = config.with_overrides(concurrency=concurrency, max_attempts=20, max_wait=70.0)
        with tempfile.TemporaryDirectory() as cache_dir:
            start = time.perf_counter()
            outcomes = list(Extractor(config, cache=ResponseCache(cache_dir)).extract_many(
                articles, concurrency=concurrency))
            elapsed = time.perf_counter() - start
        assert all(o.summary is not None for o in outcomes), [str(o.error) for o in outcomes if o.error][:3]
        return elapsed, server.count, server.statuses.count(429)
    finally:
        server.stop()


def naive(server: FakeOpenAI, articles: list[str], concurrency: int) -> tuple[float, int, int]:
    """Time, requests and 429s of a pool of threads that each retry their own 429s."""
    try:
        call = _blocking_call(server.base_url)

        def with_retries(text: str) -> None:
            while True:
                try:
                    call(text)
                    return
                except Exception as exc:  # instructor wraps the SDK's RateLimitError
                    cause = exc.__cause__ or exc
                    if not isinstance(cause, openai.RateLimitError):
                        raise
                    time.sleep(retry_after_seconds(cause.response.headers) or 1.0)

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(with_retries, articles))
        return time.perf_counter() - start, server.count, server.statuses.count(429)
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rpm", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    articles = corpus(args.articles)
    floor = max(0.0, (args.articles - args.rpm) / args.rpm * 60)
    ours = with_summarize(serve(args.rpm), articles, args.concurrency)
    theirs = naive(serve(args.rpm), articles, args.concurrency)
    print(f"N={args.articles}  limit {args.rpm} requests/minute  C={args.concurrency}  "
          f"least possible time {floor:.0f} s")
    for name, (elapsed, requests, limited) in (("summarize", ours), ("naive", theirs)):
        print(f"{name:10} {elapsed:7.1f} s   {requests:5} requests   {limited:5} 429s "
              f"({limited / requests:.1%} of requests)")
    print(f"naive/summarize: time {theirs[0] / ours[0]:.2f}x, 429s {theirs[2] / max(1, ours[2]):.1f}x")
    ok = ours[2] / ours[1] < 0.05
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
