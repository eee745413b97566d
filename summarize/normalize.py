"""Canonical names (alias table) and dates resolved in code rather than by the model.

Models spell names as the article does ("Melenchon") and get calendar arithmetic
wrong; both are deterministic jobs. Name lookups are accent-, case- and
punctuation-insensitive (`text.fold_key`). Relative dates ("on Monday", "last month")
resolve against the article's publication date: a full date, or a month or year of
publication where the phrase reads alike on its first and last day.

English phrases are resolved by the hand-written rules below. A phrase in another
language with a lexicon (`summarize.lexicons`: French, "jeudi dernier", "le 13 avril",
"la semaine dernière") is resolved with its lexicon's weekdays (the same rule as "on
Monday": the most recent such day, the publication day itself included, a week back
with "dernier") and otherwise by dateparser, whose `period` gives the precision: a day,
a month ("le mois dernier": `2024-05`), a year ("l'an dernier", "en 2018"), or a week,
recorded as the month it falls in (else its year), the finest ISO precision it has.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cached_property, lru_cache

from summarize.corpus import AliasTable
from summarize.lexicons import LEXICONS, Lexicon
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
_IN_MONTH = re.compile(rf"\b(in|since|last|early|late|mid|during) ({_MONTH_RE})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(rf"\b(last |this past |on |next |this coming )?({'|'.join(_WEEKDAYS)})\b")


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


def _published_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a publication date given as "YYYY-MM" or "YYYY"."""
    if value is None or not re.fullmatch(r"\d{4}(?:-\d{2})?", value) or int(value[:4]) < 1:
        return None
    year = int(value[:4])
    if len(value) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(value[5:])
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _within_week(resolved: str | None, day: dt.date) -> bool:
    """Whether `resolved` is a full date in the week up to `day` ("on Tuesday" read on it)."""
    if resolved is None or len(resolved) != 10:
        return False
    return dt.timedelta(0) <= day - dt.date.fromisoformat(resolved) < dt.timedelta(days=7)


