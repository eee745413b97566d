"""`summarize eval score|run|compare` and `summarize gold check`.

`score`, `compare` and `gold check` never import a model SDK: they run without the
model extras. `run` extracts through the cache, then scores exactly as `score` does.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any

import typer

from summarize.cli import options
from summarize.cli.errors import report_error, report_warning, run_guarded, stderr
from summarize.errors import InputError
from summarize.render.terminal import HEADLINE, print_comparison, print_scores

eval_app = typer.Typer(help="Score extractions against hand-labelled gold.", no_args_is_help=True)
gold_app = typer.Typer(help="Check a corpus's gold files.", no_args_is_help=True)

Corpus = Annotated[Path, typer.Option("--corpus", help="Corpus folder (articles/, gold/, codebook.yaml, aliases.yaml).")]
JsonOut = Annotated[Path | None, typer.Option("--json", help="Write the full report as JSON.")]
MarkdownOut = Annotated[Path | None, typer.Option("--markdown", help="Write a Markdown report (for a pull request).")]
HtmlOut = Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML page with highlighted evidence.")]
JunitOut = Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML, one test case per article.")]
FailUnder = Annotated[list[str] | None, typer.Option("--fail-under", help="METRIC=VALUE: exit 1 if the metric is below it (repeatable), e.g. position.f1=0.5.")]
FailOver = Annotated[list[str] | None, typer.Option("--fail-over", help="METRIC=VALUE: exit 1 if the metric is above it (repeatable), e.g. schema_failure_rate=0.")]


def metric_value(report: dict[str, Any], path: str) -> float:
    node: Any = report
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise InputError(f"unknown metric {path!r}; try one of: {', '.join(HEADLINE)}")
        node = node[part]
    node = node.get("value") if isinstance(node, dict) else node
    if node is None:
        return float("nan")  # undefined (e.g. precision with nothing predicted)
    if not isinstance(node, (int, float)):
        raise InputError(f"{path!r} is not a number in the report")
    return float(node)


def parse_threshold(spec: str) -> tuple[str, float]:
    path, sep, raw = spec.partition("=")
    try:
        if not sep:
            raise ValueError
        return path.strip(), float(raw)
    except ValueError:
        raise InputError(f"--fail-under takes METRIC=VALUE (e.g. position.f1=0.5), got {spec!r}") from None


def _write(path: Path | None, text: str) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def score_and_report(
    corpus: Path, predictions: Path, *, json_out: Path | None, markdown: Path | None, html: Path | None,
    junit: Path | None, fail_under: list[str] | None, fail_over: list[str] | None,
    extra: dict[str, Any] | None = None,
) -> None:
    """Score, write every requested report, print the table, apply the gates."""
    from summarize.render.scores_html import scores_html
    from summarize.render.scores_junit import scores_junit
    from summarize.render.scores_markdown import scores_markdown
    from summarize.scoring.loading import load_aliases_of, load_cases
    from summarize.scoring.metrics import score_corpus

    def run() -> tuple[dict[str, Any], list[tuple[str, float, bool]], dict[str, str | None]]:
        thresholds = [(*parse_threshold(s), True) for s in fail_under or []]
        thresholds += [(*parse_threshold(s), False) for s in fail_over or []]
        cases = load_cases(corpus, predictions)
        report = {"corpus": str(corpus), "predictions": str(predictions), **(extra or {}),
                  **score_corpus(cases, load_aliases_of(corpus))}
        for path, _, _ in thresholds:
            metric_value(report, path)  # an unknown metric fails before any output
        return report, thresholds, {c.article_id: c.text for c in cases}

    report, thresholds, texts = run_guarded(run)
    title = f"Extraction scores: {corpus.name}"
    _write(json_out, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    _write(markdown, scores_markdown(report, title))
    _write(html, scores_html(report, texts, title))
    _write(junit, scores_junit(report, suite=corpus.name))
    print_scores(report)
    failed = False
    for path, threshold, is_floor in thresholds:
        value = metric_value(report, path)
        # NaN compares false both ways: an undefined figure passes no gate.
        if (value >= threshold) if is_floor else (value <= threshold):
            continue
        failed = True
        shown = "undefined (nothing to measure it on)" if math.isnan(value) else f"{value:.4f}"
        report_error(f"{path} = {shown} is {'below' if is_floor else 'above'} the threshold {threshold:g}")
    if failed:
        raise typer.Exit(1)


@eval_app.command("score")
def score(
    corpus: Corpus,
    predictions: Annotated[Path, typer.Option("--predictions", help="Folder of <article id>.json records (a missing file counts as no positions).")],
    json_out: JsonOut = None, markdown: MarkdownOut = None, html: HtmlOut = None, junit: JunitOut = None,
    fail_under: FailUnder = None, fail_over: FailOver = None,
) -> None:
    """Score prediction files against the gold files; calls no model."""
    score_and_report(corpus, predictions, json_out=json_out, markdown=markdown, html=html, junit=junit,
                     fail_under=fail_under, fail_over=fail_over)


@eval_app.command("run")
def run(
    corpus: Corpus,
    out: Annotated[Path, typer.Option("--out", help="Where the predictions go: OUT/<article id>.json.")] = Path("reports/eval/predictions"),
    json_out: JsonOut = None, markdown: MarkdownOut = None, html: HtmlOut = None, junit: JunitOut = None,
    fail_under: FailUnder = None, fail_over: FailOver = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1)] = 2,
    model: options.Model = None, model_path: options.ModelPath = None, base_url: options.BaseUrl = None,
    mode: options.Mode = None, max_tokens: options.MaxTokens = None, context_window: options.ContextWindow = None, chunk_chars: options.ChunkChars = None,
    strategy: options.Strategy = None,
    position_language: options.PositionLanguage = None,
    timeout: options.Timeout = None, no_cache: options.NoCache = False, cache_dir: options.CacheDir = None,
    unknown_speakers: Annotated[bool, typer.Option(
        "--unknown-speakers",
        help="Extract with the corpus's alias table cut to its parties, as with a user's table that knows "
             "none of the speakers; score with the full table.")] = False,
) -> None:
    """Extract every article of the corpus (through the cache), then score."""
    from summarize.corpus import AliasTable
    from summarize.pipeline import Extractor
    from summarize.runs import atomic_write, safe_id
    from summarize.scoring.loading import load_aliases_of

    def extract_all() -> Extractor:
        config = options.model_config(model, model_path, base_url, mode, max_tokens, context_window, timeout, chunk_chars, strategy,
                                      position_language)
        # The corpus's codebook up front: a strategy that cannot use it fails the run at
        # once, not once per article.
        # The corpora's tables list every gold speaker; a user's rarely does.
        parties_only = AliasTable(parties=(load_aliases_of(corpus) or AliasTable()).parties)
        extractor = Extractor(config.sized_for(concurrency), codebook=corpus / "codebook.yaml",
                              aliases=parties_only if unknown_speakers else None,
                              cache=options.response_cache(no_cache, cache_dir))
        if extractor.config.position_language != "en":
            report_warning(f"positions are written in {extractor.config.position_language!r}, and the gold "
                           "files' in English: fields.position_similarity compares the two as they are")
        articles = sorted((corpus / "articles").glob("*.txt"))
        if not articles:
            raise InputError("no articles/*.txt", source=corpus)
        out.mkdir(parents=True, exist_ok=True)
        for outcome in extractor.extract_many(articles, concurrency=concurrency):
            article_id = Path(outcome.source).stem
            record = out / f"{safe_id(article_id)}.json"
            if outcome.summary is not None:
                atomic_write(record, outcome.summary.model_dump_json(indent=2) + "\n")
            else:
                report_error(str(outcome.error))
                failure = {"article_id": article_id, "error": str(outcome.error), "kind": type(outcome.error).__name__}
                atomic_write(record, json.dumps(failure, indent=2) + "\n")
        return extractor

    extractor = run_guarded(extract_all)
    for warning in (extractor.config.trust_warning, extractor.strategy.notice):
        if warning:
            report_warning(warning)
    score_and_report(corpus, out, json_out=json_out, markdown=markdown, html=html, junit=junit,
                     fail_under=fail_under, fail_over=fail_over,
                     extra={"model": extractor.config.identity, "unknown_speakers": unknown_speakers})


@eval_app.command("compare")
def compare(
    report_a: Annotated[Path, typer.Argument(help="Baseline JSON report.")],
    report_b: Annotated[Path, typer.Argument(help="New JSON report.")],
    json_out: JsonOut = None,
) -> None:
    """Each metric's change B - A with a paired bootstrap interval, and the articles that moved most."""
    from summarize.scoring.comparison import compare_reports

    def load(path: Path) -> dict[str, Any]:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read report: {exc}", source=path) from None

    result = run_guarded(lambda: compare_reports(load(report_a), load(report_b)))
    _write(json_out, json.dumps(result, indent=2) + "\n")
    print_comparison(result)


@gold_app.command("check")
def check(corpus: Annotated[Path, typer.Argument(help="Corpus folder.")]) -> None:
    """Unknown issues, bad stances or dates, and quotes not found verbatim: exit 1 on any."""
    from summarize.scoring.loading import check_gold

    problems = run_guarded(lambda: check_gold(corpus))
    for problem in problems:
        report_error(problem)
    if problems:
        raise typer.Exit(1)
    stderr.print(f"{corpus}: gold files are consistent with the codebook and their articles")
