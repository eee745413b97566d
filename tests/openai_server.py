"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API.

It stands in for the provider in tests: the SDK, instructor and our retry policy talk
to it over a socket exactly as they would to OpenAI or Ollama. Tests script its
replies (including faults: 429 with Retry-After, 500, a stall past the client's
timeout, malformed JSON, an answer cut at the length limit) and read back every
request it received.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer. `content` is the model's text; `body` overrides everything."""

    content: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    finish_reason: str = "stop"
    delay: float = 0.0
    prompt_tokens: int = 100
    completion_tokens: int = 50


Responder = Callable[[dict[str, Any]], Reply]


def completion_body(request: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """A chat.completion object; as a tool call when the request offered tools."""
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function",
                            "function": {"name": name, "arguments": reply.content}}],
        }
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
        "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                  "total_tokens": reply.prompt_tokens + reply.completion_tokens},
    }


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.request_times: list[float] = []
        self._script: deque[Reply] = deque()
        self.responder: Responder | None = None
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._send(200, json.dumps({"object": "list", "data": [{"id": "test-model", "object": "model"}]}), {})

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                reply = server._next(request, dict(self.headers))
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body if reply.body is not None else (
                    json.dumps(completion_body(request, reply)) if reply.status == 200
                    else json.dumps({"error": {"message": f"status {reply.status}", "type": "test"}})
                )
                try:
                    self._send(reply.status, body, reply.headers)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def _send(self, status: int, body: str, headers: dict[str, str]) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _next(self, request: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(request)
            self.headers.append({k.lower(): v for k, v in headers.items()})
            self.request_times.append(time.monotonic())
            if self._script:
                return self._script.popleft()
        if self.responder is not None:
            return self.responder(request)
        return Reply(status=500, body=json.dumps({"error": {"message": "no scripted reply"}}))

    def push(self, *replies: Reply) -> None:
        self._script.extend(replies)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
