"""Which codebook issue a passage is about, judged by the words it shares with each
issue's statement: content-word stems, so that "sanctioned" meets "sanctions". Code,
not a model, so it costs nothing and never varies.

A passage in another language than the codebook's English is read through its lexicon's
glosses ("OTAN": NATO, "quitter": leave, `lexicons.Lexicon.glosses`): without them a
French passage shares no stem with an English statement but names and cognates
("Ukraine", "sanctions"). Measured with the overlap strategy, which asks no model, so
every figure is exact (2026-12-04, `summarize eval compare` against
evals/baselines/challenge-fr/smollm2-135m-overlap): challenge-fr position F1 0.101 ->
0.439 (paired +0.338 [+0.19, +0.49]; speaker-issue 0.152 -> 0.758). The decomposed
strategy checks the 1.5B model's issue picks in French passages this way too: on
challenge-fr, from the same cached answers, precision 0.529 -> 0.719 and F1 0.575 ->
0.671 (paired +0.097 [+0.06, +0.13]), recall unchanged (0.630). A gloss is one English
word, and matches a whole word where the stem is short or ambiguous ("sortie", not
"sorte"; "commandement", not "commande"): a fresh-eyes review found unrelated French
sentences matched through such stems.

English glosses (names for the statement's words, "the Kremlin": Russia; synonyms,
"quit": leave) were measured and dropped: overlap's france-nato F1 rose 0.400 -> 0.476,
but on 24 real articles of a private development set it fell 0.364 -> 0.352, and the
decomposed strategy's check lost precision (france-nato F1 0.677 -> 0.636, the
development set 0.380 -> 0.374): a sentence naming Moscow is not about every issue
that names Russia. So were demonyms and "EU" as the European Union in session 22
("Ukrainian": Ukraine): every sentence naming the EU then bore on leaving it. English
glosses are associations (`Lexicon.glosses`, marked "~"): one word of a statement, never
the only one. "EU" and « UE » stay no word of the Union's statement; "exit the EU" and «
sortir de l'UE » are phrases of leaving it (`Lexicon.phrase_glosses`, session 37), while
"The EU must leave the door open" is not. From the 1.5B model's cached answers: private
development set S 0.478 -> 0.489 (a party's "France needs to exit the EU, the euro, and
NATO" found), U, held-out T and the three corpora unchanged.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from summarize.corpus import Codebook
from summarize.lexicons import LEXICONS, Lexicon
from summarize.records import Stance
from summarize.text import fold_key

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W\d_]+")
# Words that tell no issue apart. "non" among them: it is the prefix of "non-alignment"
# split off, and French « non » and "non-binding" are not about non-alignment
# (2026-12-05, session 25: `overlap` on private sets A 0.450 -> 0.471, B, G and J up
# 0.003 to 0.012; held out D 0.328 -> 0.330, E 0.272 -> 0.258; the model's picks unchanged).
_FUNCTION_WORDS = frozenset("""
a about above after again against all also an and any are as at be been before being below between both but
by can could did do does down during each few for from further had has have he her here his how i if in into
is it its just may might more most must no non nor not now of off on once only or other our out over own rather
same she should so some such than that the their then there these they this those through to too treat
treated under up very was we were what when where whether which who why will with would you your
""".split())


def stems(text: str, language: str | None = None, associations: bool = True) -> frozenset[str]:
    """The content-word stems of `text` (English stems), with those its words in
    `language` stand for when that language has glosses.

    A codebook's statements are stemmed without glosses (no `language`): a gloss says
    what a passage's word stands for ("weapons" for backing a side), and read into a
    statement it would make that statement's words stand for more than they say
    ("supply weapons to Ukraine" would take "back" from "Italy will back the accession
    talks with Ukraine"). Without `associations`, only the glosses that say what a word
    means count, not those marked "~" that say what it is associated with."""
    words = [w.lower() for w in _WORD.findall(text)]
    found = set(_english_stems(words))
    if language is not None and (glossary := _glossary(language, associations)):
        stemmer = _stemmer(LEXICONS[language].stemmer)
        for word in words:
            found.update(glossary.get(_gloss_key(stemmer, word), ()))
            found.update(glossary.get("=" + fold_key(word), ()))
    # a phrase gloss says what a phrase means, so counts with or without associations
    for phrase, english in _phrase_glosses(language) if language is not None and len(words) > 1 else ():
        if phrase.search(text):  # one word holds no phrase
            found.update(english)
    return frozenset(found)


@cache
def _phrase_glosses(language: str) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """A language's phrase glosses (`Lexicon.phrase_glosses`), compiled, with their English stemmed."""
    lexicon = LEXICONS.get(language)
    return tuple((re.compile(phrase), _english_stems(english.lower().split()))
                 for phrase, english in (lexicon.phrase_glosses if lexicon else ()))


def _english_stems(words: list[str]) -> frozenset[str]:
    return frozenset(_STEMMER.stemWord(w) for w in words if len(w) > 2 and w not in _FUNCTION_WORDS)


def glossed(codebook: Codebook, language: str | None) -> bool:
    """Whether a passage in `language` can be matched against `codebook`'s statements:
    they are English (stems are English stems), and it is English too or its glosses
    give English for it."""
    return codebook.language == "en" and (language == "en" or bool(_glossary(language)))


@cache
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


@cache
def _glossary(language: str | None, associations: bool = True) -> dict[str, frozenset[str]]:
    """A language's glosses, keyed on each form's folded stem, or on the folded form
    itself, marked "=", where the stem is short (`_gloss_key`) or the form is so marked;
    those marked "~" (associations) only with `associations`."""
    lexicon = LEXICONS.get(language or "")
    if lexicon is None or not lexicon.glosses:
        return {}
    stemmer = _stemmer(lexicon.stemmer)
    table: dict[str, set[str]] = {}
    for forms, english in lexicon.glosses:
        if english.startswith("~") and not associations:
            continue
        english = english.removeprefix("~")
        for form in forms.split():
            key = "=" + fold_key(form[1:]) if form.startswith("=") else _gloss_key(stemmer, form)
            table.setdefault(key, set()).update(_english_stems(english.lower().split()))
    return {key: frozenset(words) for key, words in table.items()}


def _gloss_key(stemmer: snowballstemmer.stemmer, word: str) -> str:
    """A word's folded stem when it has five letters or more ("quitt" of "quitte"); else
    the word itself, marked ("=sortie"), so that "sorte" does not meet "sortie"."""
    stem = fold_key(stemmer.stemWord(word.lower()))
    return stem if len(stem) >= 5 else "=" + fold_key(word)


@cache
def issue_stems(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each issue's stems: its statement's and its id's ("leave_nato")."""
    return {issue.id: stems(f"{issue.proposition} {issue.id.replace('_', ' ')}") for issue in codebook.issues}


@cache
def distinctive_stems(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each issue's stems without those most of the codebook's statements share.

    A stem in more than half the statements ("France" in seven of france-nato's ten)
    tells nothing about which issue a passage is on, and real articles about France
    name it in nearly every sentence. Measured on the 1.5B model's cached answers
    (2026-12-03): france-nato precision 0.600 -> 0.677, F1 0.636 -> 0.677, recall
    unchanged (0.68); the challenge set unchanged (its shared stem, "country", decided
    no pick); challenge-fr was not checked by stems then (see the module)."""
    table = issue_stems(codebook)
    # a stem of a single statement is its own, even in a codebook of one or two issues
    common = {stem for stem, n in _spread(codebook).items() if n > 1 and 2 * n > len(table)}
    return {issue: words - common for issue, words in table.items()}


@cache
def _spread(codebook: Codebook) -> Counter[str]:
    """How many of the codebook's statements have each stem."""
    return Counter(stem for words in issue_stems(codebook).values() for stem in words)


# One stem shared with a statement ("Russia") says little about which issue a passage
# is on; `named_issue` asks for two distinctive ones ("France" is not).
MIN_SHARED = 2


@cache
def narrow_stems(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each issue's distinctive stems that no more than a quarter of the statements
    share: "sanctions", "conscription", "membership", but not "NATO", "Russia" or
    "Ukraine" (three or four of france-nato's ten), which a sentence names whatever it
    is about."""
    counts, issues = _spread(codebook), len(codebook.issues)
    # a stem of one statement alone names it, however few the statements
    return {issue: frozenset(stem for stem in words if counts[stem] == 1 or 4 * counts[stem] <= issues)
            for issue, words in distinctive_stems(codebook).items()}


def bears_on(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` has words enough of `issue`'s statement to be about it: two
    distinctive stems ("leave" and "NATO"), or one narrow one ("sanctions").

    Why not any one distinctive stem: a model's pick of "Ukraine should be admitted to
    NATO" for a sentence that names only Ukraine ("France will keep backing Ukraine") is
    a false alarm far more often than not. Measured on the 1.5B model's records
    (2026-12-05, session 19), of those whose sentences share one distinctive stem with
    the issue, those whose stem three or more statements share were 30 false alarms
    against 12 found positions over the five sets (france-nato, challenge, challenge-fr
    and two private sets of 24 real articles each), "Ukraine" for Ukraine's NATO
    membership 15 against none.

    A word of leaving ("exit", "quit", "withdraw") stands for the statement's leaving,
    as one stem that many statements share ("exiting NATO" is on "France should
    withdraw from NATO altogether"; "maternity leave" and "Russia must withdraw its
    troops" are not): the check asks whether the sentence is on the issue, not whether
    it words it alike."""
    return issue in borne_issues(codebook, passage, language)


def borne_issues(codebook: Codebook, passage: str, language: str | None = "en") -> frozenset[str]:
    """Every issue `passage` bears on (`bears_on`), its words stemmed once for all of them.

    A person the statement names ("Russia / Vladimir Putin bears the main responsibility
    for the war") is one word of it, not two, and never enough alone: a sentence that
    names Vladimir Putin is mostly not on who is to blame for the war. Measured on the
    1.5B model's picks of that issue over private sets A, B, C and G and france-nato
    (2026-12-05): 39 kept pairs, 10 of them a gold position; of the 9 whose sentence
    shared only "Vladimir" and "Putin" with the statement, 1 was.

    So is a place the statement names ("The United States should be treated as a
    reliable ally of France"): a sentence that names the United States is mostly not on
    whether they are a reliable ally.
    From the 1.5B model's cached answers (session 28): M 0.554 -> 0.598 (five false
    alarms on us_as_ally and strategic_autonomy gone, one position found), O 0.525 ->
    0.529, held-out N and the challenge sets unchanged, france-nato 0.710 -> 0.700 (a
    "United" of "United Communist Party" no longer makes "against the American
    alliance" bear on the United States as an ally); `overlap` O 0.438 -> 0.451.

    Staying inside what a leaving statement leaves ("France must stay in NATO", « rester
    dans l'OTAN »; `Lexicon.staying`) is a word of leaving here: such a sentence is on
    whether to leave, against it; so is having no place there (« nous n'avons rien à faire
    dans l'OTAN »; `Lexicon.disowning`), for it. Before, "the candidates who want France to
    stay in NATO" bore only on the integrated command's statement, whose own words hold
    "stays in the alliance", and « souhaite que la France reste dans l'Otan » on nothing.
    Both are tied to what is left and, for having no place, to France or "we" as its
    subject: a fresh-eyes review's sentences showed "remain in power ... NATO summit",
    "Ukraine has no place in NATO" and « Il reste dans l'OTAN de profondes divisions »
    bearing on leaving in the rules' first form.

    A gloss of what a word is associated with ("aid" for "back", marked "~" in
    `Lexicon.glosses`) counts as a word of the statement, never as the only one: "new aid
    for dairy farmers" is not on backing Ukraine, "military aid to Kyiv" is (two words)."""
    words = _passage_stems(codebook, passage, language)
    staying = _said(language, "staying", passage)
    disowning = _said(language, "disowning", passage)
    alone: frozenset[str] | None = None  # stemmed again only where one narrow stem would decide
    narrow = narrow_stems(codebook)
    names = _names(codebook)
    borne = set()
    for issue, wanted in distinctive_stems(codebook).items():
        if _unblamed(codebook, issue, words):
            continue
        found = words & (wanted - _LEAVING)
        leaving = bool(wanted & _LEAVING and (words & _LEAVING or staying or disowning))
        if _count(found, names[issue]) + leaving >= MIN_SHARED:
            borne.add(issue)
            continue
        lone = (found - frozenset().union(*names[issue])) & narrow[issue]  # a name is never enough alone
        if lone:
            if alone is None:
                alone = _passage_stems(codebook, passage, language, associations=False)
            if lone & alone:
                borne.add(issue)
    return frozenset(borne)


def left_named(codebook: Codebook, passage: str, language: str | None = "en") -> frozenset[str]:
    """The leaving statements `passage` names by leaving, or staying inside, what they
    leave (`Lexicon.leaving_phrases`, `Lexicon.staying`): "I want to leave NATO", « sortir
    de l'OTAN permettrait ... », « rester dans l'OTAN » name "France should withdraw from
    NATO altogether" whatever issue the model picks. What is left must be the statement's
    own (its words after its word of leaving, or of being "outside") and hold no word of
    another statement: "leave NATO's integrated command" does not name leaving NATO, nor
    "leave the euro" leaving the European Union; of two statements it fits, the one it
    names more of is named ("leave NATO" is leaving NATO, not its command, whose statement
    NATO is one word of four). With the command's statement (session 42, set BB's « leave
    NATO's integrated command » in a list of priorities): BB 0.350 -> 0.365, every other set
    unchanged. Nor does a leaving that is someone else's plan, a proposal never made or an
    accusation (`Lexicon.described_plans`: "Their real plan is to leave NATO", "it has never
    formally proposed leaving the Atlantic alliance"): the judge reads the leaving as wished.

    Why: for such a sentence the 1.5B model often picks another issue that the sentence
    also bears on ("I am absolutely against the American alliance, I want to leave NATO"
    -> us_as_ally; « Je ne proposerai pas de quitter l'OTAN mais son commandement intégré »
    -> the integrated command alone), and the word check keeps that pick, so the leaving
    is never asked about. From the 1.5B model's cached answers, the new pairs' questions
    asked (session 42): private development sets S 0.571 -> 0.582, U 0.532 -> 0.544 and
    Y 0.391 -> 0.415, france-nato 0.689 -> 0.710, the challenge set 0.685 -> 0.689
    (five leaving positions found, one false alarm: a party leader's Frexit for his
    party's); V, Z and challenge-fr unchanged; held-out T 0.419 -> 0.427, W, X and AA
    unchanged."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.leaving_phrases:
        return frozenset()
    phrases = [*_alternatives(lexicon.code, "leaving_phrases").finditer(passage),
               *(_alternatives(lexicon.code, "staying").finditer(passage) if lexicon.staying else ())]
    named: set[str] = set()
    for found in phrases:
        if lexicon.described_plans and _ending(lexicon.code, "described_plans").search(passage, 0, found.start()):
            continue  # "Their real plan is to leave NATO": a rival's, not the speaker's
        if _other_thing(lexicon, passage[found.end():]):
            continue  # "will remain in the EU summit talks"
        named |= _left_by(codebook, passage, found, language)
    return frozenset(named)


def phrase_denied(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` holds a phrase that denies a word of the statement as a whole
    (`Lexicon.denying_phrases`): "they can no longer rely on America to defend NATO
    allies" denies holding the United States reliable. The 1.5B model's view drops the
    negation ("wants the European countries to rely on America") and its judge answers
    "support"; the phrase's words are no word of the statement one by one, so `negated`
    does not see it."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None:
        return False
    wanted = distinctive_stems(codebook)[issue]
    for phrase, english in lexicon.denying_phrases:
        if not _english_stems(english.lower().split()) & wanted:
            continue
        for found in re.finditer(phrase, passage):
            if not _reported_as_claim(passage, found):
                return True
    return False


def shelved(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` says what the statement wants is not on the agenda (`Lexicon.
    shelving`): "integrating Ukraine into NATO is not “on today’s agenda”", « l'adhésion
    de l'Ukraine à l'OTAN n'est pas à « l'ordre du jour » », "a European army is not on
    the agenda". Every gold file labels such a sentence "oppose" (two articles of a
    private development set, one of each challenge set), and the 1.5B model's judge
    read Valérie Pécresse's as "support".

    The clause before the words (after a colon, a comma, "that", "but") must bear on the
    issue by its own words and shelve the statement's thing itself: not its ending,
    undoing, relief, pause or date ("lifting the sanctions", "sanctions relief", "a
    date for Ukraine's membership", « l'allègement des sanctions »: `Lexicon.unshelved`).
    Never where it is put off only ("not yet on the agenda", "..., but we want it", "not
    on the agenda of Thursday's council"), or is a condition, a regret or a claim denied
    ("as long as ...", "regretted that ...", "It is not true that ...": `Lexicon.
    shelving_doubts`). A fresh-eyes review's 115 sentences found the first form, which
    knew none of these, firing wrongly on 50."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.shelving:
        return False
    for found in _alternatives(lexicon.code, "shelving").finditer(passage):
        before = re.split(r"(?<=[.!?;])\s", passage[:found.start()])[-1]
        clause = _CLAUSE_OPENING.split(before)[-1]
        if (issue in borne_issues(codebook, clause, language)
                and not stems(clause, language) & (_ENDING | _UNDOING)
                and not _said(language, "weakenings", clause)
                and not _said(language, "unshelved", clause)
                and not _said(language, "shelving_doubts", before)
                and not _PUT_OFF.search(found.group())
                and not _LATER.match(passage, found.end())
                and not _DEPLORED.search(passage, found.end())
                and not _reported_as_claim(passage, found)):
            return True
    return False


# Where the clause whose subject a phrase speaks of begins: after a colon, a comma, "that",
# « que », "but".
_CLAUSE_OPENING = re.compile(r"[:;,]|\b(?:that|que|but|mais)\b|\bqu['’]", re.IGNORECASE)
# A shelving deplored after it: "... is a disgrace", « c'est une honte »
_DEPLORED = re.compile(r"\b(?:disgrace\w*|shame\w*|scandal\w*|honte\w*)\b", re.IGNORECASE)
# Put off, not rejected: "is not yet on the agenda", « n'est pas encore à l'ordre du jour »
_PUT_OFF = re.compile(r"\b(?:yet|encore)\b", re.IGNORECASE)
# After such words: a meeting's agenda ("of Thursday's council"), a time ("for now"), a
# wish for later ("..., but we want it")
_LATER = re.compile(r"[»”\"]?\s*(?:of\b|for\s+(?:now|the\s+moment|this|the\s+next)\b|at\s+this\b|du\b|de\s+la\b"
                    r"|des\b|pour\s+(?:l['’]\s*instant|le\s+moment)\b|[^.;!?]*\b(?:but|however|mais|cependant)\b)",
                    re.IGNORECASE)


def _reported_as_claim(passage: str, found: re.Match[str]) -> bool:
    """Whether the words at `found` are a claim denied, supposed, asked about or
    someone else's, as the sentence words them: "Those who claim Europe can no longer rely
    on America are wrong", "If Europe cannot rely on America, ...", "Whether or not ...",
    « Il est faux de dire que ... », "..., the Kremlin wants Europeans to believe"."""
    before = re.split(r"(?<=[.!?;])\s", passage[:found.start()])[-1]
    rest = re.split(r"(?<=[.!?])\s", passage[found.end():], maxsplit=1)[0]
    return bool(_SUPPOSING.search(before) or _CLAIMING.search(before) or _MISTAKE.search(rest)
                or rest.rstrip(" »\"”").endswith("?"))


# Someone else's claim or belief before a phrase: "those who claim", "wants Europeans to believe"
_CLAIMING = re.compile(r"\b(?:claim\w*|believe\w*|those\s+who|ceux\s+qui|celles\s+qui|affirment|prétendent)\b",
                       re.IGNORECASE)


def stays(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` says France stays inside what the leaving statement `issue` leaves
    (`Lexicon.staying`: "France will stay in the Atlantic alliance", « la France doit rester
    dans l'OTAN »), undenied, unsupposed and not asked about: a rejection of leaving. The
    1.5B model's view of such a sentence copies it back, and its judge reads the shared
    words as agreement with leaving (the challenge set's "France will stay in the Atlantic
    alliance, and it will stay at its heart")."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.staying:
        return False
    denial = _words_of(lexicon.code, "negations")
    for found in _alternatives(lexicon.code, "staying").finditer(passage):
        clause = re.split(r"[,;:.!?«»“”\"]", passage[:found.start()])[-1]
        rest = re.split(r"(?<=[.!?])\s", passage[found.end():], maxsplit=1)[0]
        if (issue in _left_by(codebook, passage, found, language) and clause.strip()
                and not denial.search(clause) and not _NOBODY.search(clause) and not _RELATIVE.search(clause)
                and not _reported_as_claim(passage, found) and not _passage_stems(codebook, rest, language) & _LEAVING
                and not _other_thing(lexicon, rest)
                and not (lexicon.condemnations and _alternatives(lexicon.code, "condemnations").search(passage))
                and not _BETRAYAL.search(passage)):
            return True
    return False


# A clause before staying that denies it without a negation word, or gives it to others:
# "Nobody thinks France should stay", "those who want to stay in NATO", « ceux qui veulent rester »
_NOBODY = re.compile(r"\b(?:nobody|no\s+one|nothing|personne|rien|hors\s+de\s+question)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|those|qui|ceux|celles)\b", re.IGNORECASE)
# Staying called a betrayal or a surrender: "Staying in NATO is a betrayal of de Gaulle"
_BETRAYAL = re.compile(r"\b(?:betray\w*|surrender\w*|trahi\w*|capitul\w*|soumission|no\s+longer\s+makes\s+sense"
                       r"|not\s+an\s+option|n['’]a\s+plus\s+de\s+sens)\b", re.IGNORECASE)


def _other_thing(lexicon: Lexicon, rest: str) -> bool:
    """Whether the words right after a thing named make it another thing ("the EU summit")."""
    return bool(lexicon.not_left and re.match(rf"\s+(?:{lexicon.not_left})\b", rest, re.IGNORECASE))


def _left_by(codebook: Codebook, passage: str, found: re.Match[str], language: str | None) -> set[str]:
    """The leaving statements whose own thing left a leaving or staying phrase names, and
    each thing a list after it goes on to name ("exit the EU, the euro, and NATO")."""
    distinctive = distinctive_stems(codebook)
    every = frozenset().union(*distinctive.values())
    named: set[str] = set()
    listed = _LISTED_LEFT.match(passage, found.end())  # matches, if only the empty list
    for thing in (found.group(), *(listed.group().split(",") if listed else ())):
        left = (_passage_stems(codebook, _ALLIANCE.sub("NATO", _UNION.sub(_union(language), thing)), language)
                & every) - _LEAVING - _RETURNING
        fits = {issue: len(left & own) / len(own) for issue, own in _left_objects(codebook).items()
                if left & own and left <= distinctive[issue]}
        # "leave NATO" is leaving NATO, not its command, whose statement NATO is one word of four
        named.update(issue for issue, fit in fits.items() if fit == max(fits.values()))
    return named


# What a list after a thing left goes on to name: ", the euro, and NATO", « , de l'euro et de l'OTAN »
_LEFT_THING = (r"(?:(?:from|de|d['’])\s*)?(?:the\s+|l['’]\s*|la\s+|le\s+)?(?:NATO|OTAN|EU|UE|European\s+Union"
               r"|Union\s+européenne|euro(?:zone)?|zone\s+euro|(?:North\s+)?Atlantic\s+[Aa]lliance|Alliance\s+atlantique)\b")
_LISTED_LEFT = re.compile(rf"(?:(?:\s*,\s*(?:and\s+|or\s+|et\s+|ou\s+)?|\s+(?:and|or|et|ou)\s+){_LEFT_THING})*")
# The Union and the Atlantic alliance as a codebook names them, in a leaving phrase only:
# "EU" alone is no word of the European Union elsewhere (see `Lexicon.phrase_glosses`)
_UNION = re.compile(r"\b(?:EU|UE)\b")
_ALLIANCE = re.compile(r"\b(?:North\s+)?Atlantic\s+[Aa]lliance\b|\b[Aa]lliance\s+atlantique\b")


def _union(language: str | None) -> str:
    return "Union européenne" if language == "fr" else "European Union"


# Being outside something is having left it: "France should be outside NATO's integrated command"
_OUTSIDE = frozenset({"outside"})


@cache
def _left_objects(codebook: Codebook) -> dict[str, frozenset[str]]:
    """What each leaving statement leaves: its distinctive stems after its word of
    leaving or "outside", before any aside in brackets ("NATO" of "withdraw from NATO
    altogether"; "NATO's integrated military command" of "outside NATO's integrated military
    command (...)")."""
    distinctive = distinctive_stems(codebook)
    objects = {}
    for issue in codebook.issues:
        words = _WORD.findall(issue.proposition.split("(")[0])
        at = next((i for i, word in enumerate(words) if stems(word) & _LEAVING or word.lower() in _OUTSIDE), None)
        if at is not None:
            objects[issue.id] = stems(" ".join(words[at + 1:])) & distinctive[issue.id]
    return objects


# Words of blame: a statement with one ("Russia / Vladimir Putin bears the main
# responsibility for the war in Ukraine") asks who is to blame, not what happened.
_BLAME = frozenset(stems("responsible responsibility blame fault guilty culprit"))


def _unblamed(codebook: Codebook, issue: str, words: frozenset[str]) -> bool:
    """Whether `issue`'s statement lays blame and a passage of `words` (its stems,
    glossed: "blamed", « coupable ») lays none: "We will do everything to ensure that
    Russia does not win this war" names the war and Russia, but says nothing of who is
    to blame for it. Its other words are the topic of a whole corpus about the war.

    Measured on the 1.5B model's picks (2026-12-05, session 25): over five held-out
    private sets of real articles (D, E, F, H, K), that issue's records fell from 40
    false alarms to 27, right speaker-issue pairs 7 -> 6, and position F1 rose on all
    five (0.340 -> 0.346, 0.379 -> 0.396, 0.327 -> 0.333, 0.289 -> 0.295, 0.220 ->
    0.226); on the development sets and corpora 20 -> 8 false alarms for 11 -> 6 pairs
    (france-nato 0.689 -> 0.700, sets C, G and J up, A, B and I down by 0.002 to 0.015,
    the challenge sets unchanged). Only the model's picks are so checked: the issue a
    sentence names (`named_issue`, and so `overlap`) needs no word of blame. Checked
    there too, it lost blame laid by a deed ("a war that was the doing of Putin alone"):
    A 0.596 -> 0.580, I 0.360 -> 0.333, france-nato 0.689 -> 0.678, and `overlap` on
    france-nato 0.531 -> 0.492. Words of such deeds ("invasion", "started") taken as
    blame won nothing held out for the model's picks (D 0.346 -> 0.343, the rest
    unchanged); as glosses they cost `overlap` 0.039 on held-out set H."""
    return _lays_blame(codebook, issue) and not words & _BLAME


def _lays_blame(codebook: Codebook, issue: str) -> bool:
    """Whether `issue`'s statement says who is to blame (a word of blame in it)."""
    return bool(issue_stems(codebook)[issue] & _BLAME)


def blame_undenied(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `issue`'s statement lays blame and `passage` does not deny it: no
    negation stands just before a word of blame, in its clause ("not responsible",
    « pas le seul responsable »). A negation of anything else ("Russia must not win
    this war") denies no blame; see `decomposed.Decomposed.stances`."""
    if not _lays_blame(codebook, issue):
        return False
    read = _Reading.of(codebook, issue, passage, language)
    return read is None or not any(
        found & _BLAME and any(read.negates(j) and read.clauses[j] == read.clauses[i] for j in _before(i))
        for i, found in enumerate(read.stemmed))


def _count(found: frozenset[str], names: tuple[frozenset[str], ...]) -> int:
    """How many of the statement's words `found` holds, a name as one."""
    return len(found) - sum(max(len(found & name) - 1, 0) for name in names)


@cache
def _names(codebook: Codebook) -> dict[str, tuple[frozenset[str], ...]]:
    """The stems of each name a statement holds ("Vladimir Putin", "United States",
    "European Union"): two capitalized words or more inside it.

    A name opening on a nationality ("European Union", "Western Balkan") was two words
    until session 37 (as one, a held-out set of session 28 had lost a position). Then
    every sentence naming the European Union bore on leaving it ("every sign of weakness
    in the European Union is an invitation to aggression", "Ukraine's immediate
    accession to the European Union"); as one word, it needs another, such as one of
    leaving. From the 1.5B model's cached answers (session 37): private development sets
    S 0.489 -> 0.508 (four false alarms on leaving the EU gone, one gold position lost
    whose sentence named the Union only as a flag's) and U 0.488 -> 0.492, held-out T
    0.392 -> 0.411, the three corpora unchanged; `overlap` S 0.472 -> 0.475, U 0.400 ->
    0.394, T 0.364 -> 0.366, the corpora unchanged."""
    return {issue.id: tuple(stems(run) for run in _NAME_RUN.findall(issue.proposition)) for issue in codebook.issues}


# Two capitalized words or more ("Vladimir Putin"), not an article opening the statement ("The EU")
_NAME_RUN = re.compile(r"\b(?!(?:The|A|An)\b)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")


def best_issue(codebook: Codebook, passage: str, at_least: int, language: str | None = "en",
               distinctive: bool = False, prefer: str | None = None) -> str | None:
    """The issue whose statement shares the most stems with `passage`, if it shares at
    least `at_least`; only stems no more than half the statements share where
    `distinctive` (`distinctive_stems`). On a tie, `prefer` if it is among the tied
    issues, else the first in codebook order."""
    words = _passage_stems(codebook, passage, language)
    table = distinctive_stems(codebook) if distinctive else issue_stems(codebook)
    names = _names(codebook)
    shared = {issue_id: _count(words & issue_words, names[issue_id]) for issue_id, issue_words in table.items()}
    top = max(shared.values(), default=0)
    if top < at_least:
        return None
    if prefer is not None and shared.get(prefer) == top:
        return prefer
    return next(issue_id for issue_id, n in shared.items() if n == top)


def named_issue(codebook: Codebook, sentence: str, paragraph: str, language: str | None = "en") -> str | None:
    """The issue a speaker's sentence names: the one whose statement shares the most
    distinctive stems with it, at least `MIN_SHARED` ("France and NATO" names none:
    most statements have "France", and "NATO" is one stem); on a tie, the one its
    paragraph is about (`best_issue` over every stem), if it is among them."""
    around = best_issue(codebook, paragraph, MIN_SHARED, language)
    return best_issue(codebook, sentence, MIN_SHARED, language, distinctive=True, prefer=around)


# How many words before a word of an issue's statement a negation may stand and still
# bear on it: "must not leave NATO", "contre une sortie de l'OTAN". Set with the overlap
# strategy and the rule's first form, where every preposition counted (2026-12-04),
# position F1 on france-nato, challenge, challenge-fr and a
# private development set of 24 real articles: reach 2: 0.400, 0.510, 0.515, 0.360;
# 4: 0.467, 0.516, 0.515, 0.360; 6: 0.467, 0.522, 0.530, 0.324 (it reaches negations
# of other clauses in real sentences).
NEGATION_REACH = 4
# One word, with an English "n't" kept on it ("don't").
_TOKEN = re.compile(r"[^\W\d_]+(?:['’]t\b)?")


# Words that undo a statement's "leave" or "withdraw" when they stand just before
# another of its words, as English stems of a passage's words (a French passage's
# through its glosses): "rejoin NATO's command", "réintégrer le commandement" take it as
# their object; "return", "remain" and "stay" ("le retour", "rester") only with a
# preposition of entering before it ("remain in the EU", "le retour de la France dans
# le commandement intégré"), so that "returning from the NATO summit", "remains in
# power, ..." and "stay out of NATO's command" undo nothing.
_LEAVING = frozenset(stems("leave withdraw quit exit"))
_REJOINING = frozenset(stems("rejoin rejoining reintegrate reintegrating reintegration"))
_RETURNING = frozenset(stems("return returning remain remaining stay staying"))
_UNDOING = _REJOINING | _RETURNING
_ENTERING = frozenset("to in into inside within back dans au aux à en sein".split())
# How many words after such a word the statement's other word may stand, in the same
# clause: "le retour de la France dans le commandement intégré" puts five between them.
REVERSAL_REACH = 6
# Marks that end a clause: a reversal's reach stops at them.
_CLAUSE_END = re.compile(r"[,;:.!?()]")


def negated(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` reads as rejecting `issue`'s statement: a negation or rejection
    ("not", "against", "refuse") stands just before a word of the statement, within
    `NEGATION_REACH` words before a word that carries one of its distinctive stems; or a
    word that undoes one of the statement's words stands there undenied (`undone`).
    Anywhere in the sentence was too far: real sentences negate much besides the
    statement ("we would never be drawn into a war if we quit NATO"). A negation the
    statement itself has there restates it ("sanctions against Russia", "by not
    rejoining it"); a capitalized one inside the sentence is a name's ("the No to War
    coalition"); idioms are read as if absent (`Lexicon.negation_idioms`). A denied
    reversal ("refuses to stay in NATO") is no rejection, but its negation is the only
    one it accounts for ("opposed leaving NATO: France cannot stay neutral"). A negation
    whose word of the statement is then ended or vetoed denies the ending, not the
    statement ("did not believe the sanctions on Russia should be lifted", "will not
    veto the sanctions"), as one before a word of ending does ("will not stop sending
    weapons")."""
    read = _Reading.of(codebook, issue, passage, language)
    if read is None:
        return False
    reversal = read.reversal()
    if reversal is None:
        return read.denied()
    at, denied = reversal
    return not denied or read.denied(outside=_before(at))


# Words of ending something ("lift the sanctions", "ease sanctions", "scrap conscription"),
# and what may stand between one and the thing it ends ("the lifting of all sanctions").
_ENDING = frozenset(stems("end ending stop stopping halt halting cease ceasing "
                          "lift lifting abandon abandoning scrap scrapping drop dropping remove removing "
                          "abolish abolishing cancel cancelling dismantle dismantling ease easing loosen loosening "
                          "abolition removal cancellation renounce renouncing"))
_ENDED_GAP = frozenset("the a an all any these those its their our of to current existing remaining".split())
# Nouns a thing may qualify and stay what is meant: "the sanctions policy" is the sanctions.
_COURSES = frozenset("policy policies regime regimes programme programmes program programs scheme".split())
# The first part of a hyphenated name-like modifier: "anti-Russian sanctions", "pro-Kremlin".
_NAME_PREFIXES = frozenset("anti pro".split())
# What sanctions are aimed at follows these: "(US) sanctions on Iran".
_AIMED = frozenset("on against".split())
# A seat of power named for its state, where a judgement's target is read ("sanctions against
# Moscow have not worked"). Only there: as glosses of the statements' words, a sentence
# naming Moscow would bear on every statement naming Russia (measured and dropped, session 21).
_SEATS = {seat: frozenset(stems(state)) for seats, state in (("moscow kremlin", "russia"), ("kyiv kiev", "ukraine"))
          for seat in seats.split()}
# What may stand between the thing and a passive word of ending: "sanctions to be lifted".
_PASSIVE_GAP = frozenset("to be should must being".split())
# A wish, a call or a modal before the word of ending: the speaker wants the ending, rather
# than judging it ("It would be a mistake to lift the sanctions") or reporting it.
_WANTING = frozenset(stems("want wants wanted wanting call calls called calling urge urges urged urging demand "
                           "demands demanded propose proposes proposed welcome welcomes welcomed campaign campaigns "
                           "plead pleads pleaded push pushes pushed advocate advocates advocated favour favours "
                           "favor favors support supports backs backed seek seeks")) | {"should", "must"}
WANTING_REACH = 6
# How far before a listed ending ("wants to X, Y, lift sanctions") its wish may stand,
# followed by "to": the infinitives it lists.
LISTED_REACH = 15
# Where a statement's subject ends: its first verb ("Economic sanctions against Russia are ...").
_PREDICATE = re.compile(r"\b(?:should|must|is|are|was|were|bears?|has|have|can|could|will|would)\b")
# A predicate that approves of its subject: only then does ending the subject reject the
# statement ("sanctions ... are justified"; not "Tuition fees are unfair").
_APPROVING = frozenset(stems("justified effective necessary needed good safe fair useful legitimate beneficial right "
                             "works work maintained kept extended expanded raised increased tightened introduced "
                             "restored strengthened"))
_AND = frozenset("and or but because so as if unless until while".split())
# Where a noun phrase's head ends: "sanctions | against Russia".
_SUBJECT_END = frozenset("of against on to for with in from by under such as at".split())
# Words of ending or cutting back: a negation before one affirms what follows ("not stop
# sending weapons", "no reason to cut aid").
_STOPPING = _ENDING | frozenset(stems("cut cutting reduce reducing suspend suspending veto vetoing block blocking"))
# How far after a denied word of the statement its ending may stand: "the sanctions on
# Russia should be lifted".
ENDED_AFTER_REACH = 5
# What a statement says should be done: "back" of "France and the West should back Ukraine".
_DOING = re.compile(r"\b(?:should|must)\s+(?!be\b)(\w+)")
# How many words after a word of ending the statement's doing may stand: "stop sending weapons".
DOING_REACH = 3
# What a statement's passive wants done to its subject: "should be | admitted".
_PASSIVE_ACT = re.compile(r"\b(?:should|must)\s+be\s+(\w+)")
_ACT_NOUNS = dict(LEXICONS["en"].act_nouns)
# What a statement says should be kept or made: "should introduce or restore | compulsory military service".
_ADVOCATING = re.compile(r"\b(?:should|must)\s+(?:maintain|tighten|introduce|restore|create|keep|extend|expand|raise|"
                         r"increase|strengthen|seek)(?:\s+(?:or|and)\s+[a-z]+)?\s+([^,.;:()]*)")


def ended(codebook: Codebook, issue: str, view: str) -> bool:
    """Whether `view` (the model's English sentence of what the speaker holds) wants to
    end the thing the issue's statement approves of: a word of ending, undenied, after a
    wish, a call or a modal and right before the head noun of the statement's subject or
    of what it says should be kept or made (`_approved_heads`), or after it in a modal
    passive ("wants to ease sanctions against Russia", "wants sanctions to be removed",
    against "Economic sanctions against Russia are justified and effective"; "wants to
    lift the sanctions" against "The EU should maintain or tighten its economic sanctions").

    Why: the 1.5B model's judge answers "support" for such a view, misled by the words it
    shares with the statement. Only the subject's head noun, not a name, and only where
    the statement approves of it: "end the war" does not reject "Putin bears the main
    responsibility for the war", "drop nuclear power" is not about a nuclear deterrent,
    and "scrap tuition fees" agrees with "Tuition fees are unfair". Only a wished ending:
    "It would be a mistake to lift the sanctions" and "The end of sanctions would be a
    disaster" judge one. A statement that itself leaves or ends something is not read
    this way. A name-like modifier may stand before the head noun ("lift anti-Russian
    sanctions", "lift the EU sanctions"), and a noun of ending counts ("the abolition of
    anti-Russian sanctions"): on the 1.5B model's cached answers (2026-12-05, session 22)
    two stances of private set G came right (0.438 -> 0.457), every other set unchanged.

    So does a wished stop, within `DOING_REACH` words, to what the statement says should
    be done (`_doing`), or to a word a gloss makes stand for it ("wants to stop sending
    weapons and money to Ukraine" against "... should back Ukraine"): with "stop",
    "halt" and "cease" among the words of ending, one stance of set G came right (0.530
    -> 0.547, session 23), every other set and corpus unchanged.

    The thing's own course is the thing ("wants to end the sanctions policy"), and an
    ending listed after a wish with "to" is wished too ("wants to stop the paranoia, talk
    to Russia, lift sanctions, and restart trade"). From the 1.5B model's cached answers
    (session 27): held-out N 0.333 -> 0.352 (one stance right), sets M and O and
    france-nato unchanged.

    "Put an end to" and "an end to" the thing are wished endings ("wants the European
    Union to put an end to sanctions against Russia", "calls for an end to the sanctions"),
    and "renounce" is a word of ending (the view "wants to renounce sanctions" of «
    renoncer aux sanctions »). From the cached answers (session 35), with the
    seat-of-power reading of `condemned`: S 0.421 -> 0.451 (a stance right by each); U,
    held-out T and france-nato unchanged; "renounce" then U 0.475 -> 0.492 (one stance),
    the others unchanged. Sanctions aimed at what the statement does not name are someone
    else's whether a name stands before them or not ("an end to sanctions on Iran"; a
    fresh-eyes review's case): no set moved."""
    statement = issue_stems(codebook)[issue]
    if statement & (_LEAVING | _ENDING | _UNDOING):
        return False
    head, doing = _approved_heads(codebook)[issue], _doing(codebook)[issue]
    read = _Reading.of(codebook, issue, view, "en")
    if not (head or doing) or read is None:
        return False
    for i, stemmed in enumerate(read.stemmed):
        if not stemmed & _ENDING or any(read.negates(k) for k in range(max(0, i - NEGATION_REACH), i)):
            continue
        verb = i - 2 if [w.lower() for w in read.words[max(0, i - 2):i]] == ["put", "an"] else i  # "put an end to"
        wishes = [k for k in range(max(0, verb - WANTING_REACH), verb) if read.clauses[k] == read.clauses[i]
                  and (read.stemmed[k] & _WANTING or read.words[k].lower() in _WANTING)]
        if not wishes and _opens_clause(read, i):  # "wants to stop the paranoia, talk to Russia, lift sanctions"
            wishes = [k for k in range(max(0, i - LISTED_REACH), i - 1) if read.stemmed[k] & _WANTING
                      and read.words[k + 1].lower() == "to" and read.sentences[k] == read.sentences[i]]
        # a wish, itself undenied: not "She does not want the government to lift the sanctions"
        if not wishes or any(read.negates(k) for k in range(max(0, wishes[0] - NEGATION_REACH), wishes[0])):
            continue
        j = i + 1  # "lift (all) the (economic, EU) sanctions": articles, the statement's words, names
        while j < len(read.words) and read.clauses[j] == read.clauses[i] and not read.stemmed[j] & head:
            if not (read.words[j].lower() in _ENDED_GAP or read.stemmed[j] & statement or _modifier(read.words[j])):
                break
            j += 1
        if _stops_doing(read, i, doing):
            return True  # "wants to stop sending weapons to Ukraine": the backing the statement wants
        if _aimed_elsewhere(read, j, statement):
            continue  # "lift (US) sanctions on Iran": someone else's sanctions on someone else
        k = i - 1  # "the sanctions (should) be lifted"
        while k >= 0 and read.words[k].lower() in _PASSIVE_GAP:
            k -= 1
        if ((j < len(read.words) and read.clauses[j] == read.clauses[i] and read.stemmed[j] & head
             and _ends_phrase(read, j))
                or (0 <= k < i - 1 and read.clauses[k] == read.clauses[i] and read.stemmed[k] & head)):
            return True
    return False


# A wish of the speaker's own, then who leaves and the leaving itself, with nothing between
# them that could make the leaving someone else's, a thing talked of or a thing prevented:
# "wants France to withdraw from", "calls on Paris to quit", "wants to stop the madness and
# exit from"; not "who want to leave", "wants Le Pen to stop asking to leave", "wants to
# prevent France from leaving", "called leaving NATO a dangerous illusion", "wants to expose
# Le Pen's plan to leave NATO".
_WISHED_LEAVING = re.compile(
    # (a wish's noun is someone's: "Le Pen's plan to leave NATO", "her pledge to leave NATO")
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!['’]s\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\bits\s)"
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:wants?|wanted|wish(?:es|ed)?|calls?\s+(?:for|on)|called\s+(?:for|on)"
    r"|urge[sd]?|demand(?:s|ed)?|propose[sd]?|pledge[sd]?|promise[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|advocate[sd]?"
    r"|favou?r(?:s|ed)?|supports?|supported|campaign(?:s|ed)?\s+for|push(?:es|ed)?\s+for)"
    r"\s+(?:(?:France|Paris|the\s+country|the\s+French|us|it)\s+)?(?:to\s+)?"
    r"(?:(?:finally|quickly|immediately|eventually|fully|completely|also|gradually|unilaterally|simply)\s+)?"
    r"(?:[^,.;:]{1,40}?\s+and\s+)?"
    r"(?P<leaving>leave|leaving|withdraw(?:ing|al)?|exit(?:ing)?|quit(?:ting)?|pull(?:ing)?)\b"
    r"\s+(?:(?:France|Paris)\s+)?(?:out\s+)?(?:(?:from|of)\s+)?(?:the\s+)?"
    r"(?P<left>[^,.;:]*?)(?=\s+(?:if|and|but|when|once|because|to|in|by|before|after|while|as|until|so|or|for|on"
    r"|at|unless|since|through|via|with)\b|[,.;:]|$)")
# What takes a wished leaving back: "wanted to leave NATO in 2017 but has since dropped the idea".
_TAKEN_BACK = re.compile(r"\bbut\b.*\b(?:dropped|abandoned|no\s+longer|renounced|gave\s+up|has\s+since|now)\b")


def wants_leaving(codebook: Codebook, issue: str, view: str) -> bool:
    """Whether `view` (the model's English sentence of what the speaker holds) wishes,
    undenied, the leaving a leaving statement wants, of exactly what that statement leaves
    ("wants France to withdraw from NATO if she is elected" of "France should withdraw from
    NATO altogether"): the speaker's wish, then (France,) "to" and the word of leaving
    (`_WISHED_LEAVING`), and what is left made only of the statement's words, no other
    leaving statement's fitting them as well ("NATO's integrated command" is not NATO,
    "the European Union's migration pact" not the Union, "NATO's mission in Romania" no
    statement's).

    Why: the 1.5B model's judge answers "oppose" for such views (Philippot's "wants France
    to leave NATO and to dismantle the OTAN"). Over the 1.5B model's cached answers on
    private development sets S, U and V and the three corpora (session 37), where it
    answered so and this reading now says "support", gold says "support" 4 times, "oppose"
    twice (the view, not the judge, was wrong: "Clément Beaune wants France to leave NATO
    and restore its military sovereignty"), and once holds no position. A first form that took
    any wish within eight words of any leaving flipped 26 of a review's 74 views wrongly
    ("Macron wants to prevent France from leaving NATO", "called leaving NATO a dangerous
    illusion", "wants France to withdraw from NATO's wars in the Middle East")."""
    if not issue_stems(codebook)[issue] & _LEAVING or _TAKEN_BACK.search(view):
        return False
    leaving_issues = [other for other in distinctive_stems(codebook) if issue_stems(codebook)[other] & _LEAVING]
    for wished in _WISHED_LEAVING.finditer(view):
        if re.search(r"\b(?:not|never|no|n't)\b", view[max(0, wished.start() - 25):wished.start("leaving")]):
            continue  # "does not want France to leave", "wants France to never leave"
        left = stems(f"leave the {wished.group('left')}", "en") - _LEAVING  # "the EU" is the Union
        if not left or not left <= issue_stems(codebook)[issue]:
            continue
        # of the leaving statements holding every word left, the one those words fill the most of
        # ("NATO" fills more of "withdraw from NATO altogether" than of the integrated command's)
        fits = {other: len(left & distinctive_stems(codebook)[other])
                / max(1, len(distinctive_stems(codebook)[other] - _LEAVING))
                for other in leaving_issues if left <= issue_stems(codebook)[other]}
        if fits[issue] and sum(fit >= fits[issue] for fit in fits.values()) == 1:
            return True
    return False


def condemned(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` says that what the issue's statement approves of is bad: the
    statement's head noun, then a copula and the judgement ("imposing economic sanctions
    is naive", "the sanctions against Russia are ineffective", « ces sanctions ne servent
    strictement à rien »), against "Economic sanctions against Russia are justified and
    effective". Only so predicated: not a judgement of something else in the sentence
    ("It is naive to think Russia will change without sanctions"), of an ending ("Suspending
    the sanctions would be a mistake"), of someone's claim ("Those who say the sanctions
    are useless are wrong"), nor a denied one ("neither useless nor harmful", "far from
    useless").

    Why: the 1.5B model's stance lands on "support" for such a sentence, where its view
    drops the judgement ("Marine Le Pen wants sanctions to be effective").

    A failure needs no copula: it carries its own verb ("the sanctions aren't working",
    "have backfired", "are hurting Austria more than Russia", « ne fonctionnent pas »;
    `Lexicon.failures`). Session 26: private set O 0.407 -> 0.424 with the 1.5B model and
    0.397 -> 0.412 with `overlap` (one stance right); sets M and N, the three corpora and
    `overlap` with parties only unchanged.

    The thing may be the act a statement's passive wants done to a named subject
    (`Lexicon.act_nouns`: "Ukraine's accession to NATO", "Ukrainian membership in NATO"
    of "Ukraine should be admitted to NATO"), and the judgement a proposal put off or
    refused ("is not on the agenda", "is out of the question", "would mean war", « n'est
    pas à l'ordre du jour »). An elided article is no word of the reach to the head ("L'
    adhésion de l'Ukraine à l'Otan n'est ..."). Session 27, from the cached answers: O
    0.467 -> 0.483 with the 1.5B model (one stance right); M, held-out N and france-nato
    unchanged; `overlap` M 0.364 -> 0.397, O 0.423 -> 0.438, N and the corpora unchanged.

    A seat of power named as the target stands for its state ("sanctions against Moscow
    have not worked", "against the Kremlin"; `_SEATS`), where the target is read only:
    as glosses of the statements' words, such names made a sentence naming Moscow bear
    on every statement naming Russia (measured and dropped, session 21). From the
    cached answers (session 35): S one stance right; U, held-out T and france-nato
    unchanged."""
    head = _approved_heads(codebook)[issue]
    lexicon = LEXICONS.get(language or "en")
    if not head or lexicon is None or not lexicon.condemnations:
        return False
    if lexicon.negation_idioms:  # "not only useless": blanked, so that it denies nothing
        passage = _alternatives(lexicon.code, "negation_idioms").sub(lambda idiom: " " * len(idiom.group()), passage)
    judging = _judging(lexicon.code)
    for judged, failed in [(m, False) for m in judging.condemnation.finditer(passage)] + [
            (m, True) for m in judging.failure.finditer(passage)]:
        if judging.denied.search(passage, max(0, judged.start() - 30), judged.start()):
            continue  # "never been useless", "neither useless nor harmful", « ni inutiles »
        # a failure carries its own verb ("have backfired"); a judgement follows a copula
        predicate = judged if failed else judging.predicated.search(passage, max(0, judged.start() - 120),
                                                                     judged.start())
        if predicate is None:
            continue
        if failed and _harms_its_aim(codebook, issue, passage, judged.end(), language):
            continue  # "the sanctions are destroying the Russian economy": they work
        marks = [m.end() for m in _CLAUSE_END.finditer(passage, 0, predicate.start())]
        subject = passage[:predicate.start()]  # its own clause: not "The sanctions work; leaving NATO is a mistake"
        # an elided article is no word of the reach: « L'adhésion de l'Ukraine à l'Otan n'est »
        words = [m for m in _TOKEN.finditer(subject, marks[-1] if marks else 0) if len(m.group()) > 1][-_SUBJECT_REACH:]
        stemmed = [_passage_stems(codebook, w.group(), language) for w in words]
        at = next((i for i in range(len(words) - 1, -1, -1) if stemmed[i] & head), None)
        if at is None or judging.claimed.search(subject, 0, words[at].start()):
            continue  # "Those who say the sanctions are useless"
        if stemmed[at] & _act_heads(codebook)[issue] and not _names_only_its_own(codebook, issue, words, lexicon):
            continue  # "Georgia's membership of NATO", "Ukraine's entry into the EU": another's act
        reach = range(max(0, at - _WEAKENING_REACH), at)
        if any(stemmed[k] & _ENDING for k in reach) or judging.weakened.search(
                subject, words[reach.start].start(), words[at].start()):
            continue  # "Lifting the sanctions would be a mistake", "Suspending the sanctions ..."
        if at and words[at - 1].group().lower() in lexicon.other_things:
            continue  # "without sanctions", "counter-sanctions"
        statement = issue_stems(codebook)[issue] - head  # "Sanctions on Iran have been useless", not "against Russia"
        aimed = next((k for k in range(at + 1, len(words)) if words[k].group().lower() in _AIMED), None)
        if aimed is not None and not (any(st & statement for st in stemmed[at + 1:])
                                      or _seat_targeted(subject, words[aimed + 1:], statement)):
            continue
        if judging.tightened.search(passage):
            continue  # "ineffective ..., so they must be tightened"
        return True
    return False


# How many words after a failure's verb its object may take ("are hurting the Russian economy").
_OBJECT_REACH = 3


def _seat_targeted(text: str, after: list[re.Match[str]], statement: frozenset[str]) -> bool:
    """Whether the words after "on" or "against" (`after`) name a seat of power that stands
    for a state the statement names, as the target itself: "against (the) Moscow", not
    "against Moscow's ally Belarus"."""
    target = next((w for w in after if w.group().lower() != "the"), None)
    return (target is not None and not text.startswith(("'s", "’s"), target.end())
            and _stands_for(target.group(), statement))


def _stands_for(word: str, statement: frozenset[str]) -> bool:
    """Whether `word` is a seat of power standing for a state the statement names."""
    return bool(_SEATS.get(word.lower(), frozenset()) & statement)


def _harms_its_aim(codebook: Codebook, issue: str, passage: str, end: int, language: str | None) -> bool:
    """Whether the harm a failure's verb names falls on what the statement aims at ("are
    destroying the Russian economy" of "Economic sanctions against Russia are justified
    and effective"): that is the thing working, not failing. Words are compared by their
    common start, so that "Russian" meets "Russia"."""
    statement = [stem for stem in issue_stems(codebook)[issue] - _approved_heads(codebook)[issue] if len(stem) >= 4]
    stop = _CLAUSE_END.search(passage, end)
    words = _TOKEN.findall(passage, end, stop.start() if stop else len(passage))[:_OBJECT_REACH]
    return any(found.startswith(stem) or stem.startswith(found)
               for word in words for found in _passage_stems(codebook, word, language) for stem in statement)


def carved_out(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage`, which backs the issue's statement, takes part of it back: a
    contrast, then a rejection of a part of the same thing ("France should send
    air-defence systems, but she rejected deliveries of tanks", « mais refusé celui de
    missiles à longue portée »), an exception ("she fully supported sanctions except for
    those targeting energy flows"), or a yes and a no ("Defensive weapons, yes. Offensive
    weapons, no."). ANNOTATION.md calls such a view "mixed": it supports the statement
    only with a substantial carve-out.

    The backing before the contrast must be on this issue and undenied ("He rejects the
    sanctions, but that does not make him pro-Kremlin" takes nothing back), and the part
    after it too: a word of this statement or an anaphor standing for it ("those", «
    celui »), and no more words of another issue ("She backs Ukraine, but rejects its NATO
    membership"). An exception is of a part of the thing, not of someone ("all parties
    except the RN back Ukraine", "Nobody except Mme Duval"), and "except that" is a plain
    "but"."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.carve_contrasts:
        return False
    carving = _carving(lexicon.code)
    wanted = distinctive_stems(codebook)[issue]
    parts = [(passage[:m.start()], passage[m.end():], False) for m in carving.contrast.finditer(passage)]
    parts += [(m.group("yes"), m.group("no"), True) for m in carving.answered.finditer(passage)]
    for backing, part, answered in parts:
        clause = re.split(r"[,.;:!?]", part, maxsplit=1)[0]  # its own clause
        exception = carving.exception.match(clause)
        if exception is not None and any(w.lower() in lexicon.quantifiers for w in _TOKEN.findall(backing)[-3:]):
            continue  # "all parties except the RN"
        rejecting = _alternatives(lexicon.code, "negations")  # the words `_Reading.negates` reads
        if exception is None and not answered and not any(rejecting.fullmatch(w) for w in _TOKEN.findall(clause)[:6]):
            continue
        if not _passage_stems(codebook, backing, language) & wanted or negated(codebook, issue, backing, language):
            continue  # the backing is of something else, or denied
        rest = clause[exception.end():] if exception is not None else clause
        words = _passage_stems(codebook, rest, language)
        other = best_issue(codebook, rest, 1, language, distinctive=True)
        if other not in (None, issue) and len(words & distinctive_stems(codebook)[other]) > len(words & wanted):
            continue  # another issue's part: "but rejects its NATO membership"
        if words & wanted or any(w.lower() in lexicon.anaphors for w in _TOKEN.findall(rest)[:3]):
            return True
    return False


@dataclass(frozen=True)
class _Carving:
    """A lexicon's words for `carved_out`, compiled."""

    contrast: re.Pattern[str]  # a contrast or an exception, right before the part taken back
    exception: re.Pattern[str]  # the words of an exception, which need no rejection after them
    answered: re.Pattern[str]  # "X, yes. Y, no.": groups "yes" (X) and "no" (Y)


@cache
def _carving(language: str) -> _Carving:
    lexicon = LEXICONS[language]
    contrasts = "|".join((*lexicon.carve_contrasts, *lexicon.carve_exceptions))
    yes, no = "|".join(lexicon.yes_words), "|".join(lexicon.no_words)
    return _Carving(
        contrast=re.compile(rf"(?:,\s*|\s)(?=(?:{contrasts})\b)", re.IGNORECASE),
        exception=re.compile(rf"(?:{'|'.join(lexicon.carve_exceptions)})\b", re.IGNORECASE),
        answered=re.compile(rf"(?P<yes>[^.!?;:“”\"«»]{{1,60}}),\s*(?:{yes})\b[^.!?;]{{0,30}}[.!?;]\s+"
                            rf"(?P<no>[^.!?;:,“”\"«»]{{1,80}}),\s*(?:{no})\b", re.IGNORECASE),
    )


@dataclass(frozen=True)
class _Judging:
    """A lexicon's words for `condemned`, compiled."""

    condemnation: re.Pattern[str]
    failure: re.Pattern[str]
    denied: re.Pattern[str]  # a denial right before a judgement, up to two words away
    predicated: re.Pattern[str]  # a copula, then up to two adverbs ("has been a total failure"), before a judgement
    claimed: re.Pattern[str]
    weakened: re.Pattern[str]
    tightened: re.Pattern[str]


@cache
def _judging(language: str) -> _Judging:
    lexicon = LEXICONS[language]

    def pattern(words: tuple[str, ...], form: str) -> re.Pattern[str]:  # no words: a pattern that never matches
        return re.compile(form.format("|".join(words)) if words else r"(?!x)x", re.IGNORECASE)

    return _Judging(
        condemnation=pattern(lexicon.condemnations, "{}"),
        failure=pattern(lexicon.failures, "{}"),
        denied=pattern(lexicon.denials, r"\b(?:{})\s+(?:\w+\s+){{0,2}}$"),
        predicated=pattern(lexicon.copulas, r"\b(?:{})(?:\s+\w+){{0,2}}\s+$"),
        claimed=pattern(lexicon.claimers, r"\b(?:{})\b"),
        weakened=pattern(lexicon.weakenings, "{}"),
        tightened=pattern(lexicon.tightenings, "{}"),
    )


# How many words before the copula the thing judged may stand: "the sanctions against
# Russia are", "imposing economic sanctions is".
_SUBJECT_REACH = 6
# How many words before the thing a word that ends or weakens it may stand: "Suspending
# (all) the sanctions", "lever les sanctions" (not "break down the Russians by imposing
# economic sanctions").
_WEAKENING_REACH = 3


def _aimed_elsewhere(read: _Reading, j: int, statement: frozenset[str]) -> bool:
    """Whether the head noun at `j` is aimed, by "on" or "against", at something the
    statement does not name: "Russian sanctions on French food", not "the EU sanctions on
    Russia" nor "sanctions on Moscow"."""
    k = j + 1
    if k >= len(read.words) or read.words[k].lower() not in _AIMED:
        return False
    k += 1
    while k < len(read.words) and read.words[k].lower() in _ENDED_GAP:
        k += 1
    return k < len(read.words) and not (read.stemmed[k] & statement or _stands_for(read.words[k], statement))


def _opens_clause(read: _Reading, i: int) -> bool:
    """Whether word `i` opens its clause, after "and" or "or" if any: an item of a list."""
    first = i - 1 if i and read.words[i - 1].lower() in ("and", "or") else i
    return first == 0 or read.clauses[first - 1] != read.clauses[first]


def _modifier(word: str) -> bool:
    """Whether a word before the head noun qualifies it as a name does: "lift anti-Russian
    sanctions", "lift the EU sanctions", "ease Western sanctions"."""
    return word.lower() in _NAME_PREFIXES or word[:1].isupper()


def _ends_phrase(read: _Reading, j: int) -> bool:
    """Whether word `j` ends its noun phrase, as a head does: "lift the sanctions (on
    Russia)", not "end sanctions evasion" (there "sanctions" qualifies "evasion"). A noun
    that names the thing's own course keeps it the head: "end the sanctions policy"."""
    return (j + 1 == len(read.words) or read.clauses[j + 1] != read.clauses[j]
            or read.words[j + 1].lower() in _SUBJECT_END | _PASSIVE_GAP | _AND | _COURSES)


@cache
def _act_heads(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each statement's act nouns (`Lexicon.act_nouns`) as stems, where its passive wants
    an act done to its subject ("accession", "membership" of "Ukraine should be admitted
    to NATO")."""
    acts = {}
    for issue in codebook.issues:
        act = _PASSIVE_ACT.search(issue.proposition)
        acts[issue.id] = stems(_ACT_NOUNS[act.group(1)]) if act and act.group(1) in _ACT_NOUNS else frozenset()
    return acts


def _names_only_its_own(codebook: Codebook, issue: str, words: list[re.Match[str]], lexicon: Lexicon) -> bool:
    """Whether the words before a judgement name someone or something, all of them the
    statement's own ("Ukraine's accession to NATO", « l'adhésion de l'Ukraine à l'Otan »),
    so that an act noun there is the statement's act, not another's ("Georgia's
    membership of NATO")."""
    statement = issue_stems(codebook)[issue]
    names = [w.group() for w in words if w.group()[:1].isupper() and w.group().lower() not in lexicon.articles]
    return bool(names) and all(_passage_stems(codebook, name, lexicon.code) & statement for name in names)


@cache
def _approved_heads(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each statement's subject's head noun, where it is a narrow stem and no name and the
    statement's predicate approves of it ("sanctions" of "Economic sanctions against
    Russia are justified and effective"), and the head noun of what it says should be kept
    or made ("service" of "... should introduce or restore compulsory military service")."""
    narrow = narrow_stems(codebook)
    # names: words the statements capitalize other than first ("Russia", "Putin")
    names = {w for issue in codebook.issues for w in _TOKEN.findall(issue.proposition)[1:] if w[:1].isupper()}
    heads = {}
    for issue in codebook.issues:
        verb = _PREDICATE.search(issue.proposition)
        subject = issue.proposition[:verb.start()] if verb else ""
        head, first = _head(re.sub(r"\w+['’]s\b", " ", subject))  # not an owner: "France's nuclear deterrent"
        common = head.islower() or (first and head not in names)
        approving = verb is not None and bool(stems(issue.proposition[verb.start():]) & _APPROVING)
        found = stems(head) & narrow[issue.id] if common and approving else frozenset()
        # the act a passive wants done to a named subject: "Ukraine should be admitted to NATO"
        # wants "Ukraine's accession", "its membership"
        found |= _act_heads(codebook)[issue.id]
        # what it says should be kept or made: "... should introduce or restore compulsory military service"
        advocated = _ADVOCATING.search(issue.proposition)
        if advocated and (kept := _head(advocated.group(1))[0]).islower():
            found |= stems(kept) & narrow[issue.id]
        heads[issue.id] = found
    return heads


def _stops_doing(read: _Reading, i: int, doing: frozenset[str]) -> bool:
    """Whether the word of ending at `i` ends what the statement says should be done: its
    verb ("stop backing Ukraine") or a word glossed to it that heads its phrase ("stop
    sending weapons and money", "halt military aid to Kyiv"), within `DOING_REACH` words
    of its clause and before any "and" or preposition. Not a word that qualifies another
    ("stop the aid cuts", "lift the arms embargo", "stop the arms race"), nor one past
    "and" or "by" ("cease hostilities and help Ukraine", "stop Russia by arming Ukraine")."""
    for k in range(i + 1, min(len(read.words), i + 1 + DOING_REACH)):
        word = read.words[k].lower()
        if read.clauses[k] != read.clauses[i] or word in _AND or word in _SUBJECT_END:
            return False
        if read.stemmed[k] & doing and (stems(word) & doing or _ends_phrase(read, k)):
            return True
    return False


@cache
def _doing(codebook: Codebook) -> dict[str, frozenset[str]]:
    """The stems of what each statement says should be done, where it names a doing
    ("back" of "France and the West should back Ukraine against Russia's invasion"; none
    of "Ukraine should be admitted to NATO"). A passage's words glossed so stand for it
    too ("weapons", "aid")."""
    return {issue.id: stems(found.group(1)) if (found := _DOING.search(issue.proposition)) else frozenset()
            for issue in codebook.issues}


def _head(phrase: str) -> tuple[str, bool]:
    """A noun phrase's head: its last word before a preposition ("sanctions" of "Economic
    sanctions against Russia"), and whether it is the phrase's first word."""
    words = _TOKEN.findall(phrase)
    cut = next((i for i, w in enumerate(words) if w.lower() in _SUBJECT_END), len(words))
    return (words[cut - 1] if cut else ""), cut == 1


def undoing_refused(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` refuses outright a word that undoes the statement's leaving: a
    negation or rejection right before it in its clause, only articles, prepositions or
    modals between (« son opposition à la réintégration de la France », « NON à la
    réintégration », "must never rejoin NATO's integrated command"), no second negation
    before that one ("fought those who opposed the return"), and no judgement of a mistake
    in the sentence ("Not rejoining would have been a historic mistake"). Narrower than
    `undone` False, which a fresh-eyes review showed denying other verbs ("did not regret
    France's return", « ne cache pas son soutien au retour »)."""
    read = _Reading.of(codebook, issue, passage, language)
    reversal = read.reversal() if read is not None else None
    if read is None or reversal is None or _MISTAKE.search(passage):
        return False
    at, _ = reversal
    for j in range(at - 1, max(-1, at - 1 - NEGATION_REACH), -1):
        if read.clauses[j] != read.clauses[at]:
            return False
        if read.negates(j):
            return (read.words[j].lower() not in _NOT_REFUSING
                    and not any(read.negates(k) for k in range(max(0, j - NEGATION_REACH), j)))
        if read.words[j].lower() not in _REFUSAL_GAP:
            return False
    return False


# What may stand between a refusal and the undoing word it refuses: "must never rejoin",
# « opposition à la réintégration », "against the return", « contre cette décision de réintégrer »
_REFUSAL_GAP = frozenset("to the a any must should will would can ever again à la le les l de du des d au aux "
                         "un une sa son ses leur this that these cette ce cet ces decision idea plan project move "
                         "décision idée projet volonté choix".split())
# Negations that refuse nothing by themselves: "without rejoining", « sans le retour »
_NOT_REFUSING = frozenset("without sans".split())
# A judgement of a mistake: the refusal is judged, not made ("Not rejoining was a mistake")
_MISTAKE = re.compile(r"\b(?:mistake|error|wrong|erreur|faute|tort)\b", re.IGNORECASE)


def undone(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool | None:
    """Whether a word that undoes the statement's "leave" stands just before another of
    its words, undenied ("France will rejoin NATO's integrated command" rejects leaving
    it: True) or denied ("refuses to stay in NATO": False); None where none does."""
    read = _Reading.of(codebook, issue, passage, language)
    reversal = read.reversal() if read is not None else None
    return None if reversal is None else not reversal[1]


@dataclass(frozen=True)
class _Reading:
    """A passage's words, stemmed, as `negated` and `undone` read them against one issue."""

    codebook: Codebook
    issue: str
    lexicon: Lexicon
    words: tuple[str, ...]
    stemmed: tuple[frozenset[str], ...]
    clauses: tuple[int, ...]  # each word's clause: how many clause marks stand before it
    sentences: tuple[int, ...]  # each word's sentence: how many sentence marks (";" too) stand before it

    @classmethod
    def of(cls, codebook: Codebook, issue: str, passage: str, language: str | None) -> _Reading | None:
        """The passage read in `language`, or None for a language without negation words."""
        lexicon = LEXICONS.get(language or "en")
        if lexicon is None or not lexicon.negations:
            return None
        if lexicon.negation_idioms:  # blanked, so that their words neither deny nor count
            passage = _alternatives(lexicon.code, "negation_idioms").sub(lambda idiom: " " * len(idiom.group()),
                                                                          passage)
        found = list(_TOKEN.finditer(passage))
        marks = [m.start() for m in _CLAUSE_END.finditer(passage)]
        stops = [m.start() for m in re.finditer(r"[.!?;]", passage)]
        return cls(codebook, issue, lexicon, tuple(m.group() for m in found),
                   tuple(_passage_stems(codebook, m.group(), language) for m in found),
                   tuple(bisect.bisect_left(marks, m.start()) for m in found),
                   tuple(bisect.bisect_left(stops, m.start()) for m in found))

    def negates(self, j: int) -> bool:
        """Whether word `j` is a negation, not a name's ("the No to War coalition"); one in
        capitals is shouted, not named (« NON à la réintégration de la France dans l'OTAN »;
        not an initial, « N. Sarkozy »)."""
        word = self.words[j]
        return bool(_alternatives(self.lexicon.code, "negations").fullmatch(word)) and not (
            j > 0 and word[0].isupper() and not (word.isupper() and len(word) > 2))

    def denies(self, j: int) -> bool:
        """Whether word `j` is a negation the statement does not have there itself."""
        if not self.negates(j):
            return False
        word = self.words[j].lower()
        english = _prepositions(self.lexicon.code).get(word) or (word if self.lexicon.code == "en" else None)
        restated = _statement_neighbours(self.codebook)[self.issue]
        return not (english and any((english, stem) in restated
                                    for after in self.stemmed[j + 1:j + 1 + NEGATION_REACH] for stem in after))

    def denied(self, outside: range = range(0)) -> bool:
        """Whether a negation (not at the positions `outside`) stands just before a
        distinctive word of the statement, with no word of ending between them: a
        negated ending affirms ("We will not stop sending weapons to Ukraine", "no
        reason to cut aid to Kyiv")."""
        wanted = distinctive_stems(self.codebook)[self.issue]
        return any(found & wanted and any(self.denies(j) and not self._ends_between(j, i) and not self._ended_after(i)
                                          for j in _before(i) if j not in outside)
                   for i, found in enumerate(self.stemmed))

    def _ends_between(self, j: int, i: int) -> bool:
        return any(self.stemmed[k] & _STOPPING for k in range(j + 1, i))

    def _ended_after(self, i: int) -> bool:
        """Whether a word of ending follows word `i` in its clause: "did not believe the
        sanctions on Russia should be lifted" denies the ending, not the sanctions."""
        return any(self.stemmed[k] & _STOPPING and self.clauses[k] == self.clauses[i]
                   for k in range(i + 1, min(len(self.words), i + 1 + ENDED_AFTER_REACH)))

    def reversal(self) -> tuple[int, bool] | None:
        """The first word that undoes the statement's "leave" just before another of its
        words in the same clause, and whether a negation denies it; None if no word
        does, or if the passage goes on to say "leave" undenied ("the others stay in
        NATO, but France must leave it")."""
        statement = issue_stems(self.codebook)[self.issue]
        leaving = _LEAVING & statement
        if not leaving:
            return None
        # not a word the statement itself puts after such a word: "remain in the Alliance"
        # restates "whether or not it stays in the alliance"; it undoes no leaving
        wanted = distinctive_stems(self.codebook)[self.issue] - leaving - _kept_in_statement(self.codebook)[self.issue]
        for i, found in enumerate(self.stemmed):
            if not found & _UNDOING:
                continue
            reach = [k for k in range(i + 1, min(len(self.words), i + 1 + REVERSAL_REACH))
                     if self.clauses[k] == self.clauses[i]]
            entering = bool(found & _REJOINING) or any(self.words[k].lower() in _ENTERING for k in reach)
            if not entering or not any(self.stemmed[k] & wanted for k in reach):
                continue
            if any(self.stemmed[k] & leaving and not any(self.negates(j) for j in _before(k))
                   for k in range(i + 1, len(self.words))):
                return None
            return i, any(self.negates(j) for j in _before(i))
        return None


def _before(i: int) -> range:
    """The positions a negation of word `i` may stand at."""
    return range(max(0, i - NEGATION_REACH), i)


@cache
def _prepositions(language: str) -> dict[str, str]:
    """A lexicon's negating prepositions, each with the English preposition it is."""
    return dict(LEXICONS[language].negating_prepositions)


@cache
def _kept_in_statement(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Per issue, the stems its statement has within `REVERSAL_REACH` words after a word
    of staying or returning ("alliance" in "whether or not it stays in the alliance")."""
    kept: dict[str, frozenset[str]] = {}
    for issue in codebook.issues:
        words = [stems(w) for w in _TOKEN.findall(issue.proposition)]
        kept[issue.id] = frozenset(stem for i, found in enumerate(words) if found & _UNDOING
                                   for after in words[i + 1:i + 1 + REVERSAL_REACH] for stem in after)
    return kept


@cache
def _statement_neighbours(codebook: Codebook) -> dict[str, frozenset[tuple[str, str]]]:
    """Per issue, each (word, stem) its statement has within `NEGATION_REACH` words of
    each other: ("against", "russia") for "sanctions against Russia are justified",
    ("not", "rejoin") for "by not rejoining it"."""
    found: dict[str, frozenset[tuple[str, str]]] = {}
    for issue in codebook.issues:
        words = [w.lower() for w in _TOKEN.findall(issue.proposition)]
        found[issue.id] = frozenset((before, stem) for i, word in enumerate(words) for stem in stems(word)
                                    for before in words[max(0, i - NEGATION_REACH):i])
    return found


def _said(language: str | None, words: str, passage: str) -> bool:
    """Whether `passage` holds one of the regex alternatives of `language`'s lexicon field `words`."""
    lexicon = LEXICONS.get(language or "en")
    return bool(lexicon and getattr(lexicon, words) and _alternatives(lexicon.code, words).search(passage))


def disowns(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool:
    """Whether `passage` says France has no place inside what a leaving statement leaves
    (`Lexicon.disowning`: « Nous n'avons rien à faire dans l'OTAN », "France has no
    business in NATO"), and bears on that statement: a wish to leave, with no word of
    leaving. The 1.5B model reads the negation and judges it a rejection of leaving.
    Never where the passage keeps France inside all the same, or where the words are a
    claim denied, supposed or asked about ("Macron rejected the idea that France has no
    place in NATO", « Si nous n'avons rien à faire dans l'OTAN, pourquoi y rester ? »):
    a review's sentences, on which the first form turned such "oppose" answers."""
    if not (issue_stems(codebook)[issue] & _LEAVING and bears_on(codebook, issue, passage, language)):
        return False
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.disowning or _said(language, "staying", passage) or _KEEPING.search(passage):
        return False  # "..., while refusing to leave the alliance", « ... qui veut pourtant rester dans l'OTAN »
    for found in _alternatives(lexicon.code, "disowning").finditer(passage):
        before = re.split(r"[.!?]", passage[:found.start()])[-1]
        after = re.split(r"(?<=[.!?])\s", passage[found.end():], maxsplit=1)[0]
        if not (after.rstrip(" »\"”").endswith("?") or _SUPPOSING.search(before)
                or (lexicon.condemnations and _alternatives(lexicon.code, "condemnations").search(after))):
            return True
    return False


# What a statement wants its subject not to be: "... treat it as a partner or ally rather than
# an adversary".
_RATHER = re.compile(r"\brather\s+than\s+(?:an?\s+|the\s+)?([^\W\d_]+)", re.IGNORECASE)
_ADVERSARY = stems("adversary")


@cache
def _shuns_adversary(codebook: Codebook) -> dict[str, bool]:
    """Whether each issue's statement wants its subject to be anything "rather than an adversary"."""
    return {issue.id: bool(stems(" ".join(_RATHER.findall(issue.proposition))) & _ADVERSARY)
            for issue in codebook.issues}


def names_shunned(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> bool | None:
    """Whether `passage` calls Russia what the issue's statement says it should not be ("...
    treat it as a partner or ally rather than an adversary"; `Lexicon.adversary_callings`:
    "I see Russia as a multidimensional threat", « la menace russe »): True where it says
    so undenied, False where every such calling is denied ("Russia is not a threat to
    Europe"; `Lexicon.denials` inside it, past idioms such as "not only"), None where none
    says so, or where the sentence asks, contrasts or weighs ("?", "but", « mais »). The
    1.5B model's judge read such sentences backwards (sets Y and Z), the statement's own
    "rather than" being a negation it weighs against the passage's. A fresh-eyes review
    narrowed the first form (any clause with a threat word and Russia's name) to Russia
    itself called so: never "a threat to Russia" nor NATO "a threat"."""
    lexicon = LEXICONS.get(language or "en")
    if not _shuns_adversary(codebook)[issue] or lexicon is None or not lexicon.adversary_callings:
        return None
    if "?" in passage or (lexicon.contrast_conjunctions and _words_of(lexicon.code, "contrast_conjunctions").search(passage)):
        return None
    found: bool | None = None
    for calling in _alternatives(lexicon.code, "adversary_callings").finditer(passage):
        said = _alternatives(lexicon.code, "negation_idioms").sub(" ", calling.group()) if lexicon.negation_idioms else (
            calling.group())
        if not (lexicon.denials and _words_of(lexicon.code, "denials").search(said)):
            return True
        found = False
    return found


def unexcludes(passage: str, language: str | None = "en") -> bool:
    """Whether `passage` says its speaker does not rule a thing out (`Lexicon.unexcluding`:
    "sending Western troops to Ukraine should not be ruled out", "The presence of NATO
    forces in Ukraine is not unthinkable"): openness to it, which the 1.5B model judged a
    rejection, reading the negation (sets Y and Z). Never where the words are a claim
    denied, supposed or asked about ("rejected the idea that nothing can be ruled out",
    "Why not rule it out?"), nor beside words of opposition (`Lexicon.opposing`: "opposes
    new sanctions and did not rule out lifting them"; a fresh-eyes review)."""
    lexicon = LEXICONS.get(language or "en")
    if lexicon is None or not lexicon.unexcluding:
        return False
    if passage.rstrip(" »\"”").endswith("?"):
        return False
    for found in _alternatives(lexicon.code, "unexcluding").finditer(passage):
        rest = f"{passage[:found.start()]} {passage[found.end():]}"
        if not (_SUPPOSING.search(re.split(r"[.!?]", passage[:found.start()])[-1])
                or (lexicon.opposing and _alternatives(lexicon.code, "opposing").search(rest))):
            return True
    return False


# What makes "we have no place in NATO" a claim denied, supposed or asked about ("rejected the
# idea that", « ceux qui prétendent que », "if we", « Qui peut croire que »), and what keeps the
# speaker inside ("while refusing to leave the alliance", « qui ne veut pas quitter l'Alliance »).
_SUPPOSING = re.compile(r"\b(?:if|whether|idea|notion|false|wrong|nonsense|myth|reject\w*|den(?:y|ies|ied)|si|prétend\w*"
                        r"|croire|croit|idée|faux|absurde|dénonc\w*|récus\w*|rejet\w*)\b", re.IGNORECASE)
_KEEPING = re.compile(r"\b(?:refus\w*|not|never|pas|jamais)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:leave|quit|withdraw|quitter|sortir)\b",
                      re.IGNORECASE)


@cache
def _alternatives(language: str, words: str) -> re.Pattern[str]:
    """One pattern of a lexicon's regex alternatives (`words` names the field), compiled once."""
    return re.compile("|".join(getattr(LEXICONS[language], words)), re.IGNORECASE)


@cache
def _ending(language: str, words: str) -> re.Pattern[str]:
    """`_alternatives` ending where the search ends: what stands right before a phrase."""
    return re.compile(f"(?:{'|'.join(getattr(LEXICONS[language], words))})$", re.IGNORECASE)


@cache
def _words_of(language: str, words: str) -> re.Pattern[str]:
    """`_alternatives` as whole words: "but" and not "rebuttal", « pas » and not « passe »."""
    return re.compile(rf"\b(?:{'|'.join(getattr(LEXICONS[language], words))})\b", re.IGNORECASE)


def _passage_stems(codebook: Codebook, passage: str, language: str | None,
                   associations: bool = True) -> frozenset[str]:
    """A passage's stems, glossed into English when the codebook's statements are English."""
    return stems(passage, language if codebook.language == "en" and language else "en", associations)


def worded_stance(codebook: Codebook, issue: str, passage: str, language: str | None = "en") -> Stance:
    """The stance `passage`'s own words take toward the issue's statement: "mixed" where
    it takes part of a backing back (`carved_out`), "oppose" where it negates the
    statement's words (`negated`), wants ended (`ended`, English), condemns (`condemned`)
    or says is not on the agenda (`shelved`) what the statement approves of, else
    "support". `overlap`'s stance, and the decomposed strategy's where the model's view of
    the passage is only a statement copied back."""
    if carved_out(codebook, issue, passage, language):
        return Stance.MIXED  # "..., but she rejected deliveries of tanks": its rejection is of a part
    if (negated(codebook, issue, passage, language) or (language == "en" and ended(codebook, issue, passage))
            or condemned(codebook, issue, passage, language) or shelved(codebook, issue, passage, language)):
        return Stance.OPPOSE
    return Stance.SUPPORT
