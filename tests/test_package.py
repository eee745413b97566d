"""Packaging: a light import, a pinned public API, prompts inside the installed wheel,
and the layering contracts of pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import summarize
from tests.conftest import ROOT

HEAVY = ("openai", "instructor", "llama_cpp", "httpx2", "diskcache", "scipy",
         "httpx", "trafilatura", "htmldate", "feedparser", "lxml")


def test_importing_the_package_loads_no_model_sdk_nor_the_ingest_libraries():
    code = f"import sys, summarize; print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_api_is_pinned():
    assert sorted(summarize.__all__) == [
        "AliasTable", "Article", "ArticleSummary", "Codebook", "ConfigError", "ContextOverflowError",
        "Evidence", "Extractor", "FetchError", "InputError", "ModelConfig", "ModelError", "ModelOutputError", "Outcome",
        "Position", "ProviderError", "ResponseCache", "Stance", "SummarizeError", "TransientProviderError",
        "TruncatedOutputError", "Usage", "aextract", "aextract_many", "extract", "extract_many", "load_aliases",
        "load_article", "load_codebook", "resolve_config",
    ]


def test_the_installed_wheel_carries_and_uses_the_prompts(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    [wheel] = tmp_path.glob("summarize-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"summarize/prompts/system.j2", "summarize/prompts/user.j2"} <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import summarize.prompting as p; print(p.prompts_dir()); "
            "print(p.render_messages('Body.', codebook=None)[1]['content'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": ""})
    prompts_dir, _, rendered = out.stdout.partition("\n")
    assert Path(prompts_dir).is_relative_to(target)
    assert "<article>\nBody.\n</article>" in rendered


def test_import_layers_hold():
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_type_checks():
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_code_passes_the_linter():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "summarize", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
