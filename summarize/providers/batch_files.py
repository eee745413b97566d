"""The OpenAI Batch API's data, without the SDK: the request lines of an input file, the
answer lines of an output or error file, and what summarize keeps of a batch object.

An input line is `{"custom_id", "method": "POST", "url": "/v1/chat/completions",
"body"}`, the body being what the online client would post. An output line is
`{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`:
a chat.completion body when `status_code` is 200; an API error body otherwise, or
`error` `{"code", "message"}` when the request never ran (`batch_expired`,
`batch_cancelled`). Lines come back in any order; `custom_id` matches them up.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from summarize.records import Usage

ENDPOINT: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"
COMPLETION_WINDOW: Final[Literal["24h"]] = "24h"
# A batch in one of these has ended: its output and error files (if any) are final.
FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})


def request_line(custom_id: str, body: dict[str, Any]) -> str:
    """One line of a batch input file."""
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class BatchAnswer:
    """One request's outcome in a batch: a chat.completion body, or why there is none."""

    completion: dict[str, Any] | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class BatchOutput:
    """The answers of an output or error file by custom_id, and the tokens they cost."""

    answers: dict[str, BatchAnswer] = field(default_factory=dict)
    usage: Usage = field(default_factory=Usage)
    unreadable: int = 0  # lines that are not JSON objects with a custom_id

    def __or__(self, other: BatchOutput) -> BatchOutput:
        return BatchOutput({**self.answers, **other.answers}, self.usage + other.usage,
                           self.unreadable + other.unreadable)


def _error_text(body: Any) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or error.get("code") or "no message")[:300]
    return "no message"


def _answer(line: dict[str, Any]) -> BatchAnswer:
    error = line.get("error")
    if isinstance(error, dict) and error:
        return BatchAnswer(error=f"{error.get('code') or 'error'}: {error.get('message') or 'no message'}"[:300])
    response = line.get("response")
    if not isinstance(response, dict):
        return BatchAnswer(error="the batch gave neither a response nor an error")
    status, body = response.get("status_code"), response.get("body")
    if status != 200:
        return BatchAnswer(error=f"HTTP {status}: {_error_text(body)}")
    if not isinstance(body, dict):
        return BatchAnswer(error="HTTP 200 without a JSON body")
    return BatchAnswer(completion=body)


def _usage(line: dict[str, Any]) -> Usage:
    response = line.get("response")
    body = response.get("body") if isinstance(response, dict) else None
    usage = body.get("usage") if isinstance(body, dict) else None
    if not isinstance(usage, dict):
        return Usage()
    return Usage(prompt_tokens=int(usage.get("prompt_tokens") or 0),
                 completion_tokens=int(usage.get("completion_tokens") or 0), requests=1)


def read_output(lines: Iterable[str]) -> BatchOutput:
    """The answers of an output or error file's lines. A line that cannot be read names
    no request: its request ends up without an answer, and is reported as such."""
    answers: dict[str, BatchAnswer] = {}
    usage, unreadable = Usage(), 0
    for raw in lines:
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            unreadable += 1
            continue
        if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
            unreadable += 1
            continue
        answers[line["custom_id"]] = _answer(line)
        usage = usage + _usage(line)
    return BatchOutput(answers, usage, unreadable)


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """What summarize keeps of a batch object."""

    id: str
    status: str
    input_file_id: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    request_counts: dict[str, int] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @classmethod
    def of(cls, batch: Any) -> BatchInfo:
        """From the SDK's Batch object."""
        counts = batch.request_counts
        errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
        return cls(
            id=batch.id, status=batch.status, input_file_id=batch.input_file_id,
            output_file_id=batch.output_file_id, error_file_id=batch.error_file_id,
            request_counts={"total": counts.total, "completed": counts.completed, "failed": counts.failed}
            if counts is not None else {},
            errors=tuple(f"{e.code or 'error'}: {e.message or ''}".strip() for e in errors),
        )