def _month_before(month: int, day: int, published: dt.date) -> int:
    """The year of the most recent (month, day) not after publication."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def resolve_date(date_text: str | None, published: str | None) -> str | None:
    """The ISO date (at the precision the phrase supports) that `date_text` names.

    None when the phrase is not understood, or is relative and `published` does not
    pin it: an unresolved date is better than a guessed one. A publication month or
    year ("2022-03", from a page's metadata) pins what reads alike on its first and
    last day ("le 1er mars", "last month"); a day of the week before it ("on Tuesday",
    "dimanche dernier", "hier") is dated as the publication is, to its month or year,
    as the annotators of three private sets of real articles did each of seven times
    (2026-12-05): it is that month's but for the first days of it. A phrase
    holding another language's date phrase ("jeudi dernier") is resolved in that
    language (see the module), else by the English rules.
    """
    if not date_text:
        return None
    if (span := _published_span(published)) is not None:
        # a month or a year of publication: a phrase names a date only if it names the
        # same one read on its first and its last day ("1er mars" in "2022-03"; not
        # "March 25", which may be a year before); "on Tuesday", the week before either
        # day, is the publication's month or year
        early, late = (resolve_date(date_text, day.isoformat()) for day in span)
        if early != late and all(_within_week(resolved, day) for resolved, day in zip((early, late), span, strict=True)):
            return published
        return early if early == late else None
    try:
        return _resolve(date_text, _parse_full_date(published))
    except OverflowError:  # "last month" in January of year 1
        return None


def _resolve(date_text: str, pub: dt.date | None) -> str | None:
    for lexicon, pattern in _OTHER_CALENDARS:
        if (found := pattern.search(date_text)) and (resolved := _resolve_in(lexicon, found.group(0), pub)):
            return resolved
    phrase = fold(date_text).text

    if match := _DAY_MONTH.search(phrase):
        day, month, year = int(match[1]), _MONTHS.index(match[2]) + 1, match[3]
        return _iso(year, month, day, pub, _WEEKDAY.search(phrase))
    if match := _MONTH_DAY.search(phrase):
        month, day, year = _MONTHS.index(match[1]) + 1, int(match[2]), match[3]
        return _iso(year, month, day, pub, _WEEKDAY.search(phrase))
    if match := _MONTH_YEAR.search(phrase):
        return f"{int(match[2]):04d}-{_MONTHS.index(match[1]) + 1:02d}"
    if (match := _IN_MONTH.search(phrase)) and pub:
        month = _MONTHS.index(match[2]) + 1
        # "last March", said in March, is a year back; "in March" is this one
        year = pub.year - (month >= pub.month) if match[1] == "last" else _month_before(month, 1, pub)
        return f"{year:04d}-{month:02d}"
    if match := _YEAR.search(phrase):
        return match[1]
    if pub is None:
        return None
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight)\b", phrase):
        return pub.isoformat()
    if re.search(r"\byesterday\b", phrase):
        return (pub - dt.timedelta(days=1)).isoformat()
    if match := _WEEKDAY.search(phrase):
        if match[1] and match[1].strip() in ("next", "this coming"):  # a day to come, not the last one
            return (pub + dt.timedelta(days=(_WEEKDAYS.index(match[2]) - pub.weekday() - 1) % 7 + 1)).isoformat()
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


# Languages other than English whose date phrases are resolved here, with the pattern
# that finds one of their phrases in a text.
_OTHER_CALENDARS = tuple((lexicon, re.compile("|".join(f"(?:{p})" for p in lexicon.date_phrases), re.IGNORECASE))
                         for code, lexicon in LEXICONS.items() if code != "en" and lexicon.date_phrases)
# Without a publication date, a phrase is read against two far-apart days: it names a
# date only if both readings agree ("en 2018", "lundi 6 mai 2024"), not if it is
# relative ("hier", "le 13 avril").
_FAR_BASES = (dt.date(2041, 6, 13), dt.date(2052, 2, 26))


def _resolve_in(lexicon: Lexicon, phrase: str, pub: dt.date | None) -> str | None:
    """`phrase` (a date phrase of `lexicon`'s language) as an ISO date, or None."""
    text = re.sub(r"\s+", " ", phrase.strip().lower().replace("’", "'"))
    for pattern, replacement in lexicon.date_rewrites:
        text = re.sub(pattern, replacement, text)
    times = "|".join(lexicon.times_of_day) or r"(?!x)x"
    if text in lexicon.today_words:  # "ce matin"
        return pub.isoformat() if pub else None
    weekday = re.fullmatch(rf"(?:\w+ )?({'|'.join(lexicon.weekdays)})(?: ({'|'.join(lexicon.last_words)}))?"
                           rf"(?: (?:{times}))?", text)
    if weekday:  # "jeudi", "jeudi dernier", "mardi matin", "ce lundi": the rule of "on Monday"
        if pub is None:
            return None
        back = (pub.weekday() - lexicon.weekdays.index(weekday[1])) % 7
        if back == 0 and weekday[2]:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat()
    text = re.sub(rf" (?:{times})\b", "", text)  # "hier soir" is yesterday
    named = re.fullmatch(rf"(?:\w+ )?({'|'.join(lexicon.weekdays)}) (\d{{1,2}})(?:er)? (\w+)", text)
    if named and pub and (month := _month_number(lexicon, named[3])):
        # "dimanche 9 juin": the year around publication in which 9 June is a Sunday
        days = [day for year in (pub.year, pub.year - 1, pub.year + 1) if (day := _date_or_none(year, month, int(named[2])))
                and day.weekday() == lexicon.weekdays.index(named[1])]
        if days:
            return days[0].isoformat()
    readings = {_dateparser_reading(text, base, lexicon.code) for base in ((pub,) if pub else _FAR_BASES)}
    return readings.pop() if len(readings) == 1 else None


def _month_number(lexicon: Lexicon, word: str) -> int | None:
    return next((i + 1 for i, spellings in enumerate(lexicon.months) if word in spellings), None)


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_reading(text: str, base: dt.date, language: str) -> str | None:
    """What dateparser reads `text` as on `base` (dates before it preferred), at the
    precision of its `period`."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=[language], settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)), "PREFER_DATES_FROM": "past",
        "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False,
    })
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period in ("day", "time", "part_of_day"):
        return day.isoformat()
    if data.period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if data.period == "year":
        return f"{day.year:04d}"
    if data.period == "week":  # a week is recorded as its month, else its year
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}"
        return f"{monday.year:04d}" if monday.year == sunday.year else None
    return None


def _iso(year: str | None, month: int, day: int, pub: dt.date | None,
         weekday: re.Match[str] | None = None) -> str | None:
    """The day, in the year given or else the most recent one; a weekday named with it
    ("Monday 1 April") must be that day's, a year further back at most, else None."""
    if year is None:
        if pub is None:
            return None
        year_num = _month_before(month, day, pub)
    else:
        year_num = int(year)
    try:
        date = dt.date(year_num, month, day)
        if year is None and weekday is not None and date.weekday() != _WEEKDAYS.index(weekday[2]):
            date = dt.date(year_num - 1, month, day)
            if date.weekday() != _WEEKDAYS.index(weekday[2]):
                return None
        return date.isoformat()
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
