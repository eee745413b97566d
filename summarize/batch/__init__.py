"""Extraction through the OpenAI Batch API: the same answers at batch prices, later.

A batch run is passes of the ordinary pipeline over the same articles, with one
change: a cache miss is not sent to the model (`answering.BatchClient`).

    submit   a pass with no answers in hand records every request the articles need
             now (the exact body instructor would post, keyed by the cache key the
             online path would use), writes them to a JSONL file, uploads it and
             creates a batch; the articles end "pending in batch".
    collect  waits for the batch (growing pauses, capped), downloads its output and
             error files, and runs a pass that validates each answer as instructor
             does online and caches it under its key; the articles whose answers are
             all in get their records, grounded as online. A failed request (an error
             line, a non-200 status, an answer that does not validate) fails its
             article, with the reason, and no other.

A strategy whose questions depend on earlier answers (decomposed: the stance of each
issue the first answer chose) needs one batch per step: collecting round 1 records the
requests of round 2, and the run says a further round is needed (`summarize batch
submit` sends it; `summarize extract --batch` loops on its own). Once every round is
collected, every answer is in the cache: an ordinary online run over the same articles
asks nothing and writes the same records.

    spec.py      what the run extracts, as the state file keeps it (no API key)
    state.py     the state file: rounds, batch ids, custom_id -> articles; atomic
    answering.py where a pass's answers come from
    passes.py    one pass over the unfinished articles
    polling.py   waiting with bounded backoff
    pricing.py   tokens and the cost at configured prices
    workflow.py  submit, look, collect, and the loop of `extract --batch`

The Files and Batches endpoints are called in `summarize.providers.batch_api`, and the
batch files' formats are in `summarize.providers.batch_files`: only the providers
import the SDKs.
"""

from summarize.batch.polling import Backoff
from summarize.batch.pricing import Prices
from summarize.batch.spec import RunSpec
from summarize.batch.state import BatchState, Round, state_path
from summarize.batch.workflow import Collected, Submitted, collect, look, run_to_end, submit

__all__ = ["Backoff", "BatchState", "Collected", "Prices", "Round", "RunSpec", "Submitted", "collect", "look",
           "run_to_end", "state_path", "submit"]
