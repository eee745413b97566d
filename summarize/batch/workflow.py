"""The steps of a batch run: submit a round, look at it, collect it; and all of them in
a loop until every article is done or failed (`summarize extract --batch`).

Each step saves the state file before and after everything it does outside this
process (see `summarize.batch.state`), so it can be run again after a crash: a
submission goes on from the last step saved, a collection starts over (storing an
answer in the cache twice stores the same answer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarize.batch.passes import OutcomeHook, PassResult, run_pass
from summarize.batch.polling import Backoff, wait_until_finished
from summarize.batch.state import BatchState, Round
from summarize.errors import SummarizeError
from summarize.providers.batch_files import BatchAnswer, BatchInfo, read_output, request_line
from summarize.runs import atomic_write

if TYPE_CHECKING:
    from summarize.providers.batch_api import BatchAPI


@dataclass
class Submitted:
    """A submission: the round sent (None when no article needs an answer) and the pass
    that recorded it (None when an interrupted submission was finished)."""

    round: Round | None
    result: PassResult | None


@dataclass
class Collected:
    """A collected round, the batch as it ended, and the pass over its answers."""

    round: Round
    info: BatchInfo
    result: PassResult
    unreadable: int = 0


def batch_api(state: BatchState) -> BatchAPI:
    from summarize.providers.batch_api import BatchAPI  # the SDK, only when a step needs it

    return BatchAPI(state.spec.config())


def submit(state: BatchState, *, retry_failed: bool = False, on_outcome: OutcomeHook | None = None) -> Submitted:
    """Record the requests the unfinished articles need now, upload them and create a
    batch; or finish a submission that a crash interrupted."""
    current = state.current
    if current is not None:
        if current.batch_id is not None:
            raise SummarizeError(f"round {current.number} (batch {current.batch_id}) is not collected yet: "
                                 "run `summarize batch collect` first")
        _send(state, current)
        return Submitted(current, None)
    if retry_failed:
        state.failures.clear()
    result = run_pass(state, {}, on_outcome=on_outcome)
    state.failures.update(result.failed)
    if not result.requests:
        state.save()
        return Submitted(None, result)
    number = len(state.rounds) + 1
    path = state.files_dir / f"round-{number}-input.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, "".join(request_line(key, body) + "\n" for key, body in result.requests.items()))
    current = Round(number=number, requests=dict(result.pending), input_file=str(path))
    state.rounds.append(current)
    state.save()
    _send(state, current)
    return Submitted(current, result)


def _send(state: BatchState, current: Round) -> None:
    """Upload the round's input file and create its batch, saving each id as it comes."""
    api = batch_api(state)
    if current.input_file_id is None:
        path = Path(current.input_file)
        current.input_file_id = api.upload(path.name, path.read_bytes())
        state.save()
    info = api.create(current.input_file_id, metadata={"created_by": "summarize", "round": str(current.number)})
    current.batch_id, current.status = info.id, info.status
    current.request_counts = info.request_counts
    state.save()


def look(state: BatchState) -> tuple[Round, BatchInfo] | None:
    """The current round's batch as it is now (None when no round is waiting)."""
    current = state.current
    if current is None or current.batch_id is None:
        return None
    info = batch_api(state).retrieve(current.batch_id)
    _note(state, current, info)
    return current, info


def _note(state: BatchState, current: Round, info: BatchInfo) -> None:
    current.status, current.request_counts = info.status, info.request_counts
    state.save()


def collect(state: BatchState, backoff: Backoff, *, timeout: float | None = None,
            on_look: Callable[[BatchInfo], None] | None = None,
            on_outcome: OutcomeHook | None = None) -> Collected:
    """Wait for the current round's batch to end, then validate, cache and record its
    answers (a pass); reports per article what failed and what needs a further round."""
    current = state.current
    if current is None:
        raise SummarizeError("no round is waiting to be collected: `summarize batch submit` starts the next one")
    if current.batch_id is None:
        _send(state, current)
    assert current.batch_id is not None
    api = batch_api(state)
    batch_id = current.batch_id

    def look_once() -> BatchInfo:
        info = api.retrieve(batch_id)
        _note(state, current, info)
        if on_look is not None:
            on_look(info)
        return info

    info = wait_until_finished(look_once, backoff, timeout=timeout)
    output = read_output([])
    for kind, file_id in (("output", info.output_file_id), ("errors", info.error_file_id)):
        if file_id:
            text = api.download(file_id)
            atomic_write(state.files_dir / f"round-{current.number}-{kind}.jsonl", text)
            output = output | read_output(text.splitlines())
    answers = {key: output.answers.get(key) or _missing(info) for key in current.requests}
    result = run_pass(state, answers, batch_id=batch_id, on_outcome=on_outcome)
    state.failures.update(result.failed)
    current.collected, current.usage = True, output.usage
    current.failed = {**{key: answer.error for key, answer in answers.items() if answer.error}, **result.refused}
    state.save()
    return Collected(current, info, result, output.unreadable)


def _missing(info: BatchInfo) -> BatchAnswer:
    why = f"; {'; '.join(info.errors)}" if info.errors else ""
    return BatchAnswer(error=f"no answer for this request (batch {info.status}{why})")


def run_to_end(state: BatchState, backoff: Backoff, *, timeout: float | None = None,
               on_submitted: Callable[[Submitted], None] | None = None,
               on_collected: Callable[[Collected], None] | None = None,
               on_look: Callable[[BatchInfo], None] | None = None,
               on_outcome: OutcomeHook | None = None) -> None:
    """Rounds until no article waits for an answer: a round in flight is collected
    first (a resumed run never submits twice), then submit, wait, collect, again while
    a collected round leaves requests that depended on its answers."""
    while True:
        if state.current is None:
            submitted = submit(state, on_outcome=on_outcome)
            if on_submitted is not None:
                on_submitted(submitted)
            if submitted.round is None:
                return
        collected = collect(state, backoff, timeout=timeout, on_look=on_look, on_outcome=on_outcome)
        if on_collected is not None:
            on_collected(collected)
        if not collected.result.pending:
            return
