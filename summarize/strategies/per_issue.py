"""`per_issue`: the decomposed strategy, asked the other way round.

The same candidate sentences (`candidates`) are numbered and shown together; then, for
each codebook issue, one request asks which of them state their speaker's view on it.
The stance step, the fields filled in code and the merge are `decomposed`'s. Requests
per article are the issue count (times the windows a long article needs) plus one per
chosen pair, instead of one per sentence plus one per chosen pair; the numbered list
comes before the question, so a local model reads it once per window.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, create_model

from summarize.corpus import Codebook
from summarize.portal import gather
from summarize.prompting import render_issue_pass_messages
from summarize.strategies.candidates import Candidate
from summarize.strategies.decomposed import CANDIDATE_TEMPLATES, Decomposed, _Asked

# Passages shown in one request: enough for most articles at once, and within a small
# model's context (a candidate is one sentence, a few hundred characters at most).
WINDOW_PASSAGES = 20
MAX_CHOSEN = 8


@cache
def chosen_schema(count: int) -> type[BaseModel]:
    """The numbers of the passages that state a view on the issue (1..count), or none."""
    numbers: Any = Annotated[list[Literal[tuple(range(1, count + 1))]], Field(max_length=MAX_CHOSEN)]  # type: ignore[misc]
    return create_model(
        "ChosenPassages",
        __doc__="The passages that state their speaker's own view on the statement; empty when none.",
        passages=(numbers, Field(description="Passage numbers; empty when no passage states a view on it.")),
    )


class PerIssue(Decomposed):
    """Per codebook issue: which candidate sentences take a position on it."""

    name = "per_issue"
    templates = (*CANDIDATE_TEMPLATES, "issue_pass_user.j2")

    def extra_schemas(self, codebook: Codebook) -> tuple[type[BaseModel], ...]:
        return (chosen_schema(WINDOW_PASSAGES),)

    async def pairs(self, text: str, candidates: list[Candidate], asked: _Asked) -> list[tuple[Candidate, str]]:
        found: list[tuple[Candidate, str]] = []
        for first in range(0, len(candidates), WINDOW_PASSAGES):
            window = candidates[first:first + WINDOW_PASSAGES]
            passages = [(c.speaker, text[c.sentence.start:c.sentence.end]) for c in window]
            schema = chosen_schema(len(window))
            answers = await gather(*(
                self.ask(render_issue_pass_messages(asked.codebook, passages, issue.proposition), schema, asked)
                for issue in asked.codebook.issues))
            for issue, data in zip(asked.codebook.issues, answers, strict=True):
                found += [(window[number - 1], issue.id)
                          for number in dict.fromkeys(schema.model_validate(data).passages)]  # type: ignore[attr-defined]
        return found
