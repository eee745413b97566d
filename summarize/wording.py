"""How code words a record's `position` sentence, in each language it can write.

The decomposed and overlap strategies do not let the model write `position`: a small
model's sentence often contradicted its own stance (strategies.decomposed). Code writes
it from the stance and the issue's statement instead, so it can only be written in a
language for which it knows the stance words here and for which the codebook gives
every statement (`Issue.statement`). The one_shot strategy asks the model to write it
in the chosen language (prompts/system.j2). Evidence and hedges are never translated:
they stay verbatim in the article's language, whatever this says.
"""

from __future__ import annotations

from summarize.errors import ConfigError
from summarize.records import Stance

DEFAULT_POSITION_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
_STANCE_WORDS: dict[str, dict[Stance, str]] = {
    "en": {Stance.SUPPORT: "supports:", Stance.OPPOSE: "opposes:", Stance.MIXED: "is mixed on:",
           Stance.UNCLEAR: "takes an unclear stance on:"},
    # French typography puts a (non-breaking) space before a colon.
    "fr": {Stance.SUPPORT: "est pour\u00a0:", Stance.OPPOSE: "est contre\u00a0:",
           Stance.MIXED: "a une position nuancée sur\u00a0:", Stance.UNCLEAR: "a une position peu claire sur\u00a0:"},
}
POSITION_LANGUAGES = tuple(_STANCE_WORDS)


def check_position_language(code: str) -> str:
    """`code` if positions can be written in it, else a ConfigError naming the choices."""
    if code not in _STANCE_WORDS:
        raise ConfigError(f"positions cannot be written in {code!r}: use one of {', '.join(POSITION_LANGUAGES)}")
    return code


def write_position(speaker: str, stance: Stance, statement: str, language: str) -> str:
    """`speaker`'s stance toward `statement` as one sentence in `language`."""
    return f"{speaker} {_STANCE_WORDS[language][stance]} {statement}"
