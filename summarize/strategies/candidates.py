"""Candidate mining: which sentences attribute a view to whom, found by code.

A small model cannot read a whole article and list every position, but code can find
the places where an article reports someone's words: direct quotes (straight or curly,
running across line breaks), reporting verbs ("said", "warned", "called for",
"according to", ...) and indirect speech ("he believes France should ..."). For each
such sentence it finds the speaker: a name from the alias table, a capitalized name
("Marine Le Pen", "Russia") in the subject position of the reporting verb, or a
pronoun ("he said", "the politician added") carried over to the last person named.
Short mentions ("Le Pen") are expanded to the fullest form the article uses.

Each candidate is (speaker, sentence span, paragraph span), with offsets into the
article, so the evidence of a position drafted from it is grounded by construction.
Lines that are not prose (headlines, navigation, "Related posts", comment widgets)
and passages addressed to a language model are never mined.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarize.corpus import AliasTable
from summarize.grounding import injection_spans
from summarize.text import fold, fold_key, fold_words

REPORTING_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues",
    "urged", "urges", "called for", "calls for", "call for", "called on", "calls on", "pledged", "pledges",
    "vowed", "vows", "insisted", "insists", "accused", "accuses", "stated", "states", "declared", "declares",
    "remarked", "noted", "notes", "claimed", "claims", "believes", "believed", "feels", "felt", "thinks",
    "thought", "wants", "wanted", "proposed", "proposes", "promised", "promises", "announced", "announces",
    "expressed", "opposed", "opposes", "oppose", "supports", "supported", "rejected", "rejects", "criticized",
    "criticised", "condemned", "condemns", "welcomed", "welcomes", "demanded", "demands", "asked", "explained",
    "wrote", "writes", "tweeted", "advocates", "advocated", "defended", "defends", "denounced", "denounces",
    "blamed", "blames", "charged", "suggested", "suggests", "reiterated", "repeated", "confirmed", "admitted",
    "acknowledged", "maintained", "maintains", "described", "describes", "calls", "called", "favours", "favors",
    "backed", "backs", "aligns", "hopes", "hoped", "intends", "plans", "planned", "is quoted", "was quoted",
    "according to", "responded", "replied", "spoke",
)
_VERB = re.compile(r"\b(" + "|".join(sorted((re.escape(v) for v in REPORTING_VERBS), key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
_ROLE_NOUNS = ("politician|leader|candidate|president|minister|secretary of state|secretary|senator|deputy|"
               "chancellor|spokesman|spokeswoman|spokesperson|lawmaker|mp|mayor|official|diplomat|head")
_PRONOUN = re.compile(rf"\b(he|she|they|his|her|their|the (?:[\w-]+ ){{0,2}}(?:{_ROLE_NOUNS}))\b", re.IGNORECASE)
# Words that describe rather than name: nationality adjectives are never speakers alone.
_ADJECTIVES = {
    "french", "german", "russian", "american", "ukrainian", "european", "british", "chinese", "polish", "italian",
    "spanish", "western", "eastern", "soviet", "atlantic", "transatlantic", "nato", "western-led", "pro-nato",
}
_PLURAL = {"they", "their"}
_PARTICLES = r"(?:de|du|des|la|le|von|van|der|den|di|da|del|dos|bin|al|el|ter)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w]"
_NAME = re.compile(rf"\b{_CAP}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_CAP}){{0,4}}")
# Capitalized words that open sentences or name times and places, never speakers alone.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i",
    "but", "and", "or", "if", "when", "while", "as", "after", "before", "since", "according", "last", "earlier",
    "later", "there", "his", "her", "their", "our", "its", "for", "from", "with", "without", "however", "yet",
    "so", "also", "such", "instead", "mr", "mrs", "ms", "dr", "president", "minister", "senator", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "source",
    "related", "home", "read", "share", "leave", "please", "exit", "all", "both", "some", "many", "most",
    "what", "who", "why", "how", "no", "not", "never", "speaking", "asked", "now", "today", "yesterday",
}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jr", "sr",
                  "u.s", "u.k", "e.u", "no", "vs", "inc", "ltd", "co"}
_MAX_SUBJECT_GAP = 60  # characters between a subject and its reporting verb ("Le Pen also said")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that attributes a view to `speaker`, with where it and its paragraph are."""

    speaker: str
    sentence: Span
    paragraph: Span


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # the fullest form the article uses (or the alias table's canonical name)
    start: int
    end: int
    plural: bool = False  # "they": a party or group, not the last person named


def paragraphs(text: str) -> Iterator[Span]:
    """Blank-line separated blocks, as spans of `text`."""
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > start:
            yield Span(start, match.start())
        start = match.end()
    if start < len(text):
        yield Span(start, len(text))


