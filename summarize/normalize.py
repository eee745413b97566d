"""Canonical names (alias table) and dates resolved in code rather than by the model.

Models spell names as the article does ("Melenchon") and get calendar arithmetic
wrong; both are deterministic jobs. Name lookups are accent-, case- and
punctuation-insensitive (`text.fold_key`). Relative dates ("on Monday", "last month")
resolve against the article's publication date, and only when it is a full date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cached_property

from summarize.corpus import AliasTable
from summarize.records import Position
from summarize.text import fold, fold_key, fold_words

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_RE = "|".join(_MONTHS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})(?:,? (\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})(?: of)? (\d{{4}})\b")
# A bare month only after a preposition: "may" is also a verb.
_IN_MONTH = re.compile(rf"\b(?:in|since|last|early|late|mid|during) ({_MONTH_RE})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(rf"\b(last |this past |on )?({'|'.join(_WEEKDAYS)})\b")


class NameNormalizer:
    """Maps any listed spelling of a speaker or party to its canonical name."""

    def __init__(self, aliases: AliasTable | None) -> None:
        self._speakers = _index(aliases.speakers if aliases else {})
        self._parties = _index(aliases.parties if aliases else {})
        self._registry = {fold_key(speaker): spans for speaker, spans in (aliases.affiliations if aliases else {}).items()}
        # Whole-word party spellings, longest first, for names written with extra words.
        self._party_words = sorted(
            ((tuple(fold_words(spelling)), canonical)
             for canonical, spellings in (aliases.parties if aliases else {}).items()
             for spelling in (canonical, *spellings)),
            key=lambda item: -len(item[0]),
        )

    def speaker(self, name: str) -> str:
        return self._speakers.get(fold_key(name), name.strip())

    def party(self, name: str | None) -> str | None:
        """Canonical party: an exact alias, else the one party whose spelling the name
        contains as whole words ("left-wing La France Insoumise (LFI)")."""
        if name is None or not name.strip():
            return None
        exact = self._parties.get(fold_key(name))
        if exact is not None:
            return exact
        return self.party_in(name) or name.strip()

    def party_in(self, text: str) -> str | None:
        """The one party `text` names as whole words, or None (none, or several)."""
        words = fold_words(text)
        found = {canonical for spelling, canonical in self._party_words if _contains(words, spelling)}
        return found.pop() if len(found) == 1 else None

    def party_at(self, speaker: str, when: str | None) -> str | None:
        """The speaker's party at `when` (a partial ISO date) from the registry, or None
        when the registry does not know the speaker or cannot tell (a year in which they
        changed party). An undated statement takes the current, open-ended affiliation."""
        spans = self._registry.get(fold_key(self.speaker(speaker)), ())
        if when is None:  # undated: news reports the present, so the open-ended affiliation
            spans = tuple(a for a in spans if a.until is None)
        parties = {self.party(a.party) for a in spans
                   if when is None or (_not_before(when, a.start) and _before(when, a.until))}
        return parties.pop() if len(parties) == 1 else None


class SpeakerIndex:
    """One key per person across a set of names: the alias table's canonical name, and a
    surname alone when it is unique among the names ("Mélenchon" = "Jean-Luc Mélenchon").

    The scorer matches speakers with it (ANNOTATION.md, "Matching") and the briefing
    merges speakers with it, so both read names the same way.
    """

    def __init__(self, aliases: AliasTable | None, names: Sequence[str]) -> None:
        self._canonical = _index(aliases.speakers if aliases else {})
        self._names = list(names)
        by_surname: dict[str, set[str]] = defaultdict(set)
        for base in {self._base(n) for n in names if len(fold_words(n)) > 1}:
            by_surname[fold_words(base)[-1]].add(base)
        self._surname = {s: next(iter(bases)) for s, bases in by_surname.items() if len(bases) == 1}

    def _base(self, name: str) -> str:
        return self._canonical.get(fold_key(name), name.strip())

    def key(self, name: str) -> str:
        base = self._base(name)
        words = fold_words(base)
        if len(words) == 1 and words[0] in self._surname:
            base = self._surname[words[0]]
        return fold_key(base)

    @cached_property
    def _display(self) -> dict[str, str]:
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for name in self._names:
            seen[self.key(name)][name.strip()] += 1
        canonical = {fold_key(c): c for c in self._canonical.values()}
        # The alias table's canonical name, else the most used spelling (accented wins a tie).
        return {key: canonical.get(key, max(c, key=lambda n: (c[n], sum(ord(ch) > 127 for ch in n), len(n), n)))
                for key, c in seen.items()}

    def name(self, key: str) -> str:
        """How to show the person whose key this is."""
        return self._display.get(key, key)


def _not_before(when: str, start: str | None) -> bool:
    """`when` may fall on or after `start` (compared at the coarser of the two precisions)."""
    n = min(len(when), len(start or ""))
    return start is None or when[:n] >= start[:n]


def _before(when: str, until: str | None) -> bool:
    """`when` may fall before `until`: strictly before at full precision, or within the same
    coarser period (a statement in "2019" may precede an "until: 2019-06")."""
    if until is None:
        return True
    n = min(len(when), len(until))
    return when[:n] < until[:n] or (when[:n] == until[:n] and len(when) != len(until))


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return n > 0 and any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in table.items():
        for spelling in (canonical, *aliases):
            index.setdefault(fold_key(spelling), canonical)
    return index


def _parse_full_date(value: str | None) -> dt.date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _month_before(month: int, day: int, published: dt.date) -> int:
    """The year of the most recent (month, day) not after publication."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def resolve_date(date_text: str | None, published: str | None) -> str | None:
    """The ISO date (at the precision the phrase supports) that `date_text` names.

    None when the phrase is not understood, or is relative and `published` is not a
    full YYYY-MM-DD date: an unresolved date is better than a guessed one.
    """
    if not date_text:
        return None
    phrase = fold(date_text).text
    pub = _parse_full_date(published)

    if match := _DAY_MONTH.search(phrase):
        day, month, year = int(match[1]), _MONTHS.index(match[2]) + 1, match[3]
        return _iso(year, month, day, pub)
    if match := _MONTH_DAY.search(phrase):
        month, day, year = _MONTHS.index(match[1]) + 1, int(match[2]), match[3]
        return _iso(year, month, day, pub)
    if match := _MONTH_YEAR.search(phrase):
        return f"{int(match[2]):04d}-{_MONTHS.index(match[1]) + 1:02d}"
    if (match := _IN_MONTH.search(phrase)) and pub:
        month = _MONTHS.index(match[1]) + 1
        return f"{_month_before(month, 1, pub):04d}-{month:02d}"
    if match := _YEAR.search(phrase):
        return match[1]
    if pub is None:
        return None
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight)\b", phrase):
        return pub.isoformat()
    if re.search(r"\byesterday\b", phrase):
        return (pub - dt.timedelta(days=1)).isoformat()
    if match := _WEEKDAY.search(phrase):
        back = (pub.weekday() - _WEEKDAYS.index(match[2])) % 7
        if back == 0 and match[1] and match[1].strip() in ("last", "this past"):
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if re.search(r"\blast month\b", phrase):
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if re.search(r"\bthis month\b", phrase):
        return f"{pub.year:04d}-{pub.month:02d}"
    if re.search(r"\blast year\b", phrase):
        return str(pub.year - 1)
    if re.search(r"\bthis year\b", phrase):
        return str(pub.year)
    return None


