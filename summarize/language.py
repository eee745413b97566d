"""The language an article is written in, found by py3langid.

py3langid (a maintained fork of langid.py) ships its model inside the package, so
detection downloads nothing and runs offline. It is a naive Bayes classifier over byte
n-grams of 141 languages (py3langid 0.4), given an article's first 1,000 characters
(headline and lede: every article of the three corpora reads right from them): half a
millisecond per article. Loading the model takes about a second and 100 MB of memory
at its peak (`benchmarks/scale.py`: 241 MB against 142 MB without it), once per
process, on the first call (nothing is loaded by `import summarize`).

`detect_language` answers an ISO 639-1 code ("fr", "en"), or the ISO 639-3 code the
model gives for a language that has no two-letter one; None for text too short to
tell (a date phrase, a headline: "mercredi" alone reads as English) or with no
language in it.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

MIN_LETTERS = 40  # below this, a guess: an article's language needs a sentence or two
# The opening of an article says its language as well as the whole, and the classifier
# walks its input byte by byte (about 0.5 ms per 1,000 characters).
MAX_CHARS = 1_000
_LETTER = re.compile(r"[^\W\d_]")
_NO_LANGUAGE = {"zxx", "und"}


_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _classifier() -> Any:
    # Articles are read in worker threads: without the lock, each of the first batch's
    # threads would load its own copy of the model (measured: 459 MB peak for 64 at once).
    with _LOADING:
        import py3langid

        classify = py3langid.classify
        classify("warm up")  # py3langid loads its model on the first call, unlocked
        return classify


def detect_language(text: str) -> str | None:
    """The language `text` is written in, as an ISO 639-1 code, or None (see the module)."""
    sample = text[:MAX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, _score = _classifier()(sample)
    return None if code in _NO_LANGUAGE else str(code)
