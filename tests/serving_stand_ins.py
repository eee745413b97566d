"""Loopback stand-ins for vLLM's and Ollama's OpenAI-compatible servers.

Each runs on `FakeOpenAI` (tests/openai_server.py) and answers summarize's requests the
way its project documents, so the tests check summarize against what those servers do,
not against OpenAI's behaviour:

vLLM ("OpenAI-Compatible Server" and "Structured Outputs" in its docs)
- `vllm serve MODEL --api-key KEY` answers 401 to a request without
  `Authorization: Bearer KEY`; without `--api-key` it checks nothing.
- A schema in `response_format` (`{"type": "json_schema", "json_schema": {"schema": ...}}`)
  or in the tool that `tool_choice` names is guided decoding: tokens are sampled under the
  schema, so the answer follows it whatever the model would have written. The stand-in
  bends its model's draft to the schema it received (`conform`). With `require_schema`
  it refuses (400) a request that sends none, so a test proves the schema went out.
  The older `guided_json` request field was removed in vLLM 0.12; `response_format` is
  what every version accepts.

Ollama ("OpenAI compatibility" and the FAQ in its docs)
- The client must send an API key, which Ollama ignores: any Authorization, or none.
- Request fields outside its supported list are ignored (`tool_choice`, `logit_bias`,
  `user`, `n`): offered tools, the model decides whether to call one.
- `response_format` `json_object` gives JSON; `json_schema` passes the schema on as the
  output format, which constrains decoding as vLLM's does.
- `OLLAMA_NUM_PARALLEL` requests (default 1) are processed at once; up to
  `OLLAMA_MAX_QUEUE` more wait (default 512); past that it answers 503.
- The context is the server's (`OLLAMA_CONTEXT_LENGTH`, 4096 tokens by default): the
  OpenAI API has no field to set it, and a longer prompt is cut. The stand-in counts
  such requests in `over_context`.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tests.openai_server import FakeOpenAI, Reply, Responder, extraction_responder

JSON = dict[str, Any]


def requested_schema(request: JSON) -> JSON | None:
    """The JSON schema a request asks its answer to follow: `response_format`'s, or the
    parameters of the one tool that `tool_choice` names (vLLM guides both)."""
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        schema: JSON | None = (fmt.get("json_schema") or {}).get("schema")
        return schema
    choice = request.get("tool_choice")
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        for tool in request.get("tools") or []:
            if tool["function"]["name"] == name:
                parameters: JSON | None = tool["function"].get("parameters")
                return parameters
    return None


def _resolve(schema: JSON, root: JSON) -> JSON:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,), "null": (type(None),),
}


def _fits(schema: JSON, value: Any, root: JSON) -> bool:
    """Whether `value` already has the branch's type (and pattern, and enum member)."""
    schema = _resolve(schema, root)
    if "enum" in schema:
        return value in schema["enum"]
    kind = schema.get("type")
    if kind is None or not isinstance(value, _TYPES.get(kind, (object,))):
        return False
    return not (kind == "string" and "pattern" in schema and not re.search(schema["pattern"], value))


def conform(schema: JSON, value: Any, root: JSON | None = None) -> Any:
    """`value` as decoding under `schema` would have let the model write it: what the
    schema allows is kept, what it forbids becomes the first value it allows, what it
    requires is filled in, and properties it does not declare are never written.

    Covers what pydantic writes for summarize's models: `$ref`, `anyOf`, `enum`, objects,
    arrays with item bounds, strings with length bounds and patterns, and scalars.
    """
    root = schema if root is None else root
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        branches = schema["anyOf"]
        chosen = next((b for b in branches if _fits(b, value, root)), None)
        if chosen is None:  # a value of no allowed kind: null where allowed, else the first kind
            chosen = next((b for b in branches if _resolve(b, root).get("type") == "null"), branches[0])
        return conform(chosen, value, root)
    if "enum" in schema:
        return value if value in schema["enum"] else schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        given = value if isinstance(value, dict) else {}
        required = set(schema.get("required", ()))
        return {name: conform(sub, given.get(name), root)
                for name, sub in schema.get("properties", {}).items() if name in given or name in required}
    if kind == "array":
        item = schema.get("items", {})
        items = [conform(item, v, root) for v in (value if isinstance(value, list) else [])]
        items = items[:schema.get("maxItems", len(items))]
        return items + [conform(item, None, root) for _ in range(schema.get("minItems", 0) - len(items))]
    if kind == "string":
        text = value if isinstance(value, str) else ""
        return text[:schema.get("maxLength", len(text))].ljust(schema.get("minLength", 0), "x")
    if kind in ("integer", "number", "boolean"):
        return value if _fits(schema, value, root) else _TYPES[kind][0]()
    if kind == "null":
        return None
    return value


