"""`python -m summarize.cli`: the same as the `summarize` console script."""

from summarize.cli.main import app

app(prog_name="summarize")
