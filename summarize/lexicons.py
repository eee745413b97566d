"""The words each language reports speech, names people and dates statements with.

One `Lexicon` per language holds everything language-specific that code (not a model)
reads in an article: reporting verbs and constructions, pronouns and role nouns that
stand for the last person named, capitalized words that are not names, the phrases that
date a statement and the phrases that hedge it, the calendar words `normalize`
resolves, and the glosses that read its words against an English codebook's
statements. `strategies.candidates`, `strategies.phrases`, `strategies.topics`,
`normalize` and `article` take their words from here and hold none of their own, so
adding a language is adding a `Lexicon` (and its tests), not editing the miner.

Why per language, chosen by the article's detected language, for the candidate miner:
the lexicons collide. French "Le", "La", "Les" open sentences and are stripped from
the head of a capitalized run ("Le Mouvement vert" is "Mouvement vert"), but in English
text they are parts of names ("Le Pen said", "La France Insoumise"); French "que"
marks a reported clause where English "that" does. Measured with
`benchmarks/candidate_recall.py`, one merged lexicon found the very same candidates on
the three corpora, whose alias tables name every speaker; without an alias table (open
mode) it reads "Le Pen said" as "Pen" and "La France Insoumise says" as "France
Insoumise" (tests/test_strategies.py). So English articles keep the English lexicon;
`lexicon_for(None)` (language unknown or without a lexicon) merges all of them, the
best guess for a language without its own.

Why merged for date phrases, hedges and page furniture: `phrases` and
`normalize.resolve_date` see a sentence or a phrase, too short to detect a language
from ("mercredi" alone reads as English to the detector), and their vocabularies do not
collide ("hier", "jeudi dernier", "En 2018" are not English; a date phrase's own words
say which calendar words resolve it). Page furniture (`widgets`) and words that make a name a group
(`group_words`) are merged too: a French page can carry an English "Newsletter" box.

Regex fragments are matched case-insensitively, except `articles`, `titles`,
`complementizers` and the fields named `..._cased`, which spell out their cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

LOWER = "a-zà-öø-ÿœæ"  # lower-case letters, accented ones included
UPPER = "A-ZÀ-ÖØ-ÞŒÆ"


@dataclass(frozen=True)
class Lexicon:
    """What one language says, as word sets and regex alternatives (see the module)."""

    code: str
    # -- the candidate miner ------------------------------------------------------
    # Reporting verbs and constructions ("said", "called for", "a déclaré", "s'est dit").
    verbs: tuple[str, ...] = ()
    # A verb with its subject pronoun after it, joined by hyphens ("a-t-il ajouté", "juge-t-elle").
    inversions: tuple[str, ...] = ()
    # Subjects that stand for the group or state that spoke in the sentence before ("It
    # has also urged ...", "The party said ..."), and the words that may stand between
    # one and its reporting verb ("has also", "a aussi").
    group_anaphors: tuple[str, ...] = ()
    anaphor_fillers: frozenset[str] = frozenset()
    # Openings of a sentence that names, after them, who said the sentence before: "This
    # statement was made on Wednesday by Marine Le Pen", "This was stated by Foreign
    # Minister Sergei Lavrov", « Ces propos ont été tenus par ... », « C'est ce qu'a
    # déclaré ... » (translated wire copy puts the speaker after the words).
    closing_attributions: tuple[str, ...] = ()
    # Openings that take up a bare quotation before them as someone's words, the person named
    # right after: "With those words, Macron opened the door ...", "That was the message
    # Philippot brought ...", « C'est le message que Florian Philippot a lancé », « Par ces
    # mots, Emmanuel Macron a ouvert ... », « La phrase est signée Nicolas Dupont-Aignan ».
    echoing_openers: tuple[str, ...] = ()
    # A round-up's programme line under a candidate's heading: "Key pledges: ...", "What she
    # proposes: ...", « Son programme : ... » (the heading's person's, `candidates._name_headings`).
    programme_openers: tuple[str, ...] = ()
    # Words that say a list of subjects spoke together: "Le Pen and Bardella both said", "Both
    # Le Pen and Bardella said", « ont tous deux affirmé ».
    joint_words: tuple[str, ...] = ()
    # Verbs whose source follows ("according to Reuters", "selon elle").
    sources: tuple[str, ...] = ()
    # Verbs whose speaker is the name after them, then one of `quoting_tails`: "Interfax
    # quoted Dmitry Peskov as saying ..." (never the outlet before the verb).
    quoting_verbs: tuple[str, ...] = ()
    quoting_tails: tuple[str, ...] = ()
    # A source only when it opens the sentence: "Pour le président du FS, Hugo Rivière, ...".
    opening_sources: tuple[str, ...] = ()
    # A topic the sentence opens on, then speaks of by a pronoun: "As for Valérie Pécresse,
    # she defends ...", « Quant à Valérie Pécresse, elle défend ... ».
    topic_openers: tuple[str, ...] = ()
    # What a person's name may be the complement of where it is the sentence's topic, then
    # spoken of by a pronoun: "The intentions of Valérie Pécresse are clearer: ... she
    # declared", "Valérie Pécresse's position is ...", « La position de X est claire : ... ».
    topic_nouns: tuple[str, ...] = ()
    # What such a sentence says of the stance before its colon, as a regex: that it is
    # clear ("are clearer", « est plus claire »), as a round-up of positions words it. A
    # judgement ("is untenable") or news of it ("has not changed", "is known") is mostly
    # the last speaker's, a spokesman's of his principal (a fresh-eyes review's passages).
    topic_clarity: str = ""
    # What makes the topic the object of the sentence's pronoun, read after that pronoun.
    topic_objects: tuple[str, ...] = ()
    # Verbs whose subject may follow them: "said Melenchon".
    name_after_verbs: frozenset[str] = frozenset()
    # Verbs whose subject may follow them only where the verb is set off by a comma or a
    # closing quote ("“...,” declared Mr. Roussel"): elsewhere the name after them is
    # their object ("the report noted France had missed its target").
    set_off_verbs: frozenset[str] = frozenset()
    quoted_set_off_verbs: frozenset[str] = frozenset()  # the same, right after a closing quote only
    # the same, with an office before the name only: "..., announced its president Jordan
    # Bardella", where "announced Paul Garnier as the new envoy" names its object
    officer_set_off_verbs: frozenset[str] = frozenset()
    # Of the quoted set-off verbs, those that also take an object ("urged X to"): set off
    # only by a quotation that closes on its own mark ("“...,” urged X"), never by a name in
    # quotes ("The “coalition of the willing” urged X to send troops").
    object_set_off_verbs: frozenset[str] = frozenset()
    # offices one person holds per country: "the French president" is whom the article calls so
    country_offices: tuple[str, ...] = ()
    # Time and audience phrases that may stand between a reporting verb and the subject
    # after it: "a jugé dimanche l'ancien Premier ministre ...", "a expliqué à RT le
    # dirigeant des Patriotes ...", "said on Monday Kremlin spokesman ...".
    verb_adjuncts: tuple[str, ...] = ()
    # Words opening a comparison whose name is not the clause's subject: "Like Le Pen, he
    # said ...", "Comme Marine Le Pen, il estime ..." (the speaker is "he").
    comparisons: tuple[str, ...] = ()
    # Those of them that liken, opening a sentence: "Like Le Pen, he criticised the arms
    # deliveries" says that Le Pen did too; "Unlike Le Pen, ..." does not.
    likenings: tuple[str, ...] = ()
    # Those that liken after the clause, set off by a comma, then others added ("..., tout
    # comme Eric Zemmour, mais aussi Fabien Roussel et Jean Lassalle"): each named shares
    # the view. Not a bare "comme" or "like" ("comme de Gaulle en 1966" is an example).
    trailing_likenings: tuple[str, ...] = ()
    # What opens a clause of its own after such a list (a relative, a contrast), and the
    # relatives that make the list's last name an object (« tout comme Valérie Pécresse,
    # qu'il juge trop atlantiste »): then the list is no sharers.
    list_ends: tuple[str, ...] = ()
    list_objects: tuple[str, ...] = ()
    # Pronouns that make what follows the likening an object likened to another object:
    # « ..., tout comme celui d'Olaf Scholz », "..., just like that of Olaf Scholz".
    likened_objects: tuple[str, ...] = ()
    # Participles opening a sentence whose clause, up to its comma, names no subject:
    # "Asked about commitments signed by President X, the far-right leader said ...".
    fronted_participles: tuple[str, ...] = ()
    # Words that set a reporting verb off as a comma does, its subject after it: "comme
    # le propose Éric Zemmour", "comme l'a rappelé Marine Le Pen".
    incise_openers: tuple[str, ...] = ()
    # Whether any reporting verb set off by a comma or a closing quote takes the name
    # right after it as its subject ("», a déclaré Mme Lefevre", "», a lancé le ministre").
    incise_subjects: bool = False
    # Auxiliaries that make a reporting verb passive ("to be admitted", "was told"): its
    # subject is not the speaker.
    passive_auxiliaries: tuple[str, ...] = ()
    # The preposition of a passive's agent: "criticized by X", « accusé par X ».
    agent_prepositions: tuple[str, ...] = ()
    # Reporting verbs that are a stance, not a passive, after those auxiliaries ("is opposed to").
    stance_participles: frozenset[str] = frozenset()
    # Words that may follow a subject named after its verb ("said Le Pen on Monday",
    # "said Macron to reporters", "said Le Pen, who ..."): where another word follows,
    # the name opens what was said ("said Poland should ...").
    subject_followers: tuple[str, ...] = ()
    # Personal pronouns that refer to the last person named, and the plural ones.
    pronouns: tuple[str, ...] = ()
    plural_pronouns: frozenset[str] = frozenset()
    # Pronouns and possessives that tell a person's gender ("he", "her", "elle"): "she said"
    # is never the man named last.
    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()
    # Articles of a subject that is someone not named before ("a spokesman said").
    indefinite_articles: tuple[str, ...] = ()
    # Plural articles: the capitalized word after one is a group's plural noun, not a
    # given name (« la cheffe des Écologistes Marine Tondelier »).
    plural_articles: tuple[str, ...] = ()
    # Pronouns after a source word: "selon lui", "d'après elle".
    object_pronouns: tuple[str, ...] = ()
    # Articles before a role noun that make it stand for a person ("the minister", "la ministre").
    role_articles: tuple[str, ...] = ()
    role_nouns: tuple[str, ...] = ()
    # Extra role nouns that only stand for a person after an article ("the MEP").
    pronoun_roles: tuple[str, ...] = ()
    # Who a person is to another, after the other's possessive: "Le Pen's rival", "Macron's
    # protégé". The possessed person speaks, never the owner ("Mélenchon, Le Pen's rival on
    # the left, said"; "Le Pen's spokesman said").
    relations: tuple[str, ...] = ()
    # Nouns that describe a person opening a sentence before their name, beside the role
    # nouns: "Hard-left firebrand Jean-Luc Mélenchon", "Former ally Florian Philippot".
    descriptors: frozenset[str] = frozenset()
    # Words that join a phrase to a name rather than describe the person: "Aides to X".
    linking_words: frozenset[str] = frozenset()
    # Words a quotation speaks to someone with: a heckle's "you", not the speaker's own words.
    address_words: frozenset[str] = frozenset()
    # What befell a person rather than what they did, as regex alternatives: "was booed",
    # "faced a barrage of criticism", « a été condamnée »; the bare quotation after it is
    # not theirs.
    befalling: tuple[str, ...] = ()
    # Offices of a place, before the place and the holder's name: « le député de la Somme X ».
    place_offices: frozenset[str] = frozenset()
    # Words of an election's results and polls: a round-up's line of figures, no programme.
    results_words: tuple[str, ...] = ()
    # Offices one person holds, each with its spellings: "the PM" is the person the article
    # calls the prime minister, not whoever it named last.
    single_offices: tuple[tuple[str, ...], ...] = ()
    # Possessives before a party word: "his party", "son parti".
    possessives: tuple[str, ...] = ()
    party_words: tuple[str, ...] = ()
    # Prepositions that may follow a role noun before a name: "l'eurodéputée du Mouvement
    # vert Élodie Marchetti" (empty: a role noun must be right before the name).
    role_complements: tuple[str, ...] = ()
    # The race a candidate runs in, between the role and the name, as regex alternatives:
    # "la candidate LR à la présidentielle Valérie Pécresse".
    candidacies: tuple[str, ...] = ()
    # Words between a role and the group it heads, before the holder's name: "the leader of
    # the National Rally Jordan Bardella", "la présidente de l'Assemblée nationale Yaël ...".
    group_complements: tuple[str, ...] = ()
    # A definite article and up to two lower-case words before a subject ("the governing").
    articles: tuple[str, ...] = ()
    # Words joining the capitalized words of a title before a name ("Secretary of State").
    title_connectors: tuple[str, ...] = ()
    # A group's possessive before its officer's role: "announced its president Jordan Bardella".
    office_possessives: tuple[str, ...] = ()
    # Words opening a subordinate clause before a sentence's main one ("When X arrived, ...").
    subordinators: tuple[str, ...] = ()
    # Relative pronouns that may open an aside right after a name ("Like Meloni, whom she met, ...").
    relative_openers: tuple[str, ...] = ()
    # Words after which a plural noun is spelled as a reporting verb ("key pledges", "such claims");
    # a possessive is not one ("his pledges" are his), and the ones capitalized as names count in
    # lower case only ("John Key says").
    noun_determiners: tuple[str, ...] = ()
    # Political families that stand for their member in lower case before a name ("a déploré
    # le villepiniste Jean-Pierre Grand"); capitalized, they are part of a party's name.
    families: frozenset[str] = frozenset()
    # Titles stripped from a name ("Mr", "Mme").
    titles: tuple[str, ...] = ()
    # Titles among them that may stand before a given name alone ("Sir Keir" for "Sir Keir
    # Starmer"): the person is the one full name the article gives that begins with it.
    given_name_titles: tuple[str, ...] = ()
    # Capitalized words that end an office written before a name, in one run of capitals
    # with it: "Foreign Minister Agnieszka Nowicka", "European Affairs Clément Beaune".
    # The name is what follows the last of them. Single-word titles and roles count too.
    offices: frozenset[str] = frozenset()
    # Prefixes an office takes with a hyphen and stays an office: "Vice-Chancellor",
    # "Ex-president", « ex-ministre ».
    office_prefixes: tuple[str, ...] = ()
    # Lower-case words that may qualify an office written after a verb, before the name:
    # "said the right-wing populist party leader ...", "a jugé l'ancien Premier ministre ...".
    office_modifiers: frozenset[str] = frozenset()
    # A reported clause ("that", "que"): a verb after it reports someone else's view.
    complementizers: tuple[str, ...] = ()
    # Conjunctions of time: a name after one inside a sentence sets the time of its main
    # clause ("Sa déclaration, faite avant que Vladimir Poutine demande ..."), so is no
    # later "he" or "she" where that main clause is about someone (`person_references`).
    time_conjunctions: tuple[str, ...] = ()
    # Words that refer to a person already named, never impersonally ("he", "his", « sa »;
    # not « il », as in « il était 20 heures »).
    person_references: tuple[str, ...] = ()
    # Roles that head a group's name before their holder's ("Official representative of the
    # Russian Foreign Ministry Maria Zakharova") but alone stand for no one named before
    # ("The union representative said" is not the last person named).
    holder_roles: tuple[str, ...] = ()
    # Relative pronouns for a person: "Whitaker, who said ...", "Mélenchon qui ..., a dit".
    relative_pronouns: tuple[str, ...] = ()
    # a relative pronoun that stands for a thing, never a person: "..., which said"
    thing_relatives: tuple[str, ...] = ()
    # Conjunctions joining two subjects of one verb: "Marine Le Pen et Éric Zemmour veulent".
    conjunctions: tuple[str, ...] = ()
    # Words of a party's name that say nothing of which party it is, so that a role they
    # qualify is no party's: "le candidat de gauche" (not the Parti de Gauche's).
    generic_party_words: frozenset[str] = frozenset()
    # Auxiliaries and adverbs between "and" and a second verb of one subject: "Le Pen
    # financed her campaign with a loan from a Russian bank and had then vowed to ...".
    joined_verb_fillers: tuple[str, ...] = ()
    # Plural auxiliaries before a verb: a list of names before them is its subject
    # ("X, Y, notamment, ont fait savoir").
    plural_auxiliaries: tuple[str, ...] = ()
    # Prepositions whose object a role and name are: "avec le premier ministre X".
    prepositions: tuple[str, ...] = ()
    # Conjunctions that, after a comma and before a name, open a new main clause, which
    # ends a that-clause before it ("said that ..., but Tom Ridley insisted").
    contrast_conjunctions: tuple[str, ...] = ()
    # People around a person, with the preposition before that person ("aides to",
    # "members of"): a relative clause after that person may be theirs ("Aides to X, the
    # leader, who asked not to be named, said").
    entourage: tuple[str, ...] = ()
    # Words before an office that make someone other than its holder ("former prime minister").
    non_holder_modifiers: tuple[str, ...] = ()
    # Conjunctions that open a new clause between a name and a verb, whose subject the name
    # then is not ("la Pologne, tandis que des associations dénoncent").
    clause_breaks: tuple[str, ...] = ()
    # Words after which a name opens a clause (and can be a subject).
    clause_openers: frozenset[str] = frozenset()
    # A cleft's opening, after which the names are the clause's subjects: "ce sont
    # Jean-Luc Mélenchon et Fabien Roussel qui partagent ...".
    cleft_openers: tuple[str, ...] = ()
    # Capitalized words that are never a name or part of one.
    not_names: frozenset[str] = frozenset()
    # Capitalized words that open a run but belong to names inside it ("Le" of "Marine Le Pen").
    name_openers: frozenset[str] = frozenset()
    # Endings of words that open sentences, not names ("Bringing").
    opener_suffixes: tuple[str, ...] = ()
    # Elided articles glued to the next word ("L'Ukraine", "L'eurodéputée"), cased.
    elisions_cased: tuple[str, ...] = ()
    # Descriptive words that are never speakers alone ("French", "russe").
    adjectives: frozenset[str] = frozenset()
    # Abbreviations a full stop does not end a sentence after.
    abbreviations: frozenset[str] = frozenset()
    # Page furniture that opens a block or line ("Related", "Lire aussi").
    widgets: tuple[str, ...] = ()
    # Words that make a name a group, place or event rather than a person.
    group_words: frozenset[str] = frozenset()
    # -- phrases copied from a sentence ----------------------------------------------
    date_phrases: tuple[str, ...] = ()
    # A page's label before its date stamp, left glued to the lede when a page is
    # flattened: "Updated 8 July 2023 Turkish President ... said", "date 2023-07-08 ...".
    date_labels: tuple[str, ...] = ()
    clause_hedges_cased: tuple[str, ...] = ()  # conditions and carve-outs, to the end of the clause
    # such clauses that qualify no view: the narrator's ("but said his party would vote
    # for it"), an addition, a reason or the view itself ("but also benefits ...", « mais
    # surtout », "not leave NATO but rather leave its integrated command")
    unqualifying_clauses: tuple[str, ...] = ()
    word_hedges: tuple[str, ...] = ()
    # -- dates resolved in code ------------------------------------------------------
    weekdays: tuple[str, ...] = ()  # Monday first
    months: tuple[tuple[str, ...], ...] = ()  # January first, each with its spellings
    last_words: tuple[str, ...] = ()  # "last Friday", "jeudi dernier": a week back on the same weekday
    times_of_day: tuple[str, ...] = ()  # "mardi matin" is Tuesday
    today_words: tuple[str, ...] = ()  # "ce matin" is today
    # (pattern, replacement) applied before dateparser reads a phrase
    date_rewrites: tuple[tuple[str, str], ...] = ()
    # -- which issue a passage is on (`strategies.topics`) ----------------------------
    # The Snowball stemmer of the language, and words of the language with the English
    # words they stand for ("OTAN": NATO, "quitter": leave), each word matched by its stem,
    # so that a passage can be matched against an English codebook's statements. English
    # marked "~" is what the words are associated with rather than what they mean ("aid":
    # ~back): it counts as one word of a statement, never as the only one.
    stemmer: str = "english"
    glosses: tuple[tuple[str, str], ...] = ()
    # Phrases that stand for a statement's words as a whole, where their words alone do not:
    # "exit the EU", « sortir de l'UE » are leaving the European Union, while "EU" alone
    # is no word of leaving it ("The EU must leave the door open", « L'UE doit sortir de sa
    # dépendance au gaz »).
    phrase_glosses: tuple[tuple[str, str], ...] = ()
    # Staying inside something, as regex alternatives ("remain in", « rester dans »): a
    # passage with one speaks of leaving it, as a word of leaving does ("France must stay
    # in NATO" is on "France should withdraw from NATO altogether").
    staying: tuple[str, ...] = ()
    # Leaving something named, as regex alternatives that end on what is left ("withdraw
    # from NATO", « sortir de l'UE »): a passage with one names the statement that leaves it.
    leaving_phrases: tuple[str, ...] = ()
    # Phrases that deny a statement's word as a whole, each with the English word it denies:
    # "can no longer rely on America" denies holding the United States reliable. Only these:
    # a negation before other phrase glosses may deny a part ("would oppose sending troops
    # to Ukraine" is no rejection of backing it) or what the statement itself shuns ("we do
    # not see Russia as a threat").
    denying_phrases: tuple[tuple[str, str], ...] = ()
    # What may follow a thing named that makes it not the thing left, as a regex (the EU
    # summit, NATO troops, « l'Union soviétique »): staying in the EU summit talks is not
    # staying in the EU.
    not_left: str = ""
    # Someone else's plan, or a proposal never made, as regex alternatives that end right
    # before a leaving phrase ("Their real plan is to", "it has never formally proposed"):
    # the leaving there is described, not wished, and names no statement.
    described_plans: tuple[str, ...] = ()
    # Saying that France has no place inside something, as regex alternatives with their
    # subject (« nous n'avons rien à faire dans l'OTAN », "France has no business in
    # NATO"): a wish to leave it, said without a word of leaving.
    disowning: tuple[str, ...] = ()
    # What says a thing is not on the agenda, as regex alternatives right after it ("...
    # is not “on today's agenda”", « ... n'est pas à l'ordre du jour », "is off the table").
    shelving: tuple[str, ...] = ()
    # What makes the thing shelved another than the statement's, as regex alternatives: a date, a
    # pause, a relief of it ("a date for Ukraine's membership", « l'allègement des sanctions »).
    unshelved: tuple[str, ...] = ()
    # What before such words makes them no rejection, as regex alternatives: a condition, a regret
    # ("as long as X is not on the agenda", "regretted that", « tant que »).
    shelving_doubts: tuple[str, ...] = ()
    # Not ruling a thing out, as regex alternatives: "did not rule out sending troops",
    # "should not be ruled out", "is not unthinkable", « n'exclut pas », « rien ne doit
    # être exclu »: openness to it, for all the negation the model reads as rejection.
    unexcluding: tuple[str, ...] = ()
    # Russia called what "rather than an adversary" says it should not be, as regex
    # alternatives ("Russia is a threat", "sees Russia as an enemy", « la menace russe »),
    # a denial allowed inside ("Russia is not a threat"); read by `topics.names_shunned`.
    adversary_callings: tuple[str, ...] = ()
    # Words of opposition, as regex alternatives: beside a thing not ruled out ("opposes new
    # sanctions and did not rule out lifting them"), they keep the sentence's "oppose".
    opposing: tuple[str, ...] = ()
    # Judgements that a thing is bad, as regex alternatives: "sanctions are ineffective",
    # « ces sanctions ne servent à rien »; read against a statement that approves of it.
    condemnations: tuple[str, ...] = ()
    # Judgements that a thing fails, with their own verb rather than after a copula: "the
    # sanctions aren't working", "have backfired", « ne fonctionnent pas ».
    failures: tuple[str, ...] = ()
    # Nouns that name the act a statement's passive wants done to its subject, as English
    # words: "Ukraine's accession to NATO" is what "Ukraine should be admitted to NATO"
    # wants (`topics.condemned` reads a judgement of it).
    act_nouns: tuple[tuple[str, str], ...] = ()
    # A view taken partly back (`topics.carved_out`): a contrast that opens the part
    # rejected ("but", "except"), words that need no rejection after them ("except for
    # those"), an anaphor standing for the thing itself ("those", « celui »), and the
    # answers of "Defensive weapons, yes. Offensive weapons, no.".
    carve_contrasts: tuple[str, ...] = ()
    carve_exceptions: tuple[str, ...] = ()
    anaphors: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()  # "all parties except the RN": an exception of someone
    yes_words: tuple[str, ...] = ()
    no_words: tuple[str, ...] = ()
    # Words that end or weaken a thing, or make it stronger, as regex alternatives: a
    # judgement of "suspending the sanctions", or of sanctions "to be tightened", is no
    # judgement of the sanctions themselves.
    weakenings: tuple[str, ...] = ()
    tightenings: tuple[str, ...] = ()
    # What links a thing to a judgement of it, as regex alternatives: "are", "has been",
    # « sont », and « ne » of « ne servent à rien ».
    copulas: tuple[str, ...] = ()
    # Words that make a judgement someone's claim: "those who say", "Le Pen's claim that".
    claimers: tuple[str, ...] = ()
    # Words that deny the judgement right after them: "neither", "far from", « ni ».
    denials: tuple[str, ...] = ()
    # Words before a noun that make it another thing: "without sanctions", "counter-sanctions".
    other_things: frozenset[str] = frozenset()
    # Words that deny or reject what follows them ("not", "against", "refuse"), as regex
    # alternatives matched against one whole lower-cased word: a stance read by code.
    negations: tuple[str, ...] = ()
    # Those of them that are prepositions, with the English preposition each is (English
    # words stand for themselves): a statement may hold one itself ("sanctions against
    # Russia"), and then the same words in a passage restate it rather than deny it.
    negating_prepositions: tuple[tuple[str, str], ...] = ()
    # Phrases whose negation denies nothing ("not only", "sans doute", a leading "No,")
    # or whose two negations cancel ("not against"), as regex alternatives: read as if
    # they were not there.
    negation_idioms: tuple[str, ...] = ()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Offices, and professions whose holders are quoted ("French journalist Arno Benedetti
# called the sanctions a mistake"); not "representative", which as often names someone
# the sentence does not ("explains the RN representative" of a woman, after a man's name),
# nor "lawyer", "adviser", "governor": "the lawyer said" is rarely the person named last.
_EN_ROLES = ("politician", "leader", "candidate", "president", "minister", "secretary of state", "secretary",
             "senator", "deputy", "chancellor", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "mp",
             "mayor", "official", "diplomat", "head", "pm", "boss", "chief", "founder", "co-founder", "envoy",
             "ambassador", "journalist", "commentator", "analyst", "economist", "essayist",
             "historian", "mep", "co-leader", "co-chair", "co-chairman", "co-chairwoman", "chairman", "chairwoman",
             "vice-president", "vice-chair", "coordinator", "secretary-general")
# What France can be inside and leave, as a codebook's leaving statements name it: NATO (not
# "NATO's waiting room"), its integrated command, the EU, the euro.
_EN_LEAVABLE = (r"(?:the\s+|an?\s+|this\s+|that\s+)?(?:(?:Atlantic\s+)?[Aa]lliance\b|NATO\b(?!['’]s)"
                r"|(?:NATO['’]s\s+)?(?:integrated|joint)\s+(?:military\s+)?command\b|EU\b(?!['’]s)"
                r"|European\s+Union\b|euro(?:zone)?\b)")
# What may follow a thing named that makes it not the thing left: "the EU summit", "NATO troops",
# "leave NATO weaker"
_EN_NOT_LEFT_NOUNS = ("summits?|presidency|council|meetings?|talks|leaders?|ministers?|headquarters|troops|forces"
                      "|members?|budget|treat(?:y|ies)|missions?|operations?|bases?|countries|states|allies|partners"
                      "|accession|process|negotiations")
_EN_NOT_LEFT = _EN_NOT_LEFT_NOUNS + "|weaker|stronger|divided|exposed|isolated|vulnerable|open|without|with"
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
_EN_WEEKDAY_RE = "|".join(w.capitalize() for w in _EN_WEEKDAYS)
_EN_MONTH_RE = "|".join(m.capitalize() for m in _EN_MONTHS)

# Russia called a threat, an enemy or an adversary: "Russia is / remains / poses ... a threat",
# "sees Russia as an enemy", "threats from Russia", "the Russian threat" (a fresh-eyes review's
# forms); a denial may stand between ("Russia is not a threat"). Never NATO a threat to Russia.
_EN_RUSSIA = r"\b(?:Russia|Moscow|Kremlin|Putin)\b"
_EN_ADVERSARY = (
    rf"{_EN_RUSSIA}(?:,\s+(?:which|who)\b)?[^.;,?]{{0,25}}?\b(?:is|isn['’]t|was|wasn['’]t|remains|as|poses|represents"
    rf"|becomes|became|be|been)\b[^.;,?]{{0,30}}?\b(?:threat|enemy|enemies|adversary|adversaries|foe|foes)\b",
    rf"\b(?:threats?|enem(?:y|ies)|foes?)\s+(?:(?:posed\s+)?by|from|of)\s+{_EN_RUSSIA}",
    rf"{_EN_RUSSIA}['’]s\s+threats?\b", r"\bRussian\s+(?:threat|enemy)\b",
    rf"\b(?:call(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|describ(?:es|ed))\s+{_EN_RUSSIA}\s+(?:as\s+)?[“\"]?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:threat|enemy|adversary|foe)\b",
)

ENGLISH = Lexicon(
    code="en",
    verbs=tuple(re.escape(v) for v in (
        "said", "says", "say", "saying", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues",
        "urged", "urges", "called for", "calls for", "call for", "called on", "calls on", "pledged", "pledges",
        "vowed", "vows", "insisted", "insists", "accused", "accuses", "stated",
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
        "dismisses", "calling for", "calling on", "urging", "petitioned", "campaigned", "campaigns", "is convinced",
        "was convinced",
        "replies", "answered", "lashed out", "hit out", "claiming", "objected", "conceded", "concedes", "agreed",
        "agrees", "disagreed", "disagrees", "complained", "complains", "ruled out", "rules out", "signalled",
        "signaled", "signals", "endorses", "endorsed", "championed", "objects to", "threatens", "voiced",
        "predicted", "predicts", "lambasted", "blasted",
        "decried", "decries", "pushed for", "pushes for", "pressed for", "presses for", "underlined", "underscored",
        # the participle alone is often no view ("Ridley, pushing for a late winner, hit the post")
        "been pushing for", "is pushing for", "was pushing for", "been pressing for", "is pressing for",
        "was pressing for",
        "reaffirms", "reiterates", "thanked", "congratulated", "congratulates", "made it clear", "makes it clear", "quoted", "took aim at",
        # not "commented": mostly "has not commented", "declined to comment"
        "takes aim at", "doubled down", "doubles down", "hit back", "hits back", "clarified", "clarifies",
        "specified", "highlighted", "highlights", "assured", "assures", "reckoned", "reckons", "opined",
        "echoed", "made the case", "makes the case", "went on to say", "summarized", "summarised", "summed up",
        "characterizes", "characterized", "characterises", "characterised", "critiques", "critiqued",
        "branded", "brands", "threatened to", "threatens to", "has threatened", "pledging", "vowing",
        "is confident that", "was confident that",
        "questioned", "spoken out", "spoke out", "speaks out", "is concerned that", "was concerned that",
        # a fear or a certainty the subject holds ("He fears that Russia might win"); not the noun "fears"
        "fears that", "feared that", "agree that", "is certain that", "was certain that", "is sure that",
        "was sure that",
        # the present of news explainers ("Le Pen expresses skepticism", "explains the RN representative")
        "expresses", "underscores", "underlines", "explains", "recalls", "acknowledges", "admits", "cautions",
        "slams", "praises", "lambasts", "laments", "lamented", "deplores", "deplored", "regretted",
        "confirms", "criticizes", "criticises", "responds",
        # speaking of something states a view of it ("she speaks of a betrayal"); not the noun
        # "talks" ("three hours of talks about the budget"), nor "talked about her years in
        # Brussels over dinner" (narration)
        "speaks of", "speaks about",
        # weighing in, concluding, raising concerns or pointing to a reason states a view
        "weighed in", "weighs in", "concluded by", "concludes by", "raised concerns", "raises concerns",
        "pointed to", "points to", "justified", "justifies",
        # resisting ("have pushed back on discussions"); advocacy as it goes on, not the participle
        # alone ("a group advocating for the homeless")
        "pushed back on", "pushes back on", "pushed back against", "pushes back against",
        "been advocating", "is advocating", "are advocating", "was advocating", "were advocating",
    )) + (
        # setting out a programme ("spelled out some of her foreign policy priorities: ..."), not a
        # seating plan, a name or the red carpet
        r"(?:spel(?:led|t|ls)\s+out|outlin(?:ed|es)|la(?:id|ys)\s+out)(?=\s*:|\s+(?:that|how|why|what)\b"
        r"|\s+(?:(?:his|her|their|its|the|a|an|some\s+of\s+(?:his|her|their|its))\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:plans?|programme|program|priorities|vision|positions?|proposals?|conditions|demands|reasons|red\s+lines"
        r"|strategy|case|views?|stance|platform|agenda|approach|polic(?:y|ies)|opposition|objections?)\b)",
        # a retort ("shot back at Ms Le Pen's call"), not gunfire ("shot back when the convoy came under fire")
        r"sho(?:t|ots)\s+back(?=\s+(?:at|that)\b|\s*[,:“\"«])",
        # a campaign for a cause, not for an office, votes or a person ("is campaigning for re-election")
        r"(?:been|is|was|keeps|kept)\s+campaigning\s+for(?!\s+(?:the\s+|her\s+|his\s+)?(?:presidency|re-?election"
        r"|office|votes?|seats?|nomination|(?:[\w-]+\s+)?(?:elections?|primary|primaries|polls)|(?-i:[A-Z])))",
        # the bare present of a plural subject, as summaries of a joint statement write it ("The Baltic
        # States highlight the necessity of ...", "the only ones to advocate for a Frexit"); not after a
        # modal, a negation or a prospect ("could urge", "did not reiterate", "is expected to argue"),
        # nor the nouns ("stress tests", "a human rights advocate")
        r"(?<!\bnot\s)(?<!n't\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bwill\s)"
        r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bcan\s)(?<!\bdid\s)(?<!\bexpected\sto\s)(?<!\bset\sto\s)"
        r"(?<!\bdue\sto\s)(?<!\byet\sto\s)(?:highlight|stress(?!\s+tests?\b)|underline|insist|urge|warn|demand"
        r"|reject|condemn|argue|reaffirm|reiterate|emphasi[sz]e|advocate(?![,.;]|\s+of\b)|denounce|critici[sz]e)",
        # a gerund set off after the main clause states its subject's view ("addressed Ukraine
        # during his speech, emphasizing that Russia “illegally attacked it”"); not "an article
        # asserting that she ..." (a fresh-eyes review)
        r"(?<=,\s)(?:emphasi[sz]ing|underlining|reiterating|(?:noting|stating|declaring|asserting)\s+that)\b",
        # not ruling something out states a view of it ("Macron, who did not rule out sending
        # troops", "refused to rule out")
        r"(?:(?:\bnot|n['’]t|\bnever)\s+|refus(?:ed|es|ing)\s+to\s+|declin(?:ed|es|ing)\s+to\s+)rule\s+out\b",
        # a press release's introducer: "Sergey Lagodinsky, shadow rapporteur on Russia, comments:"
        # ending its line or opening its quotation (not "had no comments: he left", "declined to comment")
        r"(?<!\bno\s)(?<!\bany\s)comment(?:s|ed)(?=[ \t]*:[ \t]*(?:\n|$|[“\"«]))",
        # joining another's stance is taking it: "X has joined Orbán in opposing Ukraine's NATO membership"
        r"join(?:ed|s)\s+(?:[\w'’-]+\s+){1,4}?in\s+(?:opposing|calling|backing|supporting|rejecting|critici[sz]ing"
        r"|demanding|urging|condemning)\b",
        r"fram(?:ed|es)\s+(?:[\w'’-]+\s+){1,5}?as\b",
        # « a jugé » as translation renders it ("Macron had judged the US decision “completely
        # good”"): not a trial ("X, judged in Paris for embezzlement", "judged guilty"), nor
        # "judges" the noun ("Supreme Court judges rejected")
        r"(?<!,\s)judged(?!\s+(?:by|for|guilty|innocent|not\s+guilty)\b)", r"judges(?=\s+(?:that|it)\b)",
        # a stance stated as the subject's own: "The Patriots are against sending weapons",
        # "Le Pen is firmly in favour of a referendum"
        r"(?:is|are|was|were|remains?|remained|ha(?:s|ve)\s+(?:long\s+|always\s+)?been)"
        r"\s+(?:(?:firmly|strongly|still|also|now|not|no\s+longer|very\s+much)\s+)?"
        r"(?:against(?!\s+(?:each\s+other|one\s+another)\b)|in\s+favou?r\s+of)\b",
        # and as an attitude: "is critical of the sanctions", "remains committed to NATO",
        # "is hostile to any arms deliveries", "has been supportive of Kyiv"
        r"(?:is|are|was|were|remains?|remained|ha(?:s|ve)\s+(?:long\s+|always\s+)?been)"
        r"\s+(?:(?:deeply|highly|very|fiercely|strongly|firmly|still|also|increasingly|openly)\s+)?"
        # not of the press, of one's own, nor a commitment to go somewhere ("committed to attending
        # the summit", "committed to his visit to India")
        r"(?:critical\s+of(?!\s+(?:his|her|their)\s+own\b)|supportive\s+of|(?:hostile\s+to(?:wards?)?|wary\s+of)"
        r"(?!\s+(?:the\s+)?(?:journalists?|press|media|reporters?)\b)"
        r"|committed\s+to(?!\s+(?:[\w-]+ing|his|her|their|attend)\b))\b",
        # a reaction is a saying only right after what was said ("”, reacted X"): "Moscow
        # reacted to Macron's statements" reports none
        # (so is an analysis, as machine translation renders « a analysé »; its quote may be glued on:
        # "”analyzed Dominique de Villepin")
        r"(?:(?<=[”\"»],\s)|(?<=,[”\"»]\s)|(?<=[”\"»]\s)|(?<=[”»]))(?:reacted|analy[sz]ed|indicated|affirmed"
        # and a speech going on or ending: "“...,” continues Vitaliy Klitschko" (never "the war continued")
        r"|continued|continues|concluded|concludes|went\s+on|shot\s+back)",
        # elsewhere only before what was said: "made clear that" (not "made clear progress"),
        # "indicated that" (not "indicated the spot"), "affirmed his support" (not "affirmed
        # the ruling", a court's act)
        r"(?:made|makes) clear(?=\s+(?:that|what|how|why|whether|to|his|her|their|its)\b)",
        # a post, not a job or a letter: "Le Pen posted on X:", not "posted on X a video" or "was
        # posted to Kyiv"
        r"posted\s+on\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|social\s+media)\b(?=\s*(?:[:“\".,;]|that\b|$))",
        # how a speaker said it, right after the quotation ("“...,” quipped Le Pen") or ending
        # the clause before it or what was said ("“...,” Le Pen fumed.", "Le Pen snapped:"), never
        # "proclaimed a day of mourning", "snapped selfies", "joked with voters", "boasted a lead"
        r"(?:(?<=[”\"»],\s)|(?<=[”\"»]\s))(?:quipped|fumed|snapped|retorted|scoffed|thundered|countered|mused|joked"
        r"|boasted|railed|proclaimed|chided|exclaimed)\b",
        r"(?:quipped|fumed|snapped|retorted|retorts|scoffed|thundered|countered|counters|mused|joked|boasted|railed"
        r"|proclaimed|proclaims|chided|exclaimed)(?=\s*(?:[.,;:“\"]|that\b|$))",
        # a standing view: "is sceptical about the sanctions", "is a fierce critic of NATO",
        # "sees the alliance as obsolete"
        r"(?:is|was|remains|remained)\s+(?:(?:deeply|very|highly|also|still)\s+)?s[ck]eptical\b",
        r"(?:is|was|remains|remained|has\s+been|have\s+been)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:critic|supporter|opponent|advocate|proponent)"
        r"\s+of\b",
        r"(?:sees|saw|regards|regarded|views|viewed)\s+(?:[\w'’-]+\s+){1,5}?as\s+(?:an?\b(?!\s+result\b)"
        r"|the\s+(?:only|best|sole|main|real|biggest|greatest|key)\b)",
        # an insistence: "is adamant that", "was blunt:", "did not mince words", "has made leaving
        # NATO's integrated command a centrepiece of her campaign"
        r"(?:is|was|remains|remained)\s+(?:(?:still|also|equally)\s+)?(?:adamant|categorical|unequivocal|blunt|emphatic)\b",
        r"(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+mince\s+(?:her|his|their|its)?\s*words",
        r"minced\s+no\s+words",
        r"(?:has|have|had)\s+made\s+(?:[\w'’-]+\s+){1,6}?(?:a|the)\s+(?:centrepiece|centerpiece|cornerstone|priority"
        r"|key\s+plank|hallmark|signature\s+issue)\b",
        # a stance taken: "takes a very tough stance towards Moscow", "took a hard line on Russia"
        # (a line needs a word of its kind: not "took a line on the metro")
        r"(?:takes|took|taking|has\s+taken|adopts|adopted)\s+(?:an?\s+)?(?:(?:[\w-]+\s+){0,2}stance"
        r"|(?!an?\s)(?:[\w-]+\s+){1,2}line)\s+(?:on|towards?|against|toward|in\s+favou?r\s+of)\b",
        # a refusal, not of words: "refused to back the sanctions", never "refused to comment"
        r"(?:refuses|refused)\s+to\b(?!\s+(?:comment|say|speak|answer|respond|confirm|elaborate|discuss|be\s+drawn)\b)",
        r"indicated(?=\s+(?:that|he|she|they|we|it|his|her|their)\b)",
        r"affirmed(?=\s+(?:that|his|her|their|its|our)\b)",
        # not "Russia declared war on Ukraine" nor "Kosovo declared independence"
        r"declare[ds](?!\s+(?:war|independence|a state of)\b)",
        # French incises as machine translation renders them ("», a estimé X" -> "”, estimated X",
        # "a plaidé pour" -> "pleaded for"); not "an estimated 23 percent", "pleaded guilty"
        r"(?<!an )(?<!the )estimated(?!\s+[\d$€£])", r"plead(?:ed|s)(?!\s+(?:not\s+)?guilty\b|\s+no contest\b)",
        # a possessor's programme or position states its view: "her party's position", "the UPR's
        # “liberation program” has a simple baseline: ..."; it is the possessor that speaks
        r"['’]s\s+(?:[“\"«]?[\w-]+[”\"»]?\s+)?(?:position|programme|program|manifesto|platform|line)",
    ),
    sources=("according to",),
    quoting_verbs=("quoted",),
    quoting_tails=("as saying", "as telling", "as stating", "as arguing", "as warning", "as adding"),
    staying=(rf"\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\s+(?:in|within|inside)\s+{_EN_LEAVABLE}",),
    # the leaving verb, France or "us" at most, then what is left: not "leave the EU summit",
    # "leave NATO weaker", "the withdrawal of NATO troops"
    leaving_phrases=(r"\b(?:(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|withdr(?:aw|aws|awn|awing|awal|ew))"
                     r"\s+(?:(?:France|the\s+country|our\s+country|us)\s+)?(?:from\s+)?"
                     r"|(?:pull|tak|get|took|got)\w*\s+(?:(?:France|the\s+country|our\s+country|us)\s+)?out\s+of\s+)"
                     rf"{_EN_LEAVABLE}(?![-–])(?!\s+(?:{_EN_NOT_LEFT})\b)",
                     r"\bFrexit\b"),
    # the negation right before the verb, and reliance denied whole: not "must not blindly rely
    # on America", "cannot rely on America alone", "as in the past"
    denying_phrases=((r"\b(?:can(?:not|['’]t)|could\s+not|could(?:n['’]t)|no\s+longer|not|never)\s+"
                      r"rel(?:y|ies|ied|ying)\s+(?:on|upon)\s+(?:the\s+)?(?:U\.S\.(?:A\.)?|USA?\b|United\s+States\b"
                      r"|America\b|Washington\b)(?!\s+(?:alone|blindly|solely|only|entirely|exclusively|forever"
                      r"|as\s+(?:in\s+the\s+past|before|much|we\s+used\s+to))\b)", "reliable"),),
    not_left=_EN_NOT_LEFT_NOUNS + "|good\\s+graces",
    described_plans=(r"\b(?:their|his|her|its)\s+(?:\w+\s+)?(?:plan|project|aim|goal|agenda|intention|programme|program)"
                     r"\s+(?:is|was|would\s+be)\s+to\s+",
                     r"\b(?:has|have|had)\s+never\s+(?:\w+\s+)?(?:proposed|suggested|called\s+for|advocated|sought)\s+",
                     r"\baccus\w*\s+(?:[\w'’-]+\s+){1,8}?of\s+(?:\w+ing\s+(?:to\s+)?)?"),
    unexcluding=(r"(?:\bnot|n['’]t|\bnever|\bcannot)\s+(?:be\s+|been\s+)?rul(?:e|es|ed|ing)\s+(?:it\s+|them\s+)?out\b",
                 r"\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+rule\s+out\b",
                 r"\bnothing\s+(?:can|could|should|must|will)\s+be\s+ruled\s+out\b",
                 r"\bnot\s+(?:be\s+)?(?:unthinkable|excluded)\b"),
    opposing=(r"\boppos\w*", r"\breject\w*", r"\bhostile\b", r"\brefus\w*", r"\bagainst\b", r"\bveto\w*"),
    shelving=(r"\b(?:(?:is|are|was|were|remains?|remained)\s+(?:not|no\s+longer|never)|(?:is|are|was|were)n['’]t"
              r"|(?:will|would)\s+(?:not|never)\s+be|won['’]t\s+be)\s+[“\"]?\s*(?:\w+\s+)?on\s+(?:the|today['’]s|this\s+year['’]s"
              r"|our|their|his|her|its|anyone['’]s|NATO['’]s|the\s+EU['’]s)\s+(?:agenda|table)\b",
              r"\b(?:is|are|was|were|remains?|remained|(?:has|have)\s+been(?:\s+taken)?|was\s+taken|were\s+taken)\s+off\s+"
              r"the\s+table\b"),
    unshelved=(r"\b(?:relief|paus\w*|freez\w*|froze\w*|shelv\w*|postpon\w*|rollback|roll\w*\s+back|water\w*\s+down"
               r"|comeback|unreliable|giv\w*\s+up|trad\w*\s+away|dates?|timetables?|deadlines?|calendar|schedules?"
               r"|timelines?|troops|reduc\w*|cutt\w*|ced(?:e|es|ed|ing)|action\s+plans?)\b",),
    shelving_doubts=(r"\b(?:as\s+long\s+as|if|unless|should|even\s+though|although|though|whether|regret\w*|deplor\w*"
                     r"|lament\w*|not\s+true|nobody|no\s+one|why|who\s+decided)\b",),
    # not "has nothing to do with": unrelated, not unwanted
    disowning=(r"\b(?:we\s+have|France\s+has)\s+(?:no\s+(?:place|business)|nothing\s+to\s+do)\s+(?:being\s+)?"
               rf"(?:in|inside|within)\s+{_EN_LEAVABLE}",),
    condemnations=(r"\bineffective\b", r"\bineffectual\b", r"\buseless\b", r"\bpointless\b",
                   r"\bcounter-?productive\b", r"\bstupid\b", r"\babsurd\b", r"\bna[iï]ve\b", r"\bunjust(?:ified)?\b",
                   r"\bfutile\b", r"\bharmful\b", r"\ban? (?:grave |big |huge |complete |total |utter )?(?:mistake|failure)\b",
                   # a proposal put off or refused: "Ukraine's accession to NATO is not on the agenda"
                   r"\bnot on the agenda\b", r"\boff the table\b", r"\bout of the question\b", r"\ba provocation\b"),
    act_nouns=(("admitted", "admission accession membership entry admitting"),),
    # an exception of a part of the thing ("except for those targeting energy"), not of
    # someone ("except Mme Duval"), nor "except that", which is a plain "but"
    carve_contrasts=("but",),
    carve_exceptions=(r"except(?:\s+for)?(?=\s+(?:those|these|the|its|their)\b)", r"apart from(?=\s+(?:those|these|the)\b)",
                      "with the exception of"),
    anaphors=_words("those these ones"),
    quantifiers=_words("all every everyone everybody nobody none no each any"),
    yes_words=("yes",),
    no_words=("no", "never", "not"),
    failures=(r"\b(?:are|is|were|was)\s+not\s+working\b", r"\b(?:aren|isn|weren|wasn)['’]t\s+working\b",
              r"\b(?:do|does|did)\s+not\s+work\b", r"\b(?:don|doesn|didn)['’]t\s+work\b",
              r"\b(?:have|has)\s+(?:not|never)\s+worked\b", r"\b(?:haven|hasn)['’]t\s+worked\b",
              r"\b(?:(?:have|has)\s+)?backfired\b", r"\b(?:have|has|had)\s+failed\b", r"\b(?:are|is)\s+failing\b",
              r"\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:hurting|harming|damaging|ruining|destroying)\b",
              # "Ukraine's accession to NATO would be a good basis for a third world war"
              r"\bwould\s+(?:mean|lead\s+to|trigger|provoke|spark|be\s+a\s+(?:good\s+)?basis\s+for)\s+(?:an?\s+)?"
              r"(?:(?:third|new|wider)\s+)?(?:world\s+)?(?:war|escalation)\b"),
    weakenings=(r"\b(?:suspend|weaken|relax|cut|sever|break|reduce)\w*",),  # beside `topics`' words of ending
    tightenings=(r"\b(?:tighten|strengthen|toughen)\w*",),
    copulas=("is", "are", "was", "were", "has been", "have been", "had been", "would be", "will be", "remains?"),
    claimers=("who", "those", "claims?", "calling", "call"),
    denials=("not", "never", "no", "neither", "nor", "isn['’]t", "aren['’]t", "wasn['’]t", "far from(?: being)?"),
    other_things=_words("without counter"),
    negations=("not", "no", "never", "nor", "neither", "without", "against", "cannot", r"\w+n['’]t",
               r"oppos\w*", r"reject\w*", r"refus\w*"),
    negation_idioms=(r"\bnot only\b", r"\bno doubt\b", r"\bno alternative\b", r"\bno problem\b", r"\bno[- ]fly\b", r"^\W*no\b(?=\s*,)",
                     r"\b(?:cannot|can['’]t|can not)\s+afford\s+not\s+to\b",  # two negations that affirm
                     r"\b(?:not|never|cannot|\w+n['’]t)\s+(?:\w+\s+)?(?:against|oppos\w*|refus\w*|reject\w*)"),
    # not "told", "urged" or "warned": the name after them is who heard it ("an aide told
    # Emmanuel Macron")
    name_after_verbs=frozenset({"said", "says", "added", "wrote", "asked"}),
    set_off_verbs=frozenset({"declared", "stated", "conceded", "noted", "explained", "recalled", "remarked",
                             "replied", "responded", "answered", "stressed", "insisted", "argued", "asserted",
                             "cautioned", "admitted", "acknowledged", "explains",
                             "quipped", "fumed", "snapped", "retorted", "scoffed", "thundered", "countered", "mused", "joked", "boasted", "proclaimed", "exclaimed"}),
    # machine-translated incises ("», a souligné X" -> "”, underlined X"): their subject
    # follows only right after a closing quote ("“...,” also defended X"), since after a
    # comma the name is mostly their object ("prosecutors charged X", "voters defended X")
    quoted_set_off_verbs=frozenset({"estimated", "defended", "underlined", "underscored", "pleaded", "charged", "shot back",
                                    "reacted", "analyzed", "analysed", "indicated", "affirmed", "warned", "urged",
                                    "continued", "continues", "concluded", "concludes", "went on",
                                    # the present of a translated French incise, after its quotation or
                                    # inside it ("..., recalls Benjamin Haddad, ..."): after a plain clause
                                    # the name is mostly an object ("Lithuania expels the envoy, recalls X")
                                    "recalls", "notes", "insists", "stresses", "argues", "asserts", "admits",
                                    "acknowledges", "replies", "responds", "concedes", "declares"}),
    officer_set_off_verbs=frozenset({"announced"}),
    object_set_off_verbs=frozenset({"warned", "urged"}),
    subordinators=("when", "while", "after", "before", "as", "if", "although", "though", "because", "since", "once",
                   "until"),
    relative_openers=("who", "whom", "whose"),
    noun_determiners=("(?i:the|these|those|such)", "key", "main", "many", "several", "repeated"),
    verb_adjuncts=(rf"(?:on\s+|last\s+)?(?:{_EN_WEEKDAY_RE})", "yesterday", "today",
                   # an outlet: "reacted on Sud Radio the boss of LR ...", "said on France 2"
                   r"(?:on|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*(?=\s+the\s)"),
    comparisons=("like", "unlike", "as with"),
    likenings=("like", "just like"),
    trailing_likenings=("just like", "as do", "as does", "as did"),
    list_ends=("who", "which", "while", "whereas", "but", "although", "before", "after", "when"),
    list_objects=("whom",),
    likened_objects=("that", "those"),
    fronted_participles=("asked", "questioned", "interviewed", "pressed", "challenged"),
    passive_auxiliaries=("be", "been", "being", "is", "are", "was", "were"),
    agent_prepositions=("by",),
    plural_auxiliaries=("have", "had", "were", "are"),
    joint_words=("both", "all"),
    closing_attributions=(
        r"(?:this|that|these|such)\s+(?:(?:statement|remark|word|comment|assessment|view|opinion|position|claim"
        r"|warning|call)s?\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:made|expressed|voiced|stated|said"
        # only a time between the verb and "by": not "made at a press conference hosted by"
        r"|announced|declared|noted|shared|underlined|underscored|stressed|emphasi[sz]ed|highlighted|pointed\s+out)"
        r"(?:[\s,]+(?:on|last|this|earlier|late|yesterday|today|(?-i:[A-Z][a-z]+)"
        r"|\d{1,4}(?:st|nd|rd|th)?))*[\s,]+by",
    ),
    programme_openers=(r"(?:his|her|their)\s+(?:programme|program|manifesto|platform|pledges|proposals|priorities)\s*:",
                       r"(?:key|main)\s+(?:pledges|proposals|measures|promises|priorities)\s*:",
                       r"what\s+(?:he|she|they)\s+(?:proposes?|wants?|promises?)\s*:"),
    echoing_openers=(r"(?:with|in)\s+(?:those|these|such)\s+words,?",
                     r"(?:that|this|such)\s+(?:was|is)\s+the\s+(?:message|warning|promise|pledge|line|verdict)",
                     r"(?:those|these)\s+(?:were|are)\s+the\s+words\s+of"),
    contrast_conjunctions=("but", "while", "whereas"),
    entourage=(r"(?:aides?|advis[eo]rs?|allies|sources?|supporters?|members?|officials?|staff|entourage)"
               r"\s+(?:close\s+)?(?:to|of|for|around)",),
    non_holder_modifiers=("former", "ex", "deputy", "vice", "shadow", "late", "future", "would-be", "then"),
    stance_participles=frozenset({"opposed"}),
    subject_followers=("on", "in", "at", "to", "as", "last", "this", "yesterday", "today", "tonight", "earlier",
                       "late", "later", "during", "after", "before", "when", "while", "from", "who", "whose",
                       "for whom",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    pronouns=("he", "she", "they"),
    group_anaphors=("it", "the party", "the government"),
    anaphor_fillers=_words("has have had is was also again further then later long repeatedly previously already "
                           "since"),
    # "according to him," ; never "according to her lawyer"; "In his view, ..."
    object_pronouns=("him", r"her(?=\s*[,.;:])", r"(?:his|her)\s+(?:view|opinion|eyes|mind)(?=\s*,)"),
    # "According to him, Vladimir Putin is ...": Putin is what he spoke of, never a later "he";
    # "In her view, ...", "To his mind, ..." (not "For Le Pen, ...": as often what befell her,
    # "For Le Pen, the poll was a blow", as her view)
    opening_sources=("according to", r"in(?=\s+(?:his|her)\s+(?:view|opinion|eyes)\b)",
                     r"to(?=\s+(?:his|her)\s+mind\b)"),
    topic_openers=("as for", "as to"),
    topic_nouns=("intention", "intentions", "position", "positions", "stance", "line", "view", "views", "plan",
                 "plans", "programme", "program", "proposals"),
    topic_clarity=r"(?:is|are|was|were|seems?|appears?|remains?)\s+(?:now\s+|much\s+|far\s+|even\s+)?"
                  r"(?:clear|clearer|plainer|simpler|more\s+(?:explicit|straightforward))",
    # a pronoun that may stand for the topic as an object: "As for Macron, she accused him"
    topic_objects=(r"\bhim\b", r"\bher\b(?!\s+(?:own\s+)?[a-z]{3,})"),
    plural_pronouns=frozenset({"they"}),
    masculine=frozenset({"he", "his", "him", "spokesman", "chairman"}),
    feminine=frozenset({"she", "her", "spokeswoman", "chairwoman"}),
    indefinite_articles=("a", "an", "another", "one"),
    role_articles=("the ",),
    role_nouns=_EN_ROLES,
    linking_words=frozenset({"to", "of", "for", "with", "by", "from", "at", "in", "on", "and", "or", "than", "as",
                             "like"}),
    address_words=frozenset({"you", "your", "yours"}),
    befalling=(r"(?:was|were|been|being)\s+(?:\w+\s+)?\w+(?:ed|en)", "faced", "faces", "received", "receives",
               "greeted", "booed", "heckled", "confronted", "convicted", "sentenced", "interrupted", r"met\s+with",
               "drew"),
    results_words=(r"votes?", r"polls?", "polling", r"first\s+round", r"second\s+round"),
    descriptors=frozenset({"firebrand", "populist", "nationalist", "veteran", "maverick", "hardliner", "centrist",
                           "eurosceptic", "pundit", "pundit-turned-politician", "polemicist", "stalwart", "heavyweight",
                           "hopeful", "frontrunner", "front-runner", "outsider", "newcomer", "rebel", "ally",
                           "loyalist", "critic", "dissident", "ideologue", "tribune", "figurehead", "darling", "operative",
                           "strategist", "insider", "activist", "campaigner", "lieutenant", "protégé"}),
    relations=("rival", "rivals", "protégé", "protege", "protégée", "niece", "nephew", "father", "mother", "daughter",
               "son", "wife", "husband", "partner", "lieutenant", "right-hand man", "right-hand woman", "ally",
               "allies", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers",
               "successor", "predecessor", "critic", "critics", "opponent", "opponents", "challenger", "running mate",
               "camp", "entourage", "supporters", "team", "heir", "heiress", "mentor", "deputy", "number two"),
    candidacies=(r"in\s+(?:the|[A-Z][\w-]+['’]s)\s+(?:presidential|parliamentary|legislative|general|European)"
                 r"\s+(?:elections?|race|primary|primaries)",),
    group_complements=("of the", "of"),
    pronoun_roles=("chair",),
    holder_roles=("representative",),
    # a country's ministers too: "the French Foreign Minister" is "X, the French foreign minister"
    country_offices=("president", "chancellor", "prime minister", "pm", "foreign minister", "foreign secretary",
                     "defence minister", "defense minister", "finance minister", "interior minister"),
    single_offices=(("pm", "prime minister"), ("defense minister", "defence minister", "defense secretary",
                                                "defence secretary"),
                    ("foreign minister", "foreign secretary"), ("finance minister",), ("interior minister",),
                    ("armed forces minister",), ("economy minister",)),
    possessives=("his", "her"),
    party_words=("party",),
    articles=("the", "The"),
    title_connectors=("of", "for", "and"),
    office_possessives=("its", "their"),
    titles=("President", "Prime Minister", "Minister", "Senator", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sir",
            "Dame", "Gen", "General", "Adm", "Admiral", "Col", "Colonel", "Lt", "Maj", "Capt"),
    given_name_titles=("Sir", "Dame"),
    offices=_words("affairs state general secretary-general vice-president governor ambassador commissioner "
                   "chairman chairwoman spokesman spokeswoman spokesperson speaker premier chief commander"),
    office_prefixes=("vice", "ex", "co", "deputy"),
    office_modifiers=_words("former then outgoing acting deputy veteran ex far-right far-left hard-right hard-left "
                            "right-wing left-wing populist nationalist conservative socialist communist centrist "
                            "radical opposition party"),
    complementizers=(r"that\b",),
    time_conjunctions=(r"before\b", r"after\b", r"until\b", r"when\b", r"as\s+soon\s+as\b"),
    person_references=("he", "she", "him", "his", "her"),
    relative_pronouns=("who",),
    thing_relatives=("which",),
    conjunctions=("and",),
    joined_verb_fillers=("had", "has", "have", "would", "will", "then", "also", "later", "since", "subsequently",
                         "repeatedly"),
    generic_party_words=_words("party national left right union front democratic democrats republican republic "
                               "movement alliance people popular green greens"),
    clause_openers=_words("and but while whereas that as because although though when where which who so since if "
                          "then also meanwhile now yet however today instead mr mrs ms dr state former current "
                          # descriptors before a name, never a subject alone ("presidential hopeful X")
                          "hopeful contender challenger nominee frontrunner front-runner envoy ambassador "
                          "commissioner governor adviser advisor founder aide")
    | frozenset(_EN_ROLES),
    not_names=_words(
        "the a an in on at it this that these those he she they we i but and or if when while as after before since "
        "according last earlier later there his her their our its for from with without however yet so also such "
        "instead mr mrs ms dr president minister senator source related home read share leave please exit all "
        "both some many most what who why how no not never speaking asked now today yesterday few several every "
        "each any none nobody somebody someone everyone anyone other another one has have is are was were will "
        "would says can could should must shall might does did do like unlike pm alongside beside besides despite "
        "during against among amid amidst between behind toward towards through throughout within across beyond "
        "although though unless whether because whereas until gen col lt maj capt adm only")
    | frozenset(_EN_WEEKDAYS)
    | frozenset(_EN_MONTHS)
    # a dateline's month: "ROME, Nov 5 Italian Prime Minister ..."
    | _words("feb apr jul aug sep sept oct nov dec"),  # not "Jan", "Mar", "Jun": given names too
    opener_suffixes=("ing",),
    adjectives=_words("french german russian american ukrainian european british chinese polish italian spanish "
                      "western eastern soviet atlantic transatlantic nato western-led pro-nato hungarian belgian dutch "
                      "greek swedish czech romanian finnish norwegian danish austrian portuguese turkish israeli "
                      "iranian japanese canadian estonian latvian lithuanian slovak moldovan georgian belarusian "
                      "serbian bulgarian croatian slovenian albanian irish scottish welsh swiss baltic nordic "
                      "scandinavian balkan arab syrian indian korean"),
    abbreviations=_words("mr mrs ms dr st gen col lt sen rep gov prof pres jr sr u.s u.k e.u no vs inc ltd co"),
    widgets=("related(?: articles| posts| stories| news)?", "more on this(?: story)?", "you might also like",
             "also read", "read (?:more|also|next)", "most (?:read|popular|viewed)", "trending(?: now)?",
             "recommended", "top comment", "reply by", "readers?['’]? comments", "comments?", r"\d+ comments",
             "advertisement", "sponsored", "share(?: this(?: article)?)?", "tags", "sign up", "newsletter", "menu",
             "load more", "reader poll"),
    group_words=_words("party union assembly ministry council front rally movement government committee commission "
                       "alliance federation organization organisation war insoumise kremlin nations states house "
                       "parliament radio news agency times post wing executive chapter branch youth section bureau caucus "
                       "faction board conference congress convention office affairs republic group senate duma bundestag "
                       "knesset rada sejm"),
    date_phrases=(
        rf"\b(?:(?:on|last|this past|this|next)\s+)?(?:{_EN_WEEKDAY_RE})\b",
        rf"\b(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_EN_MONTH_RE})(?:,?\s+\d{{4}})?\b",
        rf"\b(?:on\s+)?(?:{_EN_MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
        rf"\b(?:in|since|during|by)\s+(?:early\s+|late\s+|mid-)?(?:(?:{_EN_MONTH_RE})\s+)?(?:19|20)\d\d\b",
        rf"\b(?:in|since|during|last|early|late)\s+(?:{_EN_MONTH_RE})\b",
        r"\b(?:yesterday|today|this morning|tonight|earlier this (?:week|month|year)|last (?:week|month|year)"
        r"|this (?:week|month|year))\b",
    ),
    date_labels=("date", "dated", "published(?: on)?", "updated(?: on)?", "last updated", "posted(?: on)?"),
    # "except (for) those ..." is a carve-out, where "no one except Le Pen" is narration;
    # "once again" is an adverb, where "once more troops arrive" is a condition. "while"
    # was measured and left out: it is as often a contrast as a condition (figures in
    # docs/quality-log.md, session 17).
    clause_hedges_cased=("[Ii]f", r"[Oo]nce(?!\s+again\b)", "[Aa]s soon as", "[Uu]nless", "[Uu]ntil",
                         "[Pp]rovided(?: that)?", "[Aa]s long as", "[Oo]nly if", "[Bb]ut",
                         "[Ii]n the event (?:of|that)", "[Ii]n case(?: of)?",
                         r"[Ee]xcept(?: for)?(?=\s+(?:those|these|when|where|if)\b)"),
    # a "but" clause that opens on another saying ("but said his party would vote for it",
    # "but its spokesperson said ..."), not on a condition ("but only if the UN says so")
    unqualifying_clauses=(r"[Bb]ut\s+(?:(?!(?:if|only|unless|until|once|not)\b)\S+\s+){0,4}?"
                          r"(?:said|says|added|wrote|asked|told|repeated|stressed|noted)\b",
                          r"[Bb]ut\s+(?:also|because|rather|instead)\b"),
    word_hedges=("I think", "I believe", "we think", "reportedly", "allegedly", "probably", "possibly", "perhaps",
                 "maybe", "it seems", "at such a time", "for now", "in the long term", "eventually"),
    weekdays=_EN_WEEKDAYS,
    months=tuple((m,) for m in _EN_MONTHS),
    last_words=("last", "this past"),
    # What a passage's words stand for in a statement's words (`topics.stems`), each an
    # association ("~"), one word of a statement but never the only one: words of
    # blame for "responsibility" ("blamed Putin for the invasion"), relations for "ties",
    # words of backing a side for "back" ("keep sending weapons to Kyiv", "stand
    # alongside the Ukrainians", "not helping Ukrainians"), as the French glosses read
    # « livrer des armes », joining for "membership", pulling out for leaving, "Frexit"
    # for leaving the European Union, and Kyiv and Ukrainians for Ukraine (as the French
    # glosses read « Kiev »). Not "accession" nor "entry", which as often open the EU's
    # doors as NATO's, nor "Atlantic", which made two false alarms for one position, nor
    # Russia's names ("Moscow", "Kremlin", "Russian") and America's: with them the 1.5B
    # model's picks of backing Ukraine were kept for sentences that name the war's two
    # sides, and private sets A and B lost (session 23).
    glosses=(("blame blamed blames blaming guilty culprit aggressor", "~responsible"),
             ("=relation =relations =relationship =relationships", "~ties"),
             ("help helps helped helping aid arm arms arming weapon weapons missile missiles deliver delivers delivered "
              "delivery deliveries supply supplies supplied solidarity alongside", "~back"),
             ("missile missiles", "~weapons"), ("deliver delivers delivered delivery deliveries", "~supply"),
             ("join joins joined joining", "~membership"), ("ukrainian ukrainians kyiv kiev", "~Ukraine"),
             ("pull pulls pulled pulling", "~leave"),
             ("frexit", "~leave European Union"),
             # an embargo is a sanction ("impose an oil embargo against Russia"; not "boycott": of an
             # election, of the Olympics); engaging and dialogue are ties ("engage with Russia after the war")
             ("embargo embargoes", "~sanctions"), ("engage engaging dialogue", "~ties"),
             # bilateral dealings are ties ("increase bilateral efforts with Russia"; not "cooperation":
             # "promote cooperation in the common interest, seeking alternatives" is no tie with Russia)
             ("bilateral", "~ties"),
             # an alliance with someone makes them an ally ("France will need an Alliance with Russia",
             # "against the American alliance"); one word of a statement, never the only one
             ("alliance alliances", "~ally")),
    phrase_glosses=((r"\b(?i:leav(?:e|es|ing)|left|exit(?:s|ed|ing)?|quit(?:s|ting)?|withdr[ae]w(?:s|n|ing|al)?)"
                     r"\s+(?:from\s+)?(?:the\s+)?EU\b(?![’'-])", "leave European Union"),
                    # Russia called a threat or an enemy is an adversary ("I see Russia as a
                    # multidimensional threat"); not the threat of inflation, nor NATO a threat to Russia
                    *((calling, "adversary") for calling in _EN_ADVERSARY),
                    # troops sent to Ukraine, or Western troops there, are backing ("sending Western
                    # troops to Ukraine should not be ruled out"); not Russian troops in Ukraine
                    (r"\b(?:send\w*|sent|deploy\w*|dispatch\w*|station\w*)\s+(?:[\w-]+\s+){0,3}?troops?\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:to|in|into)\s+(?:Ukraine|Kyiv|Kiev)\b"
                     r"|\b(?:Western|European|French|British|NATO|allied|foreign)\s+troops?\b[^.;]{0,40}\b(?:Ukraine|Kyiv|Kiev)\b",
                     "back"),
                    # an army or a defence of Europe's own is Europe's military ("Merkel argued in favor of
                    # a European army", "a European defense structure is indispensable"): gold positions
                    # on strategic autonomy in DD (2) and GG (2) that no word of a statement reached. From
                    # the 1.5B model's answers (session 45): DD 0.453 -> 0.467, GG 0.488, france-nato and
                    # the first 14 challenge articles unchanged (there "military" also reaches
                    # conscription's "compulsory military service"; the model picked it for none of them)
                    (r"(?i:\bEuropean\s+(?:army|armies|defen[cs]e|military|armed\s+forces)\b"
                     r"|\b(?:defen[cs]e|army)\s+of\s+Europe\b|\bEurope['’]s\s+(?:own\s+)?(?:defen[cs]e|army|military)\b)",
                     "Europe military"),
                    # relying on the United States as a whole, for what an ally gives, is holding them
                    # reliable ("can no longer rely on the U.S. to defend them"); not "the US dollar"
                    (r"\b[Rr]el(?:y|ies|ied|ying)\s+(?:on|upon)\s+(?:the\s+)?(?:U\.S\.(?:A\.)?|USA?\b|United\s+States\b"
                     r"|America\b|Washington\b)(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|alone|any\s*more|any\s+longer|as\s+an?\s+ally)\b"
                     r"|\s+for\s+(?:(?:our|its|their|your|Europe['’]s|France['’]s)\s+)?(?:[\w-]+\s+)?"
                     r"(?:security|defen[cs]e|protection|umbrella)\b)", "reliable"),
                    # a vassal of the United States is not independent ("being a US ally did not mean
                    # being a vassal"); not "a vassal state of Russia"
                    (r"\b(?:vassal\w*|subservien\w*)\b[^.;]{0,80}\b(?:U\.S\.|US|United\s+States|America|Washington)\b"
                     r"|\b(?:U\.S\.|US|United\s+States|America|Washington)\b[^.;]{0,80}\b(?:vassal\w*|subservien\w*)\b",
                     "independent")),
    adversary_callings=_EN_ADVERSARY,
)

_FR_ROLES = (
    "ministre", "ministre délégué", "ministre déléguée", "premier ministre", "première ministre",
    "secrétaire d['’]état", "secrétaire générale?", "secrétaire nationale?", "premier secrétaire",
    "première secrétaire", "député", "députée", "eurodéputé", "eurodéputée", "sénateur",
    "sénatrice", "candidat", "candidate", "dirigeant", "dirigeante", "président", "présidente", "vice-président",
    "vice-présidente", "porte-parole", "responsable", "chef", "cheffe", "maire", "élu", "élue", "chancelier",
    "chancelière", "diplomate", "ambassadeur", "ambassadrice", "patron", "patronne", "leader", "commissaire",
    "écologiste", "socialiste", "conservateur", "conservatrice", "numéro un", "cofondateur", "cofondatrice",
    "ancien ministre", "ancienne ministre", "ancien député", "ancienne députée", "tête de liste",
    "coordinateur", "coordinatrice", "fondateur", "fondatrice", "chef de file", "polémiste", "frontiste",
    "journaliste", "essayiste", "analyste", "économiste", "historien", "historienne",
    "homme politique", "femme politique", "politicien", "politicienne", "opposant", "opposante",
)
_FR_LEAVABLE = (r"(?:de\s+|d['’]\s*)?(?:l['’]\s*|la\s+|le\s+|du\s+|cette\s+|une\s+)?"
                r"(?:OTAN|Otan|Alliance|UE|Union|commandement|zone\s+euro|euro)\b")
# What may follow a thing named that makes it another thing: « l'Union soviétique », « l'union de la gauche »
_FR_NOT_LEFT = "soviétique|africaine|de\\s+la\\s+gauche|des\\s+droites|nationale"
# « nous n'avons rien à faire », « la France n'a plus sa place », « nous n'y avons plus notre place »:
# the subject, « ne », « y » or not, the verb and an adverb at most (never « pas rien à faire »)
_FR_SUBJECT_NE = r"\b(?:nous|la\s+France|notre\s+pays|l['’]Hexagone)(?:\s*,[^,]{1,60},)?\s+(?:n['’]\s*|ne\s+)"
_FR_HAS = r"(?:a|avons)\s+(?:(?:\w+ment|désormais|donc|aujourd['’]hui)\s+)?"
_FR_NO_PLACE = r"(?:(?:plus\s+)?rien\s+à\s+faire|(?:plus|pas)\s+(?:sa|notre)\s+place)"
_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_MONTHS = (("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",), ("juillet",),
              ("août", "aout"), ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre"))
_FR_WEEKDAY_RE = "|".join(_FR_WEEKDAYS)
_FR_MONTH_RE = "|".join(s for spellings in _FR_MONTHS for s in spellings)
_FR_TIMES = ("matin", "soir", "après-midi", "midi", "soirée", "matinée")
_FR_TIME_RE = "|".join(_FR_TIMES)
_S = r"['’]"  # an apostrophe, straight or curly


def _participles(*stems: str) -> tuple[str, ...]:
    """Past participles and their feminine and plural forms: "déclaré(e)(s)"."""
    return tuple(f"{stem}(?:e|s|es)?" for stem in stems)


# Past participles of reporting verbs ("a déclaré", "avait plaidé", "a-t-elle lancé").
_FR_PARTICIPLES = _participles(
    "déclaré", "affirmé", "estimé", "jugé", "ajouté", "assuré", "annoncé", "lancé", "rappelé", "martelé", "prévenu",
    "réclamé", "dénoncé", "défendu", "plaidé", "promis", "proposé", "souhaité", "demandé", "exigé", "insisté",
    "souligné", "expliqué", "précisé", "indiqué", "confié", "déploré", "critiqué", "fustigé", "salué", "regretté",
    "répondu", "répliqué", "rejeté", "refusé", "écarté", "accusé", "soutenu", "prôné", "dit", "écrit", "tweeté",
    "confirmé", "reconnu", "concédé", "poursuivi", "résumé", "tranché", "ironisé", "qualifié", "maintenu",
    "réaffirmé", "répété", "renchéri", "averti", "menacé", "assumé", "conclu", "tonné", "lâché", "glissé",
    "asséné", "assené",
    "commenté",
    # a stance taken: « a revendiqué la sortie de l'OTAN », « a envisagé de quitter l'UE »
    "envisagé", "revendiqué", "privilégié",
    # a reproach (« a reproché à l'OTAN de devenir ... ») states a view of its object
    "reproché",
    "observé", "relevé", "nuancé", "objecté", "protesté", "réagi", "recommandé", "fait valoir", "fait savoir",
    "mis en garde", "appelé à", "milité", "voulu", "préféré", "exhorté", "réitéré", "raillé", "taclé", "balayé",
    "rétorqué", "condamné", "exprimé", "pointé du doigt", "tempéré", "préconisé", "justifié",
)
_FR_PRESENT = (
    "déclare", "affirme", "estime", "juge", "ajoute", "assure", "annonce", "rappelle", "martèle", "prévient",
    "réclame", "dénonce", "défend", "plaide", "promet", "propose", "souhaite", "demande", "exige", "insiste",
    "souligne", "explique", "précise", "indique", "déplore", "fustige", "salue", "regrette", "répond", "réplique",
    "rejette", "refuse", "écarte", "accuse", "soutient", "prône", "dit", "écrit", "veut", "entend", "préfère",
    "pense", "croit", "considère", "redoute", "craint", "milite", "appelle à", "assume", "confirme", "reconnaît",
    "reconnait", "recommande", "réclament", "estiment", "jugent", "dénoncent", "refusent", "souhaitent",
    "demandent", "veulent", "défendent", "plaident", "affirment", "exigent", "appellent à", "critique",
    "exhorte", "exclut", "réitère", "réaffirme", "réaffirment", "rétorque", "renchérit", "ironise", "tranche",
    "admet", "avertit", "tonne",
    "met en garde", "mettent en garde",
    # an incise's verb right after the quotation (« », confie Marine Le Pen à Ouest-France »,
    # « », lance X »), never elsewhere (« lance sa campagne », « poursuit sa tournée »)
    r"(?:(?<=[»”\"],\s)|(?<=[»”\"]\s))(?:confie|lance|lâche|glisse|assène|poursuit|fulmine|cingle"
    r"|s['’]emporte|enchaîne|complète|souffle|grince|peste|tempête)\b",
    # an insistence: « n'en démord pas : », « est formel », « persiste et signe », « n'a pas mâché ses
    # mots », « a fait de la sortie de l'OTAN son cheval de bataille », « y voit la preuve que »
    r"n['’]en\s+démord(?:ent)?\s+pas", r"(?:est|était|reste|se\s+montre)\s+(?:formel(?:le)?|catégorique)s?\b",
    r"persiste(?:nt)?\s+et\s+signe(?:nt)?", r"(?:ne\s+mâche|n['’]a\s+pas\s+mâché)\s+pas\s+ses\s+mots|n['’]a\s+pas\s+mâché\s+ses\s+mots",
    r"(?:a|avait|ont|avaient)\s+fait\s+d(?:e|u|es|['’])\s*(?:[\w'’-]+\s+){0,7}?(?:son|sa|leur|un|une)\s+"
    r"(?:cheval\s+de\s+bataille|marqueur|priorité|marotte|fil\s+rouge|leitmotiv|étendard)\b",
    r"(?<!\bon\s)y\s+voi(?:t|ent)\b(?!\s+[A-ZÀ-Ý])",  # not « on y voit Marine Le Pen serrer la main »
    # « remet en cause l'aide à Kiev » (not « remet en question sa participation au débat »; nor
    # « conteste », « approuve »: as often a fine, a verdict or a budget as a view)
    r"remet(?:tent)? en (?:cause|question)(?!\s+(?:sa|son|ses|leur|leurs)\b)",
    "raille", "tacle", "condamne", "condamnent", "résume", "résument", "exprime", "pointe du doigt",
    "avance que", "avance qu['’]", "tempère", "jubile", "préconise", "maintient sa position", "jure",
    # not "a avancé la date du congrès", "a noté les propositions dans un carnet"
    "avancé que", "avancé qu['’]", "noté que", "noté qu['’]",
    # not "Bardella, considéré comme le favori", "a évoqué ses souvenirs", "le drapeau brandi"
    "considéré que", "considéré qu['’]", "met en exergue", "mettent en exergue", "mis en exergue",
    "évoqué la possibilité", "évoque la possibilité", "brandi la menace", "brandit la menace",
    r"manqué de (?:lui |leur )?rappeler",
    # a stance as round-ups word it: « n'envisage pas de quitter l'UE », « revendique le
    # Frexit », « mise sur le dialogue », « prévoit de sortir du commandement intégré »,
    # « appelle de ses vœux », and the conditional of a wish (« voudrait sortir de l'OTAN »)
    "envisage", "envisagent", "revendique", "revendiquent", "promeut", "promeuvent", "privilégie", "privilégient",
    "reproche à", "reprochent à", r"reproche (?:au|aux|à l['’])", r"reprochent (?:au|aux|à l['’])",
    # a stance taken: « adopte une position très ferme sur », « a adopté une ligne dure envers
    # Moscou », « prend position contre » (not « prend la ligne 4 du métro », « prend la première
    # position dans les sondages », « adopte une position assise »)
    r"(?:adopte|adoptent|adopté|prend|prennent|pris)\s+(?:une\s+|la\s+)?(?:[\w-]+\s+){0,2}(?:position|ligne)"
    r"(?:\s+[\w-]+){0,2}\s+(?:sur|contre|envers|vis-à-vis|à\s+l['’]égard|face\s+à|en\s+faveur|favorable|hostile"
    r"|opposée?)\b",
    r"(?:prend|prennent|pris)\s+position\b",
    # (not « la mise sur pied d'une force », nor giving up a race: « renonce à se présenter »)
    r"(?<!la\s)mise sur(?!\s+pied)", "misent sur", r"prévoi(?:t|ent) d(?:e|['’])", r"prévue?s? d(?:e|['’])",
    r"(?:renonc(?:e|ent)|renoncée?s?) (?:à|aux?)(?!\s+(?:se\s|s['’]|briguer|sa\s+candidature))",
    "appelle de ses vœux", "appellent de leurs vœux", "voudrait", "voudraient", "souhaiterait",
    "souhaiteraient", "préférerait", "préféreraient", r"pouss(?:e|ent|ait|aient) (?:à|au|aux|pour)",
    r"poussée?s? (?:à|au|aux|pour)",
    # an intent (« compte retirer la France du commandement intégré », « ne compte pas quitter
    # l'OTAN »), not a count (« compte trente membres », « compte encore de nombreux soutiens »,
    # « un compte bancaire ») nor « compte entre »
    r"compt(?:e|ent|ait|aient|erait)\s+(?:(?:bien|aussi|également|toujours|pas|plus|ne\s+pas|ne\s+plus)\s+)?"
    r"(?!(?:entre|contre|notre|votre|autre|outre|encore|quatre|[a-zéè]*aire)\b)[a-zéèêëàâîïôûç]+(?:er|ir|re)\b",
)
_FR_IMPERFECT = (
    "jubilait", "tweetait", "avançait", "déclarait", "affirmait", "estimait", "jugeait", "assurait", "réclamait", "dénonçait", "défendait", "plaidait",
    "promettait", "proposait", "souhaitait", "demandait", "exigeait", "voulait", "refusait", "prônait",
    "qualifiait", "disait", "soutenait", "critiquait", "accusait", "appelait à", "militait", "pensait", "croyait",
    "considérait", "estimaient", "jugeaient", "voulaient", "réclamaient", "refusaient", "s['’]opposait",
    "condamnait",
    "envisageait", "envisageaient", "revendiquait", "privilégiait", "misait sur", r"prévoyait d(?:e|['’])",
    r"renonçait à(?!\s+(?:se\s|s['’]|briguer|sa\s+candidature))",
    "reprochait à", r"reprochait (?:au|aux|à l['’])",
    # narration too (« prévenait ses parents », « soulignait au feutre rouge », « a analysé
    # les résultats »): a view only before what is said, or right after a quotation
    r"(?:exhortait|insistait|soulignait|rappelait|martelait|prévenait|analysait)(?=\s+qu(?:e\b|['’]))",
    r"(?:(?<=[»”\"],\s)|(?<=[»”\"]\s))(?:exhortait|insistait|soulignait|rappelait|martelait|prévenait|analysait"
    r"|a\s+(?:analysée?s?|louée?s?))\b",
)
_FR_GERUNDS = (
    "estimant", "jugeant", "affirmant", "assurant", "dénonçant", "réclamant", "plaidant", "accusant", "qualifiant",
    "soulignant", "rappelant", "expliquant", "déclarant", "appelant à", "recommandant", "exigeant", "promettant",
    "refusant",
)
# Reflexive forms, with an adverb allowed after the auxiliary: "s'est aussi prononcée pour",
# "s'en est prise à", "se dit favorable", and in the plural: « se sont dits inquiets ».
_FR_REFLEXIVE = (
    # in the plural, a plural participle after no negation (not « ne se sont pas prononcés »,
    # « se sont dit au revoir », « se sont pris la main »: a fresh-eyes review)
    rf"(?:se (?:sont|étaient)|s{_S}en (?:sont|étaient))(?:\s+(?!(?:pas|plus|jamais|guère)\b)[{LOWER}]+)?\s+"
    r"(?:prononcée?s|dite?s|déclarée?s|félicitée?s|opposée?s|engagée?s|inquiétée?s|élevée?s contre|insurgée?s"
    r"|positionnée?s|exprimée?s|emportée?s|bornée?s|contentée?s|limitée?s)\b",
    rf"s{_S}en (?:sont|étaient)(?:\s+[{LOWER}]+)?\s+pris(?:es?)?\b",
    rf"s{_S}(?:en )?(?:est|était)(?:\s+[{LOWER}]+)?\s+(?:prononcée?s?|dite?s?|montrée?s?|déclarée?s?|félicitée?s?"
    r"|opposée?s?|engagée?s?|inquiétée?s?|élevée?s? contre|insurgée?s?|positionnée?s?|exprimée?s?|prise?s?"
    r"|emportée?s?|fait l['’]écho|voulue?s?|montrée?s? favorables?|bornée?s?|contentée?s?|limitée?s?)",
    # a stance kept narrow: « se borne à vouloir sortir du commandement intégré », « s'engage à soutenir »
    r"se (?:borne|bornent|bornait|contente|contentent|contentait|limite|limitent|limitait) (?:à|aux?|de|d['’])",
    rf"s{_S}engage(?:nt|ait)? à",
    rf"s{_S}en (?:prend|prenait|prennent)",
    r"se (?:prononce|dit|déclare|félicite|montre|positionne|dit favorable|dit prête?)",
    r"se (?:prononcent|disent|déclarent|félicitent|montrent|positionnent)",  # "les Etats-Unis se disent convaincus"
    rf"s{_S}(?:agace|indigne|insurge|inquiète|alarme|interroge)",
    rf"s{_S}oppose(?:nt)?",
    rf"s{_S}inscri(?:t|vent|vait) (?:aussi |également )?en faux",
    # "est hostile à tout envoi d'armes", "sont favorables aux sanctions", "n'est pas favorable à",
    # "est contre une sortie de l'UE" (not "contre-productif")
    # (« sont clairement contre », « est fermement opposé à »)
    r"(?:est|était|sont|étaient|reste|restait|restent)\s+(?:(?:très|farouchement|résolument|toujours|aussi|plutôt"
    r"|pas|plus|jamais|guère|elle aussi|lui aussi|eux aussi|elles aussi|clairement|fermement|totalement"
    r"|absolument|catégoriquement|radicalement|vivement)\s+)?"
    r"(?:(?:hostiles?|favorables?|défavorables?|opposée?s?)\s+(?:à|aux?)\b|contre(?![\w-])"
    # « est très critique envers Washington », « est partisan d'une sortie de l'OTAN »
    r"|critiques?\s+(?:envers|à\s+l['’]égard|vis-à-vis|face\s+à)|partisane?s?\s+(?:de|du|des|d['’])\b"
    # « est pour une sortie de l'OTAN »
    r"|pour\s+(?:une?|la|le|les|l['’]|des|que|qu['’])(?![\w]))",
    # "est convaincu que", "se montre confiant :", "est sceptique sur", "est un farouche opposant aux"
    r"(?:est|était|reste|restait|se dit|se disait|se montre|se montrait)\s+(?:(?:très|aussi|toujours|plutôt)\s+)?"
    r"(?:convaincue?s?\s+que|convaincue?s?\s+qu['’]|confiante?s?\b|sceptiques?\b)",
    r"(?:est|était|reste)\s+(?:une?)\s+(?:[\w-]+\s+){0,2}(?:partisane?|opposante?|adversaire|défenseure?|critique)s?"
    r"\s+(?:de|du|des|d['’]|à|aux?)\b",
    r"ont (?:déclaré|affirmé|estimé|jugé|dénoncé|réclamé|plaidé)",
    r"a publié",  # "a publié un rapport recommandant ...", never the dateline's "Publié le"
    # after "avoir" only: "il n'est pas exclu que", "alerté par les services" and
    # "Bardella, considéré comme le favori" report no one's view
    r"(?:a|avait|ont|avaient) (?:exclu|remercié|interpellé|alerté|épinglé)e?s?",
    # "a appelé les plateformes à ...", "a pour sa part appelé": "appelé à" alone is a participle above
    r"(?:a|avait|ont|avaient)(?:\s+(?:pour sa part|de son côté|quant à (?:lui|elle)|également|aussi|encore|ainsi"
    r"|lui-même|elle-même|notamment))?\s+appelée?s?"
    # not a phone call: "a appelé Vladimir Poutine à deux reprises", "... à Paris"
    r"(?=[^.,;:!?«»“”]{0,80}?\bà\s+(?!\d|deux\b|trois\b|plusieurs\b|maintes\b|(?-i:[A-ZÀ-Ý])))",
    # a call on someone to act, in the present (« appelle le gouvernement à lever les
    # sanctions », « invite la France à sortir de ... »): an infinitive after "à", so
    # never a phone call or a guest (« appelle Vladimir Poutine », « invite Zelensky à l'Élysée »,
    # « invite les dirigeants à dîner »), nor a naming with its own verb (« Ce que Donald Trump
    # appelle un accord de paix reviendrait à céder le Donbass »; a fresh-eyes review's cases)
    r"(?:appelle|appellent|appelait|appelaient|invite|invitent|invitait|invitaient)"
    r"(?=\s(?:(?!\b(?:pour|afin|avant|après|a|ont|est|sont|\w+aient|\w+ait)\b)[^.,;:!?«»“”]){0,60}?"
    r"\bà\s+(?:ne\s+(?:pas|plus)\s+)?"
    r"(?!(?:dîner|déjeuner|souper|visiter|venir|participer|assister|rejoindre|se\s+rendre|quatre|titre|notre|votre"
    r"|partir\s+(?:de|du|des|d['’])|compter\s+(?:de|du|des|d['’])|prendre\s+(?:la\s+parole|part)|ouvrir|partager|découvrir)\b)"
    r"(?-i:[a-zà-ÿ]+)(?:er|ir|re|oir)\b)",
)
_FR_INVERTED_PRESENT = (
    "dit", "estime", "juge", "ajoute", "affirme", "assure", "poursuit", "explique", "précise", "souligne",
    "insiste", "déclare", "lance", "répond", "résume", "conclut", "martèle", "prévient", "rappelle", "reconnaît",
    "tranche", "ironise", "note", "observe", "relève", "admet", "avertit", "déplore", "regrette", "plaide",
    "renchérit", "confie", "glisse", "lâche", "tonne", "commente", "souhaite",
)
_FR_INVERTED_IMPERFECT = (
    "disait", "estimait", "jugeait", "ajoutait", "affirmait", "assurait", "poursuivait", "expliquait", "précisait",
    "soulignait", "insistait", "déclarait", "lançait", "répondait", "résumait", "concluait", "martelait",
    "prévenait", "rappelait", "reconnaissait", "notait", "relevait", "admettait", "déplorait", "regrettait",
    "plaidait", "confiait", "commentait", "souhaitait",
)
_FR_PRONOUN = "(?:il|elle|ils|elles|on)"
# Social networks, as an adjunct of a verb names them ("a déclaré sur X").
_NETWORKS = "X|Twitter|Telegram|Facebook|Instagram|LinkedIn|YouTube|TikTok|Bluesky|Threads"

_FR_RUSSIA = r"\b(?:Russie|Moscou|Kremlin|Poutine)\b"
_FR_ADVERSARY = (
    rf"{_FR_RUSSIA}(?:,\s+qui\b)?[^.;,?]{{0,25}}?\b(?:est|reste|demeure|représente|serait|sera|était|été|comme|en)\b"
    r"[^.;,?]{0,30}?\b(?:menaces?|ennemie?s?|adversaires?)\b",
    rf"\bmenaces?\s+(?:russes?\b|de\s+(?:la\s+)?{_FR_RUSSIA})",
)

FRENCH = Lexicon(
    code="fr",
    object_set_off_verbs=frozenset({"appelle", "appellent", "appelait", "appelaient", "invite", "invitent", "invitait",
                                    "invitaient", "a appelé", "a appelée", "ont appelé", "ont appelés", "avait appelé"}),
    verbs=(*_FR_REFLEXIVE, *_FR_PARTICIPLES, *_FR_PRESENT, *_FR_IMPERFECT, *_FR_GERUNDS, "selon", f"d{_S}après"),
    inversions=(
        # "a-t-il déclaré", "avait-il insisté", "a-t-elle fait valoir"
        rf"(?:a-t|avait|aurait|ont|avaient)-{_FR_PRONOUN}(?:\s+[{LOWER}]+)?\s+(?:{'|'.join(_FR_PARTICIPLES)})",
        # "juge-t-elle", "poursuit-il", "dit-elle", "estimait-il"
        rf"(?:{'|'.join(_FR_INVERTED_PRESENT + _FR_INVERTED_IMPERFECT)})(?:-t)?-{_FR_PRONOUN}",
        # "s'est-elle interrogée", "s'est-il emporté"
        rf"s{_S}(?:est|était)-{_FR_PRONOUN}\s+(?:interrogée?s?|demandée?s?|exclamée?s?|emportée?s?|insurgée?s?"
        r"|indignée?s?|étonnée?s?|inquiétée?s?|félicitée?s?|agacée?s?|défendue?s?)",
    ),
    # after a name that follows its verb, a time opens: "a déclaré le candidat X ce vendredi"
    subject_followers=("ce", "cette", "hier", "lors", "sur", "à", "au", "aux", "dans", "devant", "pendant", "après",
                       "avant", "depuis", "qui", "dont", *_FR_WEEKDAYS),
    verb_adjuncts=(
        rf"(?:ce\s+)?(?:{'|'.join(_FR_WEEKDAYS)})(?:\s+\d{{1,2}}(?:er)?\s+(?:{_FR_MONTH_RE}))?"
        r"(?:\s+(?:matin|midi|soir|dernier))?",
        r"hier(?:\s+(?:matin|midi|soir))?", r"ce\s+(?:matin|midi|soir)",
        # an outlet or audience: "à RT", "sur France Inter", "au micro de RTL", "devant l'Assemblée";
        # a network's name is one word, whoever is named after it: "sur X Jean-Noël Barrot"
        rf"(?:à|sur|au micro de|dans|devant)\s+(?!(?:{_NETWORKS})\s)(?:la\s+|le\s+|les\s+|l{_S})?[{UPPER}][\w'’-]*"
        rf"(?:\s+[{UPPER}0-9][\w'’-]*)*",
        rf"sur\s+(?:{_NETWORKS})",
        # the press it speaks to: "a résumé devant la presse le coordinateur de LFI X"
        r"(?:devant|à|aux?)\s+(?:la\s+presse|les\s+journalistes|des\s+journalistes|journalistes)",
        r"(?:à|sur|au micro de)\s+franceinfo",  # the outlet writes its name in lower case
        # a language: "a écrit en anglais l'eurodéputé X"
        r"en\s+(?:anglais|français|allemand|russe|ukrainien|italien|espagnol|polonais|hongrois)",
        # an adverb: "», réaffirme ainsi Marine Le Pen", "», a encore martelé X"
        r"ainsi|encore|aussi|également|alors|toutefois|pourtant|notamment|enfin|déjà",
    ),
    fronted_participles=("interrogée?s?", "questionnée?s?", "invitée?s?", "reçue?s?", "interpellée?s?"),
    comparisons=("comme", "tout comme", f"à l{_S}instar de", f"à l{_S}instar d{_S}", "contrairement à",
                 "à la différence de"),
    likenings=("comme", "tout comme", f"à l{_S}instar de", f"à l{_S}instar d{_S}"),
    trailing_likenings=("tout comme", f"à l{_S}instar de", f"à l{_S}instar d{_S}", "de même que"),
    list_ends=("qui", "dont", "alors que", "tandis que", "mais(?! aussi)", "lorsque", "quand", "avant", "après"),
    list_objects=("que", f"qu{_S}"),
    likened_objects=("celui", "celle", "ceux", "celles"),

    sources=("selon", f"d{_S}après"),
    opening_sources=("pour", "selon", f"d{_S}après", r"à(?=\s+(?:ses\s+yeux|son\s+avis|son\s+sens)\b)"),
    topic_openers=("quant à", "quant au", "du côté de", "du côté d['’]", "côté"),
    topic_nouns=("intention", "intentions", "position", "positions", "ligne", "programme", "propositions"),
    topic_clarity=r"(?:est|sont|était|étaient|semblent?|paraît|paraissent|restent?)\s+(?:bien\s+|beaucoup\s+|nettement\s+)?"
                  r"(?:plus\s+)?(?:claire?s?|nettes?|simples?|explicites?)",
    # « Quant à Zemmour, elle l'accuse », « elle ne le juge pas »
    topic_objects=(r"^\s*(?:ne\s+|n['’])?(?:l['’]|le\b|la\b|les\b|lui\b)",),
    incise_subjects=True,
    incise_openers=(rf"comme\s+l(?:e|a|{_S}(?:a|ont|avait|avaient))?",),
    pronouns=("il", "elle", "ils", "elles"),
    group_anaphors=("le parti", "le gouvernement"),
    anaphor_fillers=_words("a avait aussi également encore déjà par ailleurs ensuite depuis longtemps"),
    plural_pronouns=frozenset({"ils", "elles", "on"}),
    masculine=frozenset({"il", "le"}),  # "le porte-parole"
    feminine=frozenset({"elle", "la"}),
    indefinite_articles=("un", "une", "une autre", "un autre"),
    plural_articles=("des", "aux"),
    # « selon lui », « À ses yeux, ... », « À son avis, ... »
    object_pronouns=("lui", "elle", "eux", "elles", r"ses\s+yeux(?=\s*,)", r"son\s+(?:avis|sens)(?=\s*,)"),
    role_articles=("le ", "la ", f"l{_S}"),
    role_nouns=_FR_ROLES,
    possessives=("son", "leur"),
    party_words=("parti",),
    role_complements=("du", "des", "de la", f"de l{_S}", "de", f"d{_S}"),
    candidacies=(rf"(?:à\s+la|à\s+l{_S}élection|aux(?:\s+élections)?)\s+(?:présidentielle|primaire|européennes"
                 r"|législatives|municipales|régionales)s?",),
    group_complements=("du", "des", "de la", f"de l{_S}", "de", f"d{_S}"),
    passive_auxiliaries=("été", "est", "sont", "était", "étaient", "fut", "sera", "être"),
    agent_prepositions=("par",),
    plural_auxiliaries=("ont", "avaient", "sont", "étaient"),
    joint_words=("tous deux", "toutes deux", "tous les deux", "toutes les deux", "ensemble"),
    closing_attributions=(
        r"(?:ces|ses|les|de\s+tels|de\s+telles)\s+(?:propos|déclarations|paroles|mots)\s+"
        r"(?:ont\s+été|avaient\s+été|sont)\s+(?:tenus|tenues|prononcés|prononcées)"
        rf"(?:[\s,]+(?:le|ce|dernier|hier|{_FR_WEEKDAY_RE}|{_FR_MONTH_RE}|\d{{1,4}}|(?-i:[A-Z][\w-]+)))*[\s,]+par",
        rf"c{_S}est\s+ce\s+qu{_S}(?:a|ont|avait|avaient)\s+(?:déclaré|affirmé|dit|estimé|expliqué|assuré|souligné"
        r"|indiqué|annoncé|martelé|lancé|rappelé)",
    ),
    programme_openers=(r"(?:son|sa|ses|leur|leurs)\s+(?:programme|projet|propositions|priorités|mesures|promesses)\s*:",
                       r"(?:mesures?|propositions?)\s+phares?\s*:",
                       rf"ce\s+qu{_S}(?:il|elle|ils|elles)\s+(?:propose|proposent|veut|veulent|promet|promettent)\s*:"),
    linking_words=frozenset({"de", "du", "des", "à", "au", "aux", "avec", "par", "pour", "et", "ou", "que", "comme"}),
    address_words=frozenset({"vous", "votre", "vos", "tu", "toi", "ton", "ta", "tes"}),
    befalling=(r"(?:a|ont|avait|avaient)\s+été", "fut", "furent",
               r"(?:est|était|sont|étaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|it|ite)", "hué", "huée", "sifflé",
               "sifflée", "interpellé", "interpellée", "condamné", "condamnée", "accueilli", "accueillie", "reçu", "reçue",
               "essuyé", r"face\s+à"),
    place_offices=frozenset({"député", "députée", "sénateur", "sénatrice", "maire", "élu", "élue", "conseiller",
                             "conseillère", "eurodéputé", "eurodéputée", "préfet", "préfète"}),
    results_words=("voix", "suffrages", "exprimés", r"sondages?", r"intentions?\s+de\s+vote", r"premier\s+tour",
                   r"second\s+tour"),
    echoing_openers=(r"par\s+ces\s+(?:mots|paroles|propos),?",
                     rf"c{_S}est\s+(?:le\s+message|l{_S}avertissement|la\s+promesse|le\s+constat|la\s+ligne)"
                     rf"\s+qu(?:e|{_S})",
                     r"(?:la\s+phrase|le\s+propos|la\s+formule)\s+est\s+signée",
                     r"(?:ce\s+sont|tels\s+sont)\s+(?:les\s+mots|les\s+propos)\s+d(?:e|u|['’])"),
    contrast_conjunctions=("mais", rf"tandis\s+qu(?:e|{_S})", rf"alors\s+qu(?:e|{_S})"),
    entourage=(rf"(?:entourage|proches|partisans|conseillers|membres)\s+(?:de|du|des|d{_S})",),
    country_offices=("président", "présidente", "chancelier", "chancelière", "premier ministre", "première ministre"),
    non_holder_modifiers=("ancien", "ancienne", "futur", "future"),
    articles=("le", "la", "les", "Le", "La", "Les"),
    title_connectors=("de", "du", "des", "et"),
    office_possessives=("son", "sa", "leur"),
    titles=("Mme", "M", "Mlle", "Me", "Président", "Présidente", "Ministre", "Docteur", "Dr"),
    offices=_words("affaires vice-président vice-présidente porte-parole commissaire ambassadeur ambassadrice "
                   "intérieur armées défense justice économie finances travail santé éducation culture "
                   "agriculture transports"),
    office_prefixes=("vice", "ex", "co"),
    # alone, mostly an adjective ("le camp centriste"): only before a name
    families=_words("centriste communiste gaulliste insoumis insoumise souverainiste villepiniste sarkozyste "
                    "chiraquien chiraquienne macroniste lepéniste mélenchoniste"),
    office_modifiers=_words("ancien ancienne ex actuel actuelle nouveau nouvelle futur future"),
    complementizers=(r"que\b", f"qu{_S}"),
    time_conjunctions=(rf"(?:avant|après|dès|pendant|jusqu{_S}à\s+ce)\s+qu(?:e\b|{_S})", rf"lorsqu(?:e\b|{_S})",
                       r"quand\b"),
    person_references=("elle", "lui", "sa", "son", "ses"),
    relative_pronouns=("qui",),
    subordinators=("quand", "lorsque", f"lorsqu{_S}", r"alors\s+que", r"après\s+que", r"avant\s+que", "si", "puisque",
                   r"parce\s+que", r"dès\s+que"),
    relative_openers=("qui", "que", f"qu{_S}", "dont"),
    conjunctions=("et", r"ainsi\s+que"),
    joined_verb_fillers=("a", "avait", "aura", "ensuite", "aussi", "alors", "plus", "tard", "depuis"),
    generic_party_words=_words("parti national nationale gauche droite union front democrate democratique "
                               "republique republicaine mouvement alliance peuple populaire verts vert"),
    prepositions=("avec", "à", "dans", "lors de", "pour", "contre", "par", "chez", "sur", "entre", "vers", "envers", "auprès de",
                  "après", "devant", "derrière", "sans", "sous", "de", "d", "face à", "malgré",
                  "du", "au"),  # "de le", "à le": "les agissements du président russe X" are his
    clause_breaks=(rf"(?:tandis|alors|parce|bien|sans|avant) qu(?:e\b|{_S})", rf"lorsqu(?:e\b|{_S})",
                   rf"puisqu(?:e\b|{_S})", r"quand\b"),
    clause_openers=_words("et mais tandis alors que qu lorsque quand où dont comme car puisque si puis aussi "
                          "enfin ensuite cependant pourtant toutefois néanmoins or donc aujourd hier mme m mlle me "
                          "ancien ancienne ex actuel actuelle") | frozenset(r.replace("\\", "") for r in _FR_ROLES),
    cleft_openers=(f"c{_S}est", r"ce\s+sont", f"c{_S}était", r"ce\s+furent"),
    not_names=_words(
        "mais et ou où selon pour par sur dans avec sans après avant depuis lors pendant entre contre vers chez sous "
        "il elle ils elles nous vous je tu on ce cette ces cet ça cela ceci son sa ses leur leurs notre nos votre "
        "vos mon ma mes en à ainsi alors aussi enfin puis or donc car si quand lorsque tandis seul seule seuls "
        "seules aucun aucune chaque tout tous toute toutes plusieurs certains certaines interrogé interrogée "
        "interrogés invité invitée publié publiée modifié hier aujourd premier première mme mlle m me "
        "président présidente ministre pas non oui jamais plus moins très ici là qui que quoi comment pourquoi "
        "une un dès face quelque quelques autre autres même lui eux ne cependant pourtant toutefois également "
        "ensuite désormais déjà encore longtemps plutôt surtout notamment environ près loin voici voilà "
        "lire réagir temps comme") | frozenset(_FR_WEEKDAYS) | frozenset(s for m in _FR_MONTHS for s in m)
    # infinitives that open a subheading (« Mettre Moscou et Kiev autour d'une table »), which
    # a page's text often runs into the next sentence: never a name's first word
    | _words("mettre éviter sortir quitter faire aider soutenir envoyer livrer armer réarmer négocier sanctionner "
             "rejoindre défendre garder rester refuser accepter obtenir relancer renforcer reconnaître prendre "
             "rendre changer construire reconstruire protéger préparer frapper arrêter stopper bloquer durcir "
             "maintenir retrouver sauver gagner perdre choisir dire aller venir tenir ouvrir fermer financer "
             "dépenser investir produire réduire augmenter répondre reprendre briser bâtir apaiser condamner "
             "dénoncer saluer appeler exiger réclamer rassurer convaincre mobiliser"),
    name_openers=_words("le la les l d du des de au aux"),
    elisions_cased=("L", "D"),
    adjectives=_words("français française allemand allemande russe américain américaine ukrainien ukrainienne "
                      "européen européenne européens britannique chinois chinoise polonais polonaise italien "
                      "italienne espagnol espagnole occidental occidentale occidentaux soviétique atlantique "
                      "transatlantique hongrois hongroise belge néerlandais néerlandaise grec grecque suédois "
                      "suédoise tchèque roumain roumaine finlandais finlandaise norvégien norvégienne danois danoise "
                      "autrichien autrichienne portugais portugaise turc turque israélien israélienne iranien "
                      "iranienne japonais japonaise canadien canadienne estonien estonienne letton lettone "
                      "lituanien lituanienne slovaque moldave géorgien géorgienne biélorusse serbe"),
    abbreviations=_words("mme mmes mm mlle dr pr st ste av apr env cf"),
    widgets=("(?:à )?lire (?:aussi|également)", "voir aussi", "sur le même sujet", "les plus (?:lus|partagés|commentés)",
             "réagir", r"réactions?(?: \(\d+\))?", "commentaires?", "publicité", "partager(?: cet article)?",
             f"s{_S}inscrire", "abonnez-vous", "mentions légales", "temps de lecture", "en savoir plus",
             "contenu sponsorisé", "sponsorisé", "à la une", "dans la même rubrique"),
    group_words=_words("parti union mouvement front gauche droite alliance ligue gouvernement ministère commission "
                       "conseil assemblée centre association kremlin liste rassemblement république insoumise "
                       "fédération comité sénat parlement état états otan radio journal agence syndicat cercle "
                       "institut fondation groupe"),
    date_phrases=(
        # "lundi", "jeudi dernier", "mardi matin", "le lundi 6 mai 2024", "dimanche 9 juin"
        rf"\b(?:(?:le|ce)\s+)?(?:{_FR_WEEKDAY_RE})(?:\s+\d{{1,2}}(?:er)?\s+(?:{_FR_MONTH_RE})(?:\s+\d{{4}})?)?"
        rf"(?:\s+(?:dernier|passé|prochain))?(?:\s+(?:{_FR_TIME_RE}))?(?![\w-])",
        # "le 13 avril", "15 avril 2024", "le 1er mai"
        rf"\b(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{_FR_MONTH_RE})(?:\s+\d{{4}})?\b",
        # "en 2018", "en mars 2021", "début 2023", "mi-2022"
        rf"\b(?:(?:en|depuis|début|fin|courant)\s+|mi-)(?:(?:{_FR_MONTH_RE})\s+)?(?:19|20)\d\d\b",
        # "en mars", "début avril", "mi-juin"
        rf"\b(?:(?:en|depuis|début|fin|courant)\s+|mi-)(?:{_FR_MONTH_RE})\b",
        # "hier", "hier soir", "aujourd'hui", "ce matin", "la semaine dernière", "le mois dernier",
        # "l'an dernier", "il y a deux semaines", "plus tôt cette semaine"
        rf"\b(?:avant-hier|hier(?:\s+(?:{_FR_TIME_RE}))?|aujourd{_S}hui|ce matin|ce soir|cet après-midi"
        rf"|(?:plus tôt\s+)?(?:cette semaine|ce mois-ci|cette année|ce week-end)"
        r"|(?:la|cette) semaine (?:dernière|passée)|le week-end (?:dernier|passé)|le mois (?:dernier|passé)"
        rf"|l{_S}(?:an|année) (?:dernier|dernière|passé|passée)"
        r"|il y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques) "
        r"(?:jours?|semaines?|mois|ans|années))(?![\w-])",
    ),
    date_labels=("date", "publié(?: le)?", r"mis à jour(?: le)?", "actualisé(?: le)?"),
    clause_hedges_cased=("[Ss]i", f"[Ss]{_S}ils?", "[Uu]ne fois", f"[Tt]ant qu(?:e|{_S})", f"[Àà] condition qu(?:e|{_S})",
                         "[Àà] condition de", f"[Dd]ès qu(?:e|{_S})", "[Ss]auf si", f"[Jj]usqu{_S}à ce qu(?:e|{_S})",
                         f"[Pp]ourvu qu(?:e|{_S})", f"[Aa]ussi longtemps qu(?:e|{_S})", "[Mm]ais",
                         f"[Ee]n cas d(?:e|{_S})", "[Aa]u cas où"),
    unqualifying_clauses=(rf"[Mm]ais\s+(?:aussi|surtout(?!\s+pas\b)|plutôt|parce qu(?:e|{_S}))",),
    word_hedges=("je crois", "je pense", "nous pensons", "je suppose", "selon moi", "à mon avis", "à mes yeux",
                 "peut-être", "probablement", "sans doute", "éventuellement", "à terme", "à long terme",
                 "le jour venu", f"pour l{_S}instant", "pour le moment", f"pour l{_S}heure", "dans un premier temps",
                 "semble-t-il", "paraît-il", "dit-on", "apparemment", "a priori", "en principe"),
    weekdays=_FR_WEEKDAYS,
    months=_FR_MONTHS,
    last_words=("dernier", "passé"),
    times_of_day=_FR_TIMES,
    today_words=("ce matin", "ce soir", "cet après-midi", "ce midi"),
    date_rewrites=((rf"\bl{_S}an (dernier|passé)\b", "l'année dernière"), (r"\bplus tôt\s+", ""),
                   (r"^(?:début|fin|courant) |^mi-", "en ")),
    stemmer="french",
    # (not « il reste dans l'OTAN des divisions »)
    staying=(r"(?<!\bil\s)\b(?:rest(?:er|e|ent|era|erait|ons|erons|eront)|demeur(?:er|e|ent|era|erait))\s+"
             rf"(?:dans|au\s+sein)\s+{_FR_LEAVABLE}",),
    # the leaving verb or noun, a negation, France at most, then what is left: not « l'Union
    # soviétique », « le retrait de l'OTAN d'Afghanistan »
    leaving_phrases=(r"\b(?:sort(?:ir|ie|ies|ent|ons|ez|ira|irait|irons|iront|ait|aient|ions|iez|ant|i|is)"
                     r"|quitt(?:er|e|es|ent|ons|ez|era|erait|erons|eront|erions|ait|aient|ions|iez|ant|é|ée|és|ées)"
                     r"|(?:se\s+|nous\s+)?retir(?:er|e|ent|ons|era|erait|ait|aient)(?=\s+(?:de|d['’])))"
                     r"(?:\s+(?:pas|jamais|plus|point))?(?:\s+(?:de\s+)?(?:la\s+France|notre\s+pays))?"
                     rf"\s+{_FR_LEAVABLE}(?:\s+(?:atlantique|européenne))?(?!\s+(?:{_FR_NOT_LEFT})\b)",
                     rf"\b(?:retrait|départ)(?:\s+de\s+(?:la\s+France|notre\s+pays))?\s+{_FR_LEAVABLE}"
                     rf"(?:\s+(?:atlantique|européenne))?(?!\s+(?:{_FR_NOT_LEFT}|d['’]|de\s|du\s|des\s))",
                     r"\bFrexit\b"),
    denying_phrases=((r"\bne\s+(?:\w+\s+){0,2}?(?:plus|pas|jamais)\s+(?:compter|s['’]appuyer|se\s+reposer)"
                      r"\s+sur\s+(?:les\s+États-Unis|l['’]Amérique|Washington|nos\s+alliés\s+américains)\b"
                      r"(?!\s+(?:seul|seuls|uniquement|seulement|aveuglément|comme\s+avant|comme\s+par\s+le\s+passé)\b)",
                      "reliable"),),
    not_left=_FR_NOT_LEFT + "|sommet|processus|négociations",
    described_plans=(r"\b(?:leur|son|sa)\s+(?:\w+\s+)?(?:plan|projet|objectif|programme|but|intention)"
                     r"\s+(?:est|était|serait)\s+de\s+",
                     r"\bn['’]\s*(?:a|ont|avait|avaient)\s+jamais\s+(?:\w+\s+)?(?:proposé|demandé|prôné|réclamé)\s+de\s+",
                     r"\baccus\w*\s+(?:[\w'’-]+\s+){1,8}?d(?:e\s+|['’]\s*)(?:vouloir\s+|préparer\s+|chercher\s+à\s+)?"),
    unexcluding=(r"\bn['’]\s*exclu(?:t|ent|ons|ait|aient)\s+pas\b",
                 r"\bn['’]\s*(?:a|ont|avait)\s+pas\s+exclu\b",
                 r"\b(?:rien|pas)\s+ne\s+(?:doit|peut|devrait|saurait)\s+être\s+exclu\b",
                 r"\bn['’]\s*(?:est|était|sera)\s+pas\s+(?:exclue?s?|impensable)\b",
                 r"\bne\s+(?:doit|peut|devrait)\s+pas\s+être\s+exclue?s?\b"),
    opposing=(r"\boppos\w*", r"\brejet\w*", r"\brejett\w*", r"\bhostiles?\b", r"\brefus\w*", r"\bcontre\b",
              r"\bveto\b"),
    shelving=(r"\b(?:n['’]\s*(?:est|était|étaient)|ne\s+(?:sont|serait|seraient|sera|seront|figure|figurent))\s+"
              r"[«“\"]?\s*(?:pas|plus|jamais)\s+(?:\w+\s+)?[«“\"]?\s*(?:(?:à|dans)\s+[«“\"]?\s*l['’]\s*ordre\s+du\s+jour"
              r"|sur\s+la\s+table)\b",
              r"\b(?:n['’]\s*(?:est|était|étaient)|ne\s+(?:sont|serait|seraient|sera|seront))\s+[«“\"]?\s*(?:pas|plus)\s+"
              r"d['’]\s*actualité\b"),
    unshelved=(r"\b(?:allègement|assouplissement|levée|suspension|arrêt|baisse|gel|fin|abandon|report|dates?|calendrier"
               r"|échéances?|troupes)\b",),
    shelving_doubts=(r"\b(?:tant\s+que|si|même\s+si|bien\s+que|regrett\w*|déplor\w*|pas\s+vrai|personne|pourquoi)\b",),
    # what is left named after it, or stood for by « y » (« Concernant l'OTAN, nous n'avons rien à y faire »)
    disowning=(rf"{_FR_SUBJECT_NE}{_FR_HAS}{_FR_NO_PLACE}\s*[»\"”]?\s*(?:dans|au\s+sein)\s+{_FR_LEAVABLE}",
               rf"{_FR_SUBJECT_NE}y\s+{_FR_HAS}{_FR_NO_PLACE}",
               rf"{_FR_SUBJECT_NE}{_FR_HAS}(?:plus\s+)?rien\s+à\s+y\s+faire"),
    # "n" is the elided "ne" of "n'est", "n'a".
    condemnations=(r"\binefficaces?\b", r"\binutiles?\b", r"\bcontre-producti(?:f|fs|ve|ves)\b", r"\babsurdes?\b",
                   r"\bstupides?\b", r"\binjust(?:e|es|ifiée|ifiées)\b", r"\bna(?:ïf|ïfs|ïve|ïves)\b", r"\bnéfastes?\b",
                   r"\bune (?:grave |lourde |véritable )?erreur\b", r"\bun (?:véritable |total )?échec\b",
                   r"\bser(?:t|vent) (?:strictement |absolument )?à rien\b",
                   r"\bpas à l['’]ordre du jour\b", r"\bhors de question\b", r"\bune provocation\b"),
    carve_contrasts=("mais",),
    carve_exceptions=(r"sauf(?=\s+(?:celles?|ceux|celui|les|la|le|l['’]))", r"à l['’]exception (?:de celles?|de ceux|de celui|des?|du)",
                      r"hormis(?=\s+(?:celles?|ceux|celui|les|la|le|l['’]))"),
    anaphors=_words("celui celle ceux celles"),
    quantifiers=_words("tous toutes tout chacun aucun aucune personne nul"),
    yes_words=("oui",),
    no_words=("non", "jamais", "pas"),
    failures=(r"\bne\s+(?:fonctionnent|marchent|fonctionne|marche)\s+pas\b",
              r"\bn['’](?:ont|a)\s+pas\s+(?:fonctionné|marché)\b", r"\b(?:ont|a)\s+échoué\b"),
    weakenings=(r"\b(?:lev(?:er|ée|ées)|suspen\w*|abandon\w*|romp\w*|ruptur\w*|affaibl\w*|supprim\w*|suppression|"
                r"allég\w*|assoupl\w*|réduir\w*|mettre fin|en finir)",),
    tightenings=(r"\b(?:durci\w*|renforc\w*)",),
    copulas=("est", "sont", "était", "étaient", "serait", "seraient", "sera", "seront", "a été", "ont été", "restent",
             "reste", "ne"),
    claimers=("dire", "prétendre", "ceux", "celles"),
    denials=("pas", "jamais", "nullement", "ni", "loin d['’]être"),
    other_things=_words("sans contre"),
    negations=("ne", "n", "pas", "jamais", "non", "sans", "contre", r"oppos\w*", r"rejet\w*", r"rejett\w*",
               r"refus\w*"),
    negating_prepositions=(("contre", "against"), ("sans", "without")),
    negation_idioms=(r"\bnon seulement\b", r"\bsans (?:aucun )?doute\b", r"\b(?:un|le|ce|premier|grand|petit) pas\b",
                     r"\bcontre-", r"\bnon-", r"^\W*non\b(?=\s*,)", r"\bne\s+peu(?:t|vent|x)\s+(?:pas\s+)?nier\b",
                     r"\bn(?:e\s+|['’])\w+(?:\s+\w+)?\s+(?:pas|jamais|plus)\s+(?:contre|opposée?s?|hostiles?)\b"),
    # Foreign-policy and defence words: what codebooks of political positions are about.
    # Each entry is forms of one word and the English it stands for; a form matches by
    # its stem when the stem has five letters or more, else only as written ("sortie",
    # not "sorte"), as does a form marked "=" ("=commandement", not "commande").
    glosses=(
        ("otan atlantique", "NATO"), ("quitter", "leave"), ("sortir sortie sorties sortira sortirait sorti", "leave"),
        ("retrait retirer", "withdraw"), ("=commandement =commandements", "command"),
        ("=intégré =intégrée =intégrés", "integrated"), ("réintégrer réintégration", "rejoin"),
        ("retour =revenir =reviendra =reviendrait", "return"), ("=rester =reste =restera =resterait =restent", "remain"),
        ("russie russe russes moscou kremlin", "Russia"), ("poutine", "Putin"), ("ukrainien kiev kyiv", "Ukraine"),
        ("guerre", "war"), ("agression", "aggression"), ("sanction embargo", "sanctions"),
        ("économique", "economic"), ("maintenir", "maintain"), ("renforcer durcir", "tighten"),
        ("lever levée levées", "lift"), ("américain amérique washington", "States"), ("états", "states"),
        ("unis", "united"), ("allié alliée alliés alliées", "ally"), ("fiable", "reliable"), ("partenaire partenariat", "partner"),
        ("adversaire ennemi", "adversary"),
 ("rapprochement", "rapprochement"), ("=rapprocher", "closer"),
        ("relation lien liens", "ties"), ("amitié =dialogue", "~ties"), ("autonomie", "autonomy"),
        # « efforts bilatéraux » (not « rapports »: as often reports as relations; nor « coopération »)
        ("bilatéral bilatéraux bilatérale bilatérales", "~ties"),
        ("stratégique", "strategic"),
        ("souveraineté souverain", "sovereignty"), ("indépendance indépendant", "independent"),
        ("alignement", "alignment"), ("militaire", "military"), ("=militairement", "militarily"),
        ("diplomatique diplomatie", "diplomatic"), ("défense réarmer réarmement", "defence"), ("armée armées", "army"),
        ("=arme =armes =armement =armements", "weapons"), ("munition obus", "ammunition"),
        ("dépense budget crédits", "spending"), ("augmenter hausse", "increase"), ("fournir", "supply"),
        ("livrer livré livrés livrées livraison livraisons", "supply"),
        ("soutien soutenir soutient soutenu aider", "support"),
        ("aide aides aider aidons armer =côtés solidarité fournir livrer livré livrés livrées livraison livraisons",
         "~back"),
        ("adhésion adhérer", "membership"), ("frexit", "leave European Union"), ("membre", "member"),
        ("admettre admis admise", "admit"),
        ("=accueillir =accueille =accueillent", "admit"), ("élargissement élargir", "enlargement"),
        ("moldavie", "Moldova"), ("géorgie", "Georgia"), ("balkans", "Balkans"),
        ("responsable responsabilité coupable agresseur", "responsible"), ("nucléaire atomique", "nuclear"),
        ("dissuasion", "deterrent"), ("parapluie protéger protection", "protect"), ("partager partage", "share"),
        ("étendre", "extend"), ("obligatoire", "compulsory"), ("conscription", "conscription"),
        ("rétablir", "restore"), ("instaurer", "introduce"), ("emprunt dette dettes", "debt"),
        ("=obligations", "bonds"), ("=commun =communs", "common"), ("conjoint mutualiser", "joint"),
        ("européen", "European"), ("europe", "Europe"), ("union", "union"), ("pays", "country"),
    ),
    phrase_glosses=((r"\b(?i:sort(?:ir|ie|ies|ent|ions|ez|ira|irait)?|quitt(?:er|e|ent|ons|ez|era|erait)|retrait|départ)"
                     r"\s+(?:de\s+)?l['’]\s*UE\b", "leave European Union"),
                    # la Russie appelée une menace ou une ennemie: une adversaire
                    *((calling, "adversary") for calling in _FR_ADVERSARY),
                    # une armée ou une défense de l'Europe: son militaire (« l'Europe de la défense »)
                    (r"(?i:\b(?:armée|défense|force)s?\s+(?:commune\s+)?européennes?\b|\bEurope\s+de\s+la\s+défense\b"
                     r"|\b(?:défense|armée)\s+de\s+l['’]\s*Europe\b)", "Europe military"),
                    # vassal des États-Unis, « la tutelle américaine »: pas indépendant
                    (r"\b(?:vassa\w+|inféodée?s?|tutelle)\b[^.;]{0,80}(?:\b[aA]méricaine?s?\b|États-Unis|\bWashington\b"
                     r"|\bAmérique\b)|(?:\b[aA]méricaine?s?\b|États-Unis|\bWashington\b|\bAmérique\b)[^.;]{0,80}"
                     r"\b(?:vassa\w+|inféodée?s?|tutelle)\b", "independent")),
    adversary_callings=_FR_ADVERSARY,
)

LEXICONS: dict[str, Lexicon] = {lexicon.code: lexicon for lexicon in (ENGLISH, FRENCH)}


def merge(*lexicons: Lexicon) -> Lexicon:
    """One lexicon holding the words of all of `lexicons` (their code joined by "+")."""
    values: dict[str, object] = {"code": "+".join(lex.code for lex in lexicons)}
    for f in fields(Lexicon):
        if f.name == "code":
            continue
        parts = [getattr(lex, f.name) for lex in lexicons]
        if isinstance(parts[0], bool):
            values[f.name] = any(parts)
        elif isinstance(parts[0], frozenset):
            values[f.name] = frozenset().union(*parts)
        elif f.name in ("weekdays", "months", "stemmer"):
            values[f.name] = parts[0]  # calendars do not merge: each lexicon resolves its own phrases
        else:
            values[f.name] = tuple(dict.fromkeys(item for part in parts for item in part))
    return Lexicon(**values)  # type: ignore[arg-type]


ALL = merge(*LEXICONS.values())


@cache
def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon of `language` (an ISO 639-1 code); all of them merged when it has none
    of its own or is unknown."""
    return LEXICONS.get(language or "", ALL)


