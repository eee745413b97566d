"""`one_shot`: the whole article (or each chunk of a long one) in one request that asks
for every position at once, in the extraction schema of `records`.

A large model does this well; a small one finds few positions this way (see
`strategies.choose`). Long articles are split into overlapping chunks that fit the
context beside the prompt and the reserved output; each chunk's positions are drafts
that the pipeline merges per occasion.
"""

from __future__ import annotations

import asyncio
import json
from functools import cache

from pydantic import BaseModel

from summarize.article import Article
from summarize.chunking import Chunk, chunk_budget, split_into_chunks
from summarize.client import ModelClient
from summarize.corpus import AliasTable, Codebook
from summarize.errors import ConfigError
from summarize.portal import gather
from summarize.prompting import prompt_version, render_messages
from summarize.records import Evidence, Position, Usage, build_extraction_schema
from summarize.strategies.base import Draft
from summarize.wording import LANGUAGE_NAMES

MIN_CHUNK_CHARS = 1000


class OneShot:
    name = "one_shot"
    notice: str | None = None

    def __init__(self, client: ModelClient) -> None:
        self.client = client
        self.config = client.config

    def check(self, codebook: Codebook) -> None:
        """Any codebook will do: the model writes `position` in the chosen language itself."""

    async def draft(self, article: Article, codebook: Codebook | None, aliases: AliasTable | None) -> Draft:
        schema = build_extraction_schema(codebook.ids if codebook else None, self.config.limits,
                                         LANGUAGE_NAMES[self.config.position_language])
        version = prompt_version(schema)
        chunks = await asyncio.to_thread(self._chunks, article, codebook, schema)  # rendering is CPU work
        key = {"strategy": self.name,
               "codebook": [(i.id, i.proposition) for i in codebook.issues] if codebook else None}
        answers = await gather(*(
            self.client.aask(self._messages(article, chunk.text, codebook, index, len(chunks)), schema, version,
                             extra_key=key)
            for index, chunk in enumerate(chunks, start=1)))
        usage = Usage()
        positions: list[Position] = []
        summaries: list[str] = []
        for data, spent in answers:
            usage = usage + spent
            extraction = schema.model_validate(data)
            summaries.append(extraction.summary.strip())  # type: ignore[attr-defined]
            positions += [_to_position(p) for p in extraction.positions]  # type: ignore[attr-defined]
        warnings = [f"article split into {len(chunks)} overlapping chunks to fit the model's context"] if len(chunks) > 1 else []
        return Draft(positions=positions, prompt_version=version, usage=usage, warnings=warnings,
                     summary=" ".join(s for s in dict.fromkeys(summaries) if s))

    def _chunks(self, article: Article, codebook: Codebook | None, schema: type[BaseModel]) -> list[Chunk]:
        """The article in pieces that fit the context beside the prompt, the schema (which
        JSON and tools modes send with every request) and the reserved output tokens; a
        re-ask also carries the failed answer, hence twice the output when re-asks are on."""
        overhead = sum(len(m["content"]) for m in self._messages(article, "", codebook, 1, 1))
        overhead += _schema_chars(schema)
        reserved = self.config.max_tokens * (2 if self.config.max_reasks else 1)
        budget = chunk_budget(self.config.context_window, reserved, overhead)
        if budget < MIN_CHUNK_CHARS:
            raise ConfigError(
                f"a {self.config.context_window}-token context leaves no room for the article beside "
                f"the prompt and {reserved} reserved output tokens; raise --context-window or lower --max-tokens",
                source=self.config.model,
            )
        return split_into_chunks(article.text, min(budget, self.config.max_chunk_chars or budget))

    def _messages(self, article: Article, text: str, codebook: Codebook | None, index: int, count: int
                  ) -> list[dict[str, str]]:
        return render_messages(text, codebook=codebook, title=article.title, chunk_index=index, chunk_count=count,
                               position_language=self.config.position_language)


@cache
def _schema_chars(schema: type[BaseModel]) -> int:
    """How long the schema is as JSON (sent with every request): computed once per schema."""
    return len(json.dumps(schema.model_json_schema()))


def _to_position(extracted: BaseModel) -> Position:
    """The model's answer as a draft Position (names and dates are settled later)."""
    data = extracted.model_dump()
    return Position(**{**data, "evidence": [Evidence(text=e) for e in data["evidence"]]})
