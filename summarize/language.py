"""The language an article is written in, found by CLD2 (pycld2).

CLD2, Chromium's compact language detector, has its tables compiled into the extension:
nothing to download and nothing to load, so detection costs microseconds from the first
call. py3langid, used before, decompressed a 68 MB model on first use: about a second
of every `summarize extract` process and 100 MB of memory (`benchmarks/scale.py`), for
the same answers on every article of the three corpora.

It is given an article's first 1,000 characters (headline and lede: every article of
the three corpora reads right from them). CLD2 accepts only interchange-valid UTF-8: a
control character, a lone surrogate or a noncharacter makes it raise ("input contains
invalid UTF-8", pycld2 issue 53), so those are blanked first; the language of the
letters around them is unchanged.

`detect_language` answers an ISO 639-1 code ("fr", "en"), or CLD2's code for a
language that has no two-letter one; None for text too short to tell (a date phrase,
a headline: "mercredi" alone is a guess) or in which CLD2 finds no language.
"""

from __future__ import annotations

import re

import pycld2

MIN_LETTERS = 40  # below this, a guess: an article's language needs a sentence or two
MAX_CHARS = 1_000  # the opening of an article says its language as well as the whole
_LETTER = re.compile(r"[^\W\d_]")
# What CLD2 rejects as not interchange-valid: C0 controls but tab, line feed and carriage
# return; DEL and the C1 controls; surrogates; the noncharacters.
_NOT_INTERCHANGE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000))
    + "]"
)
_UNKNOWN = "un"


def detect_language(text: str) -> str | None:
    """The language `text` is written in, as an ISO 639-1 code, or None (see the module)."""
    sample = _NOT_INTERCHANGE.sub(" ", text[:MAX_CHARS])
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    _reliable, _bytes, details = pycld2.detect(sample, bestEffort=True)
    code = str(details[0][1])
    return None if code == _UNKNOWN else code