def _iso(year: str | None, month: int, day: int, pub: dt.date | None) -> str | None:
    if year is None:
        if pub is None:
            return None
        year_num = _month_before(month, day, pub)
    else:
        year_num = int(year)
    try:
        return dt.date(year_num, month, day).isoformat()
    except ValueError:
        return None


def settle_date(
    model_date: str | None, date_text: str | None, published: str | None, article_text: str
) -> tuple[str | None, str | None]:
    """The date to record, and a warning when the model's date was overruled.

    What `date_text` resolves to in code wins. Otherwise the model's date stands only if
    its year occurs in the article: a model asked for a date it cannot know ("on Monday"
    in an undated article) invents one, and an invented date is worse than none.
    """
    resolved = resolve_date(date_text, published)
    if resolved is not None:
        if model_date is not None and model_date != resolved:
            return resolved, f"model said {model_date}, {date_text!r} resolves to {resolved}"
        return resolved, None
    if model_date is not None and model_date[:4] not in article_text:
        return None, f"model said {model_date}, but the article never mentions {model_date[:4]}: left undated"
    return model_date, None


def normalize_position(
    position: Position, names: NameNormalizer, published: str | None, article_text: str, warnings: list[str]
) -> Position:
    """A drafted position with canonical names, its date settled in code and its party
    from the speaker registry where the registry knows it (a disagreeing model is noted
    in `warnings`)."""
    speaker = names.speaker(position.speaker)
    date, overruled = settle_date(position.date, position.date_text, published, article_text)
    if overruled:
        warnings.append(f"date of {speaker} / {position.issue}: {overruled}")
    party = names.party(position.party)
    registered = names.party_at(speaker, date or published)
    if registered is not None:
        if party is not None and fold_key(party) != fold_key(registered):
            warnings.append(f"party of {speaker} / {position.issue}: the model said {party}, "
                            f"the speaker registry gives {registered} at {date or published or 'any date'}")
        party = registered
    return position.model_copy(update={"speaker": speaker, "party": party, "date": date})
