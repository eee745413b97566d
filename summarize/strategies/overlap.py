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
End to end (evals/baselines/): position F1 0.40 on france-nato and 0.49 on the challenge
set, against 0.11 and 0.07 for SmolLM2 with decomposed. A stance rule that answers
"oppose" on a negation or rejection cue ("not", "never", "against", "reject", ...) was
tried: 0.30 and 0.47, lower on both (real sentences negate much besides the
proposition: "we would never be drawn into ... if we quit NATO").

No request goes to a model: records name this rule in `prompt_version`, and `usage`
is zero.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import snowballstemmer

from summarize.article import Article
from summarize.corpus import AliasTable, Codebook
from summarize.records import Stance
from summarize.strategies.base import Draft
from summarize.strategies.candidates import Candidate
from summarize.strategies.decomposed import Decomposed, _Asked

# A paragraph sharing a single stem with a proposition ("France", "Russia") says
# little about which issue it is on.
MIN_SHARED = 2
_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset("""
a about above after again against all also an and any are as at be been before being below between both but
by can could did do does down during each few for from further had has have he her here his how i if in into
is it its just may might more most must no nor not now of off on once only or other our out over own rather
same she should so some such than that the their then there these they this those through to too treat
treated under up very was we were what when where whether which who why will with would you your
""".split())
NOTICE = ("strategy overlap: each issue is the codebook issue whose statement shares the most words with the "
          "passage, and the stance is 'support' by default, not read from the text; no model was asked")


def stems(text: str) -> frozenset[str]:
    """The content-word stems of `text`."""
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(_STEMMER.stemWord(w) for w in words if len(w) > 2 and w not in _FUNCTION_WORDS)


@cache
def _issue_stems(codebook: Codebook) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((issue.id, stems(f"{issue.proposition} {issue.id.replace('_', ' ')}")) for issue in codebook.issues)


def best_issue(codebook: Codebook, passage: str) -> str | None:
    """The issue whose proposition shares the most stems with `passage` (the first in
    codebook order on a tie), if it shares at least `MIN_SHARED`."""
    words = stems(passage)
    shared, issue = max(((len(words & issue_stems), -i, issue_id)
                         for i, (issue_id, issue_stems) in enumerate(_issue_stems(codebook))),
                        default=(0, 0, None))[0::2]
    return issue if shared >= MIN_SHARED else None


class Overlap(Decomposed):
    """Code proposes each candidate's issue and stance; no model is asked."""

    name = "overlap"

    def version(self, codebook: Codebook) -> str:
        rule = f"{MIN_SHARED}|{sorted(_FUNCTION_WORDS)}|{NOTICE}"
        return "overlap-" + hashlib.sha256(rule.encode()).hexdigest()[:12]

    async def pairs(self, text: str, candidates: list[Candidate], asked: _Asked) -> list[tuple[Candidate, str]]:
        return [(candidate, issue) for candidate in candidates
                if (issue := best_issue(asked.codebook, text[candidate.paragraph.start:candidate.paragraph.end]))]

    async def views(self, text: str, pairs: list[tuple[Candidate, str]],
                    asked: _Asked) -> list[tuple[Stance, str] | None]:
        return [(Stance.SUPPORT, "") for _ in pairs]

    async def draft(self, article: Article, codebook: Codebook | None, aliases: AliasTable | None) -> Draft:
        draft = await super().draft(article, codebook, aliases)
        draft.warnings.insert(0, NOTICE)
        return draft
