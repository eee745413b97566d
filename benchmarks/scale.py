"""Scale: N articles streamed to JSONL through the loopback server, in bounded memory.

Writes N article files (and four bad ones among them: empty, binary, latin-1, 5 MB,
each of which must fail alone with its reason), starts the loopback OpenAI server in its own process, then
runs `summarize extract FILES... --jsonl` as a user would, with stdout to a file.
The peak resident memory of the summarize process (from the kernel's rusage of that
child alone) must stay under 300 MB however large N is: outcomes are written as they
finish and nothing accumulates. Prints the peak RSS, the records written and the
time, measured in this run.
Usage: python benchmarks/scale.py [--articles 10000] [--concurrency 64]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fault_campaign import ARTICLE  # noqa: E402

BOUND_MB = 300
BAD = {"empty.txt": b"", "binary.txt": b"\x00\x01\xff" * 100, "latin1.txt": "Déclaration.".encode("latin-1"),
       "huge.txt": b"word " * 1_100_000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = []
        for i in range(args.articles):
            path = folder / f"a{i:05d}.txt"
            path.write_text(f"Article number {i}.\n\n{ARTICLE}", encoding="utf-8")
            files.append(str(path))
        # Bad input among the thousands: each must fail alone, with its reason.
        for name, data in BAD.items():
            (folder / name).write_bytes(data)
            files.insert(len(files) // 2, str(folder / name))
        server = subprocess.Popen([sys.executable, "-m", "tests.openai_server"], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        try:
            base_url = server.stdout.readline().strip()  # type: ignore[union-attr]
            env = {**os.environ, "SUMMARIZE_MODEL": "bench-model", "OPENAI_BASE_URL": base_url,
                   "OPENAI_API_KEY": "sk-bench", "SUMMARIZE_CACHE_DIR": str(Path(tmp) / "cache")}
            out = Path(tmp) / "records.jsonl"
            start = time.perf_counter()
            with open(out, "w", encoding="utf-8") as sink:
                child = subprocess.Popen(
                    [sys.executable, "-m", "summarize.cli", "extract", *files, "--jsonl",
                     "-j", str(args.concurrency)], cwd=ROOT, env=env, stdout=sink, stderr=subprocess.PIPE, text=True)
                errors = [line for line in child.stderr if line.startswith("error:")]  # type: ignore[union-attr]
                _, status, usage = os.wait4(child.pid, 0)
            elapsed = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait()
        records = sum(1 for line in out.open(encoding="utf-8") if json.loads(line)["article_id"])
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    print(f"articles {args.articles}   concurrency {args.concurrency}   exit status {os.waitstatus_to_exitcode(status)}")
    print(f"records written  {records}; bad inputs {len(BAD)}, errors reported {len(errors)}")
    print(f"time             {elapsed:.1f} s ({args.articles / elapsed:.0f} articles/s)")
    print(f"peak RSS         {peak_mb:.0f} MB (bound {BOUND_MB} MB: {peak_mb / BOUND_MB:.2f}x of it)")
    ok = records == args.articles and len(errors) == len(BAD) and peak_mb < BOUND_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
