"""The briefing's optional prose synthesis per issue, written by a model from the records
alone and then checked in code: every name it uses must occur in the records. The check's
result is shown beside the text, so a reader never has to trust the model's word."""

from __future__ import annotations

from summarize.briefing import (
    Briefing,
    Narrative,
    QualityNote,
    clean_name,
    unknown_names,
)
from summarize.client import ModelClient
from summarize.errors import ModelError
from summarize.prompting import (
    NARRATIVE_TEMPLATES,
    prompt_version,
    render_narrative_messages,
)
from summarize.records import IssueNarrative


def add_narratives(briefing: Briefing, client: ModelClient) -> None:
    """Write and check one synthesis per issue section; a failure is a data-quality note."""
    version = prompt_version(IssueNarrative, NARRATIVE_TEMPLATES)
    for section in briefing.issues:
        records = [{"speaker": e.speaker, "party": e.party, "date": e.date, "stance": e.stance.value,
                    "position": e.position, "hedges": e.hedges} for e in section.entries]
        messages = render_narrative_messages(section.id, section.proposition, records)
        try:
            data, _ = client.ask(messages, IssueNarrative, version)
        except ModelError as exc:
            briefing.quality.append(QualityNote("narrative failed", f"{section.id}: {exc.message}", []))
            continue
        answer = IssueNarrative.model_validate(data)
        section.narrative = Narrative(
            text=answer.text.strip(),
            model=client.config.identity,
            named=list(dict.fromkeys(clean_name(n) for n in answer.speakers_named)),
            unknown=unknown_names(answer.text, answer.speakers_named, section, briefing.index,
                                  given=" ".join(m["content"] for m in messages)),
        )
