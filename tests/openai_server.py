"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API.

It stands in for the provider in tests and benchmarks: the SDK, instructor and our
retry policy talk to it over a socket exactly as they would to OpenAI or Ollama.
Tests script its replies one by one (`push`, `responder`), let it refuse requests as a
particular server would (`gate`), and read back every request it received. Benchmarks set a fixed latency, a fault mix (`FaultMix`: 429 with
Retry-After, 500, 503, a stall past the client's timeout, a connection reset,
malformed JSON, schema-invalid JSON, an answer cut at the length limit, a slow drip)
and a requests-per-minute limit enforced the way OpenAI does, with its
`x-ratelimit-*` headers on every answer. Run it alone with
`python -m tests.openai_server --latency 0.5 --fault-rate 0.3 --rpm 60`.
Other endpoints are added as `routes` (tests/openai_batch_server.py: Files and Batches).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
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
    drip: float = 0.0  # seconds between the body's chunks: a slow but whole answer
    reset: bool = False  # close the connection without answering


Responder = Callable[[dict[str, Any]], Reply]
# (request, lower-cased headers) -> a refusal, or None to answer: a server's own checks
# (its API key, a field it requires) before any scripted or responder answer
Gate = Callable[[dict[str, Any], dict[str, str]], Reply | None]
# (method, path, headers, body) -> (status, body, content type), or None: not this route's
Route = Callable[[str, str, dict[str, str], bytes], tuple[int, bytes, str] | None]


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


FAULTS = ("429", "500", "503", "timeout", "reset", "malformed", "invalid", "length", "drip")


