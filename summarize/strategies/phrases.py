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
from summarize.strategies.candidates import inside_quote

DATE_PHRASE = re.compile("|".join(f"(?:{p})" for p in ALL.date_phrases), re.IGNORECASE)
# Conditions, timing and carve-outs run to the end of their clause; softeners are words.
_CLAUSE_HEDGE = re.compile(rf"\b(?:{'|'.join(ALL.clause_hedges_cased)})\b[^,.;:!?“”\"()–—«»]{{3,120}}")
_WORD_HEDGE = re.compile(rf"\b(?:{'|'.join(ALL.word_hedges)})\b", re.IGNORECASE)
# A dateline before the lede: "ROME, 12 July 2023 — ", "PARIS, 15 avril 2024 (AFP) - ".
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-ZÀ-Þ][A-ZÀ-Þ' .-]*,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")


def date_phrase(text: str) -> str | None:
    """The first phrase in `text` that says when something was said, verbatim. One in the
    narrative wins over one inside a quotation ("« Quitter l'OTAN aujourd'hui ... »
    Invitée lundi ..." was said on Monday: "aujourd'hui" is the speaker's word); the
    date of a dateline ("ROME, 12 July 2023 — ...") is when the article was filed, never
    a phrase of the sentence after it."""
    found = [m for m in DATE_PHRASE.finditer(text) if not _in_dateline(text, m)]
    outside = [m for m in found if not inside_quote(text, 0, m.start())]
    chosen = outside or found
    return chosen[0].group(0) if chosen else None


def hedges(text: str) -> list[str]:
    """Verbatim qualifying phrases of a sentence, in order, without repeats."""
    found = [m.group(0).strip() for m in _CLAUSE_HEDGE.finditer(text)]
    found += [m.group(0) for m in _WORD_HEDGE.finditer(text)]
    return list(dict.fromkeys(h for h in found if len(h.split()) >= 1))


def _in_dateline(text: str, match: re.Match[str]) -> bool:
    return bool(_DATELINE_BEFORE.search(text, 0, match.start()) and _DATELINE_AFTER.match(text, match.end()))
