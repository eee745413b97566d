"""`overlap`: the decomposed strategy with both of its questions answered by code, for
models whose answers were measured to carry no information.

Candidates are mined as in `decomposed`. A candidate's issue is the one its sentence
names (`topics.named_issue`: the statement sharing the most distinctive word stems with
it, at least `MIN_SHARED`), or failing that the one whose statement shares the most
stems with its paragraph; its stance is "oppose" where a negation or rejection stands
just before a word of that statement in the candidate's sentence (`topics.negated`: "must not leave
NATO"), or an undenied word that undoes one of its words ("will rejoin NATO's
integrated command" against leaving it), or, in English, a wished ending of what the
statement approves of (`topics.ended`: "calling on the government to ease sanctions
against Russia" against "Economic sanctions against Russia are justified"), else
"support", the most common stance;
every record says that no model read it. Evidence, hedges, dates, parties and merging are decomposed's.

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
"oppose" on a negation or rejection cue anywhere in the sentence was tried: 0.30 and
0.47, lower on both (real sentences negate much besides the proposition: "we would
never be drawn into ... if we quit NATO"). A cue within four words before a word of
the statement (`topics.negated`), 2026-12-04, "support" always before: france-nato
0.400 -> 0.467, challenge 0.498 -> 0.522, challenge-fr 0.439 -> 0.500, a private
development set of 24 real articles 0.360 -> 0.378, two private held-out sets of 14 and
16 real articles 0.294 -> 0.294 and 0.184 -> 0.184 (0.211 when every preposition
counted, which read "les sanctions contre la Russie" as rejecting the sanctions). On 84
sentences a review wrote against its risks, 56 stances right against 55 for "support"
always (38 before its idiom, double-negation and restatement fixes). Words that undo
"leave" where they stand just before another word of the statement ("rejoin NATO's
command", "remain in the EU", "le retour ... dans le commandement"), 2026-12-04
(session 14): a new private development set of 24 real articles 0.239 -> 0.274 (two
"Sarkozy will rejoin the command" stances right), france-nato, challenge and
challenge-fr unchanged. "lift", "scrap" and "abandon" as rejections were dropped: no
set gained, challenge lost a position, and a review's sentences found them wrong more
often than right ("lift defence spending to three percent", "abandon NATO"). Read only
after a wish or a call, before the head noun of a statement's subject that its predicate
approves of, never a name (`topics.ended`, 2026-12-05, session 21), those wrongs cannot
arise ("defence spending" is the challenge statement's object, NATO a name): private
sets of real articles C 0.266 -> 0.281 (a Senate resolution "calling on the government
to ease sanctions against Russia") and D, held out, 0.263 -> 0.281; france-nato,
challenge, challenge-fr, sets A, B and E unchanged.

The sentence before the paragraph (2026-12-04, session 15): a paragraph holds other
people's words and the article's narration as well as the speaker's, so its best issue
is often someone else's; the speaker's own sentence, where it shares two distinctive
stems with a statement, says which issue the speaker took a side on. Position F1, paragraph alone ->
sentence first (every stem counted) -> sentence first by distinctive stems, a tie
going to the paragraph's issue ("France" and "NATO" name no issue in a sentence):
challenge 0.522 -> 0.545 -> 0.549, challenge-fr 0.500 -> 0.540 -> 0.540, a private
development set of 24 real articles 0.291 -> 0.336 -> 0.339 (0.355 once the French
glosses counted "militaire" and "rapprochement" as one word each, not two), france-nato
0.467 -> 0.462 -> 0.500; a private held-out set of 22 real articles 0.353 -> 0.381 ->
0.346 (two positions fewer than the second form there; it was scored with both). The sentence alone lost the development set's recall (0.294), and
requiring the paragraph's issue to share a stem with the sentence lost part of the gain
(0.310). A fresh-eyes review's 63 sentences written against the rule (a sentence naming
a wrong issue in a paragraph about the right one, "European Union" in a sentence about
Ukraine) found it right 17 times against 25 for the paragraph alone in its second form,
22 in its third.

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
from summarize.strategies.topics import MIN_SHARED, NEGATION_REACH, best_issue, named_issue, worded_stance

NOTICE = ("strategy overlap: each issue is the codebook issue whose statement shares the most words with the "
          "speaker's sentence (or its paragraph), and the stance is 'oppose' where a negation ('not') or a word "
          "undoing the statement's ('rejoin', 'remain') stands just before its words, or a word of ending ('lift', "
          "'ease') before its subject, or a judgement against its subject ('the sanctions are useless'), "
          "'mixed' where a part of it is taken back ('..., but she rejected deliveries of tanks'), else "
          "'support'; no model was asked")


class Overlap(Decomposed):
    """Code proposes each candidate's issue and stance; no model is asked."""

    name = "overlap"
    notice = NOTICE

    def version(self, codebook: Codebook) -> str:
        words = [(lexicon.glosses, lexicon.negations, lexicon.negating_prepositions, lexicon.negation_idioms)
                 for lexicon in LEXICONS.values()]
        rule = f"{MIN_SHARED}|{NEGATION_REACH}|{NOTICE}|{words}|sentence by distinctive stems, ties to the paragraph"
        return "overlap-" + hashlib.sha256(rule.encode()).hexdigest()[:12]

    async def pairs(self, text: str, candidates: list[Candidate], asked: _Asked) -> list[tuple[Candidate, str]]:
        pairs = []
        for candidate in candidates:
            sentence = text[candidate.sentence.start:candidate.sentence.end]
            paragraph = text[candidate.paragraph.start:candidate.paragraph.end]
            issue = (named_issue(asked.codebook, sentence, paragraph, asked.language)
                     or best_issue(asked.codebook, paragraph, MIN_SHARED, asked.language))
            if issue:
                pairs.append((candidate, issue))
        return pairs

    async def stances(self, text: str, pairs: list[tuple[Candidate, str]], asked: _Asked) -> list[Stance | None]:
        return [worded_stance(asked.codebook, issue, text[c.sentence.start:c.sentence.end], asked.language)
                for c, issue in pairs]

    async def draft(self, article: Article, codebook: Codebook | None, aliases: AliasTable | None) -> Draft:
        draft = await super().draft(article, codebook, aliases)
        draft.warnings.insert(0, self.notice)
        return draft
