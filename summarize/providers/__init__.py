"""The only code that talks to a model SDK. `get_provider` picks one from a ModelConfig;
SDKs are imported only when a provider is built, so scoring and briefing never load them."""

from __future__ import annotations

from summarize.config import ModelConfig
from summarize.providers.base import Provider, UsageMeter


def get_provider(config: ModelConfig) -> Provider:
    if config.provider == "local":
        from summarize.providers.local import LocalProvider

        return LocalProvider(config)
    from summarize.providers.openai_compat import OpenAICompatProvider

    return OpenAICompatProvider(config)


__all__ = ["Provider", "UsageMeter", "get_provider"]
