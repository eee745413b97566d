"""The `summarize` console script: the command tree, nothing else."""

from __future__ import annotations

import logging

import typer

from summarize.cli.batch_command import batch_app
from summarize.cli.brief_command import brief
from summarize.cli.cache_command import cache_app
from summarize.cli.doctor_command import doctor
from summarize.cli.errors import WarningPrinter
from summarize.cli.eval_command import eval_app, gold_app
from summarize.cli.extract_command import extract

app = typer.Typer(
    name="summarize",
    help="Typed, evidence-backed records of who holds which political position, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help texts say "[default: ...]" and "[env ...]": plain text, not rich markup.
    rich_markup_mode=None,
)
app.command("extract")(extract)
app.command("brief")(brief)
app.command("doctor")(doctor)
app.add_typer(batch_app, name="batch")
app.add_typer(cache_app, name="cache")
app.add_typer(eval_app, name="eval")
app.add_typer(gold_app, name="gold")

# instructor logs every failed attempt at ERROR; the retry policy and our messages
# already report what matters, so its log lines would only repeat them as noise.
# trafilatura and htmldate log a warning for every page they find nothing in; the
# InputError naming the page says it once.
for _name in ("instructor", "trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# The package's logged warnings (a cache that cannot be used) print as the CLI's other
# warnings do, "warning: ...", not as bare lines from Python's fallback handler.
_package = logging.getLogger("summarize")
_package.addHandler(WarningPrinter(logging.WARNING))
_package.propagate = False
