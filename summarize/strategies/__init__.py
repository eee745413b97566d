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

    Local GGUF models get `decomposed`. Measured with Qwen2.5-Coder-1.5B on france-nato
    (evals/baselines/): one_shot position F1 0.32 (precision 0.86, recall 0.19);
    decomposed F1 0.47 [0.34, 0.68] (precision 0.36, recall 0.65, stance accuracy 0.91,
    every quote grounded); paired difference +0.15 [-0.06, +0.33]. SmolLM2-135M finds no
    position with one_shot. Models behind an API get `one_shot`: nothing here measured
    a large model, and a model that reads a whole article well needs one request where
    decomposed makes about 27 (france-nato, 1.5B). Pass --strategy to override.
    """
    if config.strategy != "auto":
        return config.strategy
    return "decomposed" if config.provider == "local" else "one_shot"


def build_strategy(client: ModelClient) -> Strategy:
    return STRATEGY_CLASSES[choose(client.config)](client)


__all__ = ["Draft", "Strategy", "build_strategy", "choose"]
