"""The console script as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import ARTICLE_000, SECRET_KEY, damaged_cache, quoting_responder, run_cli


def summarize(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


@pytest.fixture
def env(server, tmp_path) -> dict[str, str]:
    server.responder = quoting_responder()
    return {"SUMMARIZE_CACHE_DIR": str(tmp_path / "cache"), "SUMMARIZE_MODEL": "test-model",
            "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": SECRET_KEY}


def test_one_file_prints_one_json_record(env):
    result = summarize("extract", str(ARTICLE_000), env=env)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article_id"] == ARTICLE_000.stem
    assert record["positions"][0]["speaker"] == "Jean-Luc Mélenchon"
    assert SECRET_KEY not in result.stdout + result.stderr
    assert "unclosed" not in result.stderr.lower()  # the HTTP session is closed at exit


def test_a_strategy_that_asks_no_model_says_so_on_the_terminal(env, server):
    result = summarize("extract", str(ARTICLE_000), "--strategy", "overlap", env=env)
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stderr.split())  # the terminal may wrap the line
    assert "warning: strategy overlap" in said and "no model was asked" in said
    assert json.loads(result.stdout)["warnings"][0].startswith("strategy overlap")
    assert server.requests == []  # no model was asked


def test_a_batch_writes_good_files_and_reports_bad_ones(env, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = summarize("extract", str(ARTICLE_000), str(empty), str(binary), "--out", str(out), env=env)
    assert result.returncode == 1
    assert (out / f"{ARTICLE_000.stem}.json").is_file()
    assert sorted(p.name for p in out.iterdir()) == [f"{ARTICLE_000.stem}.json", "_run.json"]
    manifest = json.loads((out / "_run.json").read_text())
    assert manifest["counts"] == {"total": 3, "extracted": 1, "resumed": 0, "failed": 2}
    assert set(manifest["failures"]) == {str(empty), str(binary)} and "binary" in manifest["failures"][str(binary)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any(str(empty) in e and "empty" in e for e in errors)
    assert any(str(binary) in e and "binary" in e for e in errors)
    assert "2 of 3 articles failed" in result.stderr


def test_jsonl_gives_one_record_per_line(env):
    result = summarize("extract", str(ARTICLE_000), str(ARTICLE_000), "--jsonl", env=env)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0 and len(lines) == 2
    assert all(json.loads(line)["article_id"] == ARTICLE_000.stem for line in lines)


def test_a_single_bad_file_exits_with_the_input_error_code(env, tmp_path):
    result = summarize("extract", str(tmp_path / "missing.txt"), env=env)
    assert result.returncode == 3
    assert result.stderr.strip() == f"error: {tmp_path / 'missing.txt'}: no such file"
    assert "Traceback" not in result.stderr


def test_a_model_without_an_endpoint_is_a_config_error(env):
    env = {**env, "OPENAI_BASE_URL": "", "OPENAI_API_KEY": ""}
    result = summarize("extract", str(ARTICLE_000), "--model", "gpt-4o-mini", env=env)
    assert result.returncode == 4 and "OPENAI_API_KEY" in result.stderr


def test_cache_stats_and_clear(env):
    assert summarize("extract", str(ARTICLE_000), env=env).returncode == 0
    stats = summarize("cache", "stats", env=env)
    assert "1 entries" in stats.stdout
    cleared = summarize("cache", "clear", env=env)
    assert "removed 1 entries" in cleared.stdout
    assert "0 entries" in summarize("cache", "stats", env=env).stdout


def test_a_damaged_cache_warns_once_and_clear_removes_it(env, tmp_path):
    damaged_cache(tmp_path / "cache")
    result = summarize("extract", str(ARTICLE_000), env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["positions"]
    said = " ".join(result.stderr.split())  # the terminal may wrap the line
    assert said.count("warning: the answer cache at") == 1 and "malformed" in said
    stats = summarize("cache", "stats", env=env)
    assert stats.returncode == 1 and "error:" in stats.stderr and "cannot be read" in stats.stderr
    assert "Traceback" not in stats.stderr
    assert "removed a damaged cache" in summarize("cache", "clear", env=env).stdout
    assert summarize("extract", str(ARTICLE_000), env=env).returncode == 0
    assert "1 entries" in summarize("cache", "stats", env=env).stdout
