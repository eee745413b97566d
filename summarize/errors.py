"""One exception tree for the whole package, so callers catch one base class and the CLI
maps every failure to an exit code in one place.

    SummarizeError                  exit 1
    ├── AnswerPending                        asked in an OpenAI batch; the answer is not in yet
    ├── InputError                  exit 3   the article or a data file cannot be used
    │   └── FetchError                       a URL's page or feed could not be fetched or used
    ├── CacheError                           the answer cache, asked for by name, cannot be read or cleared
    ├── ConfigError                 exit 4   the model configuration is incomplete or wrong
    └── ModelError                  exit 5   the model did not give a usable answer
        ├── ProviderError                    permanent refusal (401, 400, unknown model)
        │   └── TransientProviderError       worth retrying (timeout, connection, 429, 5xx)
        ├── ModelOutputError                 output never validated against the schema
        ├── TruncatedOutputError             output cut by the token limit
        ├── ContextOverflowError             prompt larger than the model's context
        └── LocalRuntimeError                llama.cpp's worker crashed, hung or failed

Messages name the file or the model, never a credential: they are printed and logged.
"""

from __future__ import annotations

from pathlib import Path


class SummarizeError(Exception):
    """Base class; `exit_code` is what the CLI exits with when this error ends a run."""

    exit_code: int = 1

    def __init__(self, message: str, *, source: str | Path | None = None) -> None:
        self.message = message
        self.source = str(source) if source is not None else None
        super().__init__(f"{self.source}: {message}" if self.source else message)


class AnswerPending(SummarizeError):
    """An answer was asked for in an OpenAI batch (`summarize.batch`) and is not in yet.

    Not a failure: the article is finished by a later pass, once the batch's answers are
    in the cache. `keys` are the cache keys of the requests it waits for (each is its
    request's `custom_id` in the batch).
    """

    def __init__(self, keys: tuple[str, ...], *, source: str | Path | None = None) -> None:
        super().__init__(f"pending in batch: waits for {len(keys)} answer(s)", source=source)
        self.keys = keys

    @classmethod
    def merge(cls, pending: list[AnswerPending]) -> AnswerPending:
        """One pending outcome for several requests of one article."""
        return cls(tuple(dict.fromkeys(key for each in pending for key in each.keys)))


class InputError(SummarizeError):
    """The input cannot be read as an article: missing, empty, binary, badly encoded."""

    exit_code = 3


class FetchError(InputError):
    """A URL gave no usable page or feed: unreachable, an HTTP error, a content type that
    is not a page or feed, over the size limit, too slow or too many redirects.

    `source` is the URL as it was asked for; the message names the final URL when a
    redirect led elsewhere.
    """


class CacheError(SummarizeError):
    """`summarize cache stats` on a store that cannot be read, `cache clear` on one that
    another run holds. Extraction never raises it: there a failing cache is a miss
    (`summarize.cache`)."""


class ConfigError(SummarizeError):
    """The model configuration cannot work (no model file, bad URL, missing extra)."""

    exit_code = 4


class ModelError(SummarizeError):
    """The model was asked and did not give a usable answer."""

    exit_code = 5


class ProviderError(ModelError):
    """The provider refused the request in a way that retrying will not fix."""


class TransientProviderError(ProviderError):
    """A failure that may pass: the retry policy retries these, and only these.

    `retry_after` carries the server's Retry-After hint in seconds, when it gave one.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, source: str | Path | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.retry_after = retry_after


class ModelOutputError(ModelError):
    """The model's output did not validate against the schema, even after re-asking."""


class TruncatedOutputError(ModelError):
    """The model stopped at its token limit: the output is incomplete and is not parsed."""


class ContextOverflowError(ModelError):
    """The prompt does not fit the model's context window."""


class LocalRuntimeError(ModelError):
    """The local model's native runtime (llama.cpp) crashed, hung or refused the request.

    It runs in a worker process, so its crash arrives here instead of ending the caller;
    the message names the signal, the runtime version, the model file and a remedy.
    """
