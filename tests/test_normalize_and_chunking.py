"""Dates resolved in code, canonical names, and chunks that never drop text."""

from __future__ import annotations

import pytest

from summarize.chunking import merge_positions, split_into_chunks
from summarize.corpus import load_aliases
from summarize.normalize import NameNormalizer, resolve_date
from summarize.records import Evidence, Position
from tests.conftest import CORPUS


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("on Monday", "2022-04-06", "2022-04-04"),       # a Wednesday: the Monday before
        ("on Wednesday", "2022-04-06", "2022-04-06"),    # same day
        ("last Friday", "2022-04-08", "2022-04-01"),     # "last" on that weekday: a week back
        ("yesterday", "2022-03-01", "2022-02-28"),
        ("last month", "2022-01-15", "2021-12"),
        ("last year", "2022-01-15", "2021"),
        ("In 2018", None, "2018"),
        ("on 3 April", "2022-04-06", "2022-04-03"),
        ("on December 24", "2022-01-05", "2021-12-24"),  # no year: the most recent one
        ("in March 2021", None, "2021-03"),
        ("on Monday", None, None),                        # relative, nothing to anchor it
        ("on Monday", "2022-04", "2022-04"),              # a day of the week before a month's publication: its month
        ("on Monday", "2022", "2022"),                    # before a year's: its year
        ("on Monday", "2022-13", None),                   # no month 13: nothing to anchor it
        ("next Monday", "2022-03-16", "2022-03-21"),      # (from a review) a day to come, not the last one
        ("next Wednesday", "2022-03-16", "2022-03-23"),
        ("next Monday", "2022-03", None),                 # within the month or after it
        # a month of publication dates what it dates alike on its first and last day
        ("on April 1", "2022-04", "2022-04-01"),
        ("on December 24", "2022-04", "2021-12-24"),
        ("last month", "2022-04", "2022-03"),
        ("on April 25", "2022-04", None),                 # 2021 if published on 1 April
        ("on April 1", "2022", None),                     # a year: 2021 or 2022
        ("last year", "2022", "2021"),
        ("on April 1", "2022-13", None),                  # no month 13: nothing to anchor it
        ("last year", "2022-00", None),
        ("on April 1", "9999-12", "9999-04-01"),          # the calendar's last month
        ("last month", "0001-01-15", None),               # before the calendar's first
        ("last March", "2022-03-15", "2021-03"),          # said in March: a year back
        ("last March", "2022-06-15", "2022-03"),
        ("in March", "2022-03-15", "2022-03"),
        ("Monday 1 April", "2025-04-06", "2024-04-01"),   # 1 April 2025 is a Tuesday
        ("Monday 1 April", "2022-04-06", None),           # a Friday in 2022, a Thursday in 2021
        ("he may leave", "2022-01-01", None),             # "may" the verb is not May
        ("after the press conference", "2022-01-01", None),
    ],
)
def test_resolve_date(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("mercredi", "2023-11-24", "2023-11-22"),         # a Friday: the Wednesday before
        ("jeudi", "2023-06-08", "2023-06-08"),            # same day
        ("jeudi dernier", "2024-04-15", "2024-04-11"),
        ("jeudi dernier", "2023-06-08", "2023-06-01"),    # "dernier" on that weekday: a week back
        ("Dimanche", "2023-12-05", "2023-12-03"),
        ("mardi matin", "2025-05-20", "2025-05-20"),      # a time of day keeps the day
        ("lundi soir", "2024-06-04", "2024-06-03"),
        ("hier", "2023-11-24", "2023-11-23"),
        ("hier soir", "2024-06-04", "2024-06-03"),
        ("avant-hier", "2024-06-04", "2024-06-02"),
        ("aujourd'hui", "2024-06-04", "2024-06-04"),
        ("ce matin", "2024-06-04", "2024-06-04"),
        ("Le 13 avril", "2024-04-15", "2024-04-13"),
        ("le 1er mai", "2024-06-04", "2024-05-01"),
        ("le 24 décembre", "2024-01-05", "2023-12-24"),   # no year: the most recent one
        ("mardi 1er mars", "2022-03", "2022-03-01"),      # published in March 2022
        ("hier", "2022-03", "2022-03"),
        ("dimanche dernier", "2022-02", "2022-02"),
        ("dimanche 9 juin", "2024-06-04", "2024-06-09"),  # the year in which 9 June is a Sunday
        ("lundi 6 mai 2024", None, "2024-05-06"),
        ("la semaine dernière", "2023-11-24", "2023-11"),  # 13-19 November: its month
        ("la semaine dernière", "2024-03-06", "2024"),     # 26 February - 3 March: its year
        ("Il y a deux semaines", "2024-06-04", "2024-05"),
        ("il y a trois jours", "2024-06-04", "2024-06-01"),
        ("Le mois dernier", "2024-06-04", "2024-05"),
        ("le mois dernier", "2024-01-15", "2023-12"),
        ("l'an dernier", "2024-04-15", "2023"),
        ("l’année dernière", "2024-04-15", "2023"),
        ("cette année", "2024-04-15", "2024"),
        ("En 2018", None, "2018"),
        ("en mars 2021", None, "2021-03"),
        ("en mars", "2024-06-04", "2024-03"),
        ("fin mars", "2024-06-04", "2024-03"),
        ("début 2023", None, "2023"),
        # relative, nothing to anchor it: null, as in English
        ("mercredi", None, None),
        ("hier", None, None),
        ("Le mois dernier", None, None),
        ("le 13 avril", None, None),
        ("Il y a deux semaines", None, None),
        ("jeudi dernier", "2024-04", "2024-04"),          # its month, as "dimanche dernier" above
        ("Lors du même meeting", "2025-10-13", None),     # points back to another statement
    ],
)
def test_resolve_french_dates(text, published, expected):
    assert resolve_date(text, published) == expected


