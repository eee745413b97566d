"""The OpenAI Files and Batches endpoints on the loopback server (`FakeOpenAI.routes`),
following the documented request and response shapes:

- POST /v1/files, a multipart upload with fields `file` and `purpose`: a file object.
- GET /v1/files/{id}/content: the file's bytes.
- POST /v1/batches {input_file_id, endpoint, completion_window, metadata}: a batch
  object in status "validating".
- GET /v1/batches/{id}: the batch; each look moves it on one status: validating ->
  in_progress -> finalizing -> completed (`hold` keeps it in_progress). On completing,
  each input line is answered by the server's responder, as a chat request would be:
  status 200 goes to the output file, any other status to the error file, both as
  `{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`.
- GET /v1/batches?limit=N: the batches, newest first.

The input is checked as OpenAI checks it (purpose "batch"; lines with a unique
custom_id, method POST, the batch's url, a body naming the model); a bad file fails
the batch at validation with the reasons in `errors`.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import json
import re
import threading
import time
from typing import Any

from tests.openai_server import FakeOpenAI, completion_body

STEPS = ("validating", "in_progress", "finalizing", "completed")


def _json(status: int, data: Any) -> tuple[int, bytes, str]:
    return status, json.dumps(data).encode("utf-8"), "application/json"


def _not_found(what: str) -> tuple[int, bytes, str]:
    return _json(404, {"error": {"message": f"No such {what}", "type": "invalid_request_error"}})


def multipart_fields(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (file name, bytes)."""
    message = email.message_from_bytes(b"content-type: " + content_type.encode() + b"\r\n\r\n" + body,
                                       policy=email.policy.HTTP)
    fields = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        fields[name] = (part.get_filename(), part.get_payload(decode=True))
    return fields


class FakeBatchAPI:
    def __init__(self, server: FakeOpenAI) -> None:
        self.server = server
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.looks: dict[str, int] = {}
        self.answered: list[dict[str, Any]] = []  # request bodies answered in batches
        self.authorizations: set[str] = set()
        self.hold = False
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        server.routes.append(self.route)

    def route(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes, str] | None:
        path, _, query = path.partition("?")
        if not re.match(r"^/v1/(files|batches)(/|$)", path):
            return None
        with self._lock:
            self.authorizations.add(headers.get("authorization", ""))
            if method == "POST" and path == "/v1/files":
                return self._upload(headers.get("content-type", ""), body)
            if method == "GET" and (m := re.fullmatch(r"/v1/files/([^/]+)/content", path)):
                data = self.contents.get(m.group(1))
                return (200, data, "application/octet-stream") if data is not None else _not_found("file")
            if method == "POST" and path == "/v1/batches":
                return self._create(json.loads(body))
            if method == "GET" and path == "/v1/batches":
                limit = int(dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("limit", 20))
                batches = sorted(self.batches.values(), key=lambda b: b["created_at"], reverse=True)[:limit]
                return _json(200, {"object": "list", "data": batches, "has_more": False,
                                   "first_id": batches[0]["id"] if batches else None,
                                   "last_id": batches[-1]["id"] if batches else None})
            if method == "GET" and (m := re.fullmatch(r"/v1/batches/([^/]+)", path)):
                return self._look(m.group(1))
        return _not_found("route")

    def _new_file(self, name: str, data: bytes, purpose: str) -> dict[str, Any]:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                               "filename": name, "purpose": purpose, "status": "processed"}
        self.contents[file_id] = data
        return self.files[file_id]

    def _upload(self, content_type: str, body: bytes) -> tuple[int, bytes, str]:
        if not content_type.startswith("multipart/form-data"):
            return _json(400, {"error": {"message": "expected multipart/form-data"}})
        fields = multipart_fields(content_type, body)
        name, data = fields.get("file", (None, b""))
        purpose = fields.get("purpose", (None, b""))[1].decode()
        if purpose != "batch" or not name:
            return _json(400, {"error": {"message": f"bad upload: purpose {purpose!r}, file name {name!r}"}})
        return _json(200, self._new_file(name, data, purpose))

    def _create(self, request: dict[str, Any]) -> tuple[int, bytes, str]:
        file_id = request.get("input_file_id")
        if file_id not in self.files:
            return _not_found("file")
        if request.get("endpoint") != "/v1/chat/completions" or request.get("completion_window") != "24h":
            return _json(400, {"error": {"message": "bad endpoint or completion_window"}})
        batch_id = f"batch_{next(self._ids)}"
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"], "errors": None,
            "input_file_id": file_id, "completion_window": "24h", "status": "validating",
            "output_file_id": None, "error_file_id": None, "created_at": time.time_ns(),
            "request_counts": {"total": 0, "completed": 0, "failed": 0}, "metadata": request.get("metadata"),
        }
        self.looks[batch_id] = 0
        return _json(200, self.batches[batch_id])

    def _look(self, batch_id: str) -> tuple[int, bytes, str]:
        batch = self.batches.get(batch_id)
        if batch is None:
            return _not_found("batch")
        self.looks[batch_id] += 1
        if batch["status"] in STEPS[:-1] and not (self.hold and batch["status"] == "in_progress"):
            if batch["status"] == "validating" and (problems := self._problems(batch)):
                batch["status"] = "failed"
                batch["errors"] = {"object": "list", "data": [{"code": "invalid_request", "message": p,
                                                               "param": None, "line": None} for p in problems]}
            else:
                batch["status"] = STEPS[STEPS.index(batch["status"]) + 1]
                if batch["status"] == "completed":
                    self._answer(batch)
        return _json(200, batch)

    def _lines(self, batch: dict[str, Any]) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.contents[batch["input_file_id"]].decode().splitlines() if line]

    def _problems(self, batch: dict[str, Any]) -> list[str]:
        try:
            lines = self._lines(batch)
        except json.JSONDecodeError:
            return ["the input file is not JSONL"]
        problems = [f"line {n}: method, url or body" for n, line in enumerate(lines, 1)
                    if line.get("method") != "POST" or line.get("url") != batch["endpoint"]
                    or not isinstance(line.get("body"), dict) or not line["body"].get("model")]
        ids = [line.get("custom_id") for line in lines]
        if len(set(ids)) != len(ids) or not all(isinstance(i, str) and i for i in ids):
            problems.append("custom_id values must be unique strings")
        if self.files[batch["input_file_id"]]["purpose"] != "batch":
            problems.append("the input file's purpose is not batch")
        return problems

    def _answer(self, batch: dict[str, Any]) -> None:
        good, bad = [], []
        for n, line in enumerate(self._lines(batch), 1):
            body = line["body"]
            self.answered.append(body)
            assert self.server.responder is not None
            reply = self.server.responder(body)
            if reply.status == 200:
                response = completion_body(body, reply)
            else:
                response = {"error": {"message": f"status {reply.status}", "type": "server_error"}}
            out = {"id": f"batch_req_{n}", "custom_id": line["custom_id"],
                   "response": {"status_code": reply.status, "request_id": f"req_{n}", "body": response},
                   "error": None}
            (good if reply.status == 200 else bad).append(json.dumps(out))
        for kind, lines in (("output_file_id", good), ("error_file_id", bad)):
            if lines:
                batch[kind] = self._new_file(f"{batch['id']}_{kind}.jsonl", ("\n".join(lines) + "\n").encode(),
                                             "batch_output")["id"]
        batch["request_counts"] = {"total": len(good) + len(bad), "completed": len(good), "failed": len(bad)}