def _error(status: int, message: str) -> Reply:
    return Reply(status=status, body=json.dumps({"error": {"message": message, "type": "invalid_request_error"}}))


@dataclass
class StandIn:
    """A server's behaviour around `draft`, the model: what it would write unguided."""

    draft: Responder = extraction_responder

    def answer(self, request: JSON, schema: JSON | None) -> Reply:
        """The draft, or the draft as decoding under `schema` would have made it."""
        reply = self.draft(request)
        if schema is None or reply.content is None:
            return reply
        return Reply(content=json.dumps(conform(schema, json.loads(reply.content))))

    def gate(self, request: JSON, headers: dict[str, str]) -> Reply | None:
        return None

    def respond(self, request: JSON) -> Reply:
        return self.answer(request, requested_schema(request))

    def serve(self, latency: float = 0.0) -> FakeOpenAI:
        """A started loopback server with this behaviour (`stop()` it when done)."""
        server = FakeOpenAI(latency=latency)
        server.gate, server.responder = self.gate, self.respond
        return server.start()


@dataclass
class VLLMStandIn(StandIn):
    api_key: str | None = None  # `vllm serve --api-key`
    require_schema: bool = True  # refuse what guided decoding cannot serve, to expose a missing schema

    def gate(self, request: JSON, headers: dict[str, str]) -> Reply | None:
        if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
            return Reply(status=401, body=json.dumps({"error": "Unauthorized"}))
        if self.require_schema and requested_schema(request) is None:
            return _error(400, "this stand-in serves guided decoding only: send response_format "
                               "{type: json_schema} (summarize --mode json_schema)")
        return None


# The request fields Ollama's OpenAI endpoint reads; it ignores every other one.
OLLAMA_FIELDS = frozenset({
    "model", "messages", "frequency_penalty", "presence_penalty", "response_format", "seed", "stop",
    "stream", "stream_options", "temperature", "top_p", "max_tokens", "tools", "reasoning_effort", "reasoning",
})
CHARS_PER_TOKEN = 4  # English text, roughly: what a server's tokenizer makes of it


@dataclass
class OllamaStandIn(StandIn):
    num_parallel: int = 1  # OLLAMA_NUM_PARALLEL
    max_queue: int = 512  # OLLAMA_MAX_QUEUE
    context_length: int = 4096  # OLLAMA_CONTEXT_LENGTH
    seconds_per_request: float = 0.0  # how long one request holds a slot
    tools: bool = True  # the model supports tools (llama3.1 does)
    ignored: list[set[str]] = field(default_factory=list)  # the fields each request had that Ollama ignores
    over_context: int = 0  # requests whose prompt alone exceeds the context: Ollama cuts them
    busy: int = 0  # 503s for a full queue
    max_processing: int = 0  # requests processed at once, at most

    def __post_init__(self) -> None:
        self._slots = threading.Semaphore(self.num_parallel)
        self._lock = threading.Lock()
        self._admitted = 0
        self._processing = 0

    def respond(self, request: JSON) -> Reply:
        read = {k: v for k, v in request.items() if k in OLLAMA_FIELDS}
        with self._lock:
            self.ignored.append(set(request) - OLLAMA_FIELDS)
            if self._admitted >= self.num_parallel + self.max_queue:
                self.busy += 1
                return _error(503, "server busy, please try again. maximum pending requests exceeded")
            self._admitted += 1
        try:
            with self._slots:
                with self._lock:
                    self._processing += 1
                    self.max_processing = max(self.max_processing, self._processing)
                try:
                    return self._generate(read)
                finally:
                    with self._lock:
                        self._processing -= 1
        finally:
            with self._lock:
                self._admitted -= 1

    def _generate(self, read: JSON) -> Reply:
        time.sleep(self.seconds_per_request)
        if read.get("tools") and not self.tools:
            return _error(400, f"{read['model']} does not support tools")
        prompt = sum(len(m["content"]) for m in read["messages"]) + len(json.dumps(read.get("tools") or ""))
        prompt += len(json.dumps(read.get("response_format") or ""))
        if prompt // CHARS_PER_TOKEN > self.context_length:
            with self._lock:
                self.over_context += 1
        return self.answer(read, requested_schema(read))
