"""`summarize batch submit|status|collect`, and what `summarize extract --batch` runs:
extraction through the OpenAI Batch API (see `summarize.batch`).

The run lives in its state file (OUT/_batch.json, or --state), so every command works
from a fresh process: `submit` records and sends one round, `status` looks at it,
`collect` waits for it and writes the records its answers complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarize.batch import Backoff, BatchState, Collected, Prices, RunSpec, Submitted, state_path, workflow
from summarize.batch.state import STATE_NAME
from summarize.cli import options
from summarize.cli.errors import report_error, run_guarded, stderr
from summarize.cli.outcomes import print_record
from summarize.errors import AnswerPending, InputError, SummarizeError
from summarize.ingest import FetchLimits
from summarize.pipeline import Outcome
from summarize.providers.batch_files import BatchInfo

# `collect --no-wait` on a batch that has not ended (EX_TEMPFAIL: try again later).
EXIT_NOT_FINISHED = 75

batch_app = typer.Typer(
    help="Extract through the OpenAI Batch API: submit a round of requests, look at it, collect its answers.",
    no_args_is_help=True)

Out = Annotated[Path | None, typer.Option("--out", "-o", help="The run's folder: records OUT/<article id>.json, the manifest OUT/_run.json and the batch state OUT/_batch.json.")]
RetryFailed = Annotated[bool, typer.Option("--retry-failed", help="Submit again the articles that failed in an earlier round (they are left out otherwise).")]
NoWait = Annotated[bool, typer.Option("--no-wait", help="Do not wait for a batch that has not ended: say where it is and exit 75.")]


def open_run(out: Path | None, state_file: Path | None, spec: RunSpec | None) -> BatchState:
    """The run's state: loaded (its spec replaced by `spec`, when given and no round is in
    flight), or new for `spec`."""
    path = state_path(out, state_file)
    if path.exists():
        state = BatchState.load(path)
        if spec is not None and spec != state.spec:
            if state.current is not None and not spec.same_run(state.spec):
                raise SummarizeError(f"round {state.current.number} of another set of articles or settings is in "
                                     f"flight in {path}: collect it first (summarize batch collect), or use another --out")
            state.spec = spec
        return state
    if spec is None:
        raise InputError("no batch run here yet: give the articles (FILE|URL or --feed) to start one", source=path)
    if out is None:
        raise InputError("name the folder for the records: --out DIR")
    return BatchState(out=str(out.resolve()), spec=spec, path=path)


def build_spec(inputs: list[str], feeds: list[str], *, model: str | None, model_path: Path | None,
               base_url: str | None, mode: str | None, max_tokens: int | None, context_window: int | None,
               timeout: float | None, chunk_chars: int | None, strategy: str | None,
               position_language: str | None, no_cache: bool,
               cache_dir: Path | None, codebook: Path | None, aliases: Path | None, encoding: str | None,
               max_chars: int, limits: FetchLimits, concurrency: int) -> RunSpec | None:
    """The run's spec from the command line; None without articles (the run's own is used)."""
    if not inputs and not feeds:
        return None
    config = options.model_config(model, model_path, base_url, mode, max_tokens, context_window, timeout,
                                  chunk_chars, strategy, position_language)
    return RunSpec.of(config, options.response_cache(no_cache, cache_dir), inputs=inputs, feeds=feeds,
                      codebook=codebook, aliases=aliases, encoding=encoding, max_chars=max_chars, limits=limits,
                      concurrency=concurrency)


def _print_outcome(outcome: Outcome) -> None:
    if outcome.summary is not None:
        print_record(outcome)
    elif not isinstance(outcome.error, AnswerPending):
        report_error(str(outcome.error))


def _print_look(info: BatchInfo) -> None:
    counts = info.request_counts
    done = f": {counts.get('completed', 0)} of {counts.get('total', 0)} requests done" if counts.get("total") else ""
    stderr.print(f"batch {info.id}: {info.status}{done}", markup=False)


def _run_option(state: BatchState) -> str:
    """How later commands name this run."""
    return f"--out {state.out}" if state.path == Path(state.out) / STATE_NAME else f"--state {state.path}"


def print_submitted(state: BatchState, submitted: Submitted) -> None:
    result, current = submitted.result, submitted.round
    if result is not None and result.skipped:
        stderr.print(f"{result.skipped} articles already done or failed in an earlier round", markup=False)
    if current is None:
        stderr.print("nothing to submit: every article is done or failed", markup=False)
        return
    articles = len(current.articles)
    stderr.print(f"round {current.number}: {len(current.requests)} requests for {articles} articles in batch "
                 f"{current.batch_id} ({current.status}); state in {state.path}", markup=False)


def print_collected(state: BatchState, collected: Collected, prices: Prices) -> None:
    current, info, result = collected.round, collected.info, collected.result
    stderr.print(f"round {current.number} (batch {info.id}, {info.status}): {len(current.requests) - len(current.failed)} "
                 f"of {len(current.requests)} answers usable; {len(result.written)} records written, "
                 f"{len(result.failed)} articles failed", markup=False)
    if info.errors:
        stderr.print(f"the batch's errors: {'; '.join(info.errors)}", markup=False)
    if collected.unreadable:
        stderr.print(f"{collected.unreadable} lines of the batch's files could not be read", markup=False)
    stderr.print(f"this round: {prices.describe(current.usage)}", markup=False)
    if len(state.rounds) > 1:
        stderr.print(f"all rounds: {prices.describe(state.usage)}", markup=False)
    if result.pending:
        waiting = len(result.waiting)
        stderr.print(f"{waiting} {'article needs' if waiting == 1 else 'articles need'} a further round "
                     "(their next questions depend on these "
                     f"answers): summarize batch submit {_run_option(state)}", markup=False)


def run_batch(state: BatchState, backoff: Backoff, prices: Prices) -> int:
    """`summarize extract --batch`: rounds until no article waits; the exit code."""
    failed_before = set(state.failures)
    workflow.run_to_end(state, backoff, on_submitted=lambda s: print_submitted(state, s),
               on_collected=lambda c: print_collected(state, c, prices), on_look=_print_look,
               on_outcome=_print_outcome)
    failed = set(state.failures) - failed_before
    if failed:
        stderr.print(f"{len(failed)} articles failed", markup=False)
    return 1 if failed else 0


@batch_app.command("submit")
def submit(
    inputs: options.Inputs = None,
    feed: options.Feeds = None,
    out: Out = None,
    state_file: options.StateFile = None,
    retry_failed: RetryFailed = False,
    codebook: options.Codebook = None,
    aliases: options.Aliases = None,
    encoding: options.Encoding = None,
    max_chars: options.MaxChars = options.MAX_CHARS,
    concurrency: options.BatchConcurrency = 4,
    fetch_timeout: options.FetchTimeout = options.FETCH_TIMEOUT,
    max_bytes: options.MaxBytes = options.MAX_BYTES,
    user_agent: options.UserAgent = None,
    model: options.Model = None,
    base_url: options.BaseUrl = None,
    mode: options.Mode = None,
    max_tokens: options.MaxTokens = None,
    context_window: options.ContextWindow = None,
    chunk_chars: options.ChunkChars = None,
    strategy: options.Strategy = None,
    position_language: options.PositionLanguage = None,
    timeout: options.Timeout = None,
    cache_dir: options.CacheDir = None,
) -> None:
    """Record the requests the articles need now, upload them and create a batch (one round).

    Without FILE|URL or --feed, the next round of the run in OUT. Articles whose
    answers are all cached get their records at once."""
    def action() -> int:
        spec = build_spec(inputs or [], feed or [], model=model, model_path=None, base_url=base_url, mode=mode,
                          max_tokens=max_tokens, context_window=context_window, timeout=timeout,
                          chunk_chars=chunk_chars, strategy=strategy, position_language=position_language,
                          no_cache=False, cache_dir=cache_dir,
                          codebook=codebook, aliases=aliases, encoding=encoding, max_chars=max_chars,
                          limits=FetchLimits(timeout=fetch_timeout, max_bytes=max_bytes, user_agent=user_agent),
                          concurrency=concurrency)
        state = open_run(out, state_file, spec)
        submitted = workflow.submit(state, retry_failed=retry_failed, on_outcome=_print_outcome)
        print_submitted(state, submitted)
        if submitted.round is not None:
            stderr.print(f"collect with: summarize batch collect {_run_option(state)}", markup=False)
        return 1 if submitted.result is not None and submitted.result.failed else 0

    raise typer.Exit(run_guarded(action))


@batch_app.command("status")
def status(out: Out = None, state_file: options.StateFile = None) -> None:
    """Where the run's current batch is: its status and request counts."""
    def action() -> None:
        state = open_run(out, state_file, None)
        seen = workflow.look(state)
        done = sum(1 for r in state.rounds if r.collected)
        stderr.print(f"{state.path}: {len(state.rounds)} rounds, {done} collected; "
                     f"{len(state.failures)} articles failed in a batch", markup=False)
        if state.current is not None and state.current.batch_id is None:
            stderr.print(f"round {state.current.number} was not sent (the process stopped while sending it): "
                         f"summarize batch submit {_run_option(state)} finishes sending it", markup=False)
        elif seen is None:
            stderr.print("no batch is waiting to be collected", markup=False)
        else:
            current, info = seen
            stderr.print(f"round {current.number}: {len(current.requests)} requests for {len(current.articles)} "
                         "articles", markup=False)
            _print_look(info)

    run_guarded(action)


@batch_app.command("collect")
def collect(
    out: Out = None,
    state_file: options.StateFile = None,
    no_wait: NoWait = False,
    poll: options.Poll = options.POLL,
    poll_max: options.PollMax = options.POLL_MAX,
    price_input: options.PriceInput = None,
    price_output: options.PriceOutput = None,
) -> None:
    """Wait for the current batch to end, then validate and cache its answers and write the
    records they complete; says when a further round is needed."""
    def action() -> int:
        prices = Prices.resolve(price_input, price_output)
        state = open_run(out, state_file, None)
        if no_wait:
            seen = workflow.look(state)
            if seen is not None and not seen[1].finished:
                _print_look(seen[1])
                stderr.print(f"not ended yet: collect later with summarize batch collect {_run_option(state)}",
                             markup=False)
                return EXIT_NOT_FINISHED
        collected = workflow.collect(state, Backoff(first=poll, longest=poll_max), on_look=_print_look,
                                  on_outcome=_print_outcome)
        print_collected(state, collected, prices)
        return 1 if collected.result.failed else 0

    raise typer.Exit(run_guarded(action))
