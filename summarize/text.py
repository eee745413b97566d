"""Pure text helpers shared by grounding, name normalization and scoring.

Folding turns text into a comparison form (no accents, one case, straight quotes,
one space for any whitespace run) while keeping, for every folded character, the
offset of the original character it came from. That map is what lets a quote found
in folded text be reported as a span of the article the user actually has.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Typographic variants that models and editors swap freely; the key is what a
# quote "means" for matching purposes.
_CHAR_FOLDS: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2033": '"', "\u2010": "-", "\u2011": "-",
    "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}

_PUNCT_OR_SPACE = re.compile(r"[\W_]+", re.UNICODE)
# In mapped text every whitespace character is a space: runs to shorten or drop.
_SPACE_TO_DROP = re.compile(r"^ +| +$| {2,}")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, for each of its characters, the original offset it came from.

    `origin` has one extra final entry, the original length, so that a folded span
    [i, j) maps back to the original span [origin[i], origin[j - 1] + 1).
    """

    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that covers folded characters [start, end)."""
        if end <= start:
            raise ValueError(f"empty span [{start}, {end})")
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    mapped = _CHAR_FOLDS.get(ch)
    if mapped is not None:
        return mapped
    if ch.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> Folded:
    """Fold accents, case, quote marks, dashes and whitespace runs, keeping offsets.

    Leading and trailing whitespace is dropped, so a quote with stray spaces still
    folds to the same string as the text it was copied from.

    Every article is folded once for grounding and once for speaker finding, so this is
    on the hot path of a batch: the characters are mapped with `str.translate`, and only
    the few that fold to more or fewer than one character, and the whitespace runs, are
    handled one by one.
    """
    table = {ord(ch): _fold_char(ch) for ch in set(text)}
    mapped = text.translate(table)
    # The original offset of each mapped character: one per source character, except
    # where a character folds to several ("…" -> "...") or to none (a lone accent).
    uneven = "".join(chr(code) for code, folded in table.items() if len(folded) != 1)
    if uneven:
        origin: list[int] = []
        done = 0
        for match in re.finditer(f"[{re.escape(uneven)}]", text):
            i = match.start()
            origin.extend(range(done, i))
            origin.extend([i] * len(table[ord(text[i])]))
            done = i + 1
        origin.extend(range(done, len(text)))
    else:
        origin = list(range(len(text)))
    # Whitespace: dropped at both ends; a run inside becomes one space, placed where
    # the run starts.
    pieces: list[str] = []
    kept: list[int] = []
    done = 0
    for match in _SPACE_TO_DROP.finditer(mapped):
        start, end = match.span()
        keep_one = 0 < start and end < len(mapped)
        stop = start + 1 if keep_one else start
        pieces.append(mapped[done:stop])
        kept.extend(origin[done:stop])
        done = end
    pieces.append(mapped[done:])
    kept.extend(origin[done:])
    kept.append(len(text))
    return Folded("".join(pieces), tuple(kept))


@lru_cache(maxsize=65536)
def fold_key(name: str) -> str:
    """A comparison key for names: folded, with punctuation and spacing removed.

    "Jean-Luc Mélenchon", "jean luc melenchon" and "JEAN-LUC MELENCHON" share a key.
    """
    return _PUNCT_OR_SPACE.sub("", fold(name).text)


@lru_cache(maxsize=65536)
def fold_words(text: str) -> tuple[str, ...]:
    """Folded words, punctuation dropped: the unit of surname and token comparisons."""
    return tuple(w for w in _PUNCT_OR_SPACE.split(fold(text).text) if w)
