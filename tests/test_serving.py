"""Self-hosted servers: vLLM and Ollama, through loopback stand-ins that answer as their
documentation says (tests/serving_stand_ins.py), and `-j` sized for a GPU server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import summarize
from summarize import Extractor, ModelConfig, ModelOutputError, ProviderError, ResponseCache, resolve_config
from summarize.corpus import load_codebook
from summarize.limiter import limiter_for
from summarize.providers.openai_compat import NO_KEY
from summarize.records import SchemaLimits, build_extraction_schema
from tests.conftest import ARTICLE_000, CORPUS, run_cli
from tests.openai_server import FakeOpenAI, Reply, extraction_responder
from tests.serving_stand_ins import OllamaStandIn, StandIn, VLLMStandIn, conform

QWEN = "Qwen/Qwen2.5-7B-Instruct"
LLAMA = "llama3.1:8b"
ISSUES = [issue.id for issue in load_codebook(CORPUS / "codebook.yaml").issues]
TEXTS = [f"Article {i}. Jean said: I am in favor of exiting NATO." for i in range(64)]


@pytest.fixture
def slow_server():
    """Half a second per answer: requests in flight pile up as on a busy GPU server."""
    fake = FakeOpenAI(latency=0.5)
    fake.responder = extraction_responder
    yield fake.start()
    fake.stop()


def test_extract_many_puts_as_many_requests_in_flight_as_articles_at_once(slow_server):
    # The config's own ceiling is 8; the documented `extract_many(..., concurrency=32)`
    # must not leave 24 of its articles waiting for a slot.
    config = resolve_config(QWEN, base_url=slow_server.base_url, env={})
    assert config.concurrency == 8
    outcomes = list(summarize.extract_many(TEXTS, concurrency=32, model=config, cache=ResponseCache(enabled=False)))
    assert all(o.summary is not None and o.summary.positions for o in outcomes)
    assert slow_server.max_in_flight == 32


def test_sized_for_raises_the_ceiling_and_never_lowers_it():
    config = resolve_config("m", base_url="http://127.0.0.1:9/v1", env={})
    assert config.sized_for(64).concurrency == 64
    assert config.with_overrides(concurrency=128).sized_for(64).concurrency == 128
    assert config.sized_for(2) is config


def test_a_later_config_with_a_higher_ceiling_raises_the_shared_limiter():
    first = limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 8)
    first.window = 4.0  # halved after a 429
    again = limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 64)
    assert again is first and first.max_concurrency == 64
    assert first.window == 60.0  # the halving is kept, shifted by the new room
    limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 16)
    assert first.max_concurrency == 64  # never lowered under requests already sized for it


# --- vLLM and Ollama, through their stand-ins -----------------------------------------

OFF_SCHEMA = {"summary": "s" * 900, "confidence": 0.9, "positions": [
    {"speaker": "Jean-Luc Melenchon", "issue": "nato_exit", "stance": "strongly support", "position": "Leave NATO.",
     "hedges": [], "date": "last spring", "evidence": ["I am in favor of exiting NATO."] * 6, "party": None}]}


def off_schema_draft(request):
    """A model that writes what the schema forbids: an issue outside the codebook, an
    unknown stance, a date that is no date, too many quotes, a field nobody asked for."""
    return Reply(content=json.dumps(OFF_SCHEMA))


def no_key_config(server: FakeOpenAI, model: str, **overrides) -> ModelConfig:
    """What `--model M --base-url URL` resolves to with no OPENAI_API_KEY, with short waits."""
    config = resolve_config(model, base_url=server.base_url, env={})
    return config.with_overrides(**{"retry_initial_wait": 0.01, "max_wait": 1.0, "timeout": 10.0, **overrides})


def fresh_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), **extra}


def assert_grounded(record: dict, text: str) -> None:
    assert record["positions"] and record["grounding_rate"] == 1.0
    for position in record["positions"]:
        for quote in position["evidence"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]


@pytest.fixture
def stand_in_servers():
    """Stand-ins started by a test, stopped after it."""
    started: list[FakeOpenAI] = []

    def start(stand_in: StandIn, latency: float = 0.0) -> FakeOpenAI:
        started.append(stand_in.serve(latency))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def test_vllm_documented_command_sends_the_schema_and_writes_a_grounded_record(stand_in_servers, tmp_path):
    server = stand_in_servers(VLLMStandIn())
    result = run_cli("extract", str(ARTICLE_000), "--model", QWEN, "--base-url", server.base_url,
                     "--mode", "json_schema", "-j", "32", env=fresh_env(tmp_path), fresh=True)
    assert result.returncode == 0, result.stderr
    [request] = server.requests
    assert request["model"] == QWEN and "tools" not in request
    assert request["response_format"]["type"] == "json_schema"
    schema = request["response_format"]["json_schema"]["schema"]
    issue = schema["$defs"]["ExtractedPosition"]["properties"]["issue"]
    assert issue["enum"] == ISSUES  # the codebook travels as the grammar
    assert server.headers[0]["authorization"] == f"Bearer {NO_KEY}"  # a placeholder: vLLM without --api-key checks none
    record = json.loads(result.stdout)
    assert record["model"] == f"openai:{server.base_url}:{QWEN}"
    assert_grounded(record, ARTICLE_000.read_text())


@pytest.mark.parametrize("stand_in", [VLLMStandIn, OllamaStandIn])
def test_json_schema_mode_gets_an_answer_decoded_under_the_schema(stand_in, stand_in_servers, cache):
    server = stand_in_servers(stand_in(draft=off_schema_draft))
    summary = Extractor(no_key_config(server, QWEN, mode="json_schema"), cache=cache).extract(ARTICLE_000)
    [pos] = summary.positions
    assert (pos.issue, pos.stance, pos.date) == ("leave_nato", "support", None)  # the grammar's first allowed values
    assert len(pos.evidence) == 1 and len(summary.summary) <= 600  # four identical quotes, merged; the cap kept
    assert len(server.requests) == 1  # valid the first time: no re-ask


def test_the_same_draft_without_guided_decoding_never_validates(server, cache):
    # What the stand-ins' guidance is worth: a server that returns the draft as written
    # (JSON mode) gets it refused and re-asked until the bound.
    server.responder = off_schema_draft
    with pytest.raises(ModelOutputError):
        Extractor(no_key_config(server, QWEN, mode="json"), cache=cache).extract(ARTICLE_000)
    assert len(server.requests) == 3


def test_conform_turns_anything_into_an_instance_of_the_extraction_schema():
    model = build_extraction_schema(ISSUES, SchemaLimits())
    schema = model.model_json_schema()
    for junk in (None, 7, [], {"positions": [{}, "x", {"evidence": []}]}, OFF_SCHEMA):
        model.model_validate(conform(schema, junk))


@pytest.mark.parametrize("mode", ["json", "md_json"])
def test_vllm_refuses_a_request_without_a_schema_and_the_refusal_is_not_retried(mode, stand_in_servers, cache):
    server = stand_in_servers(VLLMStandIn())
    with pytest.raises(ProviderError, match="HTTP 400"):
        Extractor(no_key_config(server, QWEN, mode=mode), cache=cache).extract(ARTICLE_000)
    assert len(server.requests) == 1


def test_vllm_guides_a_named_tool_call_too(stand_in_servers, cache):
    # tools mode names its one tool in tool_choice, which vLLM also decodes under its schema
    server = stand_in_servers(VLLMStandIn(draft=off_schema_draft))
    summary = Extractor(no_key_config(server, QWEN, mode="tools"), cache=cache).extract(ARTICLE_000)
    assert summary.positions[0].issue == "leave_nato"
    assert server.requests[0]["tool_choice"] == {"type": "function", "function": {"name": "Extraction"}}


def test_vllm_started_with_an_api_key_gets_it_from_openai_api_key_and_it_is_written_nowhere(stand_in_servers, tmp_path):
    key = "token-SECRET-4f2a9c"
    server = stand_in_servers(VLLMStandIn(api_key=key))
    args = ("extract", str(ARTICLE_000), "--model", QWEN, "--base-url", server.base_url, "--mode", "json_schema")
    refused = run_cli(*args, env=fresh_env(tmp_path), fresh=True)
    assert refused.returncode != 0 and "HTTP 401" in refused.stderr
    assert len(server.requests) == 1  # a refused key is not retried
    out = tmp_path / "out"
    result = run_cli(*args, "--out", str(out), env=fresh_env(tmp_path, OPENAI_API_KEY=key), fresh=True)
    assert result.returncode == 0, result.stderr
    assert server.headers[-1]["authorization"] == f"Bearer {key}"
    assert key not in result.stdout + result.stderr + refused.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.parent == out for p in written) and any("cache" in p.parts for p in written)
    for path in written:
        assert key.encode() not in path.read_bytes(), path


def test_dash_j_64_keeps_64_requests_in_flight_against_a_gpu_server(stand_in_servers, tmp_path):
    server = stand_in_servers(VLLMStandIn(), latency=0.5)
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(128):
        (articles / f"a{i:03d}.txt").write_text(f"Article {i}. Jean said: I am in favor of exiting NATO.\n")
    out = tmp_path / "out"
    result = run_cli("extract", *sorted(map(str, articles.glob("*.txt"))), "--model", QWEN, "--base-url",
                     server.base_url, "--mode", "json_schema", "-j", "64", "--out", str(out),
                     env=fresh_env(tmp_path), fresh=True)
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("a*.json"))) == 128
    assert server.max_in_flight == 64  # every article's request at once, never more


def test_ollama_documented_command_works_without_a_key(stand_in_servers, tmp_path):
    ollama = OllamaStandIn()
    server = stand_in_servers(ollama)
    result = run_cli("extract", str(ARTICLE_000), "--model", LLAMA, "--base-url", server.base_url,
                     env=fresh_env(tmp_path), fresh=True)
    assert result.returncode == 0, result.stderr
    [request] = server.requests
    assert request["model"] == LLAMA and request["tools"]  # the default mode offers the one tool
    assert ollama.ignored == [{"tool_choice"}]  # ...and names it, which Ollama ignores: the model chose to call it
    assert (request["seed"], request["temperature"]) == (0, 0)  # both read by Ollama: answers repeat
    assert server.headers[0]["authorization"] == f"Bearer {NO_KEY}"
    assert ollama.over_context == 0  # a short article fits even Ollama's default 4096-token context
    assert_grounded(json.loads(result.stdout), ARTICLE_000.read_text())


def test_ollama_documented_batch_command_fills_its_parallel_slots_within_its_context(stand_in_servers, tmp_path):
    ollama = OllamaStandIn(num_parallel=4, context_length=16384, seconds_per_request=0.3)
    server = stand_in_servers(ollama)
    out = tmp_path / "out"
    articles = sorted(map(str, (CORPUS / "articles").glob("*.txt")))
    result = run_cli("extract", *articles, "--model", LLAMA, "--base-url", server.base_url, "--mode", "json_schema",
                     "--context-window", "16384", "-j", "4", "--out", str(out), env=fresh_env(tmp_path), fresh=True)
    assert result.returncode == 0, result.stderr
    assert ollama.max_processing == 4 and ollama.busy == 0  # every slot busy, none overrun
    assert ollama.over_context == 0  # the longest article (10,900 characters) fits whole
    assert all(r["response_format"]["type"] == "json_schema" for r in server.requests)
    for path in articles:
        assert_grounded(json.loads((out / f"{Path(path).stem}.json").read_text()), Path(path).read_text())


def test_a_model_without_tools_is_refused_in_tools_mode_and_served_in_json_schema_mode(stand_in_servers, cache):
    server = stand_in_servers(OllamaStandIn(tools=False))
    with pytest.raises(ProviderError, match="does not support tools"):
        Extractor(no_key_config(server, "gemma:2b"), cache=cache).extract(ARTICLE_000)
    summary = Extractor(no_key_config(server, "gemma:2b", mode="json_schema"), cache=cache).extract(ARTICLE_000)
    assert summary.positions


def test_ollama_queue_full_answers_503_and_every_article_still_completes(stand_in_servers):
    ollama = OllamaStandIn(num_parallel=2, max_queue=1, seconds_per_request=0.2)
    server = stand_in_servers(ollama)
    config = no_key_config(server, LLAMA, mode="json_schema", max_attempts=12)
    outcomes = list(summarize.extract_many(TEXTS[:12], concurrency=6, model=config, cache=ResponseCache(enabled=False)))
    assert [o.error for o in outcomes if o.error] == []
    assert ollama.busy > 0  # 6 at once against 2 slots and 1 queue place
    assert ollama.max_processing == 2


def test_context_window_set_to_ollamas_splits_a_long_article_instead_of_overflowing_it(stand_in_servers, cache):
    ollama = OllamaStandIn(context_length=8192)
    server = stand_in_servers(ollama)
    text = "\n\n".join(f"Speaker {i} said on day {i}: I am in favor of exiting NATO, and I said it again."
                       for i in range(500))  # ~40,000 characters, ~10,000 tokens
    whole = Extractor(no_key_config(server, LLAMA, mode="json_schema", max_tokens=1024), cache=cache).extract(text)
    assert (len(server.requests), ollama.over_context) == (1, 1)  # sent whole: Ollama would cut it
    assert whole.positions
    split = Extractor(no_key_config(server, LLAMA, mode="json_schema", max_tokens=1024, context_window=8192),
                      cache=cache).extract(text)
    assert len(server.requests) > 2 and ollama.over_context == 1  # in pieces, each within the context
    assert split.positions and split.grounding_rate == 1.0
