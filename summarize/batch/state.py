"""Where a batch run stands, in one JSON file written atomically after every step, so
that any step can be resumed from a fresh process after a crash or `kill -9`.

The file (`OUT/_batch.json` by default, or `--state PATH`) holds the run's spec and
its rounds. A round is one batch: its input file on disk (`OUT/_batch/round-N-input.jsonl`),
the uploaded file's id, the batch id, and which articles wait on which request. A
request's `custom_id` is its cache key (`summarize.cache.cache_key`), so the answer
of request X is stored under key X, where the online path looks for it. The steps
are saved in order (file written, file uploaded, batch created, answers collected),
and a resumed step starts from the last one saved; a batch created by a process that
died before saving its id is found again by its input file. No API key is stored.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from summarize.batch.spec import RunSpec
from summarize.errors import InputError
from summarize.records import Usage
from summarize.runs import atomic_write

STATE_FORMAT = "summarize-batch-v1"
STATE_NAME = "_batch.json"


def state_path(out: Path | None, state: Path | None) -> Path:
    """`--state`, else OUT/_batch.json."""
    if state is not None:
        return state
    if out is None:
        raise InputError("name the run: --out DIR (its state is DIR/_batch.json) or --state FILE")
    return out / STATE_NAME


class Round(BaseModel):
    """One batch: a round of requests that do not depend on each other's answers."""

    number: int
    # custom_id (= cache key) -> the articles waiting for its answer
    requests: dict[str, list[str]]
    input_file: str
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = "prepared"
    request_counts: dict[str, int] = {}
    collected: bool = False
    usage: Usage = Usage()
    # custom_id -> why its answer could not be used (an error line, a failed validation)
    failed: dict[str, str] = {}

    @property
    def articles(self) -> set[str]:
        return {article for waiting in self.requests.values() for article in waiting}


class BatchState(BaseModel):
    """A batch run: its spec, where its records go, its rounds and the articles that
    failed in a batch (not submitted again unless asked)."""

    format: str = STATE_FORMAT
    out: str
    spec: RunSpec
    rounds: list[Round] = []
    failures: dict[str, str] = {}
    path: Path = Field(default=Path(STATE_NAME), exclude=True)

    @classmethod
    def load(cls, path: Path) -> BatchState:
        try:
            state = cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise InputError("no batch run here (no state file): start one with `summarize batch submit` "
                             "or `summarize extract --batch`", source=path) from None
        except (OSError, ValueError, ValidationError) as exc:
            raise InputError(f"not a batch state file: {str(exc).splitlines()[0]}", source=path) from None
        if state.format != STATE_FORMAT:
            raise InputError(f"a state file of another format ({state.format})", source=path)
        state.path = path
        return state

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, self.model_dump_json(indent=2) + "\n")

    @property
    def files_dir(self) -> Path:
        """Where the rounds' input, output and error files are kept (OUT/_batch/)."""
        return self.path.with_suffix("")

    @property
    def current(self) -> Round | None:
        """The round being submitted or waited for, if any."""
        return self.rounds[-1] if self.rounds and not self.rounds[-1].collected else None

    @property
    def usage(self) -> Usage:
        """Tokens of every collected round."""
        total = Usage()
        for each in self.rounds:
            total = total + each.usage
        return total
