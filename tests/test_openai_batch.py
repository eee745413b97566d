"""Extraction through the OpenAI Batch API, against the loopback fake of the Files and
Batches endpoints (tests/openai_batch_server.py): the batch path gives the online
records for the same answers and fills the cache for the online path; dependent steps
take one round each; a failed request fails its article alone; a run killed with
SIGKILL between submit and collect is collected by a new process; polling is bounded;
the cost comes from configured prices; no API key is written anywhere."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarize import ConfigError, Extractor, ResponseCache, SummarizeError
from summarize.batch import Backoff, BatchState, Prices, RunSpec, workflow
from summarize.batch.answering import BatchClient
from summarize.batch.polling import wait_until_finished
from summarize.batch.state import STATE_NAME
from summarize.errors import AnswerPending
from summarize.portal import gather
from summarize.providers.batch_files import BatchInfo, read_output
from summarize.records import ArticleSummary, Usage
from tests.conftest import (
    ARTICLE_000,
    CORPUS,
    QUESTION,
    SECRET_KEY,
    decomposed_responder,
    quoting_responder,
    remote_config,
    write_corpus,
)
from tests.openai_batch_server import FakeBatchAPI
from tests.openai_server import FakeOpenAI, Reply

FAST = Backoff(first=0.01, factor=1.5, longest=0.05)
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))
TEXT = ARTICLE_000.read_text(encoding="utf-8")


@pytest.fixture
def fake(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBatchAPI]:
    """The Files and Batches endpoints on the test server; the key where a user keeps it."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET_KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    yield FakeBatchAPI(server)


def new_run(server: FakeOpenAI, tmp_path: Path, files: list[Path], **overrides: object) -> BatchState:
    config = remote_config(server, **overrides)
    spec = RunSpec.of(config, ResponseCache(tmp_path / "cache"), inputs=[str(f) for f in files], feeds=[])
    out = tmp_path / "out"
    return BatchState(out=str(out), spec=spec, path=out / STATE_NAME)


def records(folder: Path) -> dict[str, ArticleSummary]:
    return {p.stem: ArticleSummary.model_validate_json(p.read_text()) for p in folder.glob("*.json")
            if not p.name.startswith("_")}


def online(server: FakeOpenAI, cache: ResponseCache, files: list[Path], **overrides: object) -> dict[str, ArticleSummary]:
    extractor = Extractor(remote_config(server, **overrides), cache=cache)
    outcomes = list(extractor.extract_many(files))
    assert all(o.summary is not None for o in outcomes), [str(o.error) for o in outcomes]
    return {Path(o.source).stem: o.summary for o in outcomes if o.summary is not None}


def comparable(summaries: dict[str, ArticleSummary]) -> dict[str, dict[str, object]]:
    """Records without `usage`, which says what each run spent (batch tokens, cache hits)."""
    return {k: s.model_dump(mode="json", exclude={"usage"}) for k, s in summaries.items()}


def cli_env(server: FakeOpenAI, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"),
            "SUMMARIZE_MODEL": "test-model", "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": SECRET_KEY}


def cli(server: FakeOpenAI, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "summarize.cli", *args], env=cli_env(server, tmp_path),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json"])
def test_a_batch_line_carries_the_body_the_online_client_posts(server, tmp_path, mode):
    server.responder = quoting_responder()
    config = remote_config(server, mode=mode, strategy="one_shot")
    Extractor(config, cache=ResponseCache(tmp_path / "online")).extract(TEXT)
    [posted] = server.requests
    recorder = BatchClient(config, ResponseCache(tmp_path / "batch"), answers={})
    with pytest.raises(AnswerPending) as pending:
        Extractor(client=recorder).extract(TEXT)
    assert list(recorder.requests) == list(pending.value.keys)
    assert list(recorder.requests.values()) == [posted]


