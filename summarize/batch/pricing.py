"""What a batch cost: tokens from its output, priced at what the user says they pay.

Prices are configuration, never built in: they differ per model and change over time,
and the Batch API is billed at its own rates (OpenAI's batch prices have been half its
online ones). Give the prices you pay for Batch, in US dollars per million tokens;
summarize applies no discount of its own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from summarize.errors import ConfigError
from summarize.records import Usage

PRICE_INPUT_ENV = "SUMMARIZE_PRICE_INPUT"
PRICE_OUTPUT_ENV = "SUMMARIZE_PRICE_OUTPUT"


@dataclass(frozen=True, slots=True)
class Prices:
    """US dollars per million input (prompt) and output (completion) tokens."""

    input: float | None = None
    output: float | None = None

    @classmethod
    def resolve(cls, input: float | None = None, output: float | None = None,
                env: Mapping[str, str] | None = None) -> Prices:
        """Arguments win over SUMMARIZE_PRICE_INPUT and SUMMARIZE_PRICE_OUTPUT."""
        env = os.environ if env is None else env
        return cls(input if input is not None else _price(env, PRICE_INPUT_ENV),
                   output if output is not None else _price(env, PRICE_OUTPUT_ENV))

    @property
    def configured(self) -> bool:
        return self.input is not None and self.output is not None

    def cost(self, usage: Usage) -> float | None:
        """The cost of `usage` in US dollars, or None without both prices."""
        if self.input is None or self.output is None:
            return None
        return (usage.prompt_tokens * self.input + usage.completion_tokens * self.output) / 1_000_000

    def describe(self, usage: Usage) -> str:
        """One line: the tokens, and their cost at the configured prices (or how to get one)."""
        tokens = f"{usage.prompt_tokens:,} input and {usage.completion_tokens:,} output tokens"
        cost = self.cost(usage)
        if cost is None:
            return (f"{tokens}; for a cost estimate give the Batch prices you pay per million tokens "
                    f"(--price-input/--price-output or {PRICE_INPUT_ENV}/{PRICE_OUTPUT_ENV})")
        return (f"{tokens}: estimated ${cost:,.4f} at the prices configured "
                f"(${self.input:g} input, ${self.output:g} output per million tokens)")


def _price(env: Mapping[str, str], name: str) -> float | None:
    raw = env.get(name)
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be US dollars per million tokens, got {raw!r}") from None
    if value < 0:
        raise ConfigError(f"{name} must not be negative, got {raw!r}")
    return value
