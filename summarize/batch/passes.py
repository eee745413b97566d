"""A pass: the run's unfinished articles through the ordinary pipeline with a
`BatchClient`, records written as online (`summarize.runs`).

Submitting is a pass with no answers in hand: every request it meets is recorded.
Collecting is a pass with the batch's answers: they are validated and cached, the
articles they complete get their records, and requests that depended on them are
recorded for a further round. Articles that failed in an earlier round are left out
(their failure stands until `submit --retry-failed` or an online run).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize.batch.answering import BatchClient
from summarize.batch.state import BatchState
from summarize.errors import AnswerPending
from summarize.pipeline import Extractor, Outcome
from summarize.providers.batch_files import BatchAnswer
from summarize.runs import RunDirectory

OutcomeHook = Callable[[Outcome], None]


@dataclass
class PassResult:
    """What a pass did: records written, articles failed and requests left to ask."""

    written: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # article -> reason
    pending: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # custom_id -> articles
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)  # custom_id -> request body
    refused: dict[str, str] = field(default_factory=dict)  # custom_id -> why its answer was not used
    skipped: int = 0  # articles already done, or failed in an earlier round

    @property
    def waiting(self) -> set[str]:
        """Articles that wait for a further batch."""
        return {article for articles in self.pending.values() for article in articles}


def run_pass(state: BatchState, answers: Mapping[str, BatchAnswer], *, batch_id: str | None = None,
             on_outcome: OutcomeHook | None = None) -> PassResult:
    """One pass over the run's unfinished articles (see the module docstring)."""
    spec = state.spec
    client = BatchClient(spec.config(), spec.cache(), answers, batch_id)
    extractor = Extractor(client=client, codebook=spec.codebook, aliases=spec.aliases)
    everything = list(spec.sources())
    directory = RunDirectory(Path(state.out), model=client.config.identity, strategy=extractor.strategy.name,
                             total=len(everything), position_language=client.config.position_language)
    todo = [s for s in everything
            if s.location not in state.failures and not directory.has_record(s.article_id)]
    result = PassResult(skipped=len(everything) - len(todo))
    directory.resumed(result.skipped)
    for outcome in extractor.extract_many(todo, concurrency=spec.concurrency, encoding=spec.encoding,
                                          max_chars=spec.max_chars):
        if outcome.summary is not None:
            directory.write(outcome.summary, outcome.source)
            result.written.append(outcome.source)
        elif isinstance(outcome.error, AnswerPending):
            for key in outcome.error.keys:
                result.pending[key].append(outcome.source)
        else:
            reason = str(outcome.error)
            directory.failed(outcome.source, reason)
            result.failed[outcome.source] = reason
        if on_outcome is not None:
            on_outcome(outcome)
    directory.save()
    result.requests = {key: client.requests[key] for key in result.pending}
    result.refused = dict(client.refused)
    return result