def test_a_corpus_through_the_batch_gives_the_online_records_and_fills_the_cache(server, fake, tmp_path):
    server.responder = quoting_responder()
    expected = online(server, ResponseCache(tmp_path / "online"), ARTICLES, strategy="one_shot")
    asked_online = list(server.requests)

    state = new_run(server, tmp_path, ARTICLES, strategy="one_shot")
    workflow.run_to_end(state, FAST)
    assert comparable(records(Path(state.out))) == comparable(expected)
    [batch] = fake.batches.values()
    assert batch["status"] == "completed" and batch["request_counts"]["failed"] == 0
    # The batch asked exactly what the online run asked, one line per request, each
    # named by the cache key under which the online path looks for its answer.
    assert canonical(fake.answered) == canonical(asked_online)
    lines = [json.loads(line) for line in Path(state.rounds[0].input_file).read_text().splitlines()]
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    assert {line["custom_id"] for line in lines} == set(state.rounds[0].requests)
    assert all(re.fullmatch(r"[0-9a-f]{64}", line["custom_id"]) for line in lines)
    assert state.rounds[0].usage == Usage(prompt_tokens=100 * len(ARTICLES), completion_tokens=50 * len(ARTICLES),
                                          requests=len(ARTICLES))

    # An ordinary online run over the same articles and cache asks nothing, and writes
    # the same records.
    before = len(server.requests)
    again = online(server, ResponseCache(tmp_path / "cache"), ARTICLES, strategy="one_shot")
    assert len(server.requests) == before
    assert comparable(again) == comparable(expected)
    assert all(s.usage.requests == 0 and s.usage.cache_hits == 1 for s in again.values())


def canonical(bodies: list[dict[str, object]]) -> list[str]:
    return sorted(json.dumps(body, sort_keys=True) for body in bodies)


def test_dependent_steps_take_one_round_each_and_collect_says_so(server, fake, tmp_path):
    server.responder = decomposed_responder
    files = ARTICLES[:2]
    expected = online(server, ResponseCache(tmp_path / "online"), files, strategy="decomposed")
    out = tmp_path / "out"

    submitted = cli(server, tmp_path, "batch", "submit", *map(str, files), "--out", str(out), "--strategy", "decomposed")
    rounds = 1
    while True:
        assert submitted.returncode == 0 and f"round {rounds}:" in submitted.stderr, submitted.stderr
        assert "summarize batch collect --out" in submitted.stderr
        collected = cli(server, tmp_path, "batch", "collect", "--out", str(out), "--poll", "0.01", "--poll-max", "0.05")
        assert collected.returncode == 0, collected.stderr
        if "further round" not in collected.stderr:
            break
        waiting = re.search(r"(\d+) (articles need|article needs) a further round", collected.stderr)
        assert waiting and "summarize batch submit --out" in collected.stderr, collected.stderr
        assert int(waiting[1]) == (2 if rounds < 3 else 1)  # one article has a sentence judged "not stated"
        assert len(records(out)) == len(files) - int(waiting[1])  # an article is written once complete
        submitted = cli(server, tmp_path, "batch", "submit", "--out", str(out))
        rounds += 1
    assert comparable(records(out)) == comparable(expected)
    # One round per dependent step: the issues, the views, their judgements, and the
    # last reading where a judgement was "not stated".
    assert rounds == len(fake.batches) == 4
    state = BatchState.load(out / STATE_NAME)
    issue_questions = [r for r in fake.answered if not any(q in r["messages"][-1]["content"] for q in QUESTION.values())]
    assert len(state.rounds[0].requests) == len(issue_questions)
    assert "further round" not in cli(server, tmp_path, "batch", "submit", "--out", str(out)).stderr


