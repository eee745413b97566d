"""A corpus folder's reference data: the codebook of issues and the alias table.

    <corpus>/codebook.yaml   issues: [{id, proposition, translations: {fr: ...}}, ...],
                             language: en (the propositions' language; the default)
    <corpus>/aliases.yaml    speakers: {canonical: [alias, ...]}, parties: {...},
                             affiliations: {speaker: [{party, from, until}, ...]}
    <corpus>/articles/<id>.txt, gold/<id>.json, meta/<id>.json (optional)

An article path inside such a folder is enough for `extract()` to find both files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summarize.errors import ConfigError, InputError


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue: its id and its statement ("proposition"), in the codebook's language and,
    optionally, in others (`translations`, pairs of language code and statement: a tuple,
    so that a codebook stays hashable and per-codebook work can be cached)."""

    id: str
    proposition: str
    translations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Codebook:
    """The issues positions may be about; without one, extraction runs in open mode."""

    name: str
    description: str
    issues: tuple[Issue, ...]
    language: str = "en"

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(issue.id for issue in self.issues)

    def statements(self, language: str) -> dict[str, str]:
        """Each issue's statement in `language`, for code that writes positions in it.

        A ConfigError names every issue the codebook gives no statement for, before any
        model is asked: a record with a position half in another language would be
        worse than no run."""
        found = {issue.id: issue.proposition if language == self.language else dict(issue.translations).get(language)
                 for issue in self.issues}
        missing = [issue_id for issue_id, statement in found.items() if statement is None]
        if missing:
            raise ConfigError(f"codebook {self.name!r} has no {language!r} statement for {', '.join(missing)}: "
                              f"add `translations: {{{language}: ...}}` to each issue, or choose another "
                              "position language")
        return {issue_id: statement for issue_id, statement in found.items() if statement is not None}


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A speaker's party from `start` (inclusive) until `until` (exclusive); partial ISO
    dates ("2011", "2017-05"), None for an open end."""

    party: str
    start: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Canonical names and their other spellings, for speakers and for parties, and the
    speaker registry: each speaker's party affiliations over time."""

    speakers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    affiliations: dict[str, tuple[Affiliation, ...]] = field(default_factory=dict)


def _load_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid YAML: {exc}", source=path) from None
    if not isinstance(data, dict):
        raise InputError("must be a YAML mapping", source=path)
    return data


def load_codebook(path: str | Path) -> Codebook:
    path = Path(path)
    data = _load_yaml_mapping(path)
    raw_issues = data.get("issues")
    if not isinstance(raw_issues, list) or not raw_issues:
        raise InputError("needs a non-empty 'issues' list", source=path)
    issues: list[Issue] = []
    for i, item in enumerate(raw_issues):
        if not isinstance(item, dict) or not item.get("id") or not item.get("proposition"):
            raise InputError(f"issue #{i + 1} needs an 'id' and a 'proposition'", source=path)
        issues.append(Issue(str(item["id"]), str(item["proposition"]).strip(), _translations(item, path)))
    ids = [issue.id for issue in issues]
    if len(set(ids)) != len(ids):
        raise InputError("issue ids must be unique", source=path)
    return Codebook(
        name=str(data.get("corpus") or path.parent.name),
        description=str(data.get("description") or "").strip(),
        issues=tuple(issues),
        language=str(data.get("language") or "en"),
    )


def _translations(item: dict[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    raw = item.get("translations") or {}
    if not isinstance(raw, dict) or not all(isinstance(text, str) and text.strip() for text in raw.values()):
        raise InputError(f"issue {item['id']!r}: 'translations' must map language codes to statements "
                         "(e.g. fr: Le pays devrait quitter l'OTAN.)", source=path)
    return tuple((str(code), text.strip()) for code, text in raw.items())


def load_aliases(path: str | Path) -> AliasTable:
    path = Path(path)
    data = _load_yaml_mapping(path)

    def section(key: str) -> dict[str, tuple[str, ...]]:
        raw = data.get(key) or {}
        if not isinstance(raw, dict):
            raise InputError(f"'{key}' must map canonical names to lists", source=path)
        return {str(k): tuple(str(a) for a in (v or [])) for k, v in raw.items()}

    return AliasTable(speakers=section("speakers"), parties=section("parties"),
                      affiliations=_affiliations(data.get("affiliations") or {}, path))


def _affiliations(raw: Any, path: Path) -> dict[str, tuple[Affiliation, ...]]:
    if not isinstance(raw, dict):
        raise InputError("'affiliations' must map speakers to lists of {party, from, until}", source=path)
    registry: dict[str, tuple[Affiliation, ...]] = {}
    for speaker, spans in raw.items():
        if not isinstance(spans, list) or not all(isinstance(s, dict) and s.get("party") for s in spans):
            raise InputError(f"affiliations of {speaker!r}: a list of {{party, from, until}} entries", source=path)
        registry[str(speaker)] = tuple(
            Affiliation(str(s["party"]), _partial_date(s.get("from"), path), _partial_date(s.get("until"), path))
            for s in spans)
    return registry


def _partial_date(value: Any, path: Path) -> str | None:
    """YAML reads `2011` as an int and `2011-05-01` as a date: both become ISO text."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise InputError(f"affiliation dates are YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", source=path)
    return text


def find_corpus_dir(article_path: Path) -> Path | None:
    """The corpus folder an article file sits in: `<corpus>/articles/<id>.txt` or beside."""
    for candidate in (article_path.parent.parent, article_path.parent):
        if (candidate / "codebook.yaml").is_file():
            return candidate
    return None
