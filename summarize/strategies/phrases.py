"""Phrases the decomposed strategy copies from a sentence instead of asking a model:
the hedges that qualify a view, and the phrase that dates it.

Both are verbatim spans of the sentence, so they are grounded by construction, and
the date phrase is then resolved in code (`normalize.resolve_date`). The words are
every language's at once (`summarize.lexicons`: a sentence is too short to detect its
language, and the languages' date and hedge words do not collide): "on Monday",
"jeudi dernier", "En 2018", "if elected", "si elle est élue", "à terme".
"""

from __future__ import annotations

import re

from summarize.lexicons import ALL
from summarize.normalize import resolve_date
from summarize.strategies.candidates import inside_quote

DATE_PHRASE = re.compile("|".join(f"(?:{p})" for p in ALL.date_phrases), re.IGNORECASE)
# Conditions, timing and carve-outs run to the end of their clause; softeners are words.
# A comma or point between digits ("20,000 volunteers", "2.5 percent") ends no clause.
_CLAUSE_HEDGE = re.compile(rf"\b(?:{'|'.join(ALL.clause_hedges_cased)})\b"
                           rf"(?:[^,.;:!?“”\"()–—«»]|(?<=\d)[,.](?=\d)){{3,120}}")
# A clause that reports another saying is the narrator's, not a qualification of the view
# ("but said his party would vote for the budget"): no gold hedge of the five evaluation
# sets is one (figures in docs/quality-log.md, session 17); nor is one that adds or gives
# a reason ("but also", « mais surtout », session 36).
_UNQUALIFYING = re.compile("|".join(f"(?:{p})" for p in ALL.unqualifying_clauses) or r"(?!x)x")
# A "but" opening the sentence answers the sentence before it ("But she believes that this
# exit would restore ..."): the whole sentence is the view, not a carve-out of it.
_OPENING_CONTRAST = re.compile(rf"[\W_]*(?i:{'|'.join(ALL.carve_contrasts)})\b")
_WORD_HEDGE = re.compile(rf"\b(?:{'|'.join(ALL.word_hedges)})\b", re.IGNORECASE)
# A dateline before the lede: "ROME, 12 July 2023 — ", "PARIS, 15 avril 2024 (AFP) - ".
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-ZÀ-Þ][A-ZÀ-Þ' .-]*,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")
# A wire service's dateline, its date in the credit: "PARIS (UrduPoint News / Sputnik - 08th April, 2022) ".
# The city, then the line's first parenthesis, its date after a separator: not "NATO (at
# its Madrid summit on 29 June 2022)".
_CREDIT_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-ÖØ-Þ'.-]+(?:[ ][A-ZÀ-ÖØ-Þ'.-]+)*[ \t]*\([^()\n]{0,80}[-–—/,][ \t]*$")
_CREDIT_AFTER = re.compile(r"\s*\)")


def date_phrase(text: str, published: str | None = None) -> str | None:
    """The first phrase in `text` that says when something was said, verbatim. One in the
    narrative wins over one inside a quotation ("« Quitter l'OTAN aujourd'hui ... »
    Invitée lundi ..." was said on Monday: "aujourd'hui" is the speaker's word); the
    date of a dateline ("ROME, 12 July 2023 — ...") is when the article was filed, never
    a phrase of the sentence after it. A phrase that resolves to a date after `published`
    is what the view aims at ("to 3% by 2030"), not when it was said, and is passed over.
    Only a phrase with its own year can: a day or weekday without one is read as the
    last such day before publication ("on 20 September" in a story of 5 September is the
    year before), as `resolve_date` reads it."""
    found = [m for m in DATE_PHRASE.finditer(text) if not _in_dateline(text, m) and not _after(m.group(0), published)]
    outside = [m for m in found if not inside_quote(text, 0, m.start())]
    chosen = outside or found
    return chosen[0].group(0) if chosen else None


# Any full date: how precisely a phrase dates (a day, a month, a year) does not depend on it.
_ANY_DAY = "2001-06-15"


def only_month_or_year(phrase: str) -> bool:
    """Whether `phrase` dates no more precisely than a month or a year ("in 1949", "last
    month", « cette année »), whenever the article was published; "on Monday" and "ce
    lundi 30 novembre" name a day."""
    return len(resolve_date(phrase, _ANY_DAY) or "") in (4, 7)


def _after(phrase: str, published: str | None) -> bool:
    """Whether `phrase` names a date (a year, a month or a day) later than the
    publication's, compared at the coarser of the two precisions."""
    if not published or not (date := resolve_date(phrase, published)):
        return False
    width = min(len(date), len(published))
    return date[:width] > published[:width]


def hedges(text: str) -> list[str]:
    """Verbatim qualifying phrases of a sentence, in order, without repeats."""
    found: list[str] = []
    position = 0
    while match := _CLAUSE_HEDGE.search(text, position):
        opening = match.start() + len(match.group(0).split()[0])
        if _UNQUALIFYING.match(match.group(0)) or _OPENING_CONTRAST.fullmatch(text, 0, opening):
            position = opening  # a condition inside it still is one: "But if they cross the line"
            continue
        found.append(match.group(0).strip())
        position = match.end()
    found += [m.group(0) for m in _WORD_HEDGE.finditer(text)]
    return list(dict.fromkeys(h for h in found if len(h.split()) >= 1))


def _in_dateline(text: str, match: re.Match[str]) -> bool:
    return bool(_DATELINE_BEFORE.search(text, 0, match.start()) and _DATELINE_AFTER.match(text, match.end())
                or _CREDIT_BEFORE.search(text, 0, match.start()) and _CREDIT_AFTER.match(text, match.end()))
