"""The briefing: who stands where on each issue, since when, with what caveats, and where
that is said — computed from extraction records, never written by a model.

Pure computation from `ArticleSummary` records to a `Briefing` value that the renderers
(`render/markdown.py`, `render/html.py`) lay out. Speakers and parties are merged across
articles with the alias table and the scorer's normalization (`text.fold_key`), so
"Melenchon" and "Jean-Luc Mélenchon" are one person. Everything is sorted, so the same
records give the same briefing.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from summarize.corpus import AliasTable, Codebook
from summarize.grounding import SourceText, locate
from summarize.normalize import NameNormalizer, SpeakerIndex
from summarize.records import ArticleSummary, Position, Stance
from summarize.text import fold

STANCE_ORDER = (Stance.SUPPORT, Stance.OPPOSE, Stance.MIXED, Stance.UNCLEAR)


@dataclass(frozen=True, slots=True)
class Citation:
    """One evidence quote and where it is: source (outlet or article id), date, offsets."""

    article_id: str
    source: str
    url: str | None
    date: str | None
    text: str
    start: int | None
    end: int | None

    @property
    def label(self) -> str:
        where = f"chars {self.start}–{self.end}" if self.start is not None else "offsets unknown"
        return f"{self.source}, {self.date or 'undated'}, {where}"


@dataclass(slots=True)
class Entry:
    """One position as the briefing shows it."""

    anchor: str
    speaker: str
    speaker_key: str
    party: str | None
    role: str | None
    issue: str
    stance: Stance
    position: str
    hedges: list[str]
    date: str | None
    date_text: str | None
    article_id: str
    citations: list[Citation]

    @property
    def sort_date(self) -> str:
        return self.date or ""


@dataclass(slots=True)
class Flag:
    """A shift (one speaker's stance changed between dates) or a conflict (sources disagree)."""

    kind: str
    speaker: str
    issue: str
    detail: str
    anchors: list[str]


@dataclass(slots=True)
class Narrative:
    """A model-written synthesis and the result of checking its names against the records."""

    text: str
    model: str
    named: list[str]
    unknown: list[str]

    @property
    def check_passed(self) -> bool:
        return not self.unknown


@dataclass(slots=True)
class IssueSection:
    id: str
    proposition: str | None
    groups: dict[Stance, list[Entry]]
    key_point: str
    narrative: Narrative | None = None

    @property
    def entries(self) -> list[Entry]:
        return [e for stance in STANCE_ORDER for e in self.groups[stance]]


@dataclass(slots=True)
class SpeakerProfile:
    key: str
    name: str
    parties: list[str]
    entries: list[Entry]
    flags: list[Flag]


@dataclass(slots=True)
class QualityNote:
    kind: str
    detail: str
    article_ids: list[str]


@dataclass(frozen=True, slots=True)
class Source:
    """An article the briefing draws on, with whatever metadata is known."""

    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None


@dataclass(slots=True)
class Briefing:
    title: str
    corpus: str | None
    generated_at: str
    articles: int
    outlets: list[str]
    date_range: tuple[str, str] | None
    models: list[str]
    prompt_versions: list[str]
    filters: dict[str, list[str]]
    issues: list[IssueSection]
    speakers: list[SpeakerProfile]
    flags: list[Flag]
    quality: list[QualityNote]
    index: SpeakerIndex
    entries: list[Entry] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def matrix(self) -> dict[str, dict[str, list[Entry]]]:
        """speaker key -> issue id -> entries, for the stance matrix."""
        cells: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        for entry in self.entries:
            cells[entry.speaker_key][entry.issue].append(entry)
        return cells


_CAPITALIZED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|von|van|der|di|da)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(raw: str) -> str:
    """A name as a model writes it, less a party in parentheses and a possessive."""
    return _POSSESSIVE.sub("", _PARENTHETICAL.sub("", raw).strip())


