"""Rendering the extraction prompt from the Jinja2 templates in `prompts/`.

The templates sit at the top of the repository for prompt authors and are mapped into
the wheel as `summarize/prompts` (pyproject.toml); both places are searched.

Safety: the article is untrusted. It is passed to the template as a variable (never
as template source) into one delimited `<article>` slot, and a closing tag inside it
is defanged so the text cannot end the slot early and speak as the instructions.

The prompt version hashes the template sources together with the model-facing JSON
schema, whose docstrings and descriptions the model also reads as instructions.

The publication date is not shown to the model: dates are settled in code from the
model's `date_text` and the published date (normalize.settle_date), and a model shown
the publication date stamps it on every statement (measured on the 1.5B baseline model).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel

from summarize.corpus import Codebook
from summarize.wording import DEFAULT_POSITION_LANGUAGE, LANGUAGE_NAMES

EXTRACTION_TEMPLATES = ("system.j2", "user.j2")
NARRATIVE_TEMPLATES = ("narrative_system.j2", "narrative_user.j2")
_CLOSING_TAG = re.compile(r"</\s*(article|records)\s*>", re.IGNORECASE)


def prompts_dir() -> Path:
    """`summarize/prompts` in an installed wheel, else the repository's `prompts/`."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if (candidate / EXTRACTION_TEMPLATES[0]).is_file():
            return candidate
    raise FileNotFoundError(f"prompt templates not found beside {here}")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )


@cache
def _template_sources(names: tuple[str, ...]) -> str:
    directory = prompts_dir()
    return "\n".join((directory / name).read_text(encoding="utf-8") for name in names)


@cache
def prompt_version(
    schemas: type[BaseModel] | tuple[type[BaseModel], ...], templates: tuple[str, ...] = EXTRACTION_TEMPLATES
) -> str:
    """A short hash that changes whenever anything the model reads as instructions does:
    the templates and every schema the answers must fill."""
    digest = hashlib.sha256(_template_sources(templates).encode("utf-8"))
    for schema in schemas if isinstance(schemas, tuple) else (schemas,):
        digest.update(json.dumps(schema.model_json_schema(), sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:12]


def defang(text: str) -> str:
    """Make a closing `</article>` or `</records>` inside untrusted text inert, so the text
    cannot end its slot early."""
    return _CLOSING_TAG.sub(lambda m: m.group(0).replace("</", "</ "), text)


def render_messages(
    article_text: str,
    *,
    codebook: Codebook | None,
    title: str | None = None,
    chunk_index: int = 1,
    chunk_count: int = 1,
    position_language: str = DEFAULT_POSITION_LANGUAGE,
) -> list[dict[str, str]]:
    """The chat messages for one article (or one chunk of it), asking for `position`
    sentences in `position_language` (a code of `summarize.wording`)."""
    env = _environment()
    system = env.get_template("system.j2").render(codebook=codebook,
                                                  position_language=LANGUAGE_NAMES[position_language])
    user = env.get_template("user.j2").render(
        article_text=defang(article_text),
        title=title,
        chunk_index=chunk_index,
        chunk_count=chunk_count,
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def render_candidate_messages(codebook: Codebook, template: str, **values: str) -> list[dict[str, str]]:
    """The chat messages of one of the decomposed strategy's short questions about one
    passage (`template` names the question; `values` fill it, untrusted text all of
    them). The system message is the same for every question of a codebook: a local
    model keeps it in its prompt cache and reads only the passage and the question."""
    env = _environment()
    system = env.get_template("candidate_system.j2").render(codebook=codebook)
    user = env.get_template(template).render(**{name: defang(value) for name, value in values.items()})
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def render_narrative_messages(
    issue_id: str, proposition: str | None, records: Sequence[Mapping[str, Any]]
) -> list[dict[str, str]]:
    """The chat messages asking for one issue's synthesis from its records alone."""
    env = _environment()
    defanged = [{k: defang(v) if isinstance(v, str) else v for k, v in r.items()} for r in records]
    user = env.get_template("narrative_user.j2").render(issue_id=issue_id, proposition=proposition, records=defanged)
    system = env.get_template("narrative_system.j2").render()
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
