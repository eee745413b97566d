"""summarize: typed, evidence-backed records of who holds which political position.

    >>> import summarize
    >>> record = summarize.extract(Path("evals/corpus/france-nato/articles/000_4f65af8bd44526b5.txt"))
    >>> record.positions[0].speaker, record.positions[0].stance

Importing the package loads no model SDK: those load on the first uncached request.
"""

from summarize.article import Article
from summarize.cache import ResponseCache
from summarize.config import ModelConfig, resolve_config
from summarize.corpus import AliasTable, Codebook, load_aliases, load_codebook
from summarize.errors import (
    ConfigError,
    ContextOverflowError,
    FetchError,
    InputError,
    ModelError,
    ModelOutputError,
    ProviderError,
    SummarizeError,
    TransientProviderError,
    TruncatedOutputError,
)
from summarize.ingest import load_article
from summarize.pipeline import Extractor, Outcome, aextract, aextract_many, extract, extract_many
from summarize.records import ArticleSummary, Evidence, Position, Stance, Usage

__all__ = [
    "AliasTable",
    "Article",
    "ArticleSummary",
    "Codebook",
    "ConfigError",
    "ContextOverflowError",
    "Evidence",
    "Extractor",
    "FetchError",
    "InputError",
    "ModelConfig",
    "ModelError",
    "ModelOutputError",
    "Outcome",
    "Position",
    "ProviderError",
    "ResponseCache",
    "Stance",
    "SummarizeError",
    "TransientProviderError",
    "TruncatedOutputError",
    "Usage",
    "aextract",
    "aextract_many",
    "extract",
    "extract_many",
    "load_aliases",
    "load_article",
    "load_codebook",
    "resolve_config",
]
