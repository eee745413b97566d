"""How positions are drafted from an article: one module per strategy, one interface.

- `one_shot`: the whole article in one request that asks for every position.
- `decomposed`: code finds who is quoted where (`candidates`); the model only picks,
  for each such sentence, the codebook issues it takes a position on and the stance.

`auto` picks per model. The evidence, measured on france-nato and the challenge set
(evals/baselines/), is written where the choice is made: `choose`.
"""

from __future__ import annotations

from summarize.client import ModelClient
from summarize.config import ModelConfig
from summarize.strategies.base import Draft, Strategy
from summarize.strategies.decomposed import Decomposed
from summarize.strategies.one_shot import OneShot

STRATEGY_CLASSES: dict[str, type[OneShot] | type[Decomposed]] = {"one_shot": OneShot, "decomposed": Decomposed}


def choose(config: ModelConfig) -> str:
    """The strategy `auto` means for this model.

    Decomposed for local GGUF models (small models: measured on france-nato with
    Qwen2.5-Coder-1.5B and SmolLM2-135M, see evals/baselines/README.md); one_shot for
    models behind an API, which are large enough to read a whole article at once.
    """
    if config.strategy != "auto":
        return config.strategy
    return "decomposed" if config.provider == "local" else "one_shot"


def build_strategy(client: ModelClient) -> Strategy:
    return STRATEGY_CLASSES[choose(client.config)](client)


__all__ = ["Draft", "Strategy", "build_strategy", "choose"]
