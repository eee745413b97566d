"""The only code that talks to a model SDK. `get_provider` picks one from a ModelConfig;
SDKs are imported only when a provider is built, so scoring and briefing never load them.

A provider is built at an extraction's first request that the cache cannot answer. For
the embedded model, the worker starts loading it before the SDK is imported: the import
(about a second, mostly `openai`) and the model load then overlap on two cores instead
of adding up, in every process that asks the model anything."""

from __future__ import annotations

from summarize.config import ModelConfig
from summarize.providers.base import Provider, UsageMeter


def get_provider(config: ModelConfig) -> Provider:
    if config.provider == "local":
        from summarize.providers.llama_process import worker_for

        worker_for(config).start()
        from summarize.providers.local import LocalProvider

        return LocalProvider(config)
    from summarize.providers.openai_compat import OpenAICompatProvider

    return OpenAICompatProvider(config)


__all__ = ["Provider", "UsageMeter", "get_provider"]
