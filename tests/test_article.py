"""Bad input gets a clear error naming the file; good input keeps its metadata."""

from __future__ import annotations

import json

import pytest

from summarize import InputError, load_article
from summarize.article import build_article
from summarize.ingest import article_from_text


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty article"),
        (b"   \n\t\n", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 cr\u00e8me".encode("latin-1"), "not valid UTF-8"),
        (bytes(range(1, 31)) * 20, "binary content"),
    ],
)
def test_unusable_files_get_a_clear_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        load_article(tmp_path)


def test_an_explicit_encoding_reads_a_legacy_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a parlé.".encode("cp1252"))
    assert load_article(path, encoding="cp1252").text == "Le président a parlé."


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Macron a parlé.".encode("utf-16"))
    assert load_article(path).text == "Macron a parlé."


def test_oversized_article_is_refused_not_truncated(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputError, match="above the 100 limit"):
        load_article(path, max_chars=100)


def test_html_page_is_reduced_to_its_article_text():
    html = """<!DOCTYPE html><html><head><title>NATO row</title>
    <meta property="article:published_time" content="2022-04-03T10:00:00Z">
    <script>var x = "ignore me";</script></head><body><nav>Home | World</nav>
    <article><h1>NATO row</h1><p>Le Pen said she would leave the command.</p>
    <p>Macron disagreed &amp; said so.</p></article><footer>© Outlet</footer></body></html>"""
    article = article_from_text(html)
    assert article.title == "NATO row"
    assert article.published == "2022-04-03"
    assert "Le Pen said she would leave the command." in article.text
    assert "Macron disagreed & said so." in article.text
    for junk in ("ignore me", "Home | World", "© Outlet"):
        assert junk not in article.text


def test_corpus_meta_and_front_matter_supply_metadata(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "meta").mkdir()
    (corpus / "articles" / "a1.txt").write_text("Headline\n\nBody text here.")
    (corpus / "meta" / "a1.json").write_text(json.dumps({"outlet": "Le Monde", "published": "2022-04-01"}))
    article = load_article(corpus / "articles" / "a1.txt")
    assert (article.title, article.outlet, article.published) == ("Headline", "Le Monde", "2022-04-01")

    fm = build_article("---\ntitle: T\npublished: 2021-05-02\n---\nBody.", article_id="x")
    assert (fm.title, fm.published, fm.text) == ("T", "2021-05-02", "Body.")


def test_a_bad_published_date_is_an_input_error():
    with pytest.raises(InputError, match="published"):
        build_article("Body.", article_id="x", published="last week")