def test_a_failed_request_fails_its_article_with_the_reason_and_the_others_complete(server, fake, tmp_path):
    def respond(request):
        article = json.dumps(request)
        if "Article 1." in article:
            return Reply(status=500)
        if "Article 2." in article:
            return Reply(content=json.dumps({"summary": 1}))
        if "Article 3." in article:
            return Reply(content='{"summary": "cut', finish_reason="length")
        return quoting_responder()(request)

    server.responder = respond
    files = write_corpus(tmp_path, 5)
    state = new_run(server, tmp_path, files, strategy="one_shot")
    workflow.run_to_end(state, FAST)
    assert set(records(Path(state.out))) == {"a00", "a04"}
    failures = {Path(source).stem: reason for source, reason in state.failures.items()}
    assert set(failures) == {"a01", "a02", "a03"}
    assert "HTTP 500" in failures["a01"] and "batch_" in failures["a01"]
    assert "did not validate" in failures["a02"]
    assert "cut at max_tokens" in failures["a03"]
    manifest = json.loads((Path(state.out) / "_run.json").read_text())
    assert {Path(s).stem for s in manifest["failures"]} == {"a01", "a02", "a03"}
    assert len(fake.batches) == 1 and len(state.rounds[0].failed) == 3  # the loop does not ask them again

    # Asked again on request, the failed articles alone go into a new batch.
    server.responder = quoting_responder()
    submitted = workflow.submit(state, retry_failed=True)
    assert submitted.round is not None and len(submitted.round.requests) == 3
    workflow.collect(state, FAST)
    assert set(records(Path(state.out))) == {f"a{i:02d}" for i in range(5)} and not state.failures


def test_a_batch_refused_at_validation_fails_each_article_with_the_batch_errors(server, fake, tmp_path):
    server.responder = quoting_responder()
    fake._problems = lambda batch: ["line 1: the model does not exist"]  # type: ignore[method-assign]
    files = write_corpus(tmp_path, 2)
    state = new_run(server, tmp_path, files, strategy="one_shot")
    workflow.run_to_end(state, FAST)
    assert records(Path(state.out)) == {} and len(state.failures) == 2
    assert all("batch failed; invalid_request: line 1: the model does not exist" in reason
               for reason in state.failures.values())


