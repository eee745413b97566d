"""An article: checked text plus whatever metadata came with it.

Every refusal is an `InputError` naming the input and saying what to do, because in a
batch one bad article must be reported and skipped, never crash the run or be guessed
at. Reading files, web pages and feeds is `summarize.ingest`'s job; this module turns
their text and metadata into an `Article`. A leading `---` YAML front-matter block is
read as metadata and removed; evidence offsets then count from the first character
after it. Without a published date in metadata, a dateline under the headline
("3 April 2022", "Publié le 15 avril 2024", "PARIS, 15 avril 2024 (AFP) -") is taken,
since relative dates ("last Friday", "jeudi dernier") can only be resolved against it. The article's language is detected from its text (`summarize.language`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from summarize.errors import InputError
from summarize.language import detect_language
from summarize.lexicons import ENGLISH, LEXICONS, UPPER
from summarize.records import check_partial_date

DEFAULT_MAX_CHARS = 2_000_000
# Control characters other than tab, newline, form feed and carriage return: binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and what is known about it. `text` is what offsets index."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: Path | None = None
    language: str | None = None  # ISO 639-1, detected from the text (`summarize.language`)

    @property
    def source(self) -> str:
        """How errors and warnings name this article: its file, else its URL, else its id."""
        return str(self.path) if self.path else self.url or self.id


def article_id_for_text(text: str) -> str:
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def decode_bytes(data: bytes, *, source: str | Path, encoding: str | None = None) -> str:
    """UTF-8 (or a BOM-marked UTF-16/32) unless told otherwise; never a silent guess."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot decode as {encoding}: {exc}", source=source) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="strict")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not an article", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "if you know its encoding pass --encoding (e.g. --encoding cp1252)",
            source=source,
        ) from None


def _check_text(text: str, source: str | Path, max_chars: int) -> None:
    if not text.strip():
        raise InputError("empty article (no text)", source=source)
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > 0.05 * min(len(text), 8192):
        raise InputError("binary content (many control characters), not an article", source=source)
    if len(text) > max_chars:
        raise InputError(
            f"article has {len(text):,} characters, above the {max_chars:,} limit; "
            "split it or raise the limit (--max-chars)",
            source=source,
        )


def _split_front_matter(text: str, source: str | Path) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"front matter is not valid YAML: {exc}", source=source) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a YAML mapping", source=source)
    return meta, text[match.end():]


def _title_from_text(text: str) -> str | None:
    """A short first line followed by a blank line reads as the headline."""
    first, sep, rest = text.lstrip().partition("\n")
    headline = sep and len(first) <= 250 and rest.lstrip(" \t\r").startswith("\n")
    return first.strip().lstrip("#").strip() if headline else None


_MONTH_NUMBERS = {spelling: i + 1 for lexicon in LEXICONS.values() for i, spellings in enumerate(lexicon.months)
                  for spelling in spellings} | {name[:3]: i + 1 for i, (name,) in enumerate(ENGLISH.months)}
