"""One line per finished article on stderr, the same for `extract` and `batch`."""

from __future__ import annotations

from summarize.cli.errors import stderr
from summarize.pipeline import Outcome


def describe(outcome: Outcome) -> str:
    summary = outcome.summary
    assert summary is not None
    cached = " (cached)" if summary.usage.requests == 0 and summary.usage.cache_hits else ""
    rate = "n/a" if summary.grounding_rate is None else f"{summary.grounding_rate:.0%}"
    return f"{outcome.source}: {len(summary.positions)} positions, grounding {rate}{cached}"


def print_record(outcome: Outcome) -> None:
    stderr.print(describe(outcome), markup=False)
