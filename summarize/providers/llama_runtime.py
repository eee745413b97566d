"""The llama.cpp worker: the only process that loads native inference code.

Run as a script (`python llama_runtime.py`), never imported by the caller's process, so
that a segfault, an abort or an illegal instruction inside llama.cpp ends this process
and not the user's batch (`llama_process` turns the death into a clear `ModelError`).
It imports only the standard library and llama_cpp: start-up stays at interpreter plus
llama_cpp import, the same price the caller would pay to load the model in-process.

Protocol: one JSON object per line. The first line on stdin is the load request
(`{"model_path", "n_ctx", "seed"}`), answered by `{"ready": info}` or `{"error": ...}`.
Each later line is `{"op": "complete", "kwargs": {...}}` (answered by `{"result":
completion}`) or `{"op": "info"}`. Answers go to a private copy of stdout; fd 1 itself is
pointed at stderr, so anything native code prints cannot corrupt the protocol. End of
stdin (the caller closed the pipe or died) ends the worker.

Why extra buffer types are off (`use_extra_bufts = False`): llama-cpp-python builds
llama.cpp with the build machine's native flags. On CPUs with AMX (Sapphire Rapids and
later) llama.cpp then routes batched matrix products through its AMX extra buffer,
and 0.3.36 segfaults there (`ggml_backend_amx_mul_mat`) on the first real prompt.
`Llama()` does not expose the switch, so the default-parameters factory it calls is
wrapped here, in this process only. Measured on an AVX-512 machine without AMX, the
switch costs nothing: SmolLM2-135M loaded in 0.15 s instead of 0.28 s and read a
1,386-token prompt in 7.7 s instead of 8.3 s; Qwen2.5-1.5B (Q4_K) loaded in 0.45 s
instead of 3.2 s (no weight repacking) and read 1,315 tokens in 16.1 s instead of 21.5 s.
So it is off on every CPU, not only where it crashes: one code path everywhere.

Why generation uses every CPU the process may run on: llama-cpp-python's default is
half of them for generation (all for reading the prompt). The decomposed strategy asks
many short questions whose long prefix is already in the prompt cache, so writing the
answer is most of its time. Measured on the 2-core development machine with
Qwen2.5-1.5B, a 19-token answer after a cached prefix: 11.4 tokens/s with one thread,
19.3 with two.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from typing import Any


def _load(request: dict[str, Any]) -> Any:
    import llama_cpp.llama_cpp as native
    from llama_cpp import Llama

    default_params = native.llama_model_default_params

    def safe_default_params() -> Any:
        params = default_params()
        params.use_extra_bufts = False
        return params

    native.llama_model_default_params = safe_default_params
    try:
        return Llama(
            model_path=request["model_path"],
            n_ctx=int(request["n_ctx"]),
            seed=int(request["seed"]),
            n_threads=len(os.sched_getaffinity(0)),
            verbose=False,
        )
    finally:
        native.llama_model_default_params = default_params


def _info(llm: Any) -> dict[str, Any]:
    """What `summarize doctor` and the tests read: versions and the settings in force."""
    import llama_cpp
    import llama_cpp.llama_cpp as native

    return {
        "pid": os.getpid(),
        "llama_cpp_python": llama_cpp.__version__,
        "system_info": native.llama_print_system_info().decode("utf-8", "replace").strip(),
        "use_extra_bufts": bool(llm.model_params.use_extra_bufts) if llm is not None else None,
        "n_ctx": llm.n_ctx() if llm is not None else None,
        "n_threads": llm.n_threads if llm is not None else None,
    }


def _error(exc: BaseException) -> dict[str, Any]:
    return {"error": {"type": type(exc).__name__, "message": str(exc), "trace": traceback.format_exc(limit=3)}}


def serve(requests: Any, answers: Any) -> None:
    def answer(message: dict[str, Any]) -> None:
        answers.write(json.dumps(message) + "\n")  # ASCII: no encoding to agree on
        answers.flush()

    first = requests.readline()
    if not first:
        return
    try:
        llm = _load(json.loads(first))
    except Exception as exc:  # any load failure is reported, then the worker ends
        answer(_error(exc))
        return
    answer({"ready": _info(llm)})
    for line in requests:
        try:
            request = json.loads(line)
            if request.get("op") == "info":
                answer({"result": _info(llm)})
            else:
                answer({"result": llm.create_chat_completion(**request["kwargs"])})
        except Exception as exc:  # a failed request is an answer; the worker lives on
            answer(_error(exc))
    llm.close()


def main() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the caller handles it and
    # closes this worker, which must not die first and be reported as a crash.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    answers = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(open(sys.stdin.fileno(), encoding="ascii", closefd=False), answers)


if __name__ == "__main__":
    main()