def test_alias_table_gives_canonical_speakers_and_parties():
    names = NameNormalizer(load_aliases(CORPUS / "aliases.yaml"))
    assert names.speaker("Melenchon") == "Jean-Luc Mélenchon"
    assert names.speaker("the Kremlin") == "Russia"
    assert names.speaker("Someone Else") == "Someone Else"
    assert names.party("France Unbowed") == "La France Insoumise"
    assert names.party("LaREM") == "Renaissance"
    assert names.party("  ") is None


@pytest.mark.parametrize("size", [200, 997, 5000])
def test_chunks_cover_the_whole_text_with_overlap(size):
    text = (CORPUS / "articles" / "003_66dec7abc7e8d417.txt").read_text()
    chunks = split_into_chunks(text, size)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    assert all(len(c.text) <= size for c in chunks)
    assert all(c.text == text[c.start:c.end] for c in chunks)
    assert all(b.start < a.end for a, b in zip(chunks, chunks[1:]))  # overlapping: no gap


def _pos(speaker, stance, evidence, date=None):
    return Position(speaker=speaker, issue="leave_nato", stance=stance, date=date,
                    evidence=[Evidence(text=e) for e in evidence])


def test_merge_unites_one_occasion_and_keeps_distinct_dates_apart():
    merged, warnings = merge_positions([
        [_pos("Jean-Luc Mélenchon", "support", ["a"])],
        [_pos("jean-luc melenchon", "support", ["a", "b"]), _pos("Jean-Luc Mélenchon", "support", ["c"], "2018")],
    ])
    assert [(p.date, [e.text for e in p.evidence]) for p in merged] == [(None, ["a", "b"]), ("2018", ["c"])]
    assert warnings == []


def test_merge_reports_conflicting_stances():
    _, warnings = merge_positions([[_pos("A", "support", ["a"])], [_pos("A", "oppose", ["b"])]])
    assert warnings and "disagree" in warnings[0]


@pytest.mark.parametrize(
    "model_date,date_text,published,expected",
    [
        ("2023-05-12", "on Monday", None, None),                  # invented: 2023 is not in the article
        ("2022-04-02", "on Monday", "2022-04-06", "2022-04-04"),  # resolved in code wins
        ("2018", "in 2018", None, "2018"),
        ("2022-03", None, None, "2022-03"),                       # the article mentions 2022
        (None, None, None, None),
    ],
)
def test_settle_date(model_date, date_text, published, expected):
    from summarize.normalize import settle_date

    date, warning = settle_date(model_date, date_text, published, "In 2018 he spoke; in 2022 he spoke again.")
    assert date == expected
    assert (warning is not None) == (model_date is not None and model_date != expected)


def test_a_party_written_with_extra_words_is_still_recognized():
    names = NameNormalizer(load_aliases(CORPUS / "aliases.yaml"))
    assert names.party("left-wing La France Insoumise (Unsubmissive France)") == "La France Insoumise"
    assert names.party("La France Insoumise (LFI)") == "La France Insoumise"
    assert names.party("the far-right National Rally") == "Rassemblement National"
    assert names.party("LFI and RN") == "LFI and RN"  # two parties: not guessed
