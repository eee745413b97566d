"""`overlap`: the decomposed strategy with both of its questions answered by code, for
models whose answers were measured to carry no information.

Candidates are mined as in `decomposed`. A candidate's issue is the codebook issue whose
proposition shares the most word stems (at least `MIN_SHARED`) with the candidate's
paragraph; its stance is "support", the most common stance, and every record says that
the stance was not read. Evidence, hedges, dates, parties and merging are decomposed's.

Why, measured with SmolLM2-135M on the mined candidates of france-nato and the
challenge set (290 gold speaker-issue pairs, session 4):
- picking among the ten issues, its choices scored F1 0.14 (P 0.10, R 0.25); among
  the three issues with the most shared stems, 0.50 (P 0.36, R 0.82: it keeps two of
  three); this rule alone, 0.60 (P 0.60, R 0.61);
- asked "does this passage state X's view on <statement>?" after this rule's pick, it
  said "yes" 293 times of 293, right or wrong;
- asked the stance, it was right on 0.40 of the pairs with four choices and 0.64 with
  two, where "support" is right on 0.64: it answers "support".
End to end (evals/baselines/): position F1 0.40 on france-nato and 0.50 on the challenge
set, against 0.24 and 0.24 for SmolLM2 with decomposed (2026-12-03). A stance rule that answers
"oppose" on a negation or rejection cue ("not", "never", "against", "reject", ...) was
tried: 0.30 and 0.47, lower on both (real sentences negate much besides the
proposition: "we would never be drawn into ... if we quit NATO").

No request goes to a model: records name this rule in `prompt_version`, and `usage`
is zero.
"""

from __future__ import annotations

import hashlib

from summarize.article import Article
from summarize.corpus import AliasTable, Codebook
from summarize.lexicons import LEXICONS
from summarize.records import Stance
from summarize.strategies.base import Draft
from summarize.strategies.candidates import Candidate
from summarize.strategies.decomposed import Decomposed, _Asked
from summarize.strategies.topics import best_issue

# A paragraph sharing a single stem with a statement ("France", "Russia") says little
# about which issue it is on.
MIN_SHARED = 2
NOTICE = ("strategy overlap: each issue is the codebook issue whose statement shares the most words with the "
          "passage, and the stance is 'support' by default, not read from the text; no model was asked")


class Overlap(Decomposed):
    """Code proposes each candidate's issue and stance; no model is asked."""

    name = "overlap"
    notice = NOTICE

    def version(self, codebook: Codebook) -> str:
        rule = f"{MIN_SHARED}|{NOTICE}|{[lexicon.glosses for lexicon in LEXICONS.values()]}"
        return "overlap-" + hashlib.sha256(rule.encode()).hexdigest()[:12]

    async def pairs(self, text: str, candidates: list[Candidate], asked: _Asked) -> list[tuple[Candidate, str]]:
        return [(candidate, issue) for candidate in candidates
                if (issue := best_issue(asked.codebook, text[candidate.paragraph.start:candidate.paragraph.end],
                                        MIN_SHARED, asked.language))]

    async def stances(self, text: str, pairs: list[tuple[Candidate, str]], asked: _Asked) -> list[Stance | None]:
        return [Stance.SUPPORT for _ in pairs]

    async def draft(self, article: Article, codebook: Codebook | None, aliases: AliasTable | None) -> Draft:
        draft = await super().draft(article, codebook, aliases)
        draft.warnings.insert(0, self.notice)
        return draft