def is_prose(block: str) -> bool:
    """Prose ends its sentences; headlines, bylines, navigation and widgets do not."""
    stripped = block.strip()
    truncated = stripped.endswith(("...", "…"))  # a teaser or related-link headline
    return len(stripped.split()) >= 6 and not truncated and stripped[-1] in ".!?\"'”»:)"


def sentences(text: str, block: Span) -> Iterator[Span]:
    """Sentences of one paragraph. A quotation is never split, even when it holds several
    sentences: its speaker is usually named after it ("..., Melenchon remarked")."""
    depth, straight_open, start = 0, False, block.start
    i = block.start
    while i < block.end:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_open = not straight_open
        elif ch in ".!?" and depth == 0 and not straight_open and _ends_sentence(text, i, block.end):
            end = i + 1
            while end < block.end and text[end] in "\"'”»)":
                end += 1
            yield Span(start, end)
            start = end
            while start < block.end and text[start].isspace():
                start += 1
            i = start
            continue
        i += 1
    if text[start:block.end].strip():
        yield Span(start, block.end)


def _ends_sentence(text: str, i: int, end: int) -> bool:
    after = text[i + 1:i + 3]
    if after[:1] not in ("", " ", "\n", "\t", '"', "”", "»", "'", ")"):
        return False
    word = re.search(r"([\w.]+)$", text[max(0, i - 12):i])
    if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
        return False
    rest = text[i + 1:end].lstrip(" \t\n\"'”»)")
    return not rest or not rest[0].islower()


class SpeakerFinder:
    """Names in an article, each expanded to the fullest form the article (or the alias
    table) gives the same person. Built once per article; lookups are by bisection, so
    a long article costs its length, not its length times its sentences."""

    def __init__(self, text: str, aliases: AliasTable | None) -> None:
        self.text = text
        self.folded = fold(text)
        spellings = [(spelling, canonical) for canonical, spelled in (aliases.speakers if aliases else {}).items()
                     for spelling in (canonical, *spelled)]
        self._alias = {fold_key(spelling): canonical for spelling, canonical in spellings}
        self.known = set(self._alias.values())
        self._free_words: dict[str, bool] = {}
        found = [m for m in _NAME.finditer(text) if self._plausible(m)]
        self._full = self._full_forms([m.group(0) for m in found])
        self.mentions = sorted(
            [Mention(self.canonical(m.group(0)), m.start(), m.end()) for m in found]
            + [Mention(canonical, start, end) for spelling, canonical in spellings
               for start, end in self.find(spelling)],
            key=lambda m: (m.start, -m.end),
        )
        self._starts = [m.start for m in self.mentions]

    def find(self, phrase: str) -> Iterator[tuple[int, int]]:
        """Where `phrase` occurs as whole words, ignoring accents, case and punctuation
        ("Melenchon" finds "Mélenchon"), as spans of the original text."""
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in fold_words(phrase)) + r"\b"
        for match in re.finditer(pattern, self.folded.text):
            yield self.folded.original_span(match.start(), match.end())

    def _plausible(self, match: re.Match[str]) -> bool:
        """Several capitalized words are a name; one word is, unless it is a stop word, an
        adjective, or only ever opens sentences ("Throughout", "Instead"). A possessive
        ("France’s", "Trump’s") qualifies a noun and speaks for nobody."""
        words = match.group(0).split()
        if re.search(r"['’]s$", words[-1]):
            return False
        if len(words) > 1:
            return True
        key = fold_key(words[0])
        if key in _NOT_NAMES or key in _ADJECTIVES:
            return False
        if key in self._alias:
            return True
        if words[0] not in self._free_words:
            self._free_words[words[0]] = any(not _opens_sentence(self.text, m.start())
                                             for m in re.finditer(rf"\b{re.escape(words[0])}\b", self.text))
        return self._free_words[words[0]]

    def _full_forms(self, names: list[str]) -> dict[str, str]:
        """Each name's longest form in the article that ends with it ("Le Pen" -> "Marine Le Pen")."""
        by_words = {tuple(fold_words(n)): n.strip() for n in sorted(names, key=len)}
        full: dict[str, str] = {}
        for words, name in by_words.items():
            longer = {other for other_words, other in by_words.items()
                      if len(other_words) > len(words) and other_words[-len(words):] == words}
            full[fold_key(name)] = longer.pop() if len(longer) == 1 else name
        return full

    def canonical(self, name: str) -> str:
        name = _strip_titles(name)
        key = fold_key(name)
        if key in self._alias:
            return self._alias[key]
        full = self._full.get(key, name)
        return self._alias.get(fold_key(full), full)

    def subject_before(self, position: int, floor: int) -> Mention | None:
        """The name or pronoun closest before `position` (the reporting verb), if near."""
        lo = bisect.bisect_left(self._starts, max(floor, position - _MAX_SUBJECT_GAP - 200))
        hi = bisect.bisect_left(self._starts, position)
        best: Mention | None = None
        for mention in self.mentions[lo:hi]:
            if floor <= mention.start and mention.end <= position and position - mention.end <= _MAX_SUBJECT_GAP:
                best = mention
        pronoun = None
        for match in _PRONOUN.finditer(self.text, max(floor, position - _MAX_SUBJECT_GAP), position):
            pronoun = match
        if pronoun is not None and (best is None or pronoun.start() > best.end):
            return Mention("", pronoun.start(), pronoun.end(), plural=pronoun.group(1).lower() in _PLURAL)
        return best

    def name_after(self, position: int, ceiling: int) -> Mention | None:
        """A name right after the verb ("said Melenchon", "according to Le Pen")."""
        i = bisect.bisect_left(self._starts, position)
        if i < len(self.mentions) and self.mentions[i].start < min(ceiling, position + 25):
            return self.mentions[i]
        return None


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" \t“\"«")
    return not before or before[-1] in ".!?\n"