_MONTH = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = "|".join(day for lexicon in LEXICONS.values() for day in lexicon.weekdays)
_DATE = (rf"(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
         rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
         r"|(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})\.(?P<year3>\d{4})"
         r"|(?P<iso>\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
# A line that is a date: "3 April 2022", "Published: Sunday, April 3, 2022", "Lundi 6 mai 2024",
# "Publié le 30 janvier 2024 à 14h52, modifié le 30 janvier 2024 à 15h10", "20:18, 24 January
# 2017", "2022-04-13T13:21+0000"; then, as pages print them, a wire's name after a comma
# ("13.04.2022, Sputnik International"), a blog's categories ("June 14, 2017 in Uncategorized"),
# a byline ("5 December 2023 by Jane Smith") or a count ("2022-06-13 0 By", "10.05.2024 2
# Comments"). A headline that opens on a date ("September 11, 2001 Attacks Remembered") is
# none, nor is a clause ("15 avril 2024, il a parlé").
_NAMED = rf"(?-i:[\d{UPPER}][^\s,.;:!?]*)(?:\s+(?-i:[\d{UPPER}][^\s,.;:!?]*)){{0,2}}"
# Wires and broadcasters whose name a page prints after the date without a comma ("April
# 13, 2022 Reuters", "3 April 2024 BBC News"); other capitalized words there are a headline's.
_WIRES = r"(?-i:Reuters|AFP|AP|BBC(?: News)?|dpa|DPA|TASS|ANSA|EFE|Xinhua|Bloomberg|Sputnik|RIA Novosti|Anadolu)"
_DATELINE = re.compile(
    r"^\W*(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s*|(?:publié|mis à jour|modifié)\s+le\s+)?"
    r"(?:\d{1,2}[:h]\d{2}\s*,?\s+)?"
    rf"(?:(?:{_WEEKDAY}),?\s+)?(?:{_DATE})"
    r"(?:,?\s+(?:à|at)\s+\d{1,2}\s*[h:.]\s*\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"(?:,\s*(?:modifié|mis à jour|updated)\b.*"
    rf"|,\s*{_NAMED}|\s+{_WIRES}|\s+in\s+{_NAMED}(?:,\s*{_NAMED})*|\s+(?:by|par)\s+{_NAMED}"
    r"|,?\s+\d{1,2}[:h]\d{2}|\s+\d+\s+(?:by|comments?|commentaires?))?\W*$",
    re.IGNORECASE,
)
# An agency dateline opening the lede: "PARIS, 15 avril 2024 (AFP) - ", "ROME, 12 July 2023 — ".
_AGENCY_DATELINE = re.compile(
    rf"^\W*[{UPPER}][{UPPER}' .-]+,\s+(?i:(?:(?:{_WEEKDAY}),?\s+)?(?:{_DATE}))\s*(?:\([^()\n]{{1,30}}\))?\s*[-–—]\s")
# The same in brackets, its city capitalized or not: "(Rome, 13 avril 2022). « ... »".
_BRACKETED_DATELINE = re.compile(
    rf"^\s*\(\s*[{UPPER}][\w' .-]{{1,40}},\s+(?i:(?:(?:{_WEEKDAY}),?\s+)?(?:{_DATE}))\s*\)")
# A crawler's stamp opening a line, the page's text after it on the same line: "date
# 2023-04-21 Ramstein (Germany): All NATO allies ...", " date 2024-01 «Symboliquement ...»"
# (stored pages print it so), or "Date: 2024-03-12"; its date may lack the day, never the
# month ("Date 2027 : la présidentielle ..." is a headline).
_STAMPED = re.compile(r"^\s*(?i:date)\s*:?\s+(?P<partial>\d{4}-\d{2}(?:-\d{2})?)(?![\d-])")
# The day a stamp without one leaves out, from the page's address right after it, where
# news sites write the date into the path as a folder: ".../20230207/un-combat-...",
# ".../2023/02/07/...". Taken only where it agrees with the stamp's month; never a blog's
# "/2023/02/10-takeaways-..." (a title's number) nor an archive's own "/web/20230215/".
_URL_DAY = re.compile(r"\s*https?://(?!web\.archive\.org/)[^\s/]+(?:/[^\s/]+)*?"
                      r"/(?P<year>\d{4})/?(?P<month>\d{2})/?(?P<day>\d{2})/")


def dateline(text: str, lines: int = 12) -> str | None:
    """The publication date when one of the first lines is a date on its own ("3 April 2022",
    "Publié le 15 avril 2024 à 18h40"), as news pages print it under the headline, or
    opens with an agency dateline ("PARIS, 15 avril 2024 (AFP) - ...") or a crawler's
    "date 2023-04-21"; None otherwise. Month and weekday names are every lexicon's
    (`summarize.lexicons`)."""
    for line in [ln for ln in text.splitlines() if ln.strip()][:lines]:
        if stamped := _STAMPED.match(line):
            try:
                return _with_day(check_partial_date(stamped["partial"]), line[stamped.end():])
            except ValueError:
                continue
        match = _DATELINE.match(line.strip()) or _AGENCY_DATELINE.match(line) or _BRACKETED_DATELINE.match(line)
        if match and (found := _date_of(match)):
            return found
    return None


def _with_day(month: str | None, rest: str) -> str | None:
    """A stamp's month ("2023-02") with the day its line's address gives, if it agrees."""
    if month is None or len(month) != 7 or not (found := _URL_DAY.match(rest)):
        return month
    try:
        day = dt.date(int(found["year"]), int(found["month"]), int(found["day"])).isoformat()
    except ValueError:
        return month
    return day if day.startswith(month) else month


def _date_of(match: re.Match[str]) -> str | None:
    """The ISO date `_DATE` matched, or None where it is no calendar day ("31 February")."""
    try:
        if match["iso"]:
            return dt.date.fromisoformat(match["iso"][:10]).isoformat()
        if match["day3"]:
            return dt.date(int(match["year3"]), int(match["month3"]), int(match["day3"])).isoformat()
        day, month, year = (match["day"], match["month"], match["year"]) if match["day"] else (
            match["day2"], match["month2"], match["year2"])
        number = _MONTH_NUMBERS.get(month.lower())
        return dt.date(int(year), number, int(day)).isoformat() if number else None
    except ValueError:
        return None


def _published(value: Any, source: str | Path) -> str | None:
    if value is None or value == "":
        return None
    raw = str(value)[:10]
    try:
        return check_partial_date(raw)
    except ValueError as exc:
        raise InputError(f"published date: {exc}", source=source) from None


def build_article(
    text: str,
    *,
    article_id: str | None = None,
    path: Path | None = None,
    meta: dict[str, Any] | None = None,
    published: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    source: str | Path | None = None,
) -> Article:
    """Check text and merge metadata: explicit `published` > `meta` > front matter >
    a dateline. Errors name `source`, else the path, else the article id."""
    source = source or path or article_id or "<text>"
    front, text = _split_front_matter(text, source)
    meta = {**front, **(meta or {})}
    _check_text(text, source, max_chars)
    return Article(
        id=article_id or article_id_for_text(text),
        text=text,
        title=meta.get("title") or _title_from_text(text),
        published=_published(published or meta.get("published") or dateline(text), source),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        path=path,
        language=detect_language(text),
    )