@pytest.mark.parametrize("text,expected", [
    ("# Title\n\n**Kumaran Ira**\n3 April 2022\n\nBody.", "2022-04-03"),
    ("Title\nPublished: Sunday, April 3, 2022\nBody.", "2022-04-03"),
    ("Skip to main content\n\nPublished on March 21, 2014\nStatement by the President\n\nBody.", "2014-03-21"),
    ("Title\n2021-12-24\nBody.", "2021-12-24"),
    ("Title\nIn 3 April 2022 he said things.\nBody.", None),  # a sentence, not a dateline
    ("Title\n31 February 2022\nBody.", None),
    # French datelines, and agency datelines opening the lede in either language
    ("Titre\n\nPublié le 24 novembre 2023 à 18h40\n\nCorps.", "2023-11-24"),
    ("Titre\n\nPublié le 30 janvier 2024 à 14h52, modifié le 30 janvier 2024 à 15h10\n\nCorps.", "2024-01-30"),
    ("Titre\n\nLundi 6 mai 2024\n\nPARIS - La Première ministre a parlé.", "2024-05-06"),
    ("Titre\n\nPARIS, 15 avril 2024 (AFP) - À dix jours du Conseil européen, le gouvernement propose.", "2024-04-15"),
    ("Titre\n\nNANTES, 1er octobre 2025 (AFP) - La candidate a promis dimanche de partir.", "2025-10-01"),
    ("Title\n\nROME, 12 July 2023 — Giulia Ferrante broke with her party leader on Tuesday.", "2023-07-12"),
    ("Titre\n\nLe 15 avril 2024, il a parlé à Lille.\n\nCorps.", None),  # a sentence, not a dateline
    ("Titre\n\nPublié le 30 février 2024\n\nCorps.", None),
    # a crawler's stamp before the page's text, its date partial or not
    (" date 2023-04-21 Ramstein (Germany): All NATO allies have agreed.\n\nBody.", "2023-04-21"),
    (" date 2024-01 «Symboliquement, nous avons voulu libérer la France», a-t-il dit.", "2024-01"),
    # the day a partial stamp leaves out, from the address on its line, where it agrees
    (" date 2023-02 https://fr.example.com/20230207/un-combat-1057857465.html\n\nCorps.", "2023-02-07"),
    (" date 2023-02 https://www.example.com/2023/02/07/a-story/\n\nBody.", "2023-02-07"),
    (" date 2023-02 https://fr.example.com/20220207/un-combat-1057857465.html\n\nCorps.", "2023-02"),
    (" date 2023-02 https://fr.example.com/20230231/un-combat-1057857465.html\n\nCorps.", "2023-02"),
    # (from a review) a blog title's number, an archive's own stamp, an address further on the line
    (" date 2023-02 https://blog.example.com/2023/02/10-takeaways-from-munich/\n\nBody.", "2023-02"),
    (" date 2023-02 https://web.archive.org/web/20230215/https://ex.com/a\n\nBody.", "2023-02"),
    (" date 2023-02 Le député https://ex.com/20230207/a-story/\n\nCorps.", "2023-02"),
    # a time before the date; an ISO time stamp; numbers with points; a wire's or a blog's words after it
    ("Title\n\n20:18, 24 January 2017\n\nBody.", "2017-01-24"),
    ("Title\n2022-04-13T13:21+0000\nBody.", "2022-04-13"),
    ("Title\n13.04.2022, Sputnik International\nBody.", "2022-04-13"),
    ("Title\nJune 14, 2017 in Uncategorized\nBody.", "2017-06-14"),
    ("Title\n2022-06-13 0 By\nBody.", "2022-06-13"),
    ("Title\nJune 24, 2022 in Europe, Ukraine, Politics\nBody.", "2022-06-24"),
    ("Title\n\nApril 13, 2022 Reuters\n\nBody.", "2022-04-13"),
    ("Press release\n\nDate: 2024-03-12\n\nThe Ministry of Foreign Affairs announced new sanctions.", "2024-03-12"),
    # a bracketed dateline opening the lede
    ("Titre\n\n(Rome, 13 avril 2022). « Je travaillerai pour un rapprochement », a-t-elle dit.", "2022-04-13"),
    ("Title\n5 December 2023 by Jane Smith\nBody.", "2023-12-05"),
    ("Title\n14.06.2017, 10:45\nBody.", "2017-06-14"),
    # a clause after a date is a sentence, not a dateline; no 31 February however written
    ("Titre\n\n15 avril 2024, il a parlé à Lille.\n\nCorps.", None),
    ("Title\n\nMarch 20, 2022 changed everything.\n\nBody.", None),
    ("Title\n31.02.2022, Sputnik International\nBody.", None),
    # (from a review) a headline that opens on a date in history; a headline's "Date"
    ("September 11, 2001 Attacks Remembered\n\nTwenty years on, New York paused.", None),
    ("12.03.1999 NATO\n\nPoland, Hungary and the Czech Republic joined NATO 25 years ago.", None),
    ("Date 2027 : la présidentielle déjà dans toutes les têtes\n\nCorps.", None),
])
def test_a_dateline_under_the_headline_is_the_published_date(text, expected):
    assert build_article(text, article_id="x").published == expected


def test_the_corpus_article_with_a_dateline_gets_its_date():
    from tests.conftest import CORPUS

    assert load_article(CORPUS / "articles" / "003_66dec7abc7e8d417.txt").published == "2022-04-03"
    assert load_article(CORPUS / "articles" / "000_4f65af8bd44526b5.txt").published is None


def test_every_french_challenge_dateline_gives_the_gold_publication_date():
    from tests.conftest import ROOT

    corpus = ROOT / "evals" / "corpus" / "challenge-fr"
    for path in sorted((corpus / "articles").glob("*.txt")):
        gold = json.loads((corpus / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert build_article(path.read_text(encoding="utf-8"), article_id=path.stem).published == gold["published"]


@pytest.mark.parametrize("text,expected", [
    ("Le ministre des Armées a annoncé jeudi une nouvelle hausse du budget militaire, a-t-il déclaré.", "fr"),
    ("Marine Le Pen said on Monday that France should leave NATO's integrated command.", "en"),
    ("Die Bundesregierung hat am Dienstag eine neue Sicherheitsstrategie vorgestellt.", "de"),
    ("El Gobierno aprobó el martes una nueva estrategia de seguridad nacional para el país.", "es"),
    ("mercredi", None),                       # a phrase: too short to tell (it reads as English)
    ("2024-04-15 12:00 — 3,5 % — 1966", None),  # no language in it
])
def test_the_language_of_a_text_is_detected(text, expected):
    from summarize.language import detect_language

    assert detect_language(text) == expected


def test_an_article_records_its_detected_language():
    from tests.conftest import CORPUS, ROOT

    assert load_article(ROOT / "evals/corpus/challenge-fr/articles/006_pronoun.txt").language == "fr"
    assert load_article(CORPUS / "articles" / "003_66dec7abc7e8d417.txt").language == "en"
    assert build_article("Brief.", article_id="x").language is None


def test_characters_the_detector_rejects_are_blanked_not_a_failure():
    # CLD2 refuses control characters, lone surrogates and noncharacters ("input contains
    # invalid UTF-8"); scraped pages carry them. The letters around them still tell.
    from summarize.language import detect_language

    lede = "Le ministre des Armées a annoncé jeudi une nouvelle hausse du budget militaire."
    for odd in ("\x00", "\x03", "\x7f", "\x85", "\ud800", "\ufdd0", "\ufffe", "\U0010ffff"):
        assert detect_language(f"{lede[:30]}{odd}{lede[30:]}") == "fr", repr(odd)
