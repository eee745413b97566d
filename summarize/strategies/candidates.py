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
    "vowed", "vows", "insisted", "insists", "accused", "accuses", "stated", "declared", "declares",
    "remarked", "noted", "notes", "claimed", "claims", "believes", "believed", "feels", "felt", "thinks",
    "thought", "wants", "wanted", "proposed", "proposes", "promised", "promises", "announced", "announces",
    "expressed", "opposed", "opposes", "oppose", "supports", "supported", "rejected", "rejects", "criticized",
    "criticised", "condemned", "condemns", "welcomed", "welcomes", "demanded", "demands", "asked", "explained",
    "wrote", "writes", "tweeted", "advocates", "advocated", "defended", "defends", "denounced", "denounces",
    "blamed", "blames", "charged", "suggested", "suggests", "reiterated", "repeated", "confirmed", "admitted",
    "acknowledged", "maintained", "maintains", "described", "describes", "calls", "called", "favours", "favors",
    "backed", "backs", "aligns", "hopes", "hoped", "intends", "plans", "planned", "is quoted", "was quoted",
    "according to", "responded", "replied", "spoke", "stressed", "stresses", "stressing", "emphasized",
    "emphasised", "emphasizes", "emphasises", "pointed out", "points out", "cautioned", "asserted", "asserts",
    "contended", "contends", "reaffirmed", "slammed", "dismissed", "denied", "denies", "recalled", "hailed",
    "praised", "considers", "considered", "refuted", "refutes", "insisting", "arguing", "adding", "warning",
    "dismisses", "calling for", "petitioned", "campaigned", "campaigns", "is convinced", "was convinced",
    "replies", "answered", "lashed out", "hit out", "claiming", "objected", "conceded", "concedes", "agreed", "agrees", "disagreed", "disagrees",
)
_VERB = re.compile(r"\b(" + "|".join(sorted((re.escape(v) for v in REPORTING_VERBS), key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
_ROLE_NOUNS = ("politician|leader|candidate|president|minister|secretary of state|secretary|senator|deputy|"
               "chancellor|spokesman|spokeswoman|spokesperson|lawmaker|mp|mayor|official|diplomat|head")
_PRONOUN = re.compile(rf"\b(he|she|they|the (?:[\w-]+ ){{0,2}}(?:{_ROLE_NOUNS}|mep|co-leader|chair|chairman|chairwoman)"
                      rf"|(?:his|her|(?P<owner>[A-Z][\w-]+)['’]s) (?P<party>party))\b", re.IGNORECASE)
# Words that describe rather than name: nationality adjectives are never speakers alone.
_ADJECTIVES = {
    "french", "german", "russian", "american", "ukrainian", "european", "british", "chinese", "polish", "italian",
    "spanish", "western", "eastern", "soviet", "atlantic", "transatlantic", "nato", "western-led", "pro-nato",
}
_PLURAL = {"they"}
_PARTICLES = r"(?:de|du|des|la|le|von|van|der|den|di|da|del|dos|bin|al|el|ter)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w]"
_NAME = re.compile(rf"\b{_CAP}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_CAP}){{0,6}}")
# A title before a name: "France's Secretary of State for European Affairs (Clément Beaune)".
_TITLE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|and)[ \t]+)*)+$")
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
    "few", "several", "every", "each", "any", "none", "nobody", "somebody", "someone", "everyone", "anyone",
    "other", "another", "one", "has", "have", "is", "are", "was", "were", "will", "would", "says",
}
# News outlets report; their own reporting is the author's voice ("the BBC notes"), not a
# position. An alias-table entry overrides this for a corpus that does count an outlet.
_OUTLETS = {
    "bbc", "reuters", "afp", "agence france presse", "associated press", "ap", "cnn", "bloomberg", "politico",
    "le monde", "le figaro", "liberation", "the guardian", "guardian", "new york times", "the new york times",
    "washington post", "the washington post", "financial times", "the financial times", "sputnik", "ria novosti",
    "tass", "rt", "al jazeera", "france 24", "rfi", "bfmtv", "franceinfo", "le parisien", "les echos", "dw",
    "euronews", "axios", "the economist", "economist", "der spiegel", "spiegel", "the times", "the telegraph",
    "wsws",
}
# Words after which a name starts a clause, so it can be the subject of the next verb.
_CLAUSE_OPENERS = {
    "and", "but", "while", "whereas", "that", "as", "because", "although", "though", "when", "where", "which",
    "who", "so", "since", "if", "then", "also", "meanwhile", "now", "yet", "however", "today", "instead",
    "mr", "mrs", "ms", "dr", "state", "former", "current", *_ROLE_NOUNS.split("|"),
}
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|who|his|her|its|their|[\w-]+['’]s|[a-z][\w-]*)\b[^.;:“”\"]*,\s*(?:[a-z]+\s+){0,2}$")
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
    party_of: str | None = None  # "his party" (""), "Zalewski's party" ("Marek Zalewski")


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


# What a web page puts around an article: link boxes, reader comments, sharing and
# subscription prompts. A block that opens with one of these is a widget, not the
# article, and so is a line that does (ANNOTATION.md: never a position).
_WIDGET = re.compile(
    r"\W*(?:related(?: articles| posts| stories| news)?|more on this(?: story)?|you might also like|also read"
    r"|read (?:more|also|next)|most (?:read|popular|viewed)|trending(?: now)?|recommended|top comment|reply by"
    r"|readers?['’]? comments|comments?|\d+ comments|advertisement|sponsored|share(?: this(?: article)?)?|tags"
    r"|sign up|newsletter|menu|load more|reader poll)\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\d+[.)])\s")
_COMMENTER = re.compile(r"\s*[\w.'’-]*[\d_][\w.'’-]*:\s")  # "Jeanne_75: ...", "krakus88: ..."


def _wraps(line: str, following: str) -> bool:
    """Whether `line` runs on into the next line (text wrapped mid-sentence): the next
    starts in lower case, or this one stops mid-sentence and is not a title-case heading."""
    if not following:
        return False
    if following.islower():
        return True
    words = line.split()
    if len(words) < 6 or line.rstrip()[-1:] in ".!?:\"'”»)":
        return False
    return sum(w[:1].isupper() for w in words) / len(words) < 0.5


def prose_lines(text: str, block: Span) -> Iterator[Span]:
    """The lines of a block that are article prose (a sentence wrapped over lines is one)."""
    lines: list[Span] = []
    start = block.start
    for match in re.finditer(r"\n", text[block.start:block.end]):
        end = block.start + match.start()
        if not _wraps(text[start:end], text[end + 1:end + 2]):
            lines.append(Span(start, end))
            start = end + 1
    lines.append(Span(start, block.end))
    if _WIDGET.match(text, lines[0].start) and len(text[lines[0].start:lines[0].end].split()) <= 4:
        return  # a widget's heading: everything under it belongs to the widget
    for line in lines:
        content = text[line.start:line.end]
        if (is_prose(content) and not _WIDGET.match(content) and not _LIST_ITEM.match(content)
                and not _COMMENTER.match(content)):
            yield line


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
        found = [(start, end, name) for start, end, name in _names(text) if self._plausible(name)]
        self._full = self._full_forms([name for _, _, name in found])
        self.mentions = sorted(
            [Mention(self.canonical(name), start, end) for start, end, name in found]
            + [Mention(canonical, start, end) for spelling, canonical in spellings
               for start, end in self.find(spelling)],
            key=lambda m: (m.start, -m.end),
        )
        self._starts = [m.start for m in self.mentions]
        # Who can be "he" or "she": the registry's people are; its parties, and names the
        # article writes with an article ("the Patto Tricolore leader"), are groups.
        self._registry = aliases.affiliations if aliases else {}
        self._people = set(self._registry)
        self._groups = {fold_key(n) for canonical, spelled in (aliases.parties if aliases else {}).items()
                        for n in (canonical, *spelled)}
        self._groups |= {fold_key(m.name) for m in self.mentions
                         if m.name not in self._people and text[max(0, m.start - 4):m.start].lower() == "the "
                         and fold_key(text[m.start:m.end]) in (fold_key(m.name), *self._alias)}

    def is_person(self, name: str) -> bool:
        """Whether "he" or "she" can refer to `name`."""
        if fold_key(name) in self._groups:
            return False
        return name in self._people or _is_person(name)

    def find(self, phrase: str) -> Iterator[tuple[int, int]]:
        """Where `phrase` occurs as whole words, ignoring accents, case and punctuation
        ("Melenchon" finds "Mélenchon"), as spans of the original text."""
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in fold_words(phrase)) + r"\b"
        for match in re.finditer(pattern, self.folded.text):
            yield self.folded.original_span(match.start(), match.end())

    def _plausible(self, name: str) -> bool:
        """Several capitalized words are a name; one word is, unless it is a stop word, an
        adjective, or only ever opens sentences ("Throughout", "Instead"). A possessive
        ("France’s", "Trump’s") qualifies a noun and speaks for nobody."""
        words = name.split()
        if fold_key(name) in _OUTLETS and fold_key(name) not in self._alias:
            return False
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
        if fold_key(full) in self._alias:
            return self._alias[fold_key(full)]
        words = name.split()
        for i in range(1, len(words)):  # "Pabloite NPA": an epithet before a known name
            if (tail := fold_key(" ".join(words[i:]))) in self._alias:
                return self._alias[tail]
        return full

    def subject_before(self, position: int, floor: int) -> Mention | None:
        """The name or pronoun closest before `position` (the reporting verb), if near."""
        lo = bisect.bisect_left(self._starts, max(floor, position - _MAX_SUBJECT_GAP - 200))
        hi = bisect.bisect_left(self._starts, position)
        subjects = self._subjects(self.mentions[lo:hi], floor, position)
        best: Mention | None = None
        for mention in subjects:
            if position - mention.end <= _MAX_SUBJECT_GAP:
                best = mention
        # "Roux de Bézieux, the boss of the employers' federation, Medef, said": the head
        # of an appositive chain speaks, not the organisation named inside it.
        for mention in subjects:
            if mention is not best and any(_APPOSITIVE.match(self.text, mention.end, end)
                                           for end in (best.start if best else position, position)):
                best = mention
                break
        pronoun = None
        for match in _PRONOUN.finditer(self.text, max(floor, position - _MAX_SUBJECT_GAP), position):
            pronoun = match
        if pronoun is not None and (best is None or pronoun.end() >= best.end):
            owner = pronoun.group("owner")
            return Mention("", pronoun.start(), pronoun.end(), plural=pronoun.group(1).lower() in _PLURAL,
                           party_of=None if pronoun.group("party") is None else self.canonical(owner or ""))
        return best

    def _subjects(self, mentions: list[Mention], floor: int, end: int) -> list[Mention]:
        """Mentions in subject position between `floor` and `end`, the longest of any
        that overlap ("The Association of Polish Reservists", not "Association")."""
        subjects: list[Mention] = []
        for m in mentions:
            if (floor <= m.start and m.end <= end and self.opens_clause(m.start, floor)
                    and not _inside_quote(self.text, floor, m.start)):
                if subjects and m.start < subjects[-1].end:
                    continue
                subjects.append(m)
        return subjects

    def person_before(self, position: int, floor: int) -> str | None:
        """The last person named as a subject in this sentence before `position`: "Marchetti,
        the Green MEP, had set the tone when she told ..." makes "she" Marchetti."""
        lo = bisect.bisect_left(self._starts, floor)
        hi = bisect.bisect_left(self._starts, position)
        people = [m.name for m in self._subjects(self.mentions[lo:hi], floor, position) if self.is_person(m.name)]
        return people[-1] if people else None

    def party_of(self, person: str | None) -> str | None:
        """The registry's current party of `person` ("his party wants ..."), if it has one."""
        current = [a.party for a in (self._registry.get(person, ()) if person else ()) if a.until is None]
        return current[0] if len(current) == 1 else None

    def opens_clause(self, start: int, floor: int) -> bool:
        """Whether a name at `start` can be a subject: it opens the sentence or a clause
        ("..., and Le Pen said"), or follows a title ("president Macron"). After a verb
        or a preposition ("they armed Kiev and wanted", "his position on Ukraine") it is
        an object."""
        before = _TITLE.sub("", self.text[max(floor, start - 80):start])
        if re.search(r"\n\s*$", before):  # a line of its own
            return True
        before = before.rstrip()
        before = re.sub(r"\b(?:the|The)(?:\s+[a-z][\w-]*){0,2}$", "", before).rstrip()  # "the governing"
        if not before or before[-1] in ".!?,;:)“”\"«»—–-•*":
            return True
        if before.endswith("according to"):
            return True
        word = re.search(r"([\w'’-]+)$", before)
        # a possessive names whose group follows: "Rivière's Front Souverainiste wants"
        return word is not None and (fold_key(word.group(1)) in _CLAUSE_OPENERS or word.group(1)[-2:] in ("'s", "’s"))

    def name_after(self, position: int, ceiling: int) -> Mention | None:
        """A name right after the verb ("said Melenchon", "according to Le Pen")."""
        i = bisect.bisect_left(self._starts, position)
        if i < len(self.mentions) and self.mentions[i].start < min(ceiling, position + 25):
            return self.mentions[i]
        return None


