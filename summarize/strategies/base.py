"""What every extraction strategy takes and returns.

A strategy turns one article into draft positions: names as the article writes them,
evidence as text, dates as phrases. The pipeline does the rest the same way for every
strategy (canonical names, party from the registry, dates settled in code, merging per
occasion, grounding), so strategies differ only in how they ask the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from summarize.article import Article
from summarize.corpus import AliasTable, Codebook
from summarize.records import Position, Usage


@dataclass
class Draft:
    """A strategy's answer for one article, before normalization and grounding."""

    positions: list[Position]
    prompt_version: str
    summary: str = ""
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)


class Strategy(Protocol):
    name: str
    # What every record drafted this way must say about how it was drafted, if
    # anything; the CLI prints it once per run.
    notice: str | None

    def check(self, codebook: Codebook) -> None:
        """Raise ConfigError if this strategy cannot draft with `codebook` as configured.
        `Extractor` calls it before any model is asked: at once for a codebook it is
        given (and `eval run` gives its corpus's), else for each corpus folder's when an
        article of it comes."""
        ...

    async def draft(self, article: Article, codebook: Codebook | None, aliases: AliasTable | None) -> Draft:
        """Draft positions for `article`; raises ModelError subclasses when the model fails.
        Runs on the portal loop (`summarize.portal`); independent requests go out together."""
        ...
