"""The caller's side of the llama.cpp worker: start it, ask it, and outlive it.

llama.cpp is native code: a bad build, an unsupported CPU path (AMX, issue 7) or a bug
ends the process it runs in with a signal that Python cannot catch. So the model lives
in a child process (`llama_runtime.py`) and this module turns the child's death into
a `LocalRuntimeError` that names the signal, the runtime, the model file and a remedy.
The dead child is reaped at once (no zombie), and the next request starts a new one,
so in a batch each article succeeds or fails on its own.

One worker per (model file, context size, seed) is shared by every provider in the
process, and requests to it are serialized: llama.cpp decodes one request at a time.
Workers are closed at interpreter exit; a worker whose caller is killed sees its stdin
close and exits by itself.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from typing import IO, Any

from summarize.config import ModelConfig
from summarize.errors import ConfigError, ContextOverflowError, LocalRuntimeError

RUNTIME_SCRIPT = Path(__file__).with_name("llama_runtime.py")
RUNTIME_PACKAGE = "llama-cpp-python"
STDERR_TAIL_CHARS = 600

_SIGNAL_REMEDIES = {
    signal.SIGILL: (
        "the llama.cpp build uses CPU instructions this CPU does not have (was it built on another "
        f"machine?): rebuild it here with pip install --force-reinstall --no-cache-dir '{RUNTIME_PACKAGE}'"
    ),
    signal.SIGKILL: (
        "something killed the worker, most often the kernel when memory runs out: "
        "try a smaller model or a smaller --context-window"
    ),
}
_DEFAULT_REMEDY = (
    "run `summarize doctor` to test this machine's llama.cpp build (attach its output to a bug "
    "report), or point summarize at another model (--model-path FILE.gguf, or --model with --base-url)"
)


def runtime_version() -> str:
    """The installed llama-cpp-python, read without importing it into this process."""
    try:
        return metadata.version(RUNTIME_PACKAGE)
    except metadata.PackageNotFoundError:
        raise ConfigError("the embedded model needs llama-cpp-python: pip install 'summarize[local]'") from None


def _describe_exit(returncode: int) -> tuple[str, str]:
    """How the worker ended, and what the user can do about it."""
    if returncode < 0:
        sig = signal.Signals(-returncode)
        return f"was killed by {sig.name} ({signal.strsignal(sig) or 'signal'})", _SIGNAL_REMEDIES.get(sig, _DEFAULT_REMEDY)
    return f"exited with status {returncode}", _DEFAULT_REMEDY


class LlamaProcess:
    """A llama.cpp worker for one model file, started on first use (or earlier, by `start`)
    and after each death."""

    def __init__(self, model_path: Path, *, n_ctx: int, seed: int, timeout: float) -> None:
        self.model_path = model_path
        self.n_ctx = n_ctx
        self.seed = seed
        self.timeout = timeout
        self.info: dict[str, Any] | None = None  # the runtime's report, once the model has loaded
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._buffer = b""
        self._last_pid: int | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def complete(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """One chat completion, as the OpenAI-shaped dict llama-cpp-python returns."""
        return self._ask({"op": "complete", "kwargs": kwargs})

    def runtime_info(self) -> dict[str, Any]:
        """Versions, the CPU features of the build and the settings in force."""
        return self._ask({"op": "info"})

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._wait_loaded()
            answer = self._exchange(request)
        if "error" in answer:
            raise self._request_error(answer["error"])
        result: dict[str, Any] = answer["result"]
        return result

    def start(self) -> None:
        """Begin loading the model now, without waiting for it. The caller has work of its
        own before its first request (importing the SDK, building the prompt), and the
        worker loads on the other core meanwhile; the first request waits for the load
        and reports its failure."""
        with self._lock:
            if self._proc is None:
                self._spawn()

    def _wait_loaded(self) -> None:
        """Start a worker if none runs, and wait until it has loaded the model: a file
        llama.cpp cannot load is a configuration error, said at the first request."""
        if self._proc is None:
            self._spawn()
        if self.info is not None:
            return
        answer = self._receive()
        if "error" in answer:
            self._reap(grace=5.0)
            raise ConfigError(f"llama.cpp ({RUNTIME_PACKAGE} {runtime_version()}) cannot load this model: "
                              f"{answer['error']['message']}", source=self.model_path)
        self.info = answer["ready"]

    def _spawn(self) -> None:
        """Start a worker and send it the model to load; its answer is read by `_wait_loaded`."""
        runtime_version()  # a missing runtime is a configuration error, said before any start
        if self._stderr is not None:
            self._stderr.close()  # the last worker's, kept until now for its last words
        self._stderr = tempfile.TemporaryFile()
        self._buffer = b""
        self.info = None
        self._proc = subprocess.Popen(
            [sys.executable, str(RUNTIME_SCRIPT)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, close_fds=True,
        )
        self._send({"model_path": str(self.model_path), "n_ctx": self.n_ctx, "seed": self.seed})

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send one line and read one line back, or end the worker and say why."""
        self._send(message)
        return self._receive()

    def _send(self, message: dict[str, Any]) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(json.dumps(message).encode("ascii") + b"\n")
            self._proc.stdin.flush()
        except BrokenPipeError:
            raise self._death() from None

    def _receive(self) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdout is not None
        deadline = time.monotonic() + self.timeout
        fd = self._proc.stdout.fileno()
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._hang()
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    raise self._death()
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _request_error(self, error: dict[str, str]) -> Exception:
        message = f"{error['type']}: {error['message']}"
        if error["type"] == "ValueError" and "exceed context window" in error["message"]:
            return ContextOverflowError(f"the prompt is larger than the model's {self.n_ctx}-token context: {message}",
                                        source=self.model_path)
        return LocalRuntimeError(f"llama.cpp failed on a request to {self.model_path}: {message}")

    def _death(self) -> LocalRuntimeError:
        """The worker closed its answers: reap it and explain how it ended."""
        returncode = self._reap(grace=5.0)
        how, remedy = _describe_exit(returncode)
        return LocalRuntimeError(
            f"the llama.cpp worker ({RUNTIME_PACKAGE} {runtime_version()}, pid {self._last_pid}) {how} "
            f"while running {self.model_path}{self._stderr_tail()}. Remedy: {remedy}"
        )

    def _hang(self) -> LocalRuntimeError:
        self._reap(grace=0.0)
        return LocalRuntimeError(
            f"the llama.cpp worker ({RUNTIME_PACKAGE} {runtime_version()}) running {self.model_path} gave "
            f"no answer within {self.timeout:g} s and was stopped. Remedy: raise --timeout for a slow model "
            f"or a long article, or lower --max-tokens; or {_DEFAULT_REMEDY}"
        )

    def _reap(self, grace: float) -> int:
        """Wait for the worker to end (killing it after `grace` seconds); its exit code."""
        assert self._proc is not None
        proc, self._proc = self._proc, None
        self._last_pid = proc.pid
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass  # a pipe to a dead process may fail to flush; it is closed all the same
        try:
            return proc.wait(timeout=grace) if grace > 0 else self._kill(proc)
        except subprocess.TimeoutExpired:
            return self._kill(proc)

    @staticmethod
    def _kill(proc: subprocess.Popen[bytes]) -> int:
        proc.kill()
        return proc.wait()

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0, os.SEEK_END)
        size = self._stderr.tell()
        self._stderr.seek(max(0, size - STDERR_TAIL_CHARS))
        tail = " | ".join(line.strip() for line in self._stderr.read().decode("utf-8", "replace").splitlines() if line.strip())
        self._stderr.close()
        self._stderr = None
        return f" (its last words: {tail[-STDERR_TAIL_CHARS:]})" if tail else ""

    def close(self) -> None:
        """End the worker: closing its stdin lets it free the model and exit."""
        with self._lock:
            if self._proc is not None:
                self._reap(grace=5.0)
            if self._stderr is not None:
                self._stderr.close()
                self._stderr = None


_WORKERS: dict[tuple[str, int, int], LlamaProcess] = {}
_WORKERS_LOCK = threading.Lock()


def shared_worker(model_path: Path, *, n_ctx: int, seed: int, timeout: float) -> LlamaProcess:
    """The process's one worker for this model file and context size."""
    key = (str(model_path), n_ctx, seed)
    with _WORKERS_LOCK:
        worker = _WORKERS.get(key)
        if worker is None:
            worker = _WORKERS[key] = LlamaProcess(model_path, n_ctx=n_ctx, seed=seed, timeout=timeout)
        worker.timeout = timeout
        return worker


def worker_for(config: ModelConfig) -> LlamaProcess:
    """The shared worker for a local model's configuration."""
    assert config.model_path is not None  # resolve_config guarantees a path for "local"
    return shared_worker(config.model_path, n_ctx=config.context_window, seed=config.seed, timeout=config.timeout)


@atexit.register
def close_workers() -> None:
    with _WORKERS_LOCK:
        while _WORKERS:
            _WORKERS.popitem()[1].close()