def _names(text: str) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalized words, without the sentence openers a run can start with
    ("When Trump" is "Trump"); a run with a verb or stop word inside is a headline."""
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group(0)
        while " " in name and (_opener(head := name.split(maxsplit=1)[0])):
            name = name.split(maxsplit=1)[1]
            start = text.index(name, start + len(head))
        if not any(fold_key(word) in _NOT_NAMES for word in name.split()[1:]):  # "Moscow Has No Such Plans"
            yield start, match.end(), name


def _opener(word: str) -> bool:
    """A capitalized word that opens a sentence rather than a name: "When", "Bringing"."""
    return fold_key(word) in _NOT_NAMES or (len(word) >= 6 and word.endswith("ing"))


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" \t“\"«")
    return not before or before[-1] in ".!?\n•*-–—"


def _strip_titles(name: str) -> str:
    return re.sub(r"^(?:President|Prime Minister|Minister|Senator|Chancellor|Mr|Mrs|Ms|Dr)\.?\s+", "", name.strip())


def mine_candidates(finder: SpeakerFinder) -> list[Candidate]:
    """Every sentence that attributes a view to a named speaker, in article order; a
    sentence reporting two speakers ("Beaune spoke days after Mélenchon said ...") gives
    one candidate each.

    Two passes: the first finds the speakers named as subjects of reporting verbs; the
    second attributes every sentence, resolving "he said" and running quotes to the
    latest subject mention of one of those speakers, so that "he" never means "the Cold
    War" or the object of an earlier sentence.
    """
    text = finder.text
    blocked = injection_spans(text)
    units = [(block, sentence) for block in paragraphs(text) for line in prose_lines(text, block)
             for sentence in sentences(text, line)
             if not any(s < sentence.end and sentence.start < e for s, e in blocked)]
    speakers = finder.known | {name for _, sentence in units for name in _attribute(finder, sentence, None)}
    people = sorted((m.end, m.name) for m in finder.mentions  # as subjects: "Ferrante's departure" is not
                    if m.name in speakers and finder.is_person(m.name) and finder.opens_clause(m.start, 0))
    candidates: list[Candidate] = []
    seen, last_person = 0, None
    for block, sentence in units:
        while seen < len(people) and people[seen][0] <= sentence.start:  # sentences come in text order
            last_person = people[seen][1]
            seen += 1
        found = _attribute(finder, sentence, last_person)
        if not found and candidates and _QUOTATION.search(text, sentence.start, sentence.end):
            found = [candidates[-1].speaker]  # a quote running on from the last speaker's words
        candidates.extend(Candidate(speaker, sentence, block) for speaker in found)
    return candidates


# A quotation of four words or more: a scare quote ("a “peace” candidate") carries no speaker.
_QUOTATION = re.compile(r"[“«\"][^“”«»\"]*?(?:\w+\W+){3,}[^“”«»\"]*?[”»\"]")
_GROUP_WORDS = {"party", "union", "assembly", "ministry", "council", "front", "rally", "movement", "government",
                "committee", "commission", "alliance", "federation", "organization", "organisation", "war", "insoumise",
                "kremlin", "nations", "states", "house", "parliament", "radio", "news", "agency", "times", "post"}


def _is_person(name: str) -> bool:
    """Whether a name the registry does not know looks like a person's: a full name, not
    a group, place or event."""
    words = fold_words(name)
    return len(words) > 1 and not (set(words) & _GROUP_WORDS)


_THAT = re.compile(r"\bthat\b")


def _attribute(finder: SpeakerFinder, sentence: Span, last_person: str | None) -> list[str]:
    """Who the sentence says holds its views: the subjects of its reporting verbs."""
    text = finder.text
    found: list[str] = []
    reported_from = sentence.end  # where the first speaker's reported clause begins
    for verb in _VERB.finditer(text, sentence.start, sentence.end):
        if _inside_quote(text, sentence.start, verb.start()):
            continue
        if _THAT.search(text, reported_from, verb.start()):
            break  # "Macron said that Le Pen wants ...": a view ascribed to someone else
        speaker = _subject(finder, sentence, verb, last_person)
        if speaker and not found:
            reported_from = verb.end()
        if speaker and speaker not in found:
            found.append(speaker)
        if speaker and finder.is_person(speaker):
            last_person = speaker  # "Zemmour said he also wants": "he" is Zemmour
    return found


def _subject(finder: SpeakerFinder, sentence: Span, verb: re.Match[str], last_person: str | None) -> str | None:
    after = finder.name_after(verb.end(), sentence.end)
    if verb.group(1).lower() == "according to":
        return after.name if after is not None and after.name in finder.known else None
    subject = finder.subject_before(verb.start(), sentence.start)
    if subject is not None and subject.name:
        return subject.name
    if subject is not None and not subject.plural:
        person = subject.party_of or finder.person_before(subject.start, sentence.start) or last_person
        return person if subject.party_of is None else finder.party_of(person)
    if after is not None and verb.group(1).lower() in ("said", "says", "told", "added", "wrote", "asked"):
        return after.name
    return None


def _inside_quote(text: str, start: int, position: int) -> bool:
    """Whether `position` sits inside a quotation that opens after `start`. Articles mix
    quote marks (“...\"), so a straight quote closes whichever quotation is open."""
    depth = 0
    for ch in text[start:position]:
        if ch in "“«":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = depth - 1 if depth else 1
    return depth > 0
