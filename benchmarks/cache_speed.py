"""How much faster a second identical extraction is, served from the cache.

Runs the same article twice with a fresh cache, in one process through the library
(`extract()`), and twice more as the CLI command a user types (new processes, so
interpreter start-up and imports count). Prints the times and ratios measured in this
run. Exit status 1 if the library's cached run is not under 1% of the first.

    python benchmarks/cache_speed.py [ARTICLE] [--model MODEL]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "evals/corpus/france-nato/articles/000_4f65af8bd44526b5.txt"


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--model", default=None, help="as summarize --model; default: the embedded model")
    args = parser.parse_args()

    import summarize

    with tempfile.TemporaryDirectory() as tmp:
        cache = summarize.ResponseCache(Path(tmp) / "lib")
        first_s, first = timed(lambda: summarize.extract(args.article, model=args.model, cache=cache))
        second_s, second = timed(lambda: summarize.extract(args.article, model=args.model, cache=cache))
        assert second.usage.requests == 0 and second.usage.cache_hits >= 1, "second run was not a cache hit"
        assert second.positions == first.positions

        env = {**os.environ, "SUMMARIZE_CACHE_DIR": str(Path(tmp) / "cli")}
        command = [sys.executable, "-m", "summarize.cli", "extract", str(args.article)]
        if args.model:
            command += ["--model", args.model]
        cli = [timed(lambda: subprocess.run(command, env=env, capture_output=True, check=True))[0] for _ in range(2)]

    lib_ratio = second_s / first_s
    print(f"article: {args.article.name}  model: {first.model}")
    print(f"library  first {first_s:8.3f} s  cached {second_s:8.4f} s  ratio {lib_ratio:.2%}")
    print(f"CLI      first {cli[0]:8.3f} s  cached {cli[1]:8.4f} s  ratio {cli[1] / cli[0]:.2%}"
          "  (includes interpreter start-up and imports)")
    return 0 if lib_ratio < 0.01 else 1


if __name__ == "__main__":
    sys.exit(main())