@dataclass
class FaultMix:
    """Which share of requests fail, and how: each fault kind equally often."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULTS
    seed: int = 0
    retry_after: float = 0.5
    stall: float = 30.0  # the "timeout" fault: longer than the client waits

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def draw(self, good: Reply) -> Reply:
        if self._random.random() >= self.rate:
            return good
        kind = self._random.choice(self.kinds)
        if kind == "429":
            return Reply(status=429, headers={"retry-after": f"{self.retry_after:g}"})
        if kind in ("500", "503"):
            return Reply(status=int(kind))
        if kind == "timeout":
            return Reply(content=good.content, delay=self.stall)
        if kind == "reset":
            return Reply(reset=True)
        if kind == "malformed":
            return Reply(content='{"summary": "cut', body='{"id": "x", "choices": [')
        if kind == "invalid":
            return Reply(content=json.dumps({"unexpected": True}))
        if kind == "length":
            return Reply(content=(good.content or "")[: len(good.content or "") // 2], finish_reason="length")
        return Reply(content=good.content, drip=0.05)


def extraction_responder(request: dict[str, Any], issue: str = "leave_nato") -> Reply:
    """A model that reports one position quoting the first sentence of the article it
    was sent (one_shot's schema): enough to run the whole pipeline end to end."""
    user = next((m["content"] for m in request["messages"] if m["role"] == "user"), "")
    match = re.search(r"<article>\n(.*)\n</article>", user, re.DOTALL)
    text = match.group(1) if match else user
    first_sentence = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    position = {"speaker": "Jean-Luc Melenchon", "party": None, "role": None, "issue": issue,
                "stance": "support", "position": f"He supports {issue}.", "hedges": [], "date": None,
                "date_text": None, "evidence": [first_sentence]}
    return Reply(content=json.dumps({"summary": "A test summary.", "positions": [position]}))


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # hundreds of clients connect at once in the benchmarks
    daemon_threads = True


class FakeOpenAI:
    def __init__(self, *, latency: float = 0.0, faults: FaultMix | None = None, rpm: int | None = None,
                 burst: int | None = None, record: bool = True) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.request_times: list[float] = []
        self.statuses: list[int] = []
        self._script: deque[Reply] = deque()
        self.responder: Responder | None = None
        self.gate: Gate | None = None
        self.routes: list[Route] = []
        self.latency = latency
        self.faults = faults
        self.rpm = rpm
        self.record = record  # False: count only (a 10,000-article run keeps no bodies)
        self.count = 0
        self.peers: set[tuple[str, int]] = set()  # the client connections that sent requests
        self.in_flight = 0
        self.max_in_flight = 0  # requests answered at once, at most
        self.burst = burst or rpm or 0  # the bucket's size: OpenAI's is the whole minute's budget
        self._tokens = float(self.burst)
        self._refilled = time.monotonic()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            # Keep-alive, as real providers speak: under HTTP/1.0 every request would pay
            # for a new connection that no provider makes a client pay.
            protocol_version = "HTTP/1.1"
            # An answer is written as two segments, its headers then its body: with
            # Nagle's algorithm the body waited for the client's delayed ACK of the
            # headers, 40 ms on Linux, so every answer took L + 0.04 s (measured
            # 2026-12-03: 0.543 s for L = 0.5, one request at a time).
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _routed(self, method: str, body: bytes = b"") -> bool:
                for route in server.routes:
                    answer = route(method, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    if answer is not None:
                        status, data, content_type = answer
                        self.send_response(status)
                        self.send_header("content-type", content_type)
                        self.send_header("content-length", str(len(data)))
                        self.end_headers()
                        self.wfile.write(data)
                        return True
                return False

            def do_GET(self) -> None:
                if self._routed("GET"):
                    return
                self._send(200, json.dumps({"object": "list", "data": [{"id": "test-model", "object": "model"}]}), {})

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                if self._routed("POST", raw):
                    return
                request = json.loads(raw or b"{}")
                server.peers.add(self.client_address)
                reply = server._next(request, dict(self.headers))
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if server.latency or reply.delay:
                        time.sleep(server.latency + reply.delay)
                finally:
                    with server._lock:
                        server.in_flight -= 1
                if reply.reset:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    self.connection.close()
                    self.close_connection = True
                    return
                body = reply.body if reply.body is not None else (
                    json.dumps(completion_body(request, reply)) if reply.status == 200
                    else json.dumps({"error": {"message": f"status {reply.status}", "type": "test"}})
                )
                try:
                    self._send(reply.status, body, reply.headers, reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def _send(self, status: int, body: str, headers: dict[str, str], drip: float = 0.0) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if not drip:
                    self.wfile.write(data)
                    return
                for start in range(0, len(data), 64):
                    self.wfile.write(data[start:start + 64])
                    self.wfile.flush()
                    time.sleep(drip)

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _next(self, request: dict[str, Any], headers: dict[str, str]) -> Reply:
        now = time.monotonic()
        headers = {k.lower(): v for k, v in headers.items()}
        with self._lock:
            self.count += 1
            if self.record:
                self.requests.append(request)
                self.headers.append(headers)
                self.request_times.append(now)
        refused = self.gate(request, headers) if self.gate is not None else None
        if refused is not None:
            with self._lock:
                self.statuses.append(refused.status)
            return refused
        with self._lock:
            scripted = self._script.popleft() if self._script else None
            limited, limit_headers = self._rate_limit(now)
        if limited is not None:
            reply = limited
        elif scripted is not None:
            reply = scripted
        elif self.responder is not None:
            reply = self.responder(request)
        else:
            reply = Reply(status=500, body=json.dumps({"error": {"message": "no scripted reply"}}))
        if self.faults is not None and limited is None and scripted is None:
            with self._lock:
                reply = self.faults.draw(reply)
        if limit_headers and limited is None:
            reply = Reply(**{**reply.__dict__, "headers": {**reply.headers, **limit_headers}})
        with self._lock:
            self.statuses.append(reply.status)
        return reply

    def _rate_limit(self, now: float) -> tuple[Reply | None, dict[str, str]]:
        """OpenAI's request limit: a bucket of `rpm` requests that refills continuously
        (rpm/60 per second). Past it, a 429 with Retry-After; else the x-ratelimit
        headers for the answer (nothing when no limit is set)."""
        if self.rpm is None:
            return None, {}
        rate = self.rpm / 60.0
        self._tokens = min(float(self.burst), self._tokens + (now - self._refilled) * rate)
        self._refilled = now
        if self._tokens < 1.0:
            wait = (1.0 - self._tokens) / rate
            return Reply(status=429, headers={"retry-after": f"{wait:.3f}", **self._limit_headers(0, wait)}), {}
        self._tokens -= 1.0
        return None, self._limit_headers(int(self._tokens), (self.burst - self._tokens) / rate)

    def _limit_headers(self, remaining: int, reset: float) -> dict[str, str]:
        return {"x-ratelimit-limit-requests": str(self.burst), "x-ratelimit-remaining-requests": str(remaining),
                "x-ratelimit-reset-requests": f"{reset:.3f}s"}

    def push(self, *replies: Reply) -> None:
        self._script.extend(replies)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stats_route(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes, str] | None:
        """GET /stats: requests answered and the most answered at once since the last
        POST /stats (which resets both), for a benchmark whose server runs in another
        process."""
        if path != "/stats":
            return None
        with self._lock:
            stats = {"count": self.count, "max_in_flight": self.max_in_flight}
            if method == "POST":
                self.count = self.max_in_flight = 0
        return 200, json.dumps(stats).encode(), "application/json"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="A loopback OpenAI-compatible server for benchmarks.")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests that fail")
    parser.add_argument("--faults", default=",".join(FAULTS), help="fault kinds, comma-separated")
    parser.add_argument("--retry-after", type=float, default=0.5)
    parser.add_argument("--stall", type=float, default=30.0, help="the timeout fault's stall, seconds")
    parser.add_argument("--rpm", type=int, default=None, help="requests per minute before 429s")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    faults = FaultMix(args.fault_rate, tuple(args.faults.split(",")), args.seed, args.retry_after, args.stall)
    server = FakeOpenAI(latency=args.latency, faults=faults, rpm=args.rpm, record=False)
    server.responder = extraction_responder
    server.routes.append(server.stats_route)
    server.start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