def unknown_names(
    text: str, listed: Sequence[str], section: IssueSection, index: SpeakerIndex, given: str = ""
) -> list[str]:
    """Names in a synthesis that the records do not contain.

    A name is every run of capitalized words in the text, plus every speaker the model
    says it named (a party in parentheses and a possessive "'s" set aside). It is known
    when it, or a trailing part of it ("Both Mélenchon"), is one of the records'
    speakers or occurs in what the model was given: the records (`given`, the prompt's
    text) — all a synthesis "from the records alone" may draw on.
    """
    entries = section.entries
    speaker_keys = {e.speaker_key for e in entries}
    record_text = fold(" ".join(
        [given, section.id, section.proposition or ""]
        + [f"{e.speaker} {e.party or ''} {e.role or ''} {e.position} {' '.join(e.hedges)}" for e in entries]
    )).text
    unknown = []
    for raw in dict.fromkeys([*_CAPITALIZED_RUN.findall(text), *listed]):
        name = clean_name(raw)
        words = name.split()
        suffixes = [" ".join(words[i:]) for i in range(len(words))]
        if words and not any(index.key(s) in speaker_keys or fold(s).text in record_text for s in suffixes):
            unknown.append(name)
    return list(dict.fromkeys(unknown))


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a partial ISO date covers: "2022-02" -> 2022-02-01, 2022-02-28."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return value, value


def _citations(summary: ArticleSummary, pos: Position, source: SourceText | None) -> list[Citation]:
    cited = []
    for ev in pos.evidence:
        if ev.start is None and source is not None:
            ev = locate(ev.text, source)
            ev = ev if ev.match in ("exact", "normalized") else ev.model_copy(update={"start": None, "end": None})
        cited.append(Citation(summary.article_id, summary.outlet or summary.article_id, summary.url,
                              pos.date or summary.published, ev.text, ev.start, ev.end))
    return cited


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    lo, hi = date_bounds(date)
    return (since is None or hi >= date_bounds(since)[0]) and (until is None or lo <= date_bounds(until)[1])


def _flags(key: str, name: str, entries: Sequence[Entry]) -> list[Flag]:
    flags: list[Flag] = []
    by_issue: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_issue[entry.issue].append(entry)
    for issue, group in sorted(by_issue.items()):
        by_period: dict[str | None, list[Entry]] = defaultdict(list)
        for entry in group:
            by_period[entry.date].append(entry)
        for period, same in sorted(by_period.items(), key=lambda kv: kv[0] or ""):
            stances = sorted({e.stance.value for e in same})
            if len(stances) > 1 and len({e.article_id for e in same}) > 1:
                flags.append(Flag("conflict", name, issue,
                                  f"sources disagree for {period or 'an undated statement'}: {' vs '.join(stances)}",
                                  [e.anchor for e in same]))
        dated = sorted((e for e in group if e.date), key=lambda e: e.sort_date)
        for before, after in zip(dated, dated[1:]):
            if before.stance != after.stance and before.date != after.date:
                flags.append(Flag("shift", name, issue,
                                  f"{before.stance.value} ({before.date}) → {after.stance.value} ({after.date})",
                                  [before.anchor, after.anchor]))
    return flags


def _key_point(groups: Mapping[Stance, Sequence[Entry]]) -> str:
    parts = []
    for stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.MIXED):
        names = sorted({f"{e.speaker} ({e.party})" if e.party and e.party != e.speaker else e.speaker
                        for e in groups.get(stance, [])})
        if names:
            parts.append(f"{stance.value}: {', '.join(names)}")
    return "; ".join(parts) if parts else "no clear stance recorded"


