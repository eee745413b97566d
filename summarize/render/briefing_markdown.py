"""A briefing as GitHub-flavoured Markdown: tables and headings only, no raw HTML.

Links from the stance matrix go to the issue's section heading (GitHub derives the
anchor from the heading text, which is the bare issue id).
"""

from __future__ import annotations

from summarize.briefing import STANCE_ORDER, Briefing, Citation, Entry, Narrative

HEDGED = "*"


def cell(text: object) -> str:
    """Text safe inside a table cell or a list line."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def _quote(text: str) -> str:
    return cell(text).replace("*", "\\*").replace("_", "\\_")


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links: a `javascript:` URL in metadata must not run."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def citation(c: Citation) -> str:
    url = safe_url(c.url)
    return f"[{cell(c.label)}]({url})" if url else f"[{cell(c.label)}]"


def speaker_label(e: Entry) -> str:
    return f"{e.speaker} ({e.party})" if e.party and e.party != e.speaker else e.speaker


def stance_runs(entries: list[Entry]) -> list[Entry]:
    """Entries in date order, keeping the first of each run of one stance and hedging."""
    runs: list[Entry] = []
    for e in sorted(entries, key=lambda e: (e.sort_date, e.anchor)):
        if not runs or (runs[-1].stance, bool(runs[-1].hedges)) != (e.stance, bool(e.hedges)):
            runs.append(e)
    return runs


def narrative_check(n: Narrative) -> str:
    """The name check's result, in words, for the line above a synthesis."""
    who = f"written by `{cell(n.model)}` from the records below"
    if n.check_passed:
        named = ", ".join(cell(x) for x in n.named) or "none"
        return f"{who}; name check passed: every name it uses occurs in the records (speakers named: {named})"
    return f"{who}; **name check FAILED**: not in the records: {', '.join(cell(x) for x in n.unknown)}"


def header_lines(b: Briefing) -> list[str]:
    facts = [f"{b.articles} articles"]
    if b.corpus:
        facts.insert(0, f"corpus **{cell(b.corpus)}**")
    if b.outlets:
        facts.append(f"{len(b.outlets)} outlets: {', '.join(cell(o) for o in b.outlets)}")
    if b.date_range:
        facts.append(f"published {b.date_range[0]} to {b.date_range[1]}")
    facts.append("model: " + (", ".join(f"`{cell(m)}`" for m in b.models) if b.models else "none recorded (hand-labelled?)"))
    if b.prompt_versions:
        facts.append("prompt " + ", ".join(f"`{v}`" for v in b.prompt_versions))
    facts.append(f"generated {b.generated_at}")
    lines = [f"# {cell(b.title)}", "", " · ".join(facts)]
    if b.filters:
        lines += ["", "Filters: " + "; ".join(f"{k} = {', '.join(cell(v) for v in vs)}" for k, vs in b.filters.items())]
    return lines


def briefing_markdown(b: Briefing) -> str:
    lines = header_lines(b)
    lines += ["", "## Key points", ""]
    lines += [f"- **{s.id}**: {cell(s.key_point)}" for s in b.issues] or ["No positions match."]

    matrix = b.matrix()
    issue_ids = [s.id for s in b.issues]
    lines += ["", "## Stance matrix", "",
              f"Each cell links to the issue's section. {HEDGED} hedged; → stance changed over time; "
              "several stances in one cell read in date order.", "",
              "| speaker | party | " + " | ".join(issue_ids) + " |", "|---|---|" + "---|" * len(issue_ids)]
    for profile in b.speakers:
        cells = []
        for issue in issue_ids:
            entries = matrix[profile.key].get(issue, [])
            if not entries:
                cells.append("")
                continue
            stances = " → ".join(e.stance.value + (HEDGED if e.hedges else "") for e in stance_runs(entries))
            cells.append(f"[{stances}](#{issue})")
        lines.append(f"| {cell(profile.name)} | {cell(', '.join(profile.parties))} | " + " | ".join(cells) + " |")

    lines += ["", "## Positions by issue"]
    for section in b.issues:
        lines += ["", f"### {section.id}", ""]
        if section.proposition:
            lines += [f"_{cell(section.proposition)}_", ""]
        if section.narrative:
            lines += [f"> **Synthesis** — {narrative_check(section.narrative)}", ">", f"> {cell(section.narrative.text)}", ""]
        for stance in STANCE_ORDER:
            group = section.groups[stance]
            if not group:
                continue
            lines += [f"**{stance.value.capitalize()}** ({len(group)})", ""]
            for e in group:
                when = e.date or "undated"
                if e.date_text:
                    when += f" ({cell(e.date_text)})"
                role = f", {cell(e.role)}" if e.role else ""
                lines.append(f"- **{cell(speaker_label(e))}**{role} — {when}: {cell(e.position)}")
                if e.hedges:
                    lines.append("  - Caveats: " + "; ".join(f"“{_quote(h)}”" for h in e.hedges))
                for c in e.citations:
                    lines.append(f"  - “{_quote(c.text)}” {citation(c)}")
            lines.append("")

    lines += ["## Speakers", ""]
    for profile in b.speakers:
        party = f" ({cell(', '.join(profile.parties))})" if profile.parties else ""
        lines += [f"### {cell(profile.name)}{party}", "",
                  "| date | issue | stance | position | source |", "|---|---|---|---|---|"]
        for e in profile.entries:
            source = citation(e.citations[0]) if e.citations else e.article_id
            lines.append(f"| {e.date or 'undated'} | {e.issue} | {e.stance.value}{HEDGED if e.hedges else ''} | "
                         f"{cell(e.position)} | {source} |")
        for flag in profile.flags:
            lines.append(f"\n**{flag.kind.capitalize()}** on {flag.issue}: {cell(flag.detail)}")
        lines.append("")

    lines += ["## Sources", "", "| article | title | outlet | published |", "|---|---|---|---|"]
    for src in b.sources:
        url = safe_url(src.url)
        title = f"[{cell(src.title or src.article_id)}]({url})" if url else cell(src.title or "")
        lines.append(f"| {src.article_id} | {title} | {cell(src.outlet or '')} | {src.published or ''} |")
    lines += ["", "## Data quality", ""]
    if not b.quality:
        lines.append("No problems recorded.")
    for note in b.quality:
        lines.append(f"- **{note.kind}**: {cell(note.detail)} — {', '.join(note.article_ids)}")
    return "\n".join(lines).rstrip() + "\n"