def test_a_run_killed_between_submit_and_collect_is_collected_by_a_new_process(server, fake, tmp_path):
    server.responder = quoting_responder()
    files = write_corpus(tmp_path, 4)
    out = tmp_path / "out"
    fake.hold = True  # the batch stays in_progress until the process is gone
    command = [sys.executable, "-m", "summarize.cli", "extract", *map(str, files), "--out", str(out), "--batch",
               "--strategy", "one_shot", "--poll", "0.05", "--poll-max", "0.1"]
    process = subprocess.Popen(command, env=cli_env(server, tmp_path), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(fake.looks.get(b, 0) >= 2 for b in fake.batches):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    state = BatchState.load(out / STATE_NAME)
    assert state.current is not None and state.current.batch_id in fake.batches
    assert records(out) == {}

    looked = cli(server, tmp_path, "batch", "status", "--out", str(out))
    assert looked.returncode == 0 and "in_progress" in looked.stderr, looked.stderr
    waiting = cli(server, tmp_path, "batch", "collect", "--out", str(out), "--no-wait")
    assert waiting.returncode == 75 and "in_progress" in waiting.stderr
    fake.hold = False
    result = cli(server, tmp_path, "batch", "collect", "--out", str(out), "--poll", "0.01", "--poll-max", "0.05",
                 "--price-input", "0.5", "--price-output", "1.5")
    assert result.returncode == 0, result.stderr
    assert len(fake.batches) == 1  # collected, never submitted again
    assert set(records(out)) == {f.stem for f in files}
    # 4 requests of 100 input and 50 output tokens: (400 x 0.5 + 200 x 1.5) / 1e6 dollars
    assert "400 input and 200 output tokens: estimated $0.0005" in result.stderr
    assert "$0.5 input, $1.5 output per million tokens" in result.stderr

    # Nothing is asked online afterwards, and the key is nowhere but in the request headers.
    asked = len(server.requests)
    rerun = cli(server, tmp_path, "extract", *map(str, files), "--out", str(tmp_path / "online"),
                "--strategy", "one_shot")
    assert rerun.returncode == 0 and len(server.requests) == asked, rerun.stderr
    assert fake.authorizations == {f"Bearer {SECRET_KEY}"}
    for path in [*out.rglob("*"), *(tmp_path / "cache").rglob("*")]:
        if path.is_file():
            assert SECRET_KEY.encode() not in path.read_bytes(), path
    assert SECRET_KEY not in looked.stderr + waiting.stderr + result.stderr + result.stdout


def test_extract_batch_without_out_or_with_the_local_model_is_refused(server, tmp_path):
    result = cli(server, tmp_path, "extract", str(ARTICLE_000), "--batch")
    assert result.returncode == 3 and "--out" in result.stderr
    with pytest.raises(ConfigError, match="OpenAI-compatible"):
        RunSpec.of(remote_config(server).with_overrides(provider="local"), ResponseCache(tmp_path), inputs=[], feeds=[])
    with pytest.raises(ConfigError, match="no-cache"):
        RunSpec.of(remote_config(server), ResponseCache(tmp_path, enabled=False), inputs=[], feeds=[])


def test_polling_backs_off_to_a_bounded_pause_and_gives_up_after_the_timeout():
    pauses = Backoff(first=10, factor=1.5, longest=300).pauses()
    assert [next(pauses) for _ in range(12)] == [10, 15, 22.5, 33.75, 50.625, 75.9375, 113.90625, 170.859375,
                                                 256.2890625, 300, 300, 300]
    now, slept = [0.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    def look(ends_at: float) -> BatchInfo:
        return BatchInfo("batch_1", "completed" if now[0] >= ends_at else "in_progress", "file-1")

    backoff = Backoff(first=10, factor=1.5, longest=300)
    info = wait_until_finished(lambda: look(3600), backoff, sleep=sleep, clock=lambda: now[0])
    assert info.finished and max(slept) == 300
    assert now[0] - 3600 < 300  # seen within one capped pause of its end
    assert len(slept) <= 20  # an hour's batch: a handful of looks, not one a second
    with pytest.raises(SummarizeError, match="still in_progress"):
        wait_until_finished(lambda: look(10_000), backoff, timeout=600, sleep=sleep, clock=lambda: now[0])


def test_the_cost_is_the_tokens_at_the_configured_prices_and_nothing_is_assumed():
    usage = Usage(prompt_tokens=2_000_000, completion_tokens=500_000)
    prices = Prices.resolve(env={"SUMMARIZE_PRICE_INPUT": "0.075", "SUMMARIZE_PRICE_OUTPUT": "0.30"})
    assert prices.cost(usage) == pytest.approx(0.15 + 0.15)
    assert Prices.resolve(1.0, None, env={"SUMMARIZE_PRICE_OUTPUT": "2"}).cost(usage) == pytest.approx(3.0)
    unpriced = Prices.resolve(env={})
    assert unpriced.cost(usage) is None
    assert "$" not in unpriced.describe(usage) and "--price-input" in unpriced.describe(usage)
    with pytest.raises(ConfigError, match="SUMMARIZE_PRICE_INPUT"):
        Prices.resolve(env={"SUMMARIZE_PRICE_INPUT": "cheap"})


def test_output_lines_become_answers_or_reasons_per_custom_id():
    completion = {"id": "c", "object": "chat.completion", "created": 0, "model": "m", "choices": [],
                  "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}}
    output = read_output([
        json.dumps({"id": "r1", "custom_id": "a", "response": {"status_code": 200, "request_id": "q", "body": completion},
                    "error": None}),
        json.dumps({"id": "r2", "custom_id": "b", "response": {"status_code": 429, "request_id": "q",
                                                               "body": {"error": {"message": "slow down"}}},
                    "error": None}),
        json.dumps({"id": "r3", "custom_id": "c", "response": None,
                    "error": {"code": "batch_expired", "message": "not run in time"}}),
        "not json", "",
    ])
    assert output.answers["a"].completion == completion
    assert output.answers["b"].error == "HTTP 429: slow down"
    assert output.answers["c"].error == "batch_expired: not run in time"
    assert output.usage == Usage(prompt_tokens=7, completion_tokens=3, requests=1) and output.unreadable == 1


def test_a_pending_request_lets_its_siblings_be_recorded_but_a_failure_still_cancels_them():
    async def pending(key: str) -> None:
        await asyncio.sleep(0)
        raise AnswerPending((key,))

    async def answered() -> str:
        await asyncio.sleep(0.01)
        return "ok"

    async def failing() -> None:
        raise ConfigError("broken")

    with pytest.raises(AnswerPending) as caught:
        asyncio.run(gather(pending("k1"), answered(), pending("k2")))
    assert caught.value.keys == ("k1", "k2")
    with pytest.raises(ConfigError):
        asyncio.run(gather(pending("k1"), failing()))