def build_briefing(
    summaries: Sequence[ArticleSummary],
    *,
    generated_at: str,
    texts: Mapping[str, str] | None = None,
    codebook: Codebook | None = None,
    aliases: AliasTable | None = None,
    issues: Sequence[str] = (),
    speakers: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    title: str | None = None,
    corpus: str | None = None,
    failures: Mapping[str, str] | None = None,
) -> Briefing:
    """The briefing of these records, filtered by issue, speaker and date range.

    `failures` maps article ids whose extraction failed to the error, for the data-quality
    section: a briefing must say what it could not read.
    """
    texts = texts or {}
    summaries = sorted(summaries, key=lambda s: s.article_id)
    all_names = [p.speaker for s in summaries for p in s.positions]
    index = SpeakerIndex(aliases, all_names)
    parties = NameNormalizer(aliases)
    wanted_speakers = {index.key(n) for n in speakers}
    quality: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article_id, error in (failures or {}).items():
        quality[("extraction failed", error)].append(article_id)

    entries: list[Entry] = []
    for summary in summaries:
        text = texts.get(summary.article_id)
        source = SourceText.of(text) if text is not None else None
        for warning in summary.warnings:
            if not warning.startswith(("evidence", "hedge", "position set apart")):
                quality[("model warning", warning)].append(summary.article_id)
        for pos in summary.ungrounded_positions:
            quality[("ungrounded position", f"{pos.speaker} / {pos.issue}: no evidence found in the article")].append(
                summary.article_id)
        for pos in summary.positions:
            key = index.key(pos.speaker)
            effective = pos.date or summary.published
            if issues and pos.issue not in issues or wanted_speakers and key not in wanted_speakers:
                continue
            if not _in_range(effective, since, until):
                if effective is None:  # not shown, and not silently: the reader is told
                    quality[("left out by the date filter (no date)", f"{pos.speaker} / {pos.issue}")].append(
                        summary.article_id)
                continue
            entry = Entry(
                anchor=f"p{len(entries) + 1}", speaker=index.name(key), speaker_key=key,
                party=parties.party(pos.party), role=pos.role, issue=pos.issue, stance=pos.stance,
                position=pos.position, hedges=list(pos.hedges), date=pos.date, date_text=pos.date_text,
                article_id=summary.article_id, citations=_citations(summary, pos, source),
            )
            entries.append(entry)
            label = f"{entry.speaker} / {entry.issue}"
            for cite in entry.citations:
                if cite.start is None:
                    quality[("ungrounded evidence", f"{label}: {cite.text!r}")].append(summary.article_id)
            if pos.date is None:
                quality[("no date", label)].append(summary.article_id)

    known = {i.id: i.proposition for i in codebook.issues} if codebook else {}
    issue_ids = [i for i in known if any(e.issue == i for e in entries)]
    issue_ids += sorted({e.issue for e in entries} - set(known))
    sections = []
    for issue in issue_ids:
        groups = {s: sorted((e for e in entries if e.issue == issue and e.stance == s),
                            key=lambda e: (e.speaker, e.sort_date, e.anchor)) for s in STANCE_ORDER}
        sections.append(IssueSection(issue, known.get(issue), groups, _key_point(groups)))

    profiles = []
    by_speaker: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_speaker[entry.speaker_key].append(entry)
    for key, group in sorted(by_speaker.items(), key=lambda kv: index.name(kv[0])):
        group.sort(key=lambda e: (e.sort_date, e.issue, e.anchor))
        name = index.name(key)
        profiles.append(SpeakerProfile(key, name, sorted({e.party for e in group if e.party}), group,
                                       _flags(key, name, group)))

    published = sorted(s.published for s in summaries if s.published)
    return Briefing(
        title=title or (f"Briefing: {corpus}" if corpus else "Briefing"),
        corpus=corpus,
        generated_at=generated_at,
        articles=len(summaries) + len(failures or {}),
        outlets=sorted({s.outlet for s in summaries if s.outlet}),
        date_range=(published[0], published[-1]) if published else None,
        models=sorted({s.model for s in summaries if s.model}),
        prompt_versions=sorted({s.prompt_version for s in summaries if s.prompt_version}),
        filters={k: list(v) for k, v in (("issue", issues), ("speaker", speakers),
                                         ("since", [since] if since else []), ("until", [until] if until else [])) if v},
        issues=sections,
        speakers=profiles,
        flags=[f for p in profiles for f in p.flags],
        quality=[QualityNote(kind, detail, sorted(set(ids))) for (kind, detail), ids in sorted(quality.items())],
        entries=entries,
        sources=[Source(s.article_id, s.title, s.outlet, s.url, s.published) for s in summaries],
        index=index,
    )