# -- word lists the miner reads in every language at once --------------------------------
# Verbs of saying alone, which attribute a quotation before them and take no clause
# ("“...” Paul Verdier told reporters in Kyiv", « ... » Paul Verdier l'a répété lundi).
SAYING_VERBS = ("said", "says", "told", "added", "stated", "declared", "insisted", "stressed", "asked", "explained",
                "wrote", "replied", "dit", "déclaré", "affirmé", "ajouté", "répété", "expliqué", "souligné", "insisté",
                "écrit")
# Words that may stand between a closing attribution's subject and its verb
# (", Prime Minister Viktor Orban has said", "Finland's foreign minister has said").
CLOSING_AUXILIARIES = frozenset({"has", "had", "have", "a", "avait", "also", "then", "aussi", "s"})
# A country's name and its nationality that share no first letters, folded.
UNLIKE_NATIONALITIES = (
    ("uk", "british"), ("britain", "british"), ("unitedkingdom", "british"), ("netherlands", "dutch"),
    ("holland", "dutch"), ("us", "american"), ("usa", "american"), ("unitedstates", "american"),
    ("america", "american"), ("denmark", "danish"), ("switzerland", "swiss"), ("paysbas", "neerlandais"),
    ("royaumeuni", "britannique"), ("etatsunis", "americain"), ("suisse", "helvetique"),
)
# A broadcast transcript's labels for someone it does not name ("UNIDENTIFIED PERSON:").
UNNAMED_LABELS = ("UNIDENTIFIED", "PERSON", "HOST", "ANCHOR", "CROSSTALK", "BYLINE")
# Articles that never open a person's name: a plural ("Les Républicains", "The Greens") or a
# lower-case one, which makes the run a noun phrase ("le Brexit"); "Le Pen" is a surname.
COMMON_ARTICLES = frozenset({"Les", "The", "le", "la", "les", "the"})
# Passive auxiliaries before a participle: "has been called", "was described", « a été qualifié ».
PASSIVE_AUXILIARIES = ("been", "being", "was", "were", "is", "are", "été", "est", "sont")
# Subject pronouns of the first person (a reporter's "our", « nos informations » are none).
FIRST_PERSON_SUBJECTS = ("we", "je", "nous")
