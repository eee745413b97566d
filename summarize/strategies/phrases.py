"""Phrases the decomposed strategy copies from a sentence instead of asking a model:
the hedges that qualify a view, and the phrase that dates it.

Both are verbatim spans of the sentence, so they are grounded by construction, and
the date phrase is then resolved in code (`normalize.resolve_date`).
"""

from __future__ import annotations

import re

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_PHRASE = re.compile(
    rf"\b(?:(?:on|last|this past|this|next)\s+)?(?:{_WEEKDAYS})\b"
    rf"|\b(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:on\s+)?(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:in|since|during|by)\s+(?:early\s+|late\s+|mid-)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b"
    rf"|\b(?:in|since|during|last|early|late)\s+(?:{_MONTHS})\b"
    r"|\b(?:yesterday|today|this morning|tonight|earlier this (?:week|month|year)|last (?:week|month|year)"
    r"|this (?:week|month|year))\b",
    re.IGNORECASE,
)
# Conditions, timing and carve-outs run to the end of their clause; softeners are words.
_CLAUSE_HEDGE = re.compile(
    r"\b(?:[Ii]f|[Oo]nce|[Aa]s soon as|[Uu]nless|[Uu]ntil|[Pp]rovided(?: that)?|[Aa]s long as|[Oo]nly if|[Bb]ut)\b"
    r"[^,.;:!?“”\"()–—]{3,120}"
)
_WORD_HEDGE = re.compile(
    r"\b(?:I think|I believe|we think|reportedly|allegedly|probably|possibly|perhaps|maybe|it seems|"
    r"at such a time|for now|in the long term|eventually)\b",
    re.IGNORECASE,
)


def date_phrase(text: str) -> str | None:
    """The first phrase in `text` that says when something was said, verbatim."""
    match = DATE_PHRASE.search(text)
    return match.group(0) if match else None


def hedges(text: str) -> list[str]:
    """Verbatim qualifying phrases of a sentence, in order, without repeats."""
    found = [m.group(0).strip() for m in _CLAUSE_HEDGE.finditer(text)]
    found += [m.group(0) for m in _WORD_HEDGE.finditer(text)]
    return list(dict.fromkeys(h for h in found if len(h.split()) >= 1))
