"""How positions are drafted from an article: one module per strategy, one interface.

- `one_shot`: the whole article in one request that asks for every position.
- `decomposed`: code finds who is quoted where (`candidates`); the model only picks,
  for each such sentence, the codebook issues it takes a position on and the stance.
- `overlap`: decomposed with both questions answered by code, for models whose answers
  were measured to carry no information (SmolLM2-135M); its records say so.

`auto` picks per model. The evidence, measured on france-nato and the challenge set
(evals/baselines/), is written where the choice is made: `choose`.
"""

from __future__ import annotations

from summarize.client import ModelClient
from summarize.config import ModelConfig
from summarize.strategies.base import Draft, Strategy
from summarize.strategies.decomposed import Decomposed
from summarize.strategies.one_shot import OneShot
from summarize.strategies.overlap import Overlap

STRATEGY_CLASSES: dict[str, type[OneShot] | type[Decomposed]] = {
    "one_shot": OneShot, "decomposed": Decomposed, "overlap": Overlap}


def choose(config: ModelConfig) -> str:
    """The strategy `auto` means for this model.

    Sub-1B local models (the embedded SmolLM2-135M) get `overlap`: asked to pick an
    issue, SmolLM2 scored speaker-issue F1 0.14 against 0.60 for the word-overlap rule
    on the same candidates, and its stances were no better than always answering
    "support" (measures in `summarize.strategies.overlap`). End to end, position F1
    0.40 on france-nato, 0.50 on the challenge set and 0.10 on challenge-fr with
    overlap, against 0.24, 0.24 and 0.13 with decomposed (evals/baselines/, 2026-12-03);
    with overlap's French glosses and negation rule, 0.47, 0.52 and 0.50 (2026-12-04).

    Other local GGUF models get `decomposed`; measured (evals/baselines/, 2026-12-03):
    Qwen2.5-Coder-1.5B, position F1 0.68 [0.55, 0.82] on france-nato, 0.63 [0.57,
    0.69] on the challenge set and 0.57 [0.47, 0.68] on challenge-fr, every quote
    grounded, at about 36, 15 and 22 questions per article; with one_shot 0.22 on
    france-nato and 0.35 on the challenge set (2026-12-03). Models behind an API get
    `one_shot`: nothing here measured a large model, and a model that reads a whole
    article well needs one request where decomposed makes 15 to 36. Pass --strategy to
    override.
    """
    if config.strategy != "auto":
        return config.strategy
    if config.small_model:
        return "overlap"
    return "decomposed" if config.provider == "local" else "one_shot"


def build_strategy(client: ModelClient) -> Strategy:
    return STRATEGY_CLASSES[choose(client.config)](client)


__all__ = ["Draft", "Strategy", "build_strategy", "choose"]