def _strip_titles(name: str) -> str:
    return re.sub(r"^(?:President|Prime Minister|Minister|Senator|Chancellor|Mr|Mrs|Ms|Dr)\.?\s+", "", name.strip())


def mine_candidates(finder: SpeakerFinder) -> list[Candidate]:
    """Every sentence that attributes a view to a named speaker, in article order.

    Two passes: the first finds the speakers named as subjects of reporting verbs; the
    second attributes every sentence, resolving "he said" and running quotes to the
    latest mention of one of those speakers, so that "he" never means "the Cold War".
    """
    text = finder.text
    blocked = injection_spans(text)
    units = [(block, sentence) for block in paragraphs(text) if is_prose(text[block.start:block.end])
             for sentence in sentences(text, block)
             if not any(s < sentence.end and sentence.start < e for s, e in blocked)]
    speakers = finder.known | {name for _, sentence in units if (name := _attribute(finder, sentence, None))}
    people = sorted((m.end, m.name) for m in finder.mentions if m.name in speakers and _is_person(m.name))
    candidates: list[Candidate] = []
    seen, last_person = 0, None
    for block, sentence in units:
        while seen < len(people) and people[seen][0] <= sentence.start:  # sentences come in text order
            last_person = people[seen][1]
            seen += 1
        speaker = _attribute(finder, sentence, last_person)
        quoted = bool(re.search(r"[“«\"]", text[sentence.start:sentence.end]))
        if speaker is None and quoted and candidates:
            speaker = candidates[-1].speaker  # a quote running on from the last speaker's words
        if speaker:
            candidates.append(Candidate(speaker, sentence, block))
    return candidates


_GROUP_WORDS = {"party", "union", "assembly", "ministry", "council", "front", "rally", "movement", "government",
                "committee", "commission", "alliance", "federation", "organization", "organisation", "war", "insoumise",
                "kremlin", "nations", "states", "house", "parliament", "radio", "news", "agency", "times", "post"}


def _is_person(name: str) -> bool:
    """Whether "he" or "she" can refer to `name`: a full name, not a group, place or event."""
    words = fold_words(name)
    return len(words) > 1 and not (set(words) & _GROUP_WORDS)


def _attribute(finder: SpeakerFinder, sentence: Span, last_person: str | None) -> str | None:
    """Who the sentence says holds its view: the subject of its first reporting verb."""
    text = finder.text
    for verb in _VERB.finditer(text, sentence.start, sentence.end):
        if _inside_quote(text, sentence.start, verb.start()):
            continue
        after = finder.name_after(verb.end(), sentence.end)
        if verb.group(1).lower() in ("according to",):
            if after is not None and after.name in finder.known:
                return after.name
            continue
        subject = finder.subject_before(verb.start(), sentence.start)
        if subject is not None and subject.name:
            return subject.name
        if subject is not None and not subject.plural:
            return last_person
        if after is not None and verb.group(1).lower() in ("said", "says", "told", "added", "wrote", "asked"):
            return after.name
    return None


def _inside_quote(text: str, start: int, position: int) -> bool:
    """Whether `position` sits inside a quotation that opens after `start`."""
    segment = text[start:position]
    curly = segment.count("“") + segment.count("«") - segment.count("”") - segment.count("»")
    return curly > 0 or segment.count('"') % 2 == 1
