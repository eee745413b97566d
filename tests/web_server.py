"""A real HTTP server on 127.0.0.1 that serves saved pages and feeds to the ingest tests.

Each test sets its routes: a body with its status and content type, a redirect, a body
sent without Content-Length (the client learns its size only as it streams), or one
trickled out slowly. Unknown paths get a 404. The headers of every request are kept,
so a test can check what the client said about itself. No traffic leaves the machine.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # a redirect's target
    length: bool = True  # False: no Content-Length; the body ends when the connection closes
    drip: float = 0.0  # seconds between 1 kB pieces of the body


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class LoopbackSite:
    """`site.routes["/news/a.html"] = Route(body)`, then fetch `site.url("/news/a.html")`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path, Route(b"<html><body><h1>Not found</h1></body></html>", status=404))
                self.send_response(route.status)
                self.send_header("content-type", route.content_type)
                if route.location is not None:
                    self.send_header("location", route.location)
                if route.length:
                    self.send_header("content-length", str(len(route.body)))
                self.end_headers()
                piece = 1024 if route.drip else max(len(route.body), 1)
                try:
                    for start in range(0, len(route.body), piece):
                        self.wfile.write(route.body[start:start + piece])
                        if route.drip:
                            self.wfile.flush()
                            time.sleep(route.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: the size limit or the timeout tests

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def serve_page(self, path: str, name: str, content_type: str = "text/html; charset=utf-8") -> str:
        """Serve the saved page `tests/pages/<name>` at `path`; returns its URL."""
        self.routes[path] = Route((PAGES / name).read_bytes(), content_type)
        return self.url(path)

    def serve_feed(self, path: str, name: str, content_type: str) -> str:
        """Serve the feed `tests/pages/<name>`, its `{site}` placeholders made this server's
        address; returns its URL."""
        text = (PAGES / name).read_text(encoding="utf-8").replace("{site}", self.url(""))
        self.routes[path] = Route(text.encode("utf-8"), content_type)
        return self.url(path)

    def fetched(self, path: str) -> int:
        """How many times `path` was asked for."""
        return sum(1 for asked, _ in self.requests if asked == path)

    def start(self) -> LoopbackSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
