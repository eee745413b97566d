"""Kill and resume: a corpus run killed with SIGKILL at a random point, then run again.

Runs `summarize extract FILES... --out DIR` against the loopback server (a share of
its calls faulty, as in the fault campaign), kills the process with SIGKILL once a
random number of records is on disk, and runs the same command again. Then checks:
no model call in the second run for an article whose record was written before the
kill; every record present and whole; the manifest's counts. Prints the figures
measured in this run.
Usage: python benchmarks/kill_resume.py [--articles 500] [--fault-rate 0.3] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fault_campaign import ARTICLE  # noqa: E402
from tests.openai_server import FakeOpenAI, FaultMix, extraction_responder  # noqa: E402

_ARTICLE_NUMBER = re.compile(r"Article number (\d+)\.")


def asked_for(server: FakeOpenAI, since: int) -> Counter[int]:
    """How many requests each article got after request number `since`."""
    return Counter(int(m[1]) for r in server.requests[since:] if (m := _ARTICLE_NUMBER.search(json.dumps(r))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    kill_after = random.Random(seed).randrange(1, args.articles)
    server = FakeOpenAI(latency=0.02, faults=FaultMix(args.fault_rate, seed=seed, retry_after=0.1, stall=3.0))
    server.responder = extraction_responder
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            files = [folder / f"a{i:05d}.txt" for i in range(args.articles)]
            for i, path in enumerate(files):
                path.write_text(f"Article number {i}.\n\n{ARTICLE}", encoding="utf-8")
            out = Path(tmp) / "out"
            env = {**os.environ, "SUMMARIZE_MODEL": "bench-model", "OPENAI_BASE_URL": server.base_url,
                   "OPENAI_API_KEY": "sk-bench", "SUMMARIZE_CACHE_DIR": str(Path(tmp) / "cache"),
                   "SUMMARIZE_TIMEOUT": "2"}
            command = [sys.executable, "-m", "summarize.cli", "extract", *map(str, files), "--out", str(out),
                       "-j", str(args.concurrency)]
            first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while first.poll() is None and len(list(out.glob("a*.json"))) < kill_after:
                time.sleep(0.01)
            first.send_signal(signal.SIGKILL)
            first.wait()
            done = {int(p.stem[1:]) for p in out.glob("a*.json")}
            whole_before = all(json.loads(p.read_text())["article_id"] == p.stem for p in out.glob("a*.json"))
            mark = len(server.requests)
            second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            repeated = {i: n for i, n in asked_for(server, mark).items() if i in done}
            records = {int(p.stem[1:]) for p in out.glob("a*.json")
                       if json.loads(p.read_text())["article_id"] == p.stem}
            manifest = json.loads((out / "_run.json").read_text())
    finally:
        server.stop()
    missing = set(range(args.articles)) - records
    failed = manifest["counts"]["failed"]
    print(f"articles {args.articles}   fault rate {args.fault_rate:.0%}   seed {seed}")
    print(f"killed with SIGKILL after {len(done)} records (target {kill_after}); records whole: {whole_before}")
    print(f"second run: exit {second.returncode}, {len(server.requests) - mark} requests for "
          f"{args.articles - len(done)} articles left")
    print(f"model calls repeated for articles already written: {sum(repeated.values())}")
    print(f"records at the end {len(records)} of {args.articles}; failed (with reasons in the manifest) {failed}; "
          f"manifest resumed={manifest['counts']['resumed']}")
    ok = not repeated and whole_before and len(missing) == failed and manifest["counts"]["resumed"] == len(done)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
