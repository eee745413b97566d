"""docs/cli.md is the `--help` of every command; this test fails when they drift apart.
Regenerate it with: UPDATE_CLI_REFERENCE=1 python -m pytest tests/test_cli_reference.py"""

from __future__ import annotations

import os

from tests.conftest import ROOT, run_cli

COMMANDS = [[], ["extract"], ["batch", "submit"], ["batch", "status"], ["batch", "collect"], ["brief"], ["eval", "score"], ["eval", "run"], ["eval", "compare"],
            ["gold", "check"], ["cache", "stats"], ["cache", "clear"], ["doctor"]]
REFERENCE = ROOT / "docs" / "cli.md"


def generate() -> str:
    parts = ["# Command-line reference", "", "Generated from `--help`; do not edit by hand (see tests/test_cli_reference.py).", ""]
    for command in COMMANDS:
        result = run_cli(*command, "--help", env={"COLUMNS": "100", "TERM": "dumb"})
        assert result.returncode == 0, result.stderr
        parts += [f"## summarize {' '.join(command)}".rstrip(), "", "```", result.stdout.rstrip(), "```", ""]
    return "\n".join(parts)


def test_cli_reference_matches_help():
    text = generate()
    if os.environ.get("UPDATE_CLI_REFERENCE") == "1":
        REFERENCE.parent.mkdir(exist_ok=True)
        REFERENCE.write_text(text, encoding="utf-8")
    assert REFERENCE.read_text(encoding="utf-8") == text, "docs/cli.md is stale: regenerate it (see module docstring)"
